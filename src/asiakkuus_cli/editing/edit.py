"""Comment-preserving edits of data files (`plan touch`, `fmt`) and atomic writes.

The canonical form (docs/editing.md) is reached in three steps, each of which
keeps comments and blank lines:

1. keys are put in the SPEC's field order by moving whole lines of text (a key,
   its value and the comment lines just above it move together), using the
   positions of PyYAML's composer;
2. the typed values are normalised in a ruamel.yaml round-trip tree (dates to
   `2026-01-15`, money to `280 000 €`, booleans to `true`/`false`);
3. the tree is dumped with the one canonical layout: two-space indentation,
   sequence dashes indented by two under their key, no line wrapping.

Nothing is written unless the result loads into the same model as before.
ruamel nodes never leave this module: callers get text and models.
"""

from __future__ import annotations

import difflib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError as RuamelError
from ruamel.yaml.scalarstring import PlainScalarString

from asiakkuus_cli.config import Settings
from asiakkuus_cli.editing.atomic import write_text as atomic_write
from asiakkuus_cli.editing.cache import CanonicalCache
from asiakkuus_cli.editing.comments import (
    HEAD,
    IGNORE_RE,
    Comment,
    comments,
    comments_above,
    own_lines,
    show,
)
from asiakkuus_cli.editing.form import SIGNED_MONEY as SIGNED_MONEY
from asiakkuus_cli.editing.form import _sub_model as _sub_model
from asiakkuus_cli.editing.form import _yaml as _yaml
from asiakkuus_cli.editing.form import money_text as money_text
from asiakkuus_cli.editing.form import value_kind
from asiakkuus_cli.findings import Issue
from asiakkuus_cli.lines import YAML_BREAK_CHARS, Lines, editor_lines, first_break, yaml_lines
from asiakkuus_cli.models import CustomerPlan, Meeting, Organisation, People, Project, Sources
from asiakkuus_cli.models.meetings import parse_done
from asiakkuus_cli.models.values import parse_bool, parse_date, parse_money, parse_month_or_date
from asiakkuus_cli.reading.loader import parse, schema_issues
from asiakkuus_cli.repository import (
    CUSTOMERS_DIR,
    MEETINGS_DIR,
    ORGANISATION_FILE,
    PEOPLE_FILE,
    PROJECTS_DIR,
    SOURCES_FILE,
)

try:  # libyaml gives the same marks (characters, 0-based) much faster
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

__all__ = [
    "EditProblem",
    "atomic_write",
    "format_text",
    "load_model",
    "model_for",
    "touch_text",
]


class EditProblem(Exception):
    """A file that cannot be edited safely; carries the issues that say why."""

    def __init__(self, issues: list[Issue], tree: Any = None, text: str | None = None) -> None:
        super().__init__(", ".join(i.code for i in issues))
        self.issues = issues
        self.tree = tree
        self.text = text  # for positions in the lines a person sees (lines.py)


class Unsafe(Exception):
    """The edit would change the meaning of the file; carries a catalogue key."""

    def __init__(self, key: str, /, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


# --- writing -------------------------------------------------------------------------------


# --- loading -------------------------------------------------------------------------------


def model_for(rel: str) -> type[BaseModel] | None:
    """The model of a data file, by its path relative to the root."""
    if rel == ORGANISATION_FILE:
        return Organisation
    if rel == PEOPLE_FILE:
        return People
    folder, _, name = rel.rpartition("/")
    if name.endswith(".yaml") and folder == CUSTOMERS_DIR:
        return CustomerPlan
    if name.endswith(".yaml") and folder == PROJECTS_DIR:
        return Project
    if name.endswith(".yaml") and MEETINGS_DIR in (folder, folder.rpartition("/")[0]):
        return Meeting
    if rel == SOURCES_FILE:
        return Sources
    return None


def load_model(rel: str, text: str, settings: Settings, model: type[BaseModel]) -> BaseModel:
    """The file's model; raises EditProblem with the loading issues (S001-S007) if any."""
    tree, issues, usable = parse(rel, text, settings)
    if issues or not usable:
        raise EditProblem(issues, tree, text)
    try:
        return model.model_validate(tree)
    except ValidationError as exc:
        raise EditProblem(schema_issues(rel, exc, model), tree, text) from None


def _canonical_text(text: str) -> str:
    """No BOM, `\\n` line ends: the text every `fmt` starts from.

    CR LF, CR and NEL become LF: libyaml reads all four as the same break, in a
    scalar too, so the model stays the same. LS and PS stay: inside a quoted
    or block scalar they are characters of the value (lines.py).
    """
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    if "\u2028" not in text and "\u2029" not in text:
        return text
    # Between tokens an LS or PS is only a line break, which the round trip would not read.
    parts: list[str] = []
    done = 0
    for token in yaml.scan(text, Loader=_Loader):
        start = token.start_mark.index
        if start > done:
            parts.append(text[done:start].replace("\u2028", "\n").replace("\u2029", "\n"))
            done = start
        end = max(done, token.end_mark.index)
        parts.append(text[done:end])
        done = end
    parts.append(text[done:])
    return "".join(parts)


# --- plan touch ----------------------------------------------------------------------------


def touch_text(text: str, today: date, after: tuple[str, ...]) -> str:
    """`text` with the top-level `updated` set to `today`, changing that line only.

    A missing `updated` is added on a line of its own after the last of the
    keys `after` that the file has (else above the first key and the comment
    lines right above it), ending with the file's own line break. Lines are
    YAML lines (lines.py), so CR, NEL, LS and PS count as libyaml counts them.
    """
    root = yaml.compose(text, Loader=_Loader)
    if not isinstance(root, yaml.MappingNode):  # pragma: no cover - checked by load_model
        raise Unsafe("workflow.touch.not_mapping")
    lines, ends = yaml_lines(text)
    value = today.isoformat()
    keys = {str(k.value): (k, v) for k, v in root.value if isinstance(k, yaml.ScalarNode)}
    if "updated" in keys:
        node = keys["updated"][1]
        start, end = node.start_mark, node.end_mark
        if start.line != end.line or not isinstance(node, yaml.ScalarNode):
            raise Unsafe("workflow.touch.complex")
        line = lines[start.line]
        if start.column == end.column:  # `updated:` with nothing after it
            lines[start.line] = line[: start.column].rstrip() + " " + value + line[start.column :]
        else:
            lines[start.line] = line[: start.column] + value + line[end.column :]
        return "".join(c + e for c, e in zip(lines, ends, strict=True))
    anchor = None
    for name in after:
        if name in keys:
            anchor = keys[name]
    if anchor is None:
        first_key = root.value[0][0] if root.value else None
        at = first_key.start_mark.line if first_key is not None else len(lines)
        column = first_key.start_mark.column if first_key is not None else 0
        if first_key is not None:
            at -= comments_above(own_lines(text), at, root=True)
    else:
        at = _content_end(anchor[1], lines) + 1
        column = anchor[0].start_mark.column
    new = " " * column + f"updated: {value}"
    if at >= len(lines):  # after the last line, which has no line break: give it one
        ends[-1] = first_break(text)
        lines.append(new)
        ends.append("")
    else:
        lines.insert(at, new)
        ends.insert(at, first_break(text))
    return "".join(c + e for c, e in zip(lines, ends, strict=True))


# --- fmt: step 1, key order ----------------------------------------------------------------


def _content_end(node: yaml.Node, lines: list[str]) -> int:
    """The 0-based last line that holds any of the node's text (blank lines excluded)."""
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style:
        items: list[yaml.Node] = (
            [n for pair in node.value for n in pair]
            if isinstance(node, yaml.MappingNode)
            else list(node.value)
        )
        if not items:
            return int(node.start_mark.line)
        return max(_content_end(items[-1], lines), int(items[-1].start_mark.line))
    start, end = node.start_mark, node.end_mark
    last = int(end.line) if end.column > 0 else int(end.line) - 1
    last = max(last, int(start.line))
    while last > start.line and not lines[last].strip():
        last -= 1
    return last


def _mappings(
    node: yaml.Node, model: type[BaseModel] | None
) -> Iterator[tuple[yaml.MappingNode, type[BaseModel]]]:
    """Every block mapping with its model, innermost first."""
    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _mappings(item, model)
    elif isinstance(node, yaml.MappingNode) and model is not None:
        for key, value in node.value:
            info = model.model_fields.get(str(key.value))
            if info is not None:
                yield from _mappings(value, _sub_model(info.annotation))
        yield node, model


def _reorder_mapping(
    lines: list[str], node: yaml.MappingNode, model: type[BaseModel], head: int
) -> None:
    """Put the keys of one block mapping in the model's field order, moving whole lines.

    `lines` keep their line breaks. Comment and blank lines above a key move
    with it; above the first key, the `head` comment lines right above it do
    (comments.py says which). A key on the line of a sequence dash
    (`- name: x`) hands the dash to the new first key.
    """
    if node.flow_style or len(node.value) < 2:
        return
    order = {name: i for i, name in enumerate(model.model_fields)}
    names = [str(k.value) for k, _ in node.value]
    wanted = sorted(range(len(names)), key=lambda i: (order.get(names[i], len(order)), i))
    if wanted == list(range(len(names))):
        return
    key_lines = [int(k.start_mark.line) for k, _ in node.value]
    if len(set(key_lines)) != len(key_lines):  # pragma: no cover - block mappings never do this
        return
    ends = [max(_content_end(v, lines), key_lines[i]) for i, (_, v) in enumerate(node.value)]
    first, column = key_lines[0], int(node.value[0][0].start_mark.column)
    prefix = lines[first][:column]
    dashed = bool(prefix.strip())
    segments: list[tuple[list[str], int]] = []
    for i in range(len(names)):
        start = first - head if i == 0 else ends[i - 1] + 1
        segments.append((lines[start : ends[i] + 1], key_lines[i] - start))
    if dashed:
        seg0, offset0 = list(segments[0][0]), segments[0][1]
        seg0[offset0] = " " * column + seg0[offset0][column:]
        segments[0] = (seg0, offset0)
    rebuilt: list[str] = []
    for j, i in enumerate(wanted):
        seg, offset = segments[i]
        if j == 0 and i != 0:
            # Above a first key, a blank line would part a comment from its key (comments.py):
            # the blank lines go above the comments (the number of lines stays).
            above = seg[:offset]
            blank = [line for line in above if not line.strip()]
            seg = blank + [line for line in above if line.strip()] + seg[offset:]
        if j == 0 and dashed:
            rebuilt.extend(seg[:offset])
            rebuilt.append(prefix + seg[offset][column:])
            rebuilt.extend(seg[offset + 1 :])
        else:
            rebuilt.extend(seg)
    lines[first - head : ends[-1] + 1] = rebuilt


def reorder_keys(text: str, model: type[BaseModel]) -> str:
    """`text` with every mapping's keys in the canonical order of `model`."""
    root = yaml.compose(text, Loader=_Loader)
    if root is None:  # pragma: no cover - checked by load_model
        return text
    if not text.endswith(tuple(YAML_BREAK_CHARS)):
        text += "\n"  # every line that may move ends with its break
    contents, breaks = yaml_lines(text)
    lines = [c + b for c, b in zip(contents, breaks, strict=True)]
    own = own_lines(text)
    for node, sub in list(_mappings(root, model)):
        first = int(node.value[0][0].start_mark.line) if node.value else 0
        head = comments_above(own, first, root=node is root)
        _reorder_mapping(lines, node, sub, head)
    return "".join(lines)


# --- fmt: step 2, values -------------------------------------------------------------------


def _normaliser(info: Any) -> Callable[[Any, str], Any] | None:
    kind = value_kind(info)
    if kind == "date":
        return lambda v, _name: parse_date(v)
    if kind == "money":
        return lambda v, name: PlainScalarString(
            money_text(parse_money(v), signed=name in SIGNED_MONEY)
        )
    if kind == "bool":
        return lambda v, _name: parse_bool(v)
    if kind == "month":
        return _month_or_date
    if kind == "done":
        return lambda v, _name: parse_done(v)
    return None


def _month_or_date(value: Any, _name: str) -> Any:
    """A date in any accepted form becomes ISO; a month keeps the form it was written in."""
    parsed = parse_month_or_date(value)
    return parsed if isinstance(parsed, date) else value


def _normalise(data: Any, model: type[BaseModel] | None) -> None:
    """Normalise the typed values of a round-trip tree in place, following the model."""
    if model is None:
        return
    if isinstance(data, CommentedSeq):
        for item in data:
            _normalise(item, model)
        return
    if not isinstance(data, CommentedMap):
        return
    if data.fa.flow_style():  # a one-line `{...}` has no comments inside: reorder it here
        order = {name: i for i, name in enumerate(model.model_fields)}
        for key in sorted(data, key=lambda k: order.get(str(k), len(order))):
            data.move_to_end(key)
    for key in list(data):
        info = model.model_fields.get(str(key))
        value = data[key]
        if info is None or value is None:
            continue
        if isinstance(value, (CommentedMap, CommentedSeq)):
            _normalise(value, _sub_model(info.annotation))
            continue
        normalise = _normaliser(info)
        if normalise is not None:
            new = normalise(value, str(key))
            if type(new) is not type(value) or new != value:
                data[key] = new


# --- fmt: step 3, layout -------------------------------------------------------------------


def _relayout(text: str, model: type[BaseModel]) -> str:
    rt = _yaml()
    data = rt.load(text)
    _normalise(data, model)
    buffer = io.StringIO()
    rt.dump(data, buffer)
    return _indent_comments(buffer.getvalue())


def _indent_comments(text: str) -> str:
    """Indent each comment on a line of its own like the line of data that follows it.

    The round trip keeps a comment's old column, which is wrong once the data
    around it was re-indented. Lines inside multi-line scalars are text, not
    comments, and stay as they are.
    """
    lines, breaks = yaml_lines(text)
    root = yaml.compose(text, Loader=_Loader)
    verbatim: set[int] = set()
    stack: list[yaml.Node] = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            if node.end_mark.line > node.start_mark.line:
                verbatim.update(range(node.start_mark.line, node.end_mark.line + 1))
        elif isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    indent = 0
    for n in range(len(lines) - 1, -1, -1):
        stripped = lines[n].lstrip(" ")
        if not stripped or n in verbatim:
            if n in verbatim:
                indent = len(lines[n]) - len(stripped)
            continue
        if stripped.startswith("#"):
            lines[n] = " " * indent + stripped
        else:
            indent = len(lines[n]) - len(stripped)
    return "".join(c + b for c, b in zip(lines, breaks, strict=True))


@dataclass(frozen=True)
class Formatted:
    text: str
    changed: bool


def format_text(
    rel: str, text: str, settings: Settings, model: type[BaseModel], *, quick: bool = True
) -> Formatted:
    """The canonical form of one file's text.

    Raises EditProblem if the file does not load, Unsafe if formatting would
    change what it means, lose or move a comment, or would not settle (each
    leaves the file alone). With `quick`, a text that canonical.py proves
    canonical is answered without the round trip (the tests turn it off to
    compare).
    """
    before = load_model(rel, text, settings, model)
    from asiakkuus_cli.editing.canonical import already_canonical

    if quick and already_canonical(text, model):  # proven without the round trip (canonical.py)
        return Formatted(text, False)
    try:
        once = _format_once(text, model)
    except RuamelError:  # libyaml read it, the round-trip parser does not (`key:\tvalue`)
        raise Unsafe("workflow.fmt.unreadable") from None
    if once == text:  # the same text: the same model and comments, and formatting it is `once`
        return Formatted(text, False)
    try:
        after = load_model(rel, once, settings, model)
    except EditProblem:
        raise Unsafe("workflow.fmt.meaning") from None
    if after != before:
        raise Unsafe("workflow.fmt.meaning")
    check_comments_kept(text, once, ordered=False)
    if _format_once(once, model) != once:
        raise Unsafe("workflow.fmt.unstable")
    return Formatted(once, once != text)


def check_comments_kept(before: str, after: str, *, ordered: bool) -> None:
    """Raise Unsafe unless `after` has every comment of `before`, each with the same key.

    The comments of one key keep their order; with `ordered`, all comments keep
    theirs (touch moves no key). A comment above the key that `fmt` makes the
    file's first one becomes part of the file's head, where it stays (comments.py).
    """
    old, new = comments(before), comments(after)
    if ordered:
        if [(c.text, c.key) for c in old] == [(c.text, c.key) for c in new]:
            return
    else:
        first = _first_key(after)
        if _by_key(old, first) == _by_key(new, first):
            return
    raise _comment_problem(before, old, new, None if ordered else _first_key(after))


def _first_key(text: str) -> str | None:
    root = yaml.compose(text, Loader=_Loader)
    if isinstance(root, yaml.MappingNode) and root.value:
        return str(root.value[0][0].value)
    return None


def _by_key(
    found: list[Comment], first: str | None = None
) -> dict[tuple[str | int, ...], list[str]]:
    grouped: dict[tuple[str | int, ...], list[str]] = {}
    for c in found:
        key = c.key
        if c.own_line and key == (first,) and not IGNORE_RE.search(c.text):
            key = (HEAD,)
        grouped.setdefault(key, []).append(c.text)
    return grouped


def _comment_problem(
    text: str, old: list[Comment], new: list[Comment], first: str | None
) -> Unsafe:
    """Name the first comment of `old` that `new` does not keep with its key."""
    kept = _by_key(new, first)
    seen: dict[tuple[str | int, ...], int] = {}
    culprit = None
    for c in old:
        key = next(iter(_by_key([c], first)))
        n = seen.get(key, 0)
        seen[key] = n + 1
        texts = kept.get(key, [])
        if n >= len(texts) or texts[n] != c.text:
            culprit = c
            break
    if culprit is None:  # pragma: no cover - a comment was added, not lost
        return Unsafe("editing.comment.added")
    line, _ = Lines(text).editor((culprit.line + 1, 1))
    comment = culprit.text if len(culprit.text) <= 60 else culprit.text[:59] + "…"
    message = "editing.comment.flow" if culprit.in_flow else "editing.comment.lost"
    return Unsafe(message, line=line, comment=comment, key=show(culprit.key))


def _document_parts(text: str) -> tuple[str, str, str]:
    """The text split into what stands before the document, the document, and after it.

    Comments and directives above a `---` line and everything from a `...`
    line on are not part of the document that the round trip rewrites: they
    are kept byte for byte (ruamel.yaml would drop their comments).
    """
    start = end = None
    for token in yaml.scan(text, Loader=_Loader):
        if isinstance(token, yaml.DocumentStartToken) and start is None:
            start = token
        elif isinstance(token, yaml.DocumentEndToken) and end is None:
            end = token
    lines = Lines(text)
    head, tail = 0, len(text)
    if start is not None:
        line = start.start_mark.line
        rest = text[start.end_mark.index : lines.offset(line + 1, 0)].strip()
        if not rest or rest.startswith("#"):
            head = lines.offset(line + 1, 0)
    if end is not None and end.start_mark.index >= head:
        tail = lines.offset(end.start_mark.line, 0)
    return text[:head], text[head:tail], text[tail:]


def _format_once(text: str, model: type[BaseModel]) -> str:
    prologue, body, epilogue = _document_parts(_canonical_text(text))
    ordered = reorder_keys(body, model)
    return prologue + _relayout(ordered, model) + epilogue


# --- whole-file operations used by the commands ---------------------------------------------

#: The keys after which a missing `updated` is added (SPEC 2.4 field order).
BEFORE_UPDATED = ("id", "name", "type", "direct", "segment")


def _read(root: Path, rel: str, settings: Settings) -> tuple[str, bool]:
    """The file's text and whether it started with a BOM; EditProblem when unreadable."""
    from asiakkuus_cli.reading.loader import read_text

    text, problem = read_text(root, rel, settings)
    if problem is not None or text is None:
        raise EditProblem([problem] if problem is not None else [])
    try:
        bom = (root / rel).read_bytes().startswith(b"\xef\xbb\xbf")
    except OSError:  # pragma: no cover - read_text just read it
        bom = False
    return text, bom


@dataclass(frozen=True)
class Touched:
    rel: str
    changed: bool
    #: The `updated` the plan had, when it was later than today (touch says so).
    future: date | None = None


def _updated_is_empty(problem: EditProblem) -> bool:
    """Whether the plan's one problem is that `updated` is missing or empty (`""` too)."""
    if not problem.issues or any(i.at != ("updated",) or i.code != "S002" for i in problem.issues):
        return False
    if all(i.variant == "missing" for i in problem.issues):
        return True
    tree = problem.tree
    value = tree.get("updated") if isinstance(tree, dict) else None
    return isinstance(value, str) and not value.strip()


def touch_plan(root: Path, rel: str, settings: Settings, today: date) -> Touched:
    """Set `updated` of the plan at `rel` to `today`; raises EditProblem or Unsafe."""
    text, bom = _read(root, rel, settings)
    before: BaseModel | None
    try:
        before = load_model(rel, text, settings, CustomerPlan)
        assert isinstance(before, CustomerPlan)
    except EditProblem as problem:
        # A plan whose one problem is a missing or empty `updated` is what touch is for.
        if not _updated_is_empty(problem):
            raise
        before = None
    if isinstance(before, CustomerPlan) and before.updated == today:
        return Touched(rel, False)
    future = before.updated if isinstance(before, CustomerPlan) and before.updated > today else None
    new_text = touch_text(text, today, BEFORE_UPDATED)
    try:
        after = load_model(rel, new_text, settings, CustomerPlan)
    except EditProblem:
        raise Unsafe("workflow.fmt.meaning") from None
    assert isinstance(after, CustomerPlan)
    if before is None:
        if after.updated != today:
            raise Unsafe("workflow.fmt.meaning")
    elif after != before.model_copy(update={"updated": today}):
        raise Unsafe("workflow.fmt.meaning")
    check_comments_kept(text, new_text, ordered=True)
    atomic_write(root / rel, ("\ufeff" if bom else "") + new_text, within=root)
    return Touched(rel, True, future)


@dataclass(frozen=True)
class FileFormat:
    """What `fmt` did (or, with `check`, would do) to one file."""

    changed: bool
    before: str
    after: str
    #: The cache entry of the file's content when it is canonical (cache.py), else None.
    entry: str | None = None


def format_file(
    root: Path, rel: str, settings: Settings, check: bool, cache: CanonicalCache | None = None
) -> FileFormat:
    """Bring one data file into the canonical form (or, with `check`, only tell).

    A file whose content `cache` knows as canonical is not parsed at all.
    Raises EditProblem or Unsafe.
    """
    model = model_for(rel)
    if model is None:  # pragma: no cover - the command filters these first
        raise Unsafe("workflow.fmt.not_data")
    text, bom = _read(root, rel, settings)
    entry = cache.key(model.__name__, text) if cache is not None and not bom else None
    if entry is not None and cache is not None and entry in cache:
        return FileFormat(False, text, text, entry)
    result = format_text(rel, text, settings, model)
    changed = result.changed or bom
    if changed and not check:
        atomic_write(root / rel, result.text, within=root)
    return FileFormat(
        changed, ("\ufeff" if bom else "") + text, result.text, entry if not changed else None
    )


def unified_diff(rel: str, before: str, after: str) -> list[str]:
    """What `fmt` changes in a file: the lines of a unified diff, in editor lines (lines.py).

    Empty when only the line ends (the last one too) or a BOM change: the lines would look
    the same.
    """
    old, new = _diff_lines(before.removeprefix("\ufeff")), _diff_lines(after)
    return list(difflib.unified_diff(old, new, f"a/{rel}", f"b/{rel}", lineterm=""))


def _diff_lines(text: str) -> list[str]:
    lines = editor_lines(text)
    return lines[:-1] if not lines[-1] else lines
