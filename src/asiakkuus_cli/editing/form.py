"""The canonical form's definitions, shared by the round trip (edit.py) and the fast
proof that a text already is canonical (canonical.py): the one round-trip YAML
configuration, the money form, and how a model's fields are found.

Editing: imports ruamel.yaml, pydantic and the core.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarfloat import ScalarFloat

from asiakkuus_cli.models.meetings import parse_done
from asiakkuus_cli.models.values import parse_bool, parse_date, parse_money, parse_month_or_date

#: Fields whose money value is a change, written with an explicit `+` when positive.
SIGNED_MONEY = frozenset(("change",))


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


def _validators(annotation: Any) -> Iterator[Callable[..., Any]]:
    """The PlainValidator functions inside an annotation (through Optional and Annotated),
    each as the parser it wraps (the models share parsed values: values._shared)."""
    for meta in getattr(annotation, "__metadata__", ()):
        func = getattr(meta, "func", None)
        if callable(func):
            yield getattr(func, "__wrapped__", func)
    for arg in typing.get_args(annotation):
        if not isinstance(arg, (str, int)):
            yield from _validators(arg)


#: The value parsers `fmt` normalises by, and the name of each normalisation.
_KINDS = ((parse_date, "date"), (parse_money, "money"), (parse_bool, "bool"),
          (parse_month_or_date, "month"), (parse_done, "done"))  # fmt: skip


def value_kind(info: Any) -> str | None:
    """Which normalisation `fmt` applies to a model field (its `FieldInfo`), if any:
    `date`, `money`, `bool`, `month` or `done` (an action's date or yes/no), by the
    parsers among its validators."""
    funcs = set(_validators(info.annotation))
    for meta in info.metadata:
        func = getattr(meta, "func", None)
        if callable(func):
            funcs.add(getattr(func, "__wrapped__", func))
    return next((kind for parser, kind in _KINDS if parser in funcs), None)


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

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except (ValueError, OverflowError):
            # It looks like a date but is none (`2026-13-45`): text, as validate reads it.
            return str(node.value)


_TextFloatConstructor.add_constructor(
    "tag:yaml.org,2002:float", _TextFloatConstructor.construct_yaml_float
)
_TextFloatConstructor.add_constructor(
    "tag:yaml.org,2002:timestamp", _TextFloatConstructor.construct_yaml_timestamp
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
