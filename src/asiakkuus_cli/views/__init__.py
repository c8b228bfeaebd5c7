"""Models -> plain view data for documents: sorted, computed, formatted for one language.

A view is a tree of dicts, lists and strings (numbers only where a template
computes with them, e.g. timeline fractions). The same view feeds the Markdown,
HTML and Typst templates and the terminal, and is what `docs/templates.md`
documents for people writing their own templates.

Views may import rules (their predicates, never `engine.run`: findings come in as a
Result), git (the diff model), reading and the core; never renderers, editing or cli
(checked by `lint-imports`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..findings import Finding, Result
from ..i18n import format_date, format_money, format_month, format_number, keys, t
from ..models import CalendarEvent
from ..models.values import Month

View = dict[str, Any]

Row = dict[str, Any]


@dataclass(frozen=True)
class Report:
    """One report: its kind (which columns describe it), rows, optional total row."""

    kind: str
    rows: list[Row]
    total: Row | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Fmt:
    """Values as a reader of `lang` expects them; absent values become ''."""

    lang: str

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.lang, **params)

    def date(self, d: dt.date | None) -> str:
        return format_date(d, self.lang) if d else ""

    def money(self, m: Decimal | None, signed: bool = False) -> str:
        return format_money(m, self.lang, signed=signed) if m is not None else ""

    def number(self, n: int | None, signed: bool = False) -> str:
        return format_number(n, self.lang, signed=signed) if n is not None else ""

    def bool(self, b: bool | None) -> str:
        if b is None:
            return ""
        text = self.t("value.yes" if b else "value.no")
        return text[:1].upper() + text[1:]

    def month(self, m: Month, day: int | None = None) -> str:
        """`Toukokuu`, `Toukokuu 2026` or `5. toukokuu`: capitalised, as a table cell."""
        text = format_month(m.month, self.lang, m.year, day)
        return text[:1].upper() + text[1:]

    def month_or_date(self, v: Month | dt.date | None) -> str:
        if v is None:
            return ""
        return self.month(v) if isinstance(v, Month) else self.date(v)


def table(
    title: str,
    columns: list[tuple[str, str]],
    rows: list[dict[str, str]],
    empty: str,
    intro: str = "",
    numeric: Iterable[str] = (),
) -> View:
    """A table: columns as {key, label, align}, rows as {key: text}."""
    right = set(numeric)
    return {
        "title": title,
        "intro": intro,
        "columns": [
            {"key": k, "label": label, "align": "right" if k in right else "left"}
            for k, label in columns
        ],
        "rows": rows,
        "empty": empty,
    }


def findings_box(result: Result, file: str, fm: Fmt, title_key: str = "doc.findings") -> View:
    """The findings about one file, for a box in the document."""
    items = [_finding(f, fm) for f in result.findings if f.path == file]
    return {
        "title": fm.t(title_key),
        "intro": fm.t("doc.findings_intro"),
        "none": fm.t("doc.findings_none"),
        "file": file,
        "entries": items,
        "errors": sum(1 for f in items if f["severity"] == "error"),
    }


def _finding(f: Finding, fm: Fmt) -> View:
    return {
        "code": f.code,
        "severity": f.severity,
        "severity_label": fm.t(keys.SEVERITY[f.severity]),
        "message": f.message,
        "hint": f.hint or "",
        "line": f.line,
        "where": fm.t("doc.line", line=f.line),
    }


_SPACE = re.compile(r"\s+")


def norm(text: str | None) -> str:
    """Text compared as people mean it: case and spacing ignored."""
    return _SPACE.sub(" ", (text or "").strip()).casefold()


def event_key(e: CalendarEvent) -> tuple[str, ...]:
    """What makes two yearly events the same event: every field, ignoring case and spacing."""
    return (norm(e.what), norm(e.who), norm(e.to_whom), str(e.month), str(e.day), norm(e.where))
