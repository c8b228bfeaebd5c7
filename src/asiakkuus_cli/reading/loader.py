"""Find the data files of a repository, read them safely, validate them into models.

Every problem becomes an Issue (S001-S007); a file that fails is left out of
the models and the rest of the repository is still loaded.
"""

from __future__ import annotations

import difflib
import errno
import os
import stat
import types
import typing
from collections.abc import Collection, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from asiakkuus_cli.config import Settings
from asiakkuus_cli.findings import Issue
from asiakkuus_cli.i18n import Term
from asiakkuus_cli.lines import editor_position
from asiakkuus_cli.models import CustomerPlan, Meeting, Organisation, Person, Project, Sources
from asiakkuus_cli.models.meetings import UNION_TAGS
from asiakkuus_cli.reading.yamlio import YamlProblem, YMap, YSeq, compose
from asiakkuus_cli.repository import (
    CUSTOMERS_DIR,
    MEETINGS_DIR,
    ORGANISATION_FILE,
    PEOPLE_FILE,
    PROJECTS_DIR,
    SOURCES_FILE,
    Entry,
    PersonEntry,
    Repository,
)
from asiakkuus_cli.runtime import paused_gc

_TYPE_VARIANTS = {
    "string_type": "type_text",
    "int_type": "type_int",
    "int_parsing": "type_int",
    "int_parsing_size": "type_int",
    "int_from_float": "type_int",
    "list_type": "type_list",
    "model_type": "type_map",
    "dict_type": "type_map",
    "model_attributes_type": "type_map",
    "literal_error": "choice",
    "greater_than_equal": "min",
    "less_than_equal": "max",
    "missing": "missing",
    "extra_forbidden": "unknown",
}
_CUSTOM = frozenset(
    (
        "date_format",
        "date_impossible",
        "date_impossible_day",
        "year_range",
        "month_format",
        "month_range",
        "month_or_date_format",
        "money_format",
        "money_ambiguous",
        "money_decimals",
        "bool_format",
        "slug_format",
        "slug_format_fix",
        "segment_format",
        "customer_required",
        "meeting_subject",
        "done_format",
    )
)


def discover(root: Path) -> list[str]:
    """The data files of the repository as sorted paths relative to the root.

    Whatever sits at a data file's place is listed (a folder, a FIFO, a link that
    loops or leads nowhere), so that reading it reports it (S006); a data folder that
    cannot be listed is reported by `folder_issues`.
    """
    found: list[str] = []
    for single in (ORGANISATION_FILE, PEOPLE_FILE, SOURCES_FILE):
        if os.path.lexists(root / single):  # a folder or a FIFO is reported, not skipped
            found.append(single)
    for folder in (CUSTOMERS_DIR, PROJECTS_DIR):
        # missing, not a folder, a loop, unreadable: no files here (see folder_issues)
        found.extend(
            f"{folder}/{e.name}" for e in _listing(root / folder) if e.name.endswith(".yaml")
        )
    found.extend(discover_meetings(root))
    return found


def _listing(folder: Path) -> list[os.DirEntry[str]]:
    """The entries of `folder`, sorted by name; none when it cannot be listed."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda e: e.name)
    except OSError:  # missing, not a folder, a loop, unreadable
        return []


def discover_meetings(root: Path) -> list[str]:
    """Meeting records: `data/meetings/<id>/*.yaml`, and files put straight into
    `data/meetings/` (rule M004 says where they belong)."""
    found: list[str] = []
    for entry in _listing(root / MEETINGS_DIR):
        if entry.name.endswith(".yaml"):
            found.append(f"{MEETINGS_DIR}/{entry.name}")
        elif entry.is_dir(follow_symlinks=False):
            found.extend(
                f"{MEETINGS_DIR}/{entry.name}/{e.name}"
                for e in _listing(Path(entry.path))
                if e.name.endswith(".yaml")
            )
    return found


def folder_issues(root: Path) -> list[Issue]:
    """S006 for a data folder (`data`, `data/customers`, `data/projects`) that exists
    but cannot be listed: a link that loops or leads nowhere, a file in its place, a
    folder without read permission. A missing folder is no finding (an empty one); a
    folder linked out of the repository is listed, and each file in it is S006."""
    issues: list[Issue] = []
    for folder in ("data", CUSTOMERS_DIR, PROJECTS_DIR):
        path = os.path.join(root, folder)  # noqa: PTH118
        if not os.path.lexists(path):
            continue
        problem = _path_problem(root, folder)
        if problem is not None and problem.variant == "outside":
            problem = None  # listed; each file in it is reported as a link out
        if problem is None:
            try:
                info = os.stat(path)  # noqa: PTH116
                if not stat.S_ISDIR(info.st_mode):
                    problem = Issue("S006", folder, variant="not_folder", pos=(1, 1))
                else:
                    with os.scandir(path):
                        pass
            except OSError as exc:
                problem = _unreadable(folder, exc)
        if problem is not None:
            issues.append(problem)
            if folder == "data":
                break
    return issues


def _unreadable(rel: str, exc: OSError) -> Issue:
    return Issue(
        "S006", rel, variant="unreadable", pos=(1, 1), params={"detail": exc.strerror or str(exc)}
    )


def _path_problem(root: Path, rel: str) -> Issue | None:
    """S006 when `rel`, followed through its links, loops, leads nowhere or leads out."""
    path = os.path.join(root, rel)  # noqa: PTH118
    try:
        real = os.path.realpath(path, strict=True)
    except FileNotFoundError:
        return Issue("S006", rel, variant="link_dangling", pos=(1, 1))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Issue("S006", rel, variant="link_loop", pos=(1, 1))
        return _unreadable(rel, exc)
    except RuntimeError:  # pragma: no cover - a loop, as Python before 3.13 may report it
        return Issue("S006", rel, variant="link_loop", pos=(1, 1))
    top = os.path.realpath(root)
    if not real.startswith(top.rstrip(os.sep) + os.sep):
        return Issue("S006", rel, variant="outside", pos=(1, 1))
    return None


def _linked_folder(root: Path, rel: str) -> bool:
    """Whether a folder between the root and the file `rel` is a symbolic link.

    os.path on strings, not pathlib: resolving every path cost a fifth of the
    loading time of a large repository.
    """
    path = str(root)
    for part in rel.split("/")[:-1]:
        path = os.path.join(path, part)  # noqa: PTH118
        if os.path.islink(path):  # noqa: PTH114
            return True
    return False


def read_text(
    root: Path, rel: str, settings: Settings, *, folder_linked: bool | None = None
) -> tuple[str | None, Issue | None]:
    """The file's text, or the issue that stops it from being read.

    `folder_linked` says whether a folder on the way is a symbolic link, when
    the caller knows it already (load_repository looks once per folder).
    """
    path = os.path.join(root, rel)  # noqa: PTH118
    try:
        info = os.lstat(path)
        if folder_linked is None:
            folder_linked = _linked_folder(root, rel)
        if stat.S_ISLNK(info.st_mode) or folder_linked:
            problem = _path_problem(root, rel)
            if problem is not None:
                return None, problem
            info = os.stat(path)  # noqa: PTH116
        # A FIFO, a device or a folder in place of a file is refused before it is
        # opened (opening a FIFO blocks, a device may never end); O_NONBLOCK and the
        # second look at the opened file close the gap between the two.
        if not stat.S_ISREG(info.st_mode):
            return None, Issue("S006", rel, variant="not_regular", pos=(1, 1))
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        with open(fd, "rb") as handle:  # noqa: PTH123
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return None, Issue("S006", rel, variant="not_regular", pos=(1, 1))
            limit = settings.limits.max_file_bytes
            if info.st_size > limit:
                return None, Issue(
                    "S006",
                    rel,
                    variant="too_large",
                    pos=(1, 1),
                    params={"size": info.st_size, "limit": limit},
                )
            # Ask for the size found (asking for the limit would allocate it for
            # every file); a file that grows meanwhile is read on, up to the limit.
            want = info.st_size + 1
            data = handle.read(want)
            if len(data) == want:
                data += handle.read(limit + 1 - want)
    except OSError as exc:
        return None, _unreadable(rel, exc)
    return decode(rel, data, settings)


def decode(rel: str, data: bytes, settings: Settings) -> tuple[str | None, Issue | None]:
    """The text of a file's bytes (UTF-8, a BOM tolerated), or the issue that stops it."""
    limit = settings.limits.max_file_bytes
    if len(data) > limit:
        return None, Issue(
            "S006", rel, variant="too_large", pos=(1, 1), params={"size": len(data), "limit": limit}
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode("utf-8")  # valid up to the bad byte
        return None, Issue(
            "S007",
            rel,
            pos=editor_position(before, len(before)),
            params={"byte": f"0x{data[exc.start]:02X}"},
        )


def parse(rel: str, text: str, settings: Settings) -> tuple[Any, list[Issue], bool]:
    """Compose the text; returns (tree, issues, usable)."""
    try:
        tree, duplicates = compose(text, settings.limits.max_depth)
    except YamlProblem as p:
        return None, [Issue(p.code, rel, variant=p.variant, pos=p.pos, params=p.params)], False
    issues = [Issue("S003", rel, pos=d.pos, params={"key": d.key}) for d in duplicates]
    if tree is None:
        issues.append(Issue("S002", rel, variant="empty", pos=(1, 1)))
        return None, issues, False
    if not isinstance(tree, YMap):
        issues.append(Issue("S002", rel, variant="not_mapping", pos=getattr(tree, "pos", (1, 1))))
        return None, issues, False
    return tree, issues, True


def _model_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The model class that holds the field at the end of `loc`."""
    current: Any = model
    for step in loc:
        if isinstance(step, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        info = current.model_fields.get(step)
        if info is None:
            return None
        current = _inner_model(info.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    """Unwrap Optional[...] and list[...] down to a model class, if any."""
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            inner = _inner_model(arg)
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
        return None
    return annotation


def schema_issues(
    rel: str,
    exc: ValidationError,
    model: type[BaseModel],
    prefix: tuple[str | int, ...] = (),
    subject: str | None = None,
) -> list[Issue]:
    """Translate pydantic's errors into S002 issues with catalogue variants."""
    issues: list[Issue] = []
    for err in exc.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if isinstance(p, (str, int)) and p not in UNION_TAGS)
        kind = err["type"]
        field = next((str(p) for p in reversed(loc) if isinstance(p, str)), "")
        ctx = err.get("ctx") or {}
        params: dict[str, Any] = {"field": field, "value": _show(err.get("input"))}
        key = False
        variant = kind if kind in _CUSTOM else _TYPE_VARIANTS.get(kind, "invalid")
        if variant in _CUSTOM:  # what the value's parser found out (values.py)
            params.update({k: v for k, v in ctx.items() if k != "value"})
            if variant == "date_impossible_day":  # shown in the language's words
                params["month"] = Term("month_in", str(ctx["month"]))
                params["last"] = date.fromisoformat(str(ctx["last"]))
        if variant == "unknown":
            key = True
            holder = _model_at(model, loc[:-1])
            known = sorted(holder.model_fields) if holder else []
            close = difflib.get_close_matches(field, known, n=1, cutoff=0.6)
            params["suggestion"] = close[0] if close else ""
            params["known"] = ", ".join(known)
            if close:
                variant = "unknown_close"
        elif variant == "missing":
            key = True
        elif variant == "choice":
            params["allowed"] = _allowed(model, loc) or ctx.get("expected", "")
        elif variant in ("min", "max"):
            params["limit"] = ctx.get("ge", ctx.get("le", ""))
        elif variant == "invalid":
            params["detail"] = err["msg"]
        issues.append(
            Issue(
                "S002",
                rel,
                at=prefix + loc,
                params=params,
                variant=variant,
                key=key,
                subject=subject,
            )
        )
    return issues


def _allowed(model: type[BaseModel], loc: tuple[str | int, ...]) -> str:
    """The values a Literal field accepts, listed without English glue words."""
    holder = _model_at(model, loc[:-1])
    name = next((p for p in reversed(loc) if isinstance(p, str)), None)
    if holder is None or name is None or name not in holder.model_fields:
        return ""
    values: list[str] = []

    def collect(annotation: Any) -> None:
        if typing.get_origin(annotation) is typing.Literal:
            values.extend(str(a) for a in typing.get_args(annotation))
        else:
            for arg in typing.get_args(annotation):
                collect(arg)

    collect(holder.model_fields[name].annotation)
    return ", ".join(values)


def _show(value: Any) -> str:
    if isinstance(value, (YMap, dict)):
        return "{…}"
    if isinstance(value, (YSeq, list)):
        return "[…]"
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


class Texts(dict[str, str]):
    """The files' texts, held as UTF-8 and decoded when asked for (`get`, `[]`).

    A text with one character beyond Latin-1 (the `€` of every plan) takes two
    or four bytes a character as a `str`, about one as UTF-8; of a loaded
    repository's memory the texts were a sixth. They are read only for files
    with findings (positions in editor lines, suppression comments) and by `diff`.
    """

    __slots__ = ()

    def __setitem__(self, rel: str, text: str) -> None:
        super().__setitem__(rel, text.encode("utf-8"))  # type: ignore[assignment]

    def __getitem__(self, rel: str) -> str:
        data: bytes = super().__getitem__(rel)  # type: ignore[assignment]
        return data.decode("utf-8")

    def get(self, rel: str, default: Any = None) -> Any:
        if rel not in self:
            return default
        return self[rel]

    def values(self) -> Any:  # pragma: no cover - nothing reads them all; kept honest
        return [self[rel] for rel in self]

    def items(self) -> Any:  # pragma: no cover
        return [(rel, self[rel]) for rel in self]


def load_repository(
    root: Path, settings: Settings, only: Collection[str] | None = None
) -> Repository:
    """The repository at `root`; with `only`, just those data files (paths relative to
    the root, e.g. `PEOPLE_FILE` for `asiakkuus people`), read and checked the same way."""
    repo = Repository(root=root, settings=settings, texts=Texts())
    linked: dict[str, bool] = {}  # folder -> whether a folder on its way is a link
    with paused_gc():
        repo.issues.extend(folder_issues(root))
        for rel in discover(root):
            if only is not None and rel not in only:
                continue
            folder = rel.rpartition("/")[0]
            if folder not in linked:
                linked[folder] = _linked_folder(root, rel)
            _load_file(repo, rel, *read_text(root, rel, settings, folder_linked=linked[folder]))
        _duplicate_ids(repo)
    return repo


def load_files(root: Path, files: Mapping[str, bytes], settings: Settings) -> Repository:
    """A repository from file contents held in memory ({path relative to root: bytes}),
    e.g. read from a git revision; the same checks as `load_repository`."""
    repo = Repository(root=root, settings=settings, texts=Texts())
    with paused_gc():
        for rel in sorted(files):
            _load_file(repo, rel, *decode(rel, files[rel], settings))
        _duplicate_ids(repo)
    return repo


def _load_file(repo: Repository, rel: str, text: str | None, problem: Issue | None) -> None:
    repo.files.append(rel)
    if problem is not None or text is None:
        if problem is not None:
            repo.issues.append(problem)
        repo.failed.add(rel)
        return
    repo.texts[rel] = text
    tree, issues, usable = parse(rel, text, settings=repo.settings)
    repo.issues.extend(issues)
    if not usable:
        repo.failed.add(rel)
        return
    repo.trees[rel] = tree
    if rel == ORGANISATION_FILE:
        _load_organisation(repo, rel, tree)
    elif rel == PEOPLE_FILE:
        _load_people(repo, rel, tree)
    elif rel.startswith(CUSTOMERS_DIR + "/"):
        _load_keyed(repo, rel, tree, CustomerPlan, repo.customers)
    elif rel.startswith(MEETINGS_DIR + "/"):
        _load_meeting(repo, rel, tree)
    elif rel == SOURCES_FILE:
        _load_sources(repo, rel, tree)
    else:
        _load_keyed(repo, rel, tree, Project, repo.projects)


_M = typing.TypeVar("_M", bound=BaseModel)


def _entry(
    repo: Repository, rel: str, tree: YMap, model: type[_M], subject: str | None = None
) -> Entry[_M] | None:
    """The file's model, or None once its schema issues are recorded and it is failed.

    Once the model is built, the repository keeps only the skeleton of the file's tree
    (its positions, tree.py): the values live on in the model. A file that fails keeps
    its whole tree, from which the rules salvage what they can (rules/references.py).
    """
    try:
        built = model.model_validate(tree)
    except ValidationError as exc:
        repo.issues.extend(schema_issues(rel, exc, model, subject=subject))
        repo.failed.add(rel)
        return None
    skel = tree.finish()
    repo.trees[rel] = skel
    return Entry(rel, built, skel)


def _load_meeting(repo: Repository, rel: str, tree: YMap) -> None:
    subject = rel.split("/")[2] if rel.count("/") == 3 else None
    entry = _entry(repo, rel, tree, Meeting, subject)
    if entry is not None:
        repo.meetings[rel] = entry


def _load_sources(repo: Repository, rel: str, tree: YMap) -> None:
    repo.sources = _entry(repo, rel, tree, Sources) or repo.sources


def _load_organisation(repo: Repository, rel: str, tree: YMap) -> None:
    repo.organisation = _entry(repo, rel, tree, Organisation) or repo.organisation


def _load_people(repo: Repository, rel: str, tree: YMap) -> None:
    """People are validated one by one, so one bad entry does not hide the rest."""
    for key in tree:
        if key != "people":
            close = difflib.get_close_matches(key, ["people"], n=1, cutoff=0.6)
            repo.issues.append(
                Issue(
                    "S002",
                    rel,
                    at=(key,),
                    key=True,
                    variant="unknown_close" if close else "unknown",
                    params={"field": key, "suggestion": "people", "known": "people"},
                )
            )
    entries = tree.get("people")
    if not isinstance(entries, YSeq):
        variant = "missing" if entries is None else "type_list"
        repo.issues.append(
            Issue(
                "S002",
                rel,
                at=("people",),
                key=variant == "missing",
                variant=variant,
                params={"field": "people", "value": _show(entries)},
            )
        )
        repo.failed.add(rel)
        return
    for i, raw in enumerate(entries):
        raw_id = raw.get("id") if isinstance(raw, YMap) else None
        if raw_id is not None:
            repo.known_people.add(str(raw_id))
        try:
            person = Person.model_validate(raw)
        except ValidationError as exc:
            repo.issues.extend(
                schema_issues(
                    rel, exc, Person, ("people", i), subject=None if raw_id is None else str(raw_id)
                )
            )
            continue
        if person.id in repo.people:
            first = repo.people[person.id]
            repo.issues.append(
                Issue(
                    "S005",
                    rel,
                    at=("people", i, "id"),
                    subject=person.id,
                    params={
                        "id": person.id,
                        "kind": "person",
                        "first": f"{first.file}:{first.line}",
                    },
                )
            )
            continue
        _share_fields_sets(person)
        line = entries.item_line(i)
        repo.people[person.id] = PersonEntry(rel, i, person, line)
        if isinstance(raw, YMap):
            # The model holds the values now; the people tree keeps the entry's skeleton
            # (its positions) and the whole trees of entries that did not load.
            entries[i] = raw.finish()


def _stem(rel: str) -> str:
    """`Path(rel).stem`, without building a Path for each of 100,000 files."""
    name = rel.rpartition("/")[2]
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _load_keyed(
    repo: Repository, rel: str, tree: YMap, model: type[Any], index: dict[str, Any]
) -> None:
    stem = _stem(rel)
    raw_id = tree.get("id")
    if raw_id is not None and str(raw_id) != stem:
        repo.issues.append(
            Issue(
                "S004",
                rel,
                at=("id",),
                subject=stem,
                params={"id": str(raw_id), "file": Path(rel).name, "stem": stem},
            )
        )
    entry = _entry(repo, rel, tree, model, stem)
    if entry is None:
        return
    _share_fields_sets(entry.model)
    index[stem] = entry


#: One set object per distinct set of given fields (see _share_fields_sets).
_FIELDS_SETS: dict[frozenset[str], set[str]] = {}
#: Per model class, the fields that may hold models (a model or a list of them).
_NESTED: dict[type[BaseModel], tuple[str, ...]] = {}


def _nested(cls: type[BaseModel]) -> tuple[str, ...]:
    names = _NESTED.get(cls)
    if names is None:
        names = _NESTED[cls] = tuple(
            name for name, info in cls.model_fields.items() if _holds_model(info.annotation)
        )
    return names


def _holds_model(annotation: Any) -> bool:
    """Whether a value of this annotation may be or hold a model (through Optional, list,
    dict, Annotated and unions)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_model(arg) for arg in typing.get_args(annotation))


def _share_fields_sets(model: BaseModel) -> None:
    """Let equal `model_fields_set`s of loaded models be one object.

    Every pydantic model carries the set of the fields that were given, 200 to
    700 bytes each, and a plan has dozens of models; the sets repeat from file
    to file. The models are frozen, and pydantic copies the set before it
    changes one (`model_copy(update=...)`), so sharing is safe; it took a fifth
    of a loaded repository's memory (docs/PERFORMANCE.md). Only the fields that
    may hold models are walked into.
    """
    stack = [model]
    while stack:
        m = stack.pop()
        given = m.__pydantic_fields_set__
        shared = _FIELDS_SETS.setdefault(frozenset(given), given)
        if shared is not given:
            object.__setattr__(m, "__pydantic_fields_set__", shared)
        values = m.__dict__
        for name in _nested(type(m)):
            value = values[name]
            if isinstance(value, BaseModel):
                stack.append(value)
            elif type(value) is list:
                stack.extend(v for v in value if isinstance(v, BaseModel))
            elif type(value) is dict:
                stack.extend(v for v in value.values() if isinstance(v, BaseModel))


def _duplicate_ids(repo: Repository) -> None:
    org = repo.organisation
    if org is not None:
        seen: set[str] = set()
        for i, seg in enumerate(org.model.segments):
            if seg.id in seen:
                repo.issues.append(
                    Issue(
                        "S005",
                        org.file,
                        at=("segments", i, "id"),
                        subject=seg.id,
                        params={"id": seg.id, "kind": "segment", "first": ""},
                    )
                )
            seen.add(seg.id)
    for index in (repo.customers, repo.projects):
        by_id: dict[str, str] = {}
        for stem in sorted(index, key=lambda s: index[s].file):
            entry = index[stem]
            model_id = entry.model.id
            if model_id in by_id:
                repo.issues.append(
                    Issue(
                        "S005",
                        entry.file,
                        at=("id",),
                        subject=stem,
                        params={"id": model_id, "kind": "file", "first": by_id[model_id]},
                    )
                )
            else:
                by_id[model_id] = entry.file
