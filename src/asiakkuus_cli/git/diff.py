"""What changed between two loaded repositories, and how a reviewer reads it.

`compare(old, new, lang)` is pure: it walks the models (typed values, not the
text, so a formatting-only change shows nothing), matches entities by id
(a file renamed with the same `id` is "renamed") and list items by a natural
key (a project by its name, a need by its text, a calendar event by `what`
and month), so inserting an item does not make every later one look changed.
This is the model: `views/diff.py` shows its values as people read them and
`render/diff.py` turns it into text, Markdown or JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, Literal

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from asiakkuus_cli.models import (
    Action,
    Board,
    CalendarEvent,
    Communication,
    CriticalSystem,
    CustomerPlan,
    DevProject,
    Guest,
    Meeting,
    Need,
    Person,
    Project,
    Segment,
    Source,
)
from asiakkuus_cli.repository import (
    CUSTOMERS_DIR,
    MEETINGS_DIR,
    ORGANISATION_FILE,
    PEOPLE_FILE,
    PROJECTS_DIR,
    SOURCES_FILE,
    Entry,
    Repository,
)
from asiakkuus_cli.rules.engine import Locator, to_finding

Kind = Literal["organisation", "people", "person", "customer", "project", "meeting", "sources"]
Status = Literal["added", "removed", "changed", "renamed", "unreadable"]
Side = Literal["before", "after", "both"]
KINDS: tuple[Kind, ...] = (
    "organisation",
    "people",
    "person",
    "customer",
    "project",
    "meeting",
    "sources",
)
STATUSES: tuple[Status, ...] = ("added", "removed", "changed", "renamed", "unreadable")

# How list items are matched between the two sides: a natural key, and for
# items left unmatched by it, a looser second key (an event moved to another month).
_ITEM_KEY: dict[type[BaseModel], Callable[[Any], str]] = {
    DevProject: lambda m: m.name,
    CriticalSystem: lambda m: m.name,
    Need: lambda m: m.need,
    CalendarEvent: lambda m: f"{m.what}, {m.month}",
    Segment: lambda m: m.id,
    Action: lambda m: m.what,
    Source: lambda m: m.id,
}
_SECOND_KEY: dict[type[BaseModel], Callable[[Any], str]] = {
    CalendarEvent: lambda m: m.what,
}
# Lists of free text compared item by item: one row per added or removed item.
_TEXT_LISTS = frozenset(("agreements", "offers", "tags", "topics", "decisions", "holds"))
# Fields whose values are ids of something with a name.
_REFS: dict[tuple[type[BaseModel], str], str] = {
    (CustomerPlan, "account_manager"): "person",
    (CustomerPlan, "customer_contact"): "person",
    (CustomerPlan, "segment"): "segment",
    (DevProject, "manager"): "person",
    (DevProject, "it_representative"): "person",
    (DevProject, "project"): "project",
    (CriticalSystem, "customer_contact"): "person",
    (Project, "customer"): "customer",
    (Project, "project_manager"): "person",
    (Communication, "customer_side"): "person",
    (Communication, "supplier_side"): "person",
    (Person, "deputy"): "person",
    (Person, "organisation"): "customer",
    (Meeting, "customer"): "customer",
    (Meeting, "project"): "project",
    (Action, "owner"): "person",
    (Source, "owner"): "person",
    (Source, "customers"): "customer",
    **{(Board, role): "person" for role in Board.model_fields},
}
# Fixed choices shown in words: the field -> the table of its terms (`keys.TERM`).
_CHOICES: dict[tuple[type[BaseModel], str], str] = {
    (CustomerPlan, "type"): "type",
    (Project, "status"): "status",
    (Project, "partnership_manager_role"): "pm_role",
    (CriticalSystem, "maintenance"): "maintenance",
    (Person, "roles"): "role",
    (Meeting, "kind"): "meeting_kind",
}


@dataclass(frozen=True)
class Change:
    """One field that differs. `path` is field names, with list items as `[key]`;
    `before`/`after` are the typed values (None = absent); `ref` names what an id refers
    to, `choice` the table of terms a fixed choice is shown with."""

    path: tuple[str, ...]
    before: Any
    after: Any
    ref: str | None = None
    choice: str | None = None

    @property
    def field(self) -> str:
        """`charges.annual`, `projects[Asiakasportaali].budget`."""
        text = ""
        for step in self.path:
            text += step if step.startswith("[") or not text else "." + step
        return text

    @property
    def name(self) -> str:
        """The last field name (`budget`), which decides how values are shown."""
        return next(s for s in reversed(self.path) if not s.startswith("["))

    @property
    def kind(self) -> str:
        if empty(self.before):
            return "added"
        if empty(self.after):
            return "removed"
        return "changed"


@dataclass
class EntityDiff:
    """One customer, project, person, or the organisation, that differs."""

    kind: Kind
    id: str
    name: str
    status: Status
    file: str
    old_file: str | None = None
    side: Side | None = None  # for `unreadable`: on which side the file does not load
    changes: list[Change] = field(default_factory=list)


@dataclass(frozen=True)
class Problem:
    """A loading finding (S-rule) of a file that differs between the sides."""

    side: Literal["before", "after"]
    file: str
    code: str
    line: int
    column: int
    message: str


@dataclass
class DataDiff:
    entities: list[EntityDiff]
    problems: list[Problem]
    old: Repository
    new: Repository

    def count(self, kind: Kind, status: Status) -> int:
        return sum(1 for e in self.entities if e.kind == kind and e.status == status)


# --- comparison ------------------------------------------------------------------------


def empty(value: Any) -> bool:
    return value is None or value == [] or value == ""


def _default(cls: type[BaseModel], name: str) -> Any:
    value = cls.model_fields[name].get_default(call_default_factory=True)
    return None if value is PydanticUndefined else value


def compare_models(before: BaseModel | None, after: BaseModel | None) -> list[Change]:
    """The fields that differ between two models of one kind (either may be None)."""
    out: list[Change] = []
    _walk_model(before, after, (), out)
    return out


def _walk_model(
    a: BaseModel | None, b: BaseModel | None, path: tuple[str, ...], out: list[Change]
) -> None:
    if a == b:
        return
    cls: type[BaseModel] = type(a) if a is not None else type(b)  # type: ignore[assignment]
    for name in cls.model_fields:
        va = getattr(a, name) if a is not None else _default(cls, name)
        vb = getattr(b, name) if b is not None else _default(cls, name)
        if va == vb:
            continue
        _walk_value(cls, name, va, vb, (*path, name), out)


def _walk_value(
    cls: type[BaseModel], name: str, a: Any, b: Any, path: tuple[str, ...], out: list[Change]
) -> None:
    if isinstance(a, BaseModel) or isinstance(b, BaseModel):
        _walk_model(a, b, path, out)
        return
    if isinstance(a, list) or isinstance(b, list):
        la: list[Any] = a or []
        lb: list[Any] = b or []
        if (cls, name) == (Meeting, "participants"):
            _walk_participants(la, lb, path, out)
            return
        if any(isinstance(x, BaseModel) for x in (*la, *lb)):
            _walk_items(la, lb, path, out)
            return
        if name in _TEXT_LISTS:
            out.extend(Change(path, x, None) for x in la if x not in lb)
            out.extend(Change(path, None, x) for x in lb if x not in la)
            return
    out.append(Change(path, a, b, _REFS.get((cls, name)), _CHOICES.get((cls, name))))


def _walk_participants(
    la: list[Any], lb: list[Any], path: tuple[str, ...], out: list[Change]
) -> None:
    """One row per participant who came or went: a person by name, a guest as written."""

    def row(p: Any, before: bool) -> Change:
        if isinstance(p, Guest):
            text = f"{p.name} ({p.organisation})" if p.organisation else p.name
            return Change(path, text, None) if before else Change(path, None, text)
        return Change(path, p, None, "person") if before else Change(path, None, p, "person")

    out.extend(row(p, True) for p in la if p not in lb)
    out.extend(row(p, False) for p in lb if p not in la)


def _keyed(items: list[Any], key: Callable[[Any], str]) -> dict[str, Any]:
    """Items by natural key; a key seen again gets ` #2`, ` #3`..."""
    keyed: dict[str, Any] = {}
    for item in items:
        base = key(item)
        k, n = base, 1
        while k in keyed:
            n += 1
            k = f"{base} #{n}"
        keyed[k] = item
    return keyed


def _walk_items(la: list[Any], lb: list[Any], path: tuple[str, ...], out: list[Change]) -> None:
    cls = type((la or lb)[0])
    key = _ITEM_KEY.get(cls, repr)
    ka, kb = _keyed(la, key), _keyed(lb, key)
    pairs: dict[str, str] = {k: k for k in kb if k in ka}  # after key -> before key
    second = _SECOND_KEY.get(cls)
    if second is not None:
        left_a = _unique_by(second, (k for k in ka if k not in pairs.values()), ka)
        left_b = _unique_by(second, (k for k in kb if k not in pairs), kb)
        for sk, kb_key in left_b.items():
            if sk in left_a:
                pairs[kb_key] = left_a[sk]
    for k, item in kb.items():
        if k in pairs:
            _walk_model(ka[pairs[k]], item, (*path, f"[{k}]"), out)
        else:
            _walk_model(None, item, (*path, f"[{k}]"), out)
    matched = set(pairs.values())
    for k, item in ka.items():
        if k not in matched:
            _walk_model(item, None, (*path, f"[{k}]"), out)


def _unique_by(
    key: Callable[[Any], str], keys: Iterable[str], items: Mapping[str, Any]
) -> dict[str, str]:
    """{second key: item key} for the second keys that occur once."""
    seen: dict[str, str | None] = {}
    for k in keys:
        sk = key(items[k])
        seen[sk] = None if sk in seen else k
    return {sk: k for sk, k in seen.items() if k is not None}


def compare(old: Repository, new: Repository, lang: str) -> DataDiff:
    """Everything that differs between two repositories, in a stable order."""
    entities: list[EntityDiff] = []
    entities.extend(_organisation(old, new))
    entities.extend(_people(old, new))
    entities.extend(_documents("customer", old, new, CUSTOMERS_DIR))
    entities.extend(_documents("project", old, new, PROJECTS_DIR))
    entities.extend(_meetings(old, new))
    entities.extend(_sources(old, new))
    return DataDiff(entities, _problems(old, new, lang), old, new)


def _side(in_old: bool, in_new: bool) -> Side:
    return "both" if in_old and in_new else ("before" if in_old else "after")


def _same_text(old: Repository, new: Repository, rel: str) -> bool:
    text = old.texts.get(rel)
    return text is not None and text == new.texts.get(rel)


def _unreadable(
    kind: Kind, name: str, rel: str, old: Repository, new: Repository
) -> list[EntityDiff] | None:
    """A one-of-a-kind file (organisation, people) that does not load on a side: one
    `unreadable` entity, or none when its text is the same on both; None when it loads."""
    if rel not in old.failed and rel not in new.failed:
        return None
    if _same_text(old, new, rel):
        return []
    side = _side(rel in old.failed, rel in new.failed)
    return [EntityDiff(kind, kind, name, "unreadable", rel, side=side)]


def _organisation(old: Repository, new: Repository) -> list[EntityDiff]:
    a = old.organisation.model if old.organisation else None
    b = new.organisation.model if new.organisation else None
    name = _org_name(new) or _org_name(old)
    return _one_file("organisation", name, ORGANISATION_FILE, old, new, a, b)


def _one_file(
    kind: Kind,
    name: str,
    rel: str,
    old: Repository,
    new: Repository,
    a: BaseModel | None,
    b: BaseModel | None,
) -> list[EntityDiff]:
    """A file that is one entity (the organisation, the data sources): unreadable on a
    side, added, removed, or changed field by field."""
    unreadable = _unreadable(kind, name, rel, old, new)
    if unreadable is not None:
        return unreadable
    if a == b:
        return []
    status: Status = "added" if a is None else "removed" if b is None else "changed"
    changes = compare_models(a, b) if status == "changed" else []
    return [EntityDiff(kind, kind, name, status, rel, changes=changes)]


def _org_name(repo: Repository) -> str:
    return repo.organisation.model.name if repo.organisation else ""


def _people(old: Repository, new: Repository) -> list[EntityDiff]:
    rel = PEOPLE_FILE
    unreadable = _unreadable("people", "", rel, old, new)
    if unreadable is not None:
        return unreadable
    found: list[EntityDiff] = []
    for pid in sorted(set(old.people) | set(new.people)):
        a, b = old.person(pid), new.person(pid)
        if a == b:
            continue
        name = b.name if b is not None else a.name if a is not None else pid
        if (a is None and pid in old.known_people) or (b is None and pid in new.known_people):
            # The entry is there but does not load: not removed, not added.
            side: Side = "before" if a is None else "after"
            found.append(EntityDiff("person", pid, name, "unreadable", rel, side=side))
            continue
        status: Status = "added" if a is None else "removed" if b is None else "changed"
        found.append(EntityDiff("person", pid, name, status, rel, changes=compare_models(a, b)))
    return found


def _documents(kind: Kind, old: Repository, new: Repository, folder: str) -> list[EntityDiff]:
    index_old: Mapping[str, Entry[Any]] = old.customers if kind == "customer" else old.projects
    index_new: Mapping[str, Entry[Any]] = new.customers if kind == "customer" else new.projects
    by_id_old = _by_id(index_old)
    by_id_new = _by_id(index_new)
    failed_old = {f for f in old.failed if f.startswith(folder + "/")}
    failed_new = {f for f in new.failed if f.startswith(folder + "/")}
    found: list[EntityDiff] = []
    gone = [i for i in by_id_old if i not in by_id_new]
    came = [i for i in by_id_new if i not in by_id_old]
    for i in sorted(set(by_id_old) & set(by_id_new)):
        a, b = by_id_old[i], by_id_new[i]
        changes = compare_models(a.model, b.model)
        if a.file != b.file:
            found.append(
                EntityDiff(kind, i, b.model.name, "renamed", b.file, a.file, changes=changes)
            )
        elif changes:
            found.append(EntityDiff(kind, i, b.model.name, "changed", b.file, changes=changes))
    new_by_file = {by_id_new[i].file: i for i in came}
    for i in gone:
        a = by_id_old[i]
        if a.file in failed_new:
            found.append(EntityDiff(kind, i, a.model.name, "unreadable", a.file, side="after"))
            failed_new.discard(a.file)
        elif a.file in new_by_file:  # the same file now carries another id
            j = new_by_file.pop(a.file)
            came.remove(j)
            b = by_id_new[j]
            found.append(
                EntityDiff(
                    kind,
                    j,
                    b.model.name,
                    "changed",
                    b.file,
                    changes=compare_models(a.model, b.model),
                )
            )
        else:
            found.append(EntityDiff(kind, i, a.model.name, "removed", a.file))
    for i in came:
        b = by_id_new[i]
        if b.file in failed_old:
            found.append(EntityDiff(kind, i, b.model.name, "unreadable", b.file, side="before"))
            failed_old.discard(b.file)
        else:
            found.append(EntityDiff(kind, i, b.model.name, "added", b.file))
    for rel in sorted(failed_old | failed_new):
        if not _same_text(old, new, rel):
            found.append(
                EntityDiff(
                    kind,
                    PurePosixPath(rel).stem,
                    "",
                    "unreadable",
                    rel,
                    side=_side(rel in failed_old, rel in failed_new),
                )
            )
    found.sort(key=lambda e: (e.id, e.file))
    return found


def _meetings(old: Repository, new: Repository) -> list[EntityDiff]:
    """Meeting records by file (`data/meetings/<subject>/<date>[-<slug>].yaml`); a record
    whose file was renamed (its subject and date the same) is `renamed`."""
    folder = MEETINGS_DIR + "/"
    failed_old = {f for f in old.failed if f.startswith(folder)}
    failed_new = {f for f in new.failed if f.startswith(folder)}
    found: list[EntityDiff] = []
    gone: dict[str, Entry[Meeting]] = {}
    came: dict[str, Entry[Meeting]] = {}
    for rel in sorted(set(old.meetings) | set(new.meetings) | failed_old | failed_new):
        a, b = old.meetings.get(rel), new.meetings.get(rel)
        ident = _meeting_id(rel)
        if rel in failed_old or rel in failed_new:
            if not _same_text(old, new, rel):
                entry = b or a
                name = _subject_name(new, old, entry.model) if entry else ""
                side = _side(rel in failed_old, rel in failed_new)
                found.append(EntityDiff("meeting", ident, name, "unreadable", rel, side=side))
        elif a is not None and b is not None:
            changes = compare_models(a.model, b.model)
            if changes:
                name = _subject_name(new, old, b.model)
                found.append(EntityDiff("meeting", ident, name, "changed", rel, changes=changes))
        elif a is not None:
            gone[rel] = a
        elif b is not None:
            came[rel] = b

    def when(e: Entry[Meeting]) -> str:
        return f"{e.model.subject} {e.model.date.isoformat()}"

    moved = _unique_by(when, gone, gone)
    for key, rel in _unique_by(when, came, came).items():
        if key in moved:
            a, b = gone.pop(moved[key]), came.pop(rel)
            found.append(
                EntityDiff(
                    "meeting",
                    _meeting_id(rel),
                    _subject_name(new, old, b.model),
                    "renamed",
                    rel,
                    a.file,
                    changes=compare_models(a.model, b.model),
                )
            )
    for rel, a in gone.items():
        found.append(
            EntityDiff(
                "meeting", _meeting_id(rel), _subject_name(new, old, a.model), "removed", rel
            )
        )
    for rel, b in came.items():
        found.append(
            EntityDiff("meeting", _meeting_id(rel), _subject_name(new, old, b.model), "added", rel)
        )
    found.sort(key=lambda e: (e.id, e.file))
    return found


def _meeting_id(rel: str) -> str:
    """`malliasiakas/2026-11-16` for `data/meetings/malliasiakas/2026-11-16.yaml`."""
    return str(PurePosixPath(rel).relative_to(MEETINGS_DIR).with_suffix(""))


def _subject_name(new: Repository, old: Repository, meeting: Meeting) -> str:
    """The name of the customer or project a meeting record belongs to, newer side first."""
    subject = meeting.subject
    for repo in (new, old):
        entry = repo.customers.get(subject) or repo.projects.get(subject)
        if entry is not None:
            return str(entry.model.name)
    return subject


def _sources(old: Repository, new: Repository) -> list[EntityDiff]:
    """`data/sources.yaml`, where customer data lives: one entity, sources by id."""
    a = old.sources.model if old.sources else None
    b = new.sources.model if new.sources else None
    return _one_file("sources", "", SOURCES_FILE, old, new, a, b)


def _by_id(index: Mapping[str, Entry[Any]]) -> dict[str, Entry[Any]]:
    """Documents by their `id` field (by file name when two files share an id)."""
    by_id: dict[str, Entry[Any]] = {}
    for stem in sorted(index, key=lambda s: index[s].file):
        entry = index[stem]
        by_id[entry.model.id if entry.model.id not in by_id else stem] = entry
    return by_id


def _problems(old: Repository, new: Repository, lang: str) -> list[Problem]:
    problems: list[Problem] = []
    for side, repo in (("before", old), ("after", new)):
        locate = Locator(repo)
        for issue in repo.issues:
            if _same_text(old, new, issue.file):
                continue
            line, col = locate(issue)
            message = to_finding(issue, line, col, lang).message
            problems.append(Problem(side, issue.file, issue.code, line, col, message))  # type: ignore[arg-type]
    problems.sort(key=lambda p: (p.side != "before", p.file, p.line, p.column, p.code))
    return problems
