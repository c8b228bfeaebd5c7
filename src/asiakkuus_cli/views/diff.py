"""The semantic diff as people read it: values formatted for a language, names for ids,
headings, statuses and the summary, and the JSON document (docs/diff.md).

The view of the model in `git/diff.py`; `render/diff.py` lays it out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from asiakkuus_cli.git.diff import KINDS, STATUSES, Change, DataDiff, EntityDiff, empty
from asiakkuus_cli.i18n import format_date, format_money, format_number, keys, t, term
from asiakkuus_cli.models import (
    Month,
)
from asiakkuus_cli.models.values import MONTHS_EN, MONTHS_FI
from asiakkuus_cli.repository import (
    Repository,
)

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
    if empty(value):
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
        i = value.month - 1
        month = MONTHS_FI[i] if lang == "fi" else MONTHS_EN[i].capitalize()
        return f"{month} {value.year}" if value.year else month
    text = str(value)
    if change.ref is not None:
        return names.of(change.ref, text)
    if change.choice is not None:
        return term(change.choice, text, lang)
    return text


def json_value(value: Any) -> Any:
    """A typed value in JSON: money as a decimal string, dates ISO, months `5` or `2026-05`."""
    if empty(value):
        return None
    if isinstance(value, list):
        return [json_value(v) for v in value]
    if isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --- headings and summaries -------------------------------------------------------------


def heading(entity: EntityDiff, lang: str) -> str:
    kind = t(keys.DIFF_KIND[entity.kind], lang)
    label = (
        f"{entity.name} ({entity.id})" if entity.name and entity.name != entity.id else entity.id
    )
    if entity.kind in ("people", "sources"):
        label = entity.file
    return f"{kind}: {label}"


def status(entity: EntityDiff, lang: str) -> str:
    if entity.status == "unreadable":
        return t(keys.DIFF_UNREADABLE[entity.side or "both"], lang)
    if entity.status == "renamed":
        return t("diff.status.renamed", lang, old=entity.old_file, new=entity.file)
    return t(keys.DIFF_STATUS[entity.status], lang)


def summary(diff: DataDiff, lang: str) -> str:
    parts: list[str] = []
    for kind in ("customer", "project", "person", "meeting"):
        counts = [t(keys.DIFF_COUNT[s], lang, n=n) for s in STATUSES if (n := diff.count(kind, s))]
        if counts:
            parts.append(f"{t(keys.DIFF_KINDS[kind], lang)}: {', '.join(counts)}")
    other = sum(1 for e in diff.entities if e.kind in ("organisation", "people", "sources"))
    if other:
        parts.append(t("diff.count.other", lang, n=other))
    return "; ".join(parts)


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
