"""Reports as text: `table` (rich in a terminal, plain aligned text otherwise), `md`,
`json` and `csv`, all from the same `Report` rows.

- table/md show the columns of `COLUMNS[kind]`, headings from the catalogue, money
  and dates formatted for the language (`i18n.format_money`, `format_date`);
- json and csv carry every key of `KEYS[kind]` (documented in docs/reports.md):
  money as a string with two decimals (`"280000.00"`), `potential_mean` with one,
  dates ISO (`2026-11-26`), booleans true/false; csv joins lists with `;` and
  leaves out nested lists of objects and the total row.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ..i18n import format_date, format_money, format_number, keys, t
from ..textsafe import csv_cell, md_escape, visible
from ..views import Report, Row

JSON_VERSION = 1
ONE_DECIMAL_KEYS = frozenset({"potential_mean"})


@dataclass(frozen=True)
class Column:
    """A table/md column: the row key, how to show the value, and an optional key of a
    value to show instead (a name for an id)."""

    key: str
    kind: str = "text"
    show: str | None = None
    optional: bool = False

    @property
    def numeric(self) -> bool:
        return self.kind in ("int", "money", "smoney", "decimal", "count")


_C = Column
COLUMNS: dict[str, list[Column]] = {
    "plans": [
        _C("name"), _C("type", "type", optional=True), _C("segment", optional=True),
        _C("account_manager", show="account_manager_name"),
        _C("updated", "date"), _C("stale", "flag"), _C("charges_annual", "money"),
        _C("charges_change", "smoney", optional=True), _C("headcount", "int", optional=True),
        _C("potential", "int", optional=True), _C("open_projects", "int", optional=True),
        _C("open_projects_budget", "money", optional=True),
    ],
    "projects": [
        _C("name"), _C("customer", "customer", show="customer_name"), _C("status", "status"),
        _C("start", "date", optional=True), _C("end", "date"),
        _C("budget", "money", optional=True),
        _C("project_manager", show="project_manager_name"),
        _C("next_meeting", "date", optional=True),
    ],
    "segments": [
        _C("segment"), _C("name"), _C("customers", "int"),
        _C("by_type", "counts", optional=True), _C("charges_annual", "money"),
        _C("charges_change", "smoney", optional=True), _C("headcount", "int", optional=True),
        _C("potential_mean", "decimal", optional=True), _C("open_projects", "int"),
        _C("open_projects_budget", "money", optional=True), _C("stale_plan_ids", "count"),
    ],
    "managers": [
        _C("name"), _C("customers", "int"), _C("types_covered", "types", optional=True),
        _C("types_missing", "types"), _C("charges_annual", "money", optional=True),
        _C("open_projects", "int", optional=True),
        _C("deputy", show="deputy_name"), _C("stale_plan_ids", "count"),
        _C("events_next_30_days", "int"),
    ],
    "needs": [
        _C("group"), _C("customer_names", "list"), _C("needs_count", "int"),
        _C("first_observed", "date", optional=True), _C("budgeted", "tri"),
        _C("fits_environment", "tri"), _C("undecided", "flag"),
        _C("shared", "flag", optional=True),
    ],
    "project_report": [
        _C("id"), _C("customer", "customer", show="customer_name"), _C("status", "status"),
        _C("start", "date", optional=True), _C("end", "date", optional=True),
        _C("budget", "money", optional=True),
        _C("project_manager", show="project_manager_name"), _C("board_missing", "board"),
        _C("errors", "int"), _C("warnings", "int"), _C("infos", "int", optional=True),
    ],
    "calendar": [
        _C("date", "date"), _C("kind", "event_kind"), _C("customer", "for", show="customer_name"),
        _C("what"), _C("who", optional=True), _C("to_whom", optional=True),
        _C("where", optional=True), _C("done", "date"),
    ],
}  # fmt: skip

KEYS: dict[str, list[str]] = {
    "plans": ["id", "name", "type", "direct", "segment", "segment_name", "account_manager",
              "account_manager_name", "updated", "stale", "charges_annual", "charges_change",
              "headcount", "potential", "open_projects", "open_projects_budget"],
    "projects": ["id", "name", "customer", "customer_name", "internal", "status", "start", "end",
                 "budget", "project_manager", "project_manager_name", "next_meeting"],
    "segments": ["segment", "name", "customers", "by_type", "charges_annual", "charges_change",
                 "headcount", "potential_mean", "open_projects", "open_projects_budget",
                 "stale_plans", "stale_plan_ids"],
    "managers": ["manager", "name", "customers", "customer_ids", "types_covered", "types_missing",
                 "charges_annual", "open_projects", "deputy", "deputy_name", "stale_plans",
                 "stale_plan_ids", "events_next_30_days"],
    "needs": ["group", "tags", "customers", "customer_names", "shared", "needs_count",
              "first_observed", "budgeted", "fits_environment", "undecided", "oldest_undecided",
              "needs"],
    "project_report": ["id", "name", "customer", "customer_name", "internal", "status", "start",
                       "end", "budget", "project_manager", "project_manager_name", "board_filled",
                       "board_missing", "board_members", "errors", "warnings", "infos"],
    "calendar": ["date", "kind", "what", "customer", "customer_name", "who", "to_whom", "where",
                 "yearly", "uid", "file", "done"],
}  # fmt: skip

# The meeting records' reports (views/meetings.py).
COLUMNS.update(
    {
        "meetings": [
            Column("date", "date"),
            Column("subject", show="subject_name"),
            Column("kind", "event_kind"),
            Column("event"),
            Column("participants", "int"),
            Column("open_actions", "int"),
        ],
        "actions": [
            Column("owner", show="owner_name"),
            Column("due", "date"),
            Column("overdue", "flag"),
            Column("what"),
            Column("subject", show="subject_name"),
            Column("meeting", "date"),
        ],
        "sources": [
            Column("name"),
            Column("holds", "list"),
            Column("fields", "list"),
            Column("owner", show="owner_name"),
            Column("owner_email"),
            Column("access"),
            Column("refreshed"),
        ],
    }
)
KEYS.update(
    {
        "meetings": ["date", "subject", "subject_name", "kind", "event", "participants",
                     "decisions", "open_actions", "file"],
        "actions": ["owner", "owner_name", "due", "overdue", "what", "subject", "subject_name",
                    "meeting", "file"],
        "sources": ["id", "name", "holds", "fields", "owner", "owner_name", "owner_email",
                    "access", "refreshed", "customers"],
    }
)  # fmt: skip


# --- values -------------------------------------------------------------------------


def cell(value: Any, col: Column, lang: str, row: Row) -> str:
    """One value as a person reads it in a table or a memo."""
    kind = col.kind
    if kind == "for":
        if value is None:
            return t(
                "reports.all_customers" if row.get("kind") == "care" else "reports.internal", lang
            )
        return str(row.get(col.show or "") or value)
    if kind == "customer" and value is None:
        return t("reports.internal", lang)
    if col.show and row.get(col.show) is not None:
        value = row[col.show]
    if kind == "count":
        return format_number(len(value), lang) if value is not None else "-"
    if kind == "board":
        if not value:
            return t("reports.board_complete", lang)
        return t("reports.board_missing", lang,
                 roles=", ".join(t(keys.TERM["board"][r], lang) for r in value))  # fmt: skip
    if value is None:
        return "-"
    formatters: dict[str, Callable[[Any], str]] = {
        "money": lambda v: format_money(v, lang),
        "smoney": lambda v: format_money(v, lang, signed=True),
        "date": lambda v: format_date(v, lang),
        "int": lambda v: format_number(v, lang),
        "decimal": lambda v: format_number(v, lang),
        "flag": lambda v: t("value.yes" if v else "value.no", lang),
        "type": lambda v: t(keys.TERM["type"][v], lang),
        "status": lambda v: t(keys.TERM["status"][v], lang),
        "event_kind": lambda v: t(keys.EVENT_KIND[v], lang),
        "tri": lambda v: t(keys.TRI[v], lang),
        "types": lambda v: ", ".join(t(keys.TERM["type"][x], lang) for x in v) or "-",
        "list": lambda v: ", ".join(str(x) for x in v) or "-",
        "counts": lambda v: (
            ", ".join(f"{t(keys.TERM['type'][k], lang)} {n}" for k, n in v.items()) or "-"
        ),
    }
    fmt = formatters.get(kind)
    return fmt(value) if fmt else str(value)


def plain(value: Any, key: str = "") -> Any:
    """A value for json: Decimal and dates as strings, containers recursively."""
    if isinstance(value, Decimal):
        return str(value.quantize(Decimal("0.1") if key in ONE_DECIMAL_KEYS else Decimal("0.01")))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v, k) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v, key) for v in value]
    return value


def _csv_value(value: Any, key: str) -> str:
    """One CSV cell; text that a spreadsheet would run as a formula is neutralised."""
    value = plain(value, key)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        text = ";".join(f"{k}={v}" for k, v in value.items())
    elif isinstance(value, list):
        text = ";".join(str(v) for v in value)
    else:
        text = str(value)
    return csv_cell(text)


# --- formats ------------------------------------------------------------------------


def to_json(report: Report, meta: dict[str, Any]) -> str:
    doc: dict[str, Any] = {"version": JSON_VERSION, "report": report.kind}
    doc.update(plain({**meta, **report.meta}))
    doc["rows"] = [plain({k: r.get(k) for k in KEYS[report.kind]}) for r in report.rows]
    if report.total is not None:
        doc["total"] = plain(report.total)
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_csv(header: list[str], rows: list[list[str]]) -> str:
    """CSV that a spreadsheet opens safely in any locale: every field quoted, so a
    comma or semicolon in the data never splits it (Finnish Excel splits on `;`),
    and every cell text already passed `csv_cell`."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def to_csv(report: Report) -> str:
    keys = [k for k in KEYS[report.kind] if k != "needs"]
    return write_csv(keys, [[_csv_value(r.get(k), k) for k in keys] for r in report.rows])


def _grid(
    report: Report, lang: str
) -> tuple[list[Column], list[str], list[list[str]], list[str] | None]:
    cols = COLUMNS[report.kind]
    heads = [t(keys.REPORT_COLUMN[report.kind][c.key], lang) for c in cols]
    body = [[cell(r.get(c.key), c, lang, r) for c in cols] for r in report.rows]
    total = None
    if report.total is not None and report.rows:
        total = []
        for i, c in enumerate(cols):
            if i == 0:
                total.append(t("reports.total", lang))
            elif c.key in report.total and c.numeric and report.total[c.key] is not None:
                total.append(cell(report.total[c.key], Column(c.key, c.kind), lang, report.total))
            elif c.key == "potential" and "potential_mean" in report.total:
                total.append(
                    cell(report.total["potential_mean"], Column(c.key, "decimal"), lang, {})
                )
            else:
                total.append("")
    return cols, heads, body, total


def to_md(report: Report, lang: str, title: str, subtitle: str, notes: list[str]) -> str:
    cols, heads, body, total = _grid(report, lang)
    lines = [f"# {md_escape(title)}", "", f"_{md_escape(subtitle)}_", ""]
    if not body:
        lines += [t("reports.empty", lang), ""]
    else:
        lines.append("| " + " | ".join(md_escape(h) for h in heads) + " |")
        lines.append("|" + "|".join("---:" if c.numeric else "---" for c in cols) + "|")
        lines += ["| " + " | ".join(md_escape(v) for v in row) + " |" for row in body]
        if total is not None:
            lines.append(
                "| " + " | ".join(f"**{md_escape(v)}**" if v else "" for v in total) + " |"
            )
        lines.append("")
    lines += [f"- {md_escape(n)}" for n in notes]
    return "\n".join(lines).rstrip("\n") + "\n"


def to_plain_table(report: Report, lang: str, title: str, subtitle: str, notes: list[str]) -> str:
    """Aligned columns without colour or box drawing: what `table` prints into a pipe."""
    cols, heads, body, total = _grid(report, lang)
    out = [visible(title, lines=False), visible(subtitle, lines=False), ""]
    if not body:
        return "\n".join([*out, t("reports.empty", lang), *notes]) + "\n"
    everything = [heads, *body, *([total] if total else [])]
    flat = [[visible(v.replace("\n", " "), lines=False) for v in row] for row in everything]
    widths = [max(len(row[i]) for row in flat) for i in range(len(cols))]

    def line(row: list[str]) -> str:
        cells = [
            v.rjust(w) if c.numeric else v.ljust(w)
            for v, w, c in zip(row, widths, cols, strict=True)
        ]
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    out += [line(flat[0]), rule, *(line(r) for r in flat[1 : 1 + len(body)])]
    if total:
        out += [rule, line(flat[-1])]
    if notes:
        out += ["", *notes]
    return "\n".join(out) + "\n"


def to_terminal_table(report: Report, lang: str, title: str, subtitle: str,
                      notes: list[str], color: bool, width: int) -> str:  # fmt: skip
    """The table laid out for `width` columns (`terminal.fit`): words are never split,
    and what does not fit side by side is left out with a note, or stacked."""
    from rich.console import Console
    from rich.text import Text

    from .terminal import Col, fit

    cols, heads, body, total = _grid(report, lang)
    # Data reaches rich only as Text (never parsed as markup) and with controls made visible.
    title, subtitle = visible(title, lines=False), visible(subtitle, lines=False)
    body = [[visible(v, lines=False) for v in row] for row in body]
    total = [visible(v, lines=False) for v in total] if total else total
    console = Console(file=io.StringIO(), force_terminal=color, no_color=not color,
                      highlight=False, width=width, emoji=False)  # fmt: skip
    console.print(Text(title, style="bold"))
    console.print(Text(subtitle, style="dim"))
    console.print()
    if not body:
        console.print(Text(t("reports.empty", lang)))
    else:
        spec = [Col(h, c.numeric, c.optional) for c, h in zip(cols, heads, strict=True)]
        fitted = fit(spec, body, width, total)
        console.print(fitted.renderable)
        if fitted.hidden:
            console.print(Text(t("terminal.hidden_columns", lang, columns=fitted.hidden)))
    if notes:
        console.print()
    for n in notes:
        console.print(Text(visible(n)))
    text = str(console.file.getvalue())  # type: ignore[attr-defined]
    return text if color else "\n".join(line.rstrip() for line in text.split("\n"))


@dataclass(frozen=True)
class Layout:
    """What a table renderer is given besides the report."""

    title: str
    subtitle: str
    notes: list[str]
    meta: dict[str, Any]
    terminal: bool
    color: bool


def _terminal_or_plain(report: Report, lang: str, lay: Layout) -> str:
    from .terminal import output_width

    width = shutil.get_terminal_size().columns if lay.terminal else output_width()
    if width is not None:
        return to_terminal_table(
            report, lang, lay.title, lay.subtitle, lay.notes, lay.color, max(width, 20)
        )
    return to_plain_table(report, lang, lay.title, lay.subtitle, lay.notes)


TableRenderer = Callable[[Report, str, Layout], str]

#: The formats of every report table (`report *`, `plan list`, `calendar`, ...): name -> renderer.
FORMATS: dict[str, TableRenderer] = {
    "table": _terminal_or_plain,
    "md": lambda report, lang, lay: to_md(report, lang, lay.title, lay.subtitle, lay.notes),
    "json": lambda report, lang, lay: to_json(report, lay.meta),
    "csv": lambda report, lang, lay: to_csv(report),
}


def render(report: Report, fmt: str, lang: str, *, title: str, subtitle: str,
           notes: list[str] | None = None, meta: dict[str, Any] | None = None,
           terminal: bool = False, color: bool = False) -> str:  # fmt: skip
    """The report in one of FORMATS."""
    layout = Layout(title, subtitle, notes or [], meta or {}, terminal, color)
    return FORMATS[fmt](report, lang, layout)
