"""Is a file already in `fmt`'s canonical form? Decided with libyaml alone, no round trip.

Most files of a repository that runs `fmt` in pre-commit are canonical, and the
round-trip parser (ruamel.yaml, pure Python) costs 15-30 ms a file. This module
answers "canonical" only when it can prove that the full `fmt` (edit.py) would
leave the text byte for byte as it is; for anything it does not know, it says
"not proven" and `fmt` takes the full path. The proof:

1. the text is in the subset this module understands: `\\n` line ends, no tab,
   no BOM or other line-break character, no trailing blanks, no blank line at
   the start or the end, block mappings and sequences, scalars on one line
   (plain, or quoted without escapes), flow lists of scalars on one line, no
   flow mapping except `{}`, no tag, anchor, alias, directive or document marker;
2. the data lines are exactly what the canonical layout writes from libyaml's
   node tree (keys in the model's order, two-space indentation, dashes indented
   by two, one space after `:` and `-`), each optionally followed by a comment;
3. every other line is blank or a comment indented like the next data line
   (column 0 after the last one), as `fmt` indents them;
4. every scalar reads back and is written out by the round trip as the same
   text: its YAML 1.2 type (the round trip's own resolver) is a string that the
   emitter writes plain (checked conservatively), an integer, a decimal number,
   `true`/`false`, an ISO date or empty; and the value of a field that `fmt`
   normalises (dates, money, yes/no, a month given as a date) is already in its
   normal form.

`tests/test_properties_canonical.py` checks, on generated files, that whenever
this says canonical the full path leaves the file unchanged.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache
from typing import Any

import yaml
from pydantic import BaseModel
from ruamel.yaml.nodes import ScalarNode as RuamelScalar

from asiakkuus_cli.editing.form import SIGNED_MONEY, _sub_model, _yaml, money_text, value_kind
from asiakkuus_cli.models.values import parse_money, parse_month_or_date

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

__all__ = ["already_canonical"]

#: Characters that send a file to the full path whatever the rest says.
_OUTSIDE = re.compile("[\t\r\x85\u2028\u2029\ufeff]| \n")
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_INT = re.compile(r"(0|-?[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"-?(0|[1-9][0-9]*)\.[0-9]+\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_COMMENT_AFTER = re.compile(r" +#.*\Z")
_QUOTED_OUT = re.compile("[\\\\\"']")
_PLAIN_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@` ")
_DASHED = re.compile(r"-[^- ]")  # `-13 500 €`: a dash is an indicator only before a blank
_FLOW_OUT = re.compile(r"[,\[\]{}:#?]")
_STR = "tag:yaml.org,2002:str"
_MAX_SCALAR = 1000  # far below the emitter's width: never wrapped


class _NotProven(Exception):
    """The text is outside what this module can prove canonical."""


@cache
def _resolver() -> Any:
    return _yaml().resolver


@lru_cache(maxsize=65536)
def _plain_ok(value: str, in_flow: bool) -> bool:
    """Whether a plain scalar is read back as itself and written out plain, unchanged."""
    if len(value) > _MAX_SCALAR:
        return False
    tag = _resolver().resolve(RuamelScalar, value, (True, False))
    if tag == _STR:
        return not (
            not value.isprintable()
            or (value[0] in _PLAIN_FIRST and not _DASHED.match(value))
            or value[-1] in " :"
            or ": " in value
            or " #" in value
            or (in_flow and _FLOW_OUT.search(value) is not None)
        )
    if tag == "tag:yaml.org,2002:int":
        return _INT.match(value) is not None and value != "-0"
    if tag == "tag:yaml.org,2002:float":
        return _FLOAT.match(value) is not None
    if tag == "tag:yaml.org,2002:bool":
        return value in ("true", "false")
    if tag == "tag:yaml.org,2002:timestamp":
        return _DATE.match(value) is not None
    return False  # null other than empty, and anything else


@lru_cache(maxsize=4096)
def _quoted_ok(value: str) -> bool:
    return (
        len(value) <= _MAX_SCALAR
        and value.isprintable()
        and value == value.strip()
        and _QUOTED_OUT.search(value) is None
    )


@cache
def _kind(model: type[BaseModel], name: str) -> str | None:
    """Which normalisation `fmt` applies to a field (form.value_kind), if any."""
    info = model.model_fields.get(name)
    if info is None:
        return None
    return value_kind(info)


@cache
def _order(model: type[BaseModel]) -> dict[str, int]:
    return {name: i for i, name in enumerate(model.model_fields)}


@cache
def _field_model(model: type[BaseModel], name: str) -> type[BaseModel] | None:
    info = model.model_fields.get(name)
    return None if info is None else _sub_model(info.annotation)


def _scalar(node: yaml.Node, kind: str | None, name: str, in_flow: bool) -> str:
    """The text the canonical form writes for a scalar node, or _NotProven."""
    if not isinstance(node, yaml.ScalarNode) or node.start_mark.line != node.end_mark.line:
        raise _NotProven
    value = str(node.value)
    if not node.style:  # plain: None from PyYAML, '' from libyaml
        if not value:
            if in_flow:
                raise _NotProven
            return ""
        if not _plain_ok(value, in_flow):
            raise _NotProven
        if kind is not None and not _normal(value, kind, name):
            raise _NotProven
        return value
    if kind is not None or node.style not in ("'", '"') or not _quoted_ok(value):
        raise _NotProven
    return f"{node.style}{value}{node.style}"


def _normal(value: str, kind: str, name: str) -> bool:
    """Whether `fmt` leaves the value of a normalised field as it is written."""
    if kind == "date":
        return _DATE.match(value) is not None
    if kind == "bool":
        return value in ("true", "false")
    if kind == "done":
        return value in ("true", "false") or _DATE.match(value) is not None
    if kind == "money":
        try:
            return money_text(parse_money(value), signed=name in SIGNED_MONEY) == value
        except (ValueError, TypeError):
            return False
    # a month stays as written; a date written in it becomes ISO
    if _DATE.match(value):
        return True
    typed: Any = int(value) if _INT.match(value) else value
    try:
        return not isinstance(parse_month_or_date(typed), date)
    except (ValueError, TypeError):
        return False


class _Emitter:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def mapping(
        self, node: yaml.Node, indent: int, model: type[BaseModel] | None, dash: str = ""
    ) -> None:
        if not isinstance(node, yaml.MappingNode) or node.flow_style or not node.value:
            raise _NotProven
        if model is not None:
            order = _order(model)
            last = -1
            for key, _ in node.value:
                place = order.get(str(key.value), len(order))
                if place < last:
                    raise _NotProven
                last = place
        pad = " " * indent
        for i, (key, value) in enumerate(node.value):
            if not isinstance(key, yaml.ScalarNode) or key.style:
                raise _NotProven
            name = str(key.value)
            if _KEY.match(name) is None:
                raise _NotProven
            head = (dash if i == 0 and dash else pad) + name + ":"
            if isinstance(value, yaml.ScalarNode):
                kind = _kind(model, name) if model is not None else None
                text = _scalar(value, kind, name, False)
                self.lines.append(f"{head} {text}" if text else head)
                continue
            sub = _field_model(model, name) if model is not None else None
            if isinstance(value, yaml.SequenceNode):
                if value.flow_style:
                    self.lines.append(f"{head} {_flow_list(value)}")
                else:
                    self.lines.append(head)
                    self.sequence(value, indent + 2, sub)
            elif value.flow_style:
                if value.value or value.start_mark.line != value.end_mark.line:
                    raise _NotProven
                self.lines.append(f"{head} {{}}")
            else:
                self.lines.append(head)
                self.mapping(value, indent + 2, sub)

    def sequence(self, node: yaml.SequenceNode, indent: int, model: type[BaseModel] | None) -> None:
        if not node.value:  # pragma: no cover - a block sequence has an item
            raise _NotProven
        dash = " " * indent + "- "
        for item in node.value:
            if isinstance(item, yaml.ScalarNode):
                text = _scalar(item, None, "", False)
                if not text:
                    raise _NotProven
                self.lines.append(dash + text)
            else:
                self.mapping(item, indent + 2, model, dash)


def _flow_list(node: yaml.SequenceNode) -> str:
    if node.start_mark.line != node.end_mark.line:
        raise _NotProven
    items = []
    for item in node.value:
        items.append(_scalar(item, None, "", True))
    return "[" + ", ".join(items) + "]"


def already_canonical(text: str, model: type[BaseModel]) -> bool:
    """True only if `fmt` would leave `text` (a file that loads without problems) unchanged.

    False means "not proven": the full path decides.
    """
    if not text or text[0] == "\n" or not text.endswith("\n") or text.endswith("\n\n"):
        return False
    if _OUTSIDE.search(text) is not None:
        return False
    try:
        root = yaml.compose(text, Loader=_Loader)
        if root is None:
            return False
        emitter = _Emitter()
        emitter.mapping(root, 0, model)
    except (_NotProven, yaml.YAMLError):
        return False
    expected = emitter.lines
    lines = text.split("\n")
    lines.pop()  # the text ends with a line break
    n = 0
    pending: list[str] = []  # comment lines waiting for the indentation of the next data line
    for line in lines:
        if not line:
            continue
        stripped = line.lstrip(" ")
        if stripped.startswith("#"):
            pending.append(line)
            continue
        if n >= len(expected):
            return False
        want = expected[n]
        n += 1
        if line != want and not (
            line.startswith(want) and _COMMENT_AFTER.match(line, len(want)) is not None
        ):
            return False
        indent = len(line) - len(stripped)
        if any(len(c) - len(c.lstrip(" ")) != indent for c in pending):
            return False
        pending.clear()
    if n != len(expected):
        return False
    return all(not c.startswith(" ") for c in pending)
