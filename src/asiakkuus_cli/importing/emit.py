"""A draft -> the YAML text of a plan in `fmt`'s canonical form, with its comments.

The values go into a ruamel.yaml round-trip tree in the SPEC's field order,
each guess as an end-of-line comment `# tuonti: ...`; the tree is dumped with
the canonical layout of `edit`, then, when the plan loads, passed through
`edit.format_text` so that what is written is exactly what `fmt` would keep.
"""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString, PlainScalarString

from asiakkuus_cli.editing import edit

from ..config import Settings
from ..i18n import keys, t
from ..models import CustomerPlan
from ..textsafe import visible
from .plan import Draft

PREFIX = "tuonti"


def _ordered(model: type[BaseModel] | None, keys: list[str]) -> list[str]:
    if model is None:
        return keys
    order = {name: i for i, name in enumerate(model.model_fields)}
    return sorted(keys, key=lambda k: order.get(k, len(order)))


def _node(value: Any, model: type[BaseModel] | None, key: str = "") -> Any:
    if isinstance(value, dict):
        out = CommentedMap()
        for k in _ordered(model, list(value)):
            sub = model.model_fields[k].annotation if model and k in model.model_fields else None
            out[k] = _node(value[k], edit._sub_model(sub), k)
        return out
    if isinstance(value, list):
        seq = CommentedSeq()
        seq.extend(_node(v, model, key) for v in value)
        return seq
    if isinstance(value, Decimal):
        return PlainScalarString(edit.money_text(value, signed=key in edit.SIGNED_MONEY))
    if isinstance(value, (date, bool, int)) or value is None:
        return value
    text = str(value)
    if "\n" in text:
        return LiteralScalarString(text.rstrip("\n") + "\n")
    return text


def _comment_text(draft: Draft, path: tuple[str | int, ...], lang: str) -> str:
    parts = [t(c.key, lang, **c.params) for c in draft.comments[path]]
    text = visible("; ".join(parts), lines=False)  # a comment is one line of printable text
    return f"{PREFIX}: " + re.sub("[\u2028\u2029\ufffe\uffff\ud800-\udfff]", "?", text)


def _attach(tree: CommentedMap, path: tuple[str | int, ...], text: str) -> None:
    """Put `text` as the end-of-line comment of the key at `path` (or its nearest parent)."""
    node: Any = tree
    parent: Any = None
    key: Any = None
    for step in path:
        if (isinstance(node, CommentedMap) and step in node) or (
            isinstance(node, CommentedSeq) and isinstance(step, int) and step < len(node)
        ):
            parent, key, node = node, step, node[step]
        else:
            break
    if isinstance(parent, CommentedSeq) and isinstance(node, CommentedMap) and node:
        parent, key = node, next(iter(node))
    if parent is None:
        return
    if isinstance(parent, CommentedMap) and isinstance(parent[key], (CommentedMap, CommentedSeq)):
        value = parent[key]
        if isinstance(value, CommentedMap) and value:
            parent, key = value, next(iter(value))
        elif isinstance(value, CommentedSeq) and value and isinstance(value[0], CommentedMap):
            parent, key = value[0], next(iter(value[0]))
    existing = parent.ca.items.get(key)
    if existing and len(existing) > 2 and existing[2] is not None:
        text = existing[2].value.strip().removeprefix("# ") + "; " + text
        del parent.ca.items[key]
    parent.yaml_add_eol_comment(text, key)


def _spaced(text: str) -> str:
    """Two spaces before every `# tuonti:` comment, as `fmt` leaves them. `notes` is the
    last field, so its text (which may hold anything) is left alone."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("notes:"):
            break
        lines[i] = re.sub(rf"(\S) *# {PREFIX}: ", rf"\1  # {PREFIX}: ", line, count=1)
    return "\n".join(lines)


def notes_text(draft: Draft, lang: str) -> str | None:
    """The plan's `notes`: what the document said, then each unplaced text with its section."""
    lines: list[str] = []
    if draft.values.get("notes"):
        lines.append(str(draft.values["notes"]).strip())
    for section, text in draft.notes:
        if section == "notes":
            lines.append(text)
        else:
            lines.append(f"[{t(keys.IMPORT_SECTION[section], lang)}] {text}")
    return "\n".join(lines) if lines else None


def to_yaml(draft: Draft, rel: str, settings: Settings, lang: str) -> tuple[str, bool]:
    """The plan's text and whether it is in the canonical form of `fmt` (it loads)."""
    values = dict(draft.values)
    notes = notes_text(draft, lang)
    if notes:
        values["notes"] = notes
    tree = _node(values, CustomerPlan)
    assert isinstance(tree, CommentedMap)
    for path in sorted(draft.comments, key=str):
        _attach(tree, path, _comment_text(draft, path, lang))
    buffer = io.StringIO()
    edit._yaml().dump(tree, buffer)
    text = _spaced(buffer.getvalue())
    try:
        return edit.format_text(rel, text, settings, CustomerPlan).text, True
    except (edit.EditProblem, edit.Unsafe):
        return text, False
