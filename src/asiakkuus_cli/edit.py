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

import io
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import YAMLError as RuamelError
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarfloat import ScalarFloat
from ruamel.yaml.scalarstring import PlainScalarString

from .atomic import write_text as atomic_write
from .config import Settings
from .findings import Issue
from .loader import parse, schema_issues
from .models import CustomerPlan, Meeting, Organisation, People, Project, Sources
from .models.values import parse_bool, parse_date, parse_money, parse_month_or_date
from .repository import (
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

#: Fields whose money value is a change, written with an explicit `+` when positive.
SIGNED_MONEY = frozenset(("change",))


class EditProblem(Exception):
    """A file that cannot be edited safely; carries the issues that say why."""

    def __init__(self, issues: list[Issue], tree: Any = None) -> None:
        super().__init__(", ".join(i.code for i in issues))
        self.issues = issues
        self.tree = tree


class Unsafe(Exception):
    """The edit would change the meaning of the file; carries a catalogue key."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


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
        raise EditProblem(issues, tree)
    try:
        return model.model_validate(tree)
    except ValidationError as exc:
        raise EditProblem(schema_issues(rel, exc, model), tree) from None


def _canonical_text(text: str) -> str:
    """No BOM, `\\n` line ends: the bytes every edit starts from."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


# --- plan touch ----------------------------------------------------------------------------


def touch_text(text: str, today: date, after: tuple[str, ...]) -> str:
    """`text` with the top-level `updated` set to `today`, changing that line only.

    A missing `updated` is added on a line of its own after the last of the
    keys `after` that the file has (else before the first key).
    """
    root = yaml.compose(text, Loader=_Loader)
    if not isinstance(root, yaml.MappingNode):  # pragma: no cover - checked by load_model
        raise Unsafe("workflow.touch.not_mapping")
    lines = text.split("\n")
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
        return "\n".join(lines)
    anchor = None
    for name in after:
        if name in keys:
            anchor = keys[name]
    if anchor is None:
        first_key = root.value[0][0] if root.value else None
        at = first_key.start_mark.line if first_key is not None else len(lines)
        column = first_key.start_mark.column if first_key is not None else 0
    else:
        at = _content_end(anchor[1], lines) + 1
        column = anchor[0].start_mark.column
    lines.insert(at, " " * column + f"updated: {value}")
    return "\n".join(lines)


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


def _sub_model(annotation: Any) -> type[BaseModel] | None:
    """The model class inside `X | None` or `list[X]`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _sub_model(arg)
            if found is not None:
                return found
    return None


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


def _reorder_mapping(lines: list[str], node: yaml.MappingNode, model: type[BaseModel]) -> None:
    """Put the keys of one block mapping in the model's field order, moving whole lines.

    Comment and blank lines above a key move with it, except above the first
    key, where they stay (a file's header comment stays at the top). A key on
    the line of a sequence dash (`- name: x`) hands the dash to the new first key.
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
        start = first if i == 0 else ends[i - 1] + 1
        segments.append((lines[start : ends[i] + 1], key_lines[i] - start))
    if dashed:
        seg0 = list(segments[0][0])
        seg0[0] = " " * column + seg0[0][column:]
        segments[0] = (seg0, 0)
    rebuilt: list[str] = []
    for j, i in enumerate(wanted):
        seg, offset = segments[i]
        if j == 0 and dashed:
            rebuilt.extend(seg[:offset])
            rebuilt.append(prefix + seg[offset][column:])
            rebuilt.extend(seg[offset + 1 :])
        else:
            rebuilt.extend(seg)
    lines[first : ends[-1] + 1] = rebuilt


def reorder_keys(text: str, model: type[BaseModel]) -> str:
    """`text` with every mapping's keys in the canonical order of `model`."""
    root = yaml.compose(text, Loader=_Loader)
    if root is None:  # pragma: no cover - checked by load_model
        return text
    lines = text.split("\n")
    for node, sub in list(_mappings(root, model)):
        _reorder_mapping(lines, node, sub)
    return "\n".join(lines)


# --- fmt: step 2, values -------------------------------------------------------------------


def _validators(annotation: Any) -> Iterator[Callable[..., Any]]:
    """The PlainValidator functions inside an annotation (through Optional and Annotated)."""
    for meta in getattr(annotation, "__metadata__", ()):
        func = getattr(meta, "func", None)
        if callable(func):
            yield func
    for arg in typing.get_args(annotation):
        if not isinstance(arg, (str, int)):
            yield from _validators(arg)


def _normaliser(info: Any) -> Callable[[Any, str], Any] | None:
    funcs = set(_validators(info.annotation))
    for meta in info.metadata:
        func = getattr(meta, "func", None)
        if callable(func):
            funcs.add(func)
    if parse_date in funcs:
        return lambda v, _name: parse_date(v)
    if parse_money in funcs:
        return lambda v, name: PlainScalarString(
            money_text(parse_money(v), signed=name in SIGNED_MONEY)
        )
    if parse_bool in funcs:
        return lambda v, _name: parse_bool(v)
    if parse_month_or_date in funcs:
        return _month_or_date
    return None


def _month_or_date(value: Any, _name: str) -> Any:
    """A date in any accepted form becomes ISO; a month keeps the form it was written in."""
    parsed = parse_month_or_date(value)
    return parsed if isinstance(parsed, date) else value


def money_text(amount: Decimal, signed: bool = False) -> str:
    """The canonical money form: `280 000 €`, `-1 500,50 €`, `+24 000 €` (signed changes).

    Plain spaces group the thousands, a comma marks the cents; cents are shown
    only when there are any, and then with at least two digits.
    """
    sign = "-" if amount < 0 else ("+" if signed and amount > 0 else "")
    magnitude = abs(amount)
    if magnitude == magnitude.to_integral_value():
        whole, frac = str(int(magnitude)), ""
    else:
        text = format(magnitude, "f")
        whole, frac = text.split(".")
        frac = frac.rstrip("0").ljust(2, "0")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + " ".join(groups) + ("," + frac if frac else "") + " €"


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


class _TextFloat(ScalarFloat):
    """A plain YAML float that keeps the text it was read from (`yaml_text`): money is
    decided from that text (models/values.py), and the float is written back as typed,
    so no number passes through a binary float (`280.000`, `999999999999999.99`)."""

    yaml_text: str


class _TextFloatConstructor(RoundTripConstructor):
    def construct_yaml_float(self, node: Any) -> Any:
        value = super().construct_yaml_float(node)
        if isinstance(value, float):
            value = _TextFloat(value)
            value.yaml_text = node.value
        return value


_TextFloatConstructor.add_constructor(
    "tag:yaml.org,2002:float", _TextFloatConstructor.construct_yaml_float
)


class _TextFloatRepresenter(RoundTripRepresenter):
    def represent_text_float(self, data: _TextFloat) -> Any:
        return self.represent_scalar("tag:yaml.org,2002:float", data.yaml_text)


_TextFloatRepresenter.add_representer(_TextFloat, _TextFloatRepresenter.represent_text_float)


def _yaml() -> YAML:
    """The one round-trip configuration (YAML 1.2) that defines the canonical layout."""
    rt = YAML(typ="rt")
    rt.Constructor = _TextFloatConstructor
    rt.Representer = _TextFloatRepresenter
    rt.indent(mapping=2, sequence=4, offset=2)
    rt.width = 4096  # never re-wrap a person's long line
    rt.preserve_quotes = True
    rt.allow_unicode = True
    rt.allow_duplicate_keys = False
    return rt


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
    lines = text.split("\n")
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
    return "\n".join(lines)


@dataclass(frozen=True)
class Formatted:
    text: str
    changed: bool


def format_text(rel: str, text: str, settings: Settings, model: type[BaseModel]) -> Formatted:
    """The canonical form of one file's text.

    Raises EditProblem if the file does not load, Unsafe if formatting would
    change what it means or would not settle (both leave the file alone).
    """
    before = load_model(rel, text, settings, model)
    try:
        once = _format_once(text, model)
    except RuamelError:  # libyaml read it, the round-trip parser does not (`key:\tvalue`)
        raise Unsafe("workflow.fmt.unreadable") from None
    try:
        after = load_model(rel, once, settings, model)
    except EditProblem:
        raise Unsafe("workflow.fmt.meaning") from None
    if after != before:
        raise Unsafe("workflow.fmt.meaning")
    if _format_once(once, model) != once:
        raise Unsafe("workflow.fmt.unstable")
    return Formatted(once, once != text)


def _format_once(text: str, model: type[BaseModel]) -> str:
    ordered = reorder_keys(_canonical_text(text), model)
    return _relayout(ordered, model)


# --- whole-file operations used by the commands ---------------------------------------------

#: The keys after which a missing `updated` is added (SPEC 2.4 field order).
BEFORE_UPDATED = ("id", "name", "type", "direct", "segment")


def _read(root: Path, rel: str, settings: Settings) -> tuple[str, bool]:
    """The file's text and whether it started with a BOM; EditProblem when unreadable."""
    from .loader import read_text

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


def touch_plan(root: Path, rel: str, settings: Settings, today: date) -> Touched:
    """Set `updated` of the plan at `rel` to `today`; raises EditProblem or Unsafe."""
    text, bom = _read(root, rel, settings)
    before: BaseModel | None
    try:
        before = load_model(rel, text, settings, CustomerPlan)
        assert isinstance(before, CustomerPlan)
    except EditProblem as problem:
        # A plan whose one problem is a missing or empty `updated` is what touch is for.
        if not problem.issues or any(
            i.code != "S002" or i.variant != "missing" or i.at != ("updated",)
            for i in problem.issues
        ):
            raise
        before = None
    if isinstance(before, CustomerPlan) and before.updated == today:
        return Touched(rel, False)
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
    atomic_write(root / rel, ("\ufeff" if bom else "") + new_text, within=root)
    return Touched(rel, True)


def format_file(root: Path, rel: str, settings: Settings, check: bool) -> bool:
    """Bring one data file into the canonical form (or, with `check`, only tell).

    Returns whether the file changes (or would); raises EditProblem or Unsafe.
    """
    model = model_for(rel)
    if model is None:  # pragma: no cover - the command filters these first
        raise Unsafe("workflow.fmt.not_data")
    text, bom = _read(root, rel, settings)
    result = format_text(rel, text, settings, model)
    changed = result.changed or bom
    if changed and not check:
        atomic_write(root / rel, result.text, within=root)
    return changed
