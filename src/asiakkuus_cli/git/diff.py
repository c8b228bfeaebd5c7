"""What changed between two loaded repositories, and how a reviewer reads it.

`compare(old, new, lang)` is pure: it walks the models (typed values, not the
text, so a formatting-only change shows nothing), matches entities by id
(a file renamed with the same `id` is "renamed") and list items by a natural
key (a project by its name, a need by its text, a calendar event by `what`
and month), so inserting an item does not make every later one look changed.
`render_text`, `render_md` and `render_json` turn the result into output.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import PurePosixPath
from typing import Any, Literal

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from asiakkuus_cli.i18n import (
    choice_term,
    format_date,
    format_money,
    format_month,
    format_number,
    keys,
    t,
)
from asiakkuus_cli.models import (
    Board,
    CalendarEvent,
    Communication,
    CriticalSystem,
    CustomerPlan,
    DevProject,
    Month,
    Need,
    Person,
    Project,
    Segment,
)
from asiakkuus_cli.repository import (
    CUSTOMERS_DIR,
    ORGANISATION_FILE,
    PEOPLE_FILE,
    PROJECTS_DIR,
    Entry,
    Repository,
)
from asiakkuus_cli.rules.engine import Locator, message_key
from asiakkuus_cli.textsafe import visible

Kind = Literal["organisation", "people", "person", "customer", "project"]
Status = Literal["added", "removed", "changed", "renamed", "unreadable"]
Side = Literal["before", "after", "both"]
KINDS: tuple[Kind, ...] = ("organisation", "people", "person", "customer", "project")
STATUSES: tuple[Status, ...] = ("added", "removed", "changed", "renamed", "unreadable")

# How list items are matched between the two sides: a natural key, and for
# items left unmatched by it, a looser second key (an event moved to another month).
_ITEM_KEY: dict[type[BaseModel], Callable[[Any], str]] = {
    DevProject: lambda m: m.name,
    CriticalSystem: lambda m: m.name,
    Need: lambda m: m.need,
    CalendarEvent: lambda m: f"{m.what}, {m.month}",
    Segment: lambda m: m.id,
}
_SECOND_KEY: dict[type[BaseModel], Callable[[Any], str]] = {
    CalendarEvent: lambda m: m.what,
}
# Lists of free text compared item by item: one row per added or removed item.
_TEXT_LISTS = frozenset(("agreements", "offers", "tags"))
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
    **{(Board, role): "person" for role in Board.model_fields},
}
# Fixed choices shown in words (catalogue `term.<kind>.<value>`).
_CHOICES: frozenset[tuple[type[BaseModel], str]] = frozenset(
    {
        (CustomerPlan, "type"),
        (Project, "status"),
        (Project, "partnership_manager_role"),
        (CriticalSystem, "maintenance"),
        (Person, "roles"),
    }
)


@dataclass(frozen=True)
class Change:
    """One field that differs. `path` is field names, with list items as `[key]`;
    `before`/`after` are the typed values (None = absent)."""

    path: tuple[str, ...]
    before: Any
    after: Any
    ref: str | None = None
    choice: bool = False

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
        if _empty(self.before):
            return "added"
        if _empty(self.after):
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


def _empty(value: Any) -> bool:
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
        if any(isinstance(x, BaseModel) for x in (*la, *lb)):
            _walk_items(la, lb, path, out)
            return
        if name in _TEXT_LISTS:
            out.extend(Change(path, x, None) for x in la if x not in lb)
            out.extend(Change(path, None, x) for x in lb if x not in la)
            return
    out.append(Change(path, a, b, _REFS.get((cls, name)), (cls, name) in _CHOICES))


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
    return DataDiff(entities, _problems(old, new, lang), old, new)


def _side(in_old: bool, in_new: bool) -> Side:
    return "both" if in_old and in_new else ("before" if in_old else "after")


def _same_text(old: Repository, new: Repository, rel: str) -> bool:
    text = old.texts.get(rel)
    return text is not None and text == new.texts.get(rel)


def _organisation(old: Repository, new: Repository) -> list[EntityDiff]:
    rel = ORGANISATION_FILE
    if rel in old.failed or rel in new.failed:
        if _same_text(old, new, rel):
            return []
        return [
            EntityDiff(
                "organisation",
                "organisation",
                _org_name(new) or _org_name(old),
                "unreadable",
                rel,
                side=_side(rel in old.failed, rel in new.failed),
            )
        ]
    a = old.organisation.model if old.organisation else None
    b = new.organisation.model if new.organisation else None
    if a == b:
        return []
    status: Status = "added" if a is None else "removed" if b is None else "changed"
    changes = compare_models(a, b) if status == "changed" else []
    return [
        EntityDiff(
            "organisation",
            "organisation",
            _org_name(new) or _org_name(old),
            status,
            rel,
            changes=changes,
        )
    ]


def _org_name(repo: Repository) -> str:
    return repo.organisation.model.name if repo.organisation else ""


def _people(old: Repository, new: Repository) -> list[EntityDiff]:
    rel = PEOPLE_FILE
    if rel in old.failed or rel in new.failed:
        if _same_text(old, new, rel):
            return []
        return [
            EntityDiff(
                "people",
                "people",
                "",
                "unreadable",
                rel,
                side=_side(rel in old.failed, rel in new.failed),
            )
        ]
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
            message = t(message_key(issue), lang, **issue.params)
            problems.append(Problem(side, issue.file, issue.code, line, col, message))  # type: ignore[arg-type]
    problems.sort(key=lambda p: (p.side != "before", p.file, p.line, p.column, p.code))
    return problems


# --- values as people read them --------------------------------------------------------


@dataclass(frozen=True)
class Names:
    """Names for ids, from the newer side first (a renamed person shows their new name)."""

    new: Repository
    old: Repository

    def of(self, ref: str, value: str) -> str:
        for repo in (self.new, self.old):
            if ref == "person" and (p := repo.person(value)) is not None:
                return p.name
            if ref == "segment" and (s := repo.segment_name(value)) != value:
                return s
            if ref == "customer":
                if value == "it" and repo.organisation is not None:
                    return repo.organisation.model.name
                if (c := repo.customers.get(value)) is not None:
                    return c.model.name
            if ref == "project" and (pr := repo.projects.get(value)) is not None:
                return pr.model.name
        return value


def format_value(change: Change, value: Any, lang: str, names: Names) -> str:
    """One side of a change as a person reads it in `lang`; `—` when absent."""
    if _empty(value):
        return "—"
    if isinstance(value, list):
        return ", ".join(_one(change, v, lang, names) for v in value)
    return _one(change, value, lang, names)


def _one(change: Change, value: Any, lang: str, names: Names) -> str:
    signed = change.name == "change"
    if isinstance(value, bool):
        return t("value.yes" if value else "value.no", lang)
    if isinstance(value, Decimal):
        return format_money(value, lang, signed=signed)
    if isinstance(value, int):
        return format_number(value, lang, signed=signed)
    if isinstance(value, date):
        return format_date(value, lang)
    if isinstance(value, Month):
        return format_month(value.month, lang, value.year)
    text = str(value)
    if change.ref is not None:
        return names.of(change.ref, text)
    if change.choice:
        return choice_term(text, lang)
    return text


def json_value(value: Any) -> Any:
    """A typed value in JSON: money as a decimal string, dates ISO, months `5` or `2026-05`."""
    if _empty(value):
        return None
    if isinstance(value, list):
        return [json_value(v) for v in value]
    if isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --- output ----------------------------------------------------------------------------


def _heading(entity: EntityDiff, lang: str) -> str:
    kind = t(keys.DIFF_KIND[entity.kind], lang)
    label = (
        f"{entity.name} ({entity.id})" if entity.name and entity.name != entity.id else entity.id
    )
    if entity.kind == "people":
        label = entity.file
    return f"{kind}: {label}"


def _status(entity: EntityDiff, lang: str) -> str:
    if entity.status == "unreadable":
        return t(keys.DIFF_UNREADABLE[str(entity.side)], lang)
    if entity.status == "renamed":
        return t("diff.status.renamed", lang, old=entity.old_file, new=entity.file)
    return t(keys.DIFF_STATUS[entity.status], lang)


def _summary(diff: DataDiff, lang: str) -> str:
    parts: list[str] = []
    for kind in ("customer", "project", "person"):
        counts = [t(keys.DIFF_COUNT[s], lang, n=n) for s in STATUSES if (n := diff.count(kind, s))]
        if counts:
            parts.append(f"{t(keys.DIFF_KINDS[kind], lang)}: {', '.join(counts)}")
    other = sum(1 for e in diff.entities if e.kind in ("organisation", "people"))
    if other:
        parts.append(t("diff.count.other", lang, n=other))
    return "; ".join(parts)


def render_text(diff: DataDiff, lang: str, before: str, after: str, color: bool = False) -> str:
    names = Names(diff.new, diff.old)
    lines = [visible(t("diff.title", lang, before=before, after=after), lines=False)]
    if not diff.entities and not diff.problems:
        lines.append(t("diff.none", lang))
        return "\n".join(lines) + "\n"
    marks = {"added": "+", "removed": "-", "changed": "~", "renamed": "~", "unreadable": "!"}
    for e in diff.entities:
        head = f"{marks[e.status]} {_heading(e, lang)} — {_status(e, lang)}  [{e.file}]"
        lines.append("")
        lines.append(_paint(visible(head, lines=False), e.status, color))
        for c in e.changes:
            old, new = format_value(c, c.before, lang, names), format_value(c, c.after, lang, names)
            lines.append(visible(f"    {c.field}: {old} → {new}", lines=False))
    if diff.problems:
        lines.append("")
        lines.append(t("diff.problems", lang))
        for p in diff.problems:
            side = t(keys.DIFF_SIDE[p.side], lang)
            text = f"    {side}: {p.file}:{p.line}:{p.column}: {p.code} {p.message}"
            lines.append(visible(text, lines=False))
    lines.append("")
    lines.append(t("diff.summary", lang, summary=_summary(diff, lang) or "-"))
    return "\n".join(lines) + "\n"


def _paint(text: str, status: str, color: bool) -> str:
    if not color:
        return text
    import typer

    colours = {"added": "green", "removed": "red", "unreadable": "magenta"}
    return typer.style(text, fg=colours.get(status, "yellow"), bold=True)


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]|~#"})


def md_cell(text: str) -> str:
    """Text safe in a Markdown table cell: no markup, no HTML, no broken rows."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "<br>".join(line.translate(_MD_SPECIAL) for line in text.splitlines()) or ""


def _md_code(text: str) -> str:
    if "`" in text or "\n" in text or "\r" in text:
        return md_cell(text)
    return "`" + text.replace("|", "\\|") + "`"


def render_md(diff: DataDiff, lang: str, before: str, after: str) -> str:
    names = Names(diff.new, diff.old)
    out = [f"## {md_cell(t('diff.title', lang, before=before, after=after))}", ""]
    if not diff.entities and not diff.problems:
        out += [md_cell(t("diff.none", lang)), ""]
        return "\n".join(out)
    summary = _summary(diff, lang)
    out += [md_cell(summary[:1].upper() + summary[1:]), ""]
    for e in diff.entities:
        out.append(f"### {md_cell(_heading(e, lang))} — {md_cell(_status(e, lang))}")
        out.append("")
        out.append(_md_code(e.file))
        out.append("")
        if e.changes:
            cols = (
                t("diff.col.field", lang),
                t("diff.col.before", lang),
                t("diff.col.after", lang),
            )
            out.append(f"| {' | '.join(cols)} |")
            out.append("| --- | --- | --- |")
            for c in e.changes:
                old = md_cell(format_value(c, c.before, lang, names))
                new = md_cell(format_value(c, c.after, lang, names))
                out.append(f"| {_md_code(c.field)} | {old} | {new} |")
            out.append("")
    if diff.problems:
        out += [f"### {md_cell(t('diff.problems', lang))}", ""]
        for p in diff.problems:
            side = t(keys.DIFF_SIDE[p.side], lang)
            out.append(
                f"- {md_cell(side)}: {_md_code(f'{p.file}:{p.line}:{p.column}')} "
                f"{p.code} {md_cell(p.message)}"
            )
        out.append("")
    return "\n".join(out)


def to_dict(
    diff: DataDiff, lang: str, before: Mapping[str, Any], after: Mapping[str, Any]
) -> dict[str, Any]:
    """The JSON document (docs/diff.md lists the keys)."""
    names = Names(diff.new, diff.old)
    summary = {kind: {s: diff.count(kind, s) for s in STATUSES} for kind in KINDS}
    return {
        "version": 1,
        "before": dict(before),
        "after": dict(after),
        "summary": summary,
        "entities": [
            {
                "kind": e.kind,
                "id": e.id,
                "name": e.name,
                "status": e.status,
                "file": e.file,
                "old_file": e.old_file,
                "side": e.side,
                "changes": [
                    {
                        "field": c.field,
                        "path": list(c.path),
                        "change": c.kind,
                        "before": json_value(c.before),
                        "after": json_value(c.after),
                        "before_text": format_value(c, c.before, lang, names),
                        "after_text": format_value(c, c.after, lang, names),
                    }
                    for c in e.changes
                ],
            }
            for e in diff.entities
        ],
        "problems": [
            {
                "side": p.side,
                "path": p.file,
                "line": p.line,
                "column": p.column,
                "code": p.code,
                "message": p.message,
            }
            for p in diff.problems
        ],
    }


def render_json(
    diff: DataDiff, lang: str, before: Mapping[str, Any], after: Mapping[str, Any]
) -> str:
    return json.dumps(to_dict(diff, lang, before, after), ensure_ascii=False, indent=2) + "\n"
