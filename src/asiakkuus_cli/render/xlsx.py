"""Reports as Excel workbooks: typed cells, one sheet per part, safe text.

- The main sheet has the columns of the table format (`tables.COLUMNS`) with
  the catalogue's headings: money as numbers with a € format, dates as dates,
  counts as integers, yes/no as booleans; names, choices and lists as text.
- The header row is frozen and has an autofilter; a total row (where the
  report has one) follows the data, outside the filter; column widths follow
  the content.
- A report with nested rows (the needs report's individual needs) gets a
  second sheet for them; the title, date and notes go to a last sheet.
- No cell is ever a formula: text that starts with `=`, `+`, `-` or `@` is
  stored as text (and marked so), characters XML cannot hold are dropped.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from asiakkuus_cli.editing.atomic import write_bytes

from ..i18n import keys, t
from ..runtime import require
from ..views import Report, Row
from . import tables

MAX_TEXT = 32767  # Excel's limit for one cell
MONEY_FORMAT = '#,##0 "€";-#,##0 "€"'
MONEY_CENTS_FORMAT = '#,##0.00 "€";-#,##0.00 "€"'
SIGNED_MONEY_FORMAT = '+#,##0 "€";-#,##0 "€";0 "€"'
DATE_FORMAT = {"fi": "d.m.yyyy", "en": "d mmm yyyy"}
DECIMAL_FORMAT = "0.0"
MIN_WIDTH, MAX_WIDTH = 8, 60

#: Nested lists of rows that get a sheet of their own: report kind -> (key, columns).
PARTS: dict[str, tuple[str, list[str]]] = {
    "needs": (
        "needs",
        ["customer", "need", "observed", "budgeted", "fits_environment", "decision", "tags"],
    ),
}


def _safe_text(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return str(ILLEGAL_CHARACTERS_RE.sub("", text))[:MAX_TEXT]


def _put(ws: Any, row: int, col: int, value: Any, number_format: str | None = None) -> int:
    """Write one typed value; returns the width it needs."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, bool):
        cell.value = value
        width = 6
    elif isinstance(value, (int, Decimal, float)):
        cell.value = value
        width = len(f"{value:,}") + 3
    elif isinstance(value, (date, datetime)):
        cell.value = value
        width = 11
    elif value is None:
        return 0
    else:
        text = _safe_text(str(value))
        cell.value = text
        cell.data_type = "s"  # never a formula, whatever the text starts with
        if text[:1] in ("=", "+", "-", "@"):
            cell.quotePrefix = True
        width = max((len(line) for line in text.splitlines()), default=0)
    if number_format:
        cell.number_format = number_format
    return width


def _typed(value: Any, col: tables.Column, lang: str, row: Row) -> tuple[Any, str | None]:
    """The cell value of a column and its number format."""
    kind = col.kind
    if value is None and kind not in ("for", "customer", "board"):
        return None, None
    if kind in ("money", "smoney") and isinstance(value, Decimal):
        whole = value == value.to_integral_value()
        fmt = (
            SIGNED_MONEY_FORMAT
            if kind == "smoney"
            else (MONEY_FORMAT if whole else MONEY_CENTS_FORMAT)
        )
        return value, fmt
    if kind == "date" and isinstance(value, date):
        return value, DATE_FORMAT.get(lang, DATE_FORMAT["fi"])
    if kind == "int" and isinstance(value, int):
        return value, "0"
    if kind == "decimal" and isinstance(value, (Decimal, int)):
        return value, DECIMAL_FORMAT
    if kind == "count" and isinstance(value, (list, tuple)):
        return len(value), "0"
    if kind == "flag" and isinstance(value, bool):
        return value, None
    if col.key == "segment" and isinstance(value, str) and value.isdigit() and len(value) < 16:
        return int(value), "0"  # segment ids are numbers in most organisations
    return tables.cell(value, col, lang, row), None


def _sheet(
    ws: Any,
    heads: list[str],
    rows: list[list[tuple[Any, str | None]]],
    total: list[tuple[Any, str | None]] | None,
) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    widths = [len(h) for h in heads]
    for c, head in enumerate(heads, start=1):
        _put(ws, 1, c, head)
        ws.cell(row=1, column=c).font = Font(bold=True)
    for r, values in enumerate(rows, start=2):
        for c, (value, fmt) in enumerate(values, start=1):
            widths[c - 1] = max(widths[c - 1], _put(ws, r, c, value, fmt))
    last = len(rows) + 1
    ws.freeze_panes = "A2"
    if heads:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(heads))}{max(last, 1)}"
    if total is not None:
        for c, (value, fmt) in enumerate(total, start=1):
            widths[c - 1] = max(widths[c - 1], _put(ws, last + 1, c, value, fmt))
            ws.cell(row=last + 1, column=c).font = Font(bold=True)
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = min(max(width + 2, MIN_WIDTH), MAX_WIDTH)


def _title(text: str) -> str:
    """A sheet name: at most 31 characters, none of `[]:*?/\\`."""
    for bad in "[]:*?/\\":
        text = text.replace(bad, " ")
    return _safe_text(text).strip()[:31] or "Sheet"


def workbook(report: Report, lang: str, title: str, subtitle: str, notes: list[str]) -> bytes:
    """The report as the bytes of an .xlsx file."""
    openpyxl = require("openpyxl")
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = _title(title)
    cols = tables.COLUMNS[report.kind]
    heads = [t(keys.REPORT_COLUMN[report.kind][c.key], lang) for c in cols]
    rows = [[_typed(r.get(c.key), c, lang, r) for c in cols] for r in report.rows]
    total: list[tuple[Any, str | None]] | None = None
    if report.total is not None and report.rows:
        total = []
        for i, c in enumerate(cols):
            if i == 0:
                total.append((t("reports.total", lang), None))
            elif c.key in report.total and c.numeric and report.total[c.key] is not None:
                total.append(_typed(report.total[c.key], c, lang, report.total))
            elif c.key == "potential" and report.total.get("potential_mean") is not None:
                total.append((report.total["potential_mean"], DECIMAL_FORMAT))
            else:
                total.append((None, None))
    _sheet(ws, heads, rows, total)
    part = PARTS.get(report.kind)
    if part is not None:
        key, fields = part
        title_key, field_keys = keys.XLSX_PART[report.kind]
        sub = book.create_sheet(_title(t(title_key, lang)))
        group_head = heads[0]
        sub_heads = [group_head, *(t(field_keys[k], lang) for k in fields)]
        sub_rows = []
        for r in report.rows:
            for item in r.get(key) or []:
                line: list[tuple[Any, str | None]] = [
                    (tables.cell(r.get(cols[0].key), cols[0], lang, r), None)
                ]
                for k in fields:
                    v = item.get(k)
                    if isinstance(v, date):
                        line.append((v, DATE_FORMAT.get(lang, DATE_FORMAT["fi"])))
                    elif isinstance(v, list):
                        line.append((", ".join(str(x) for x in v), None))
                    else:
                        line.append((v, None))
                sub_rows.append(line)
        _sheet(sub, sub_heads, sub_rows, None)
    info = book.create_sheet(_title(t("xlsx.info", lang)))
    for n, text in enumerate([title, subtitle, "", *notes], start=1):
        _put(info, n, 1, text)
    info.column_dimensions["A"].width = MAX_WIDTH * 2
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write(
    path: Path, report: Report, lang: str, title: str, subtitle: str, notes: list[str]
) -> None:
    """The workbook, written whole or not at all."""
    write_bytes(path, workbook(report, lang, title, subtitle, notes))


def emit(
    report: Report,
    fmt: str,
    out_file: Path | None,
    lang: str,
    *,
    title: str,
    subtitle: str,
    notes: list[str],
    meta: dict[str, Any],
) -> None:
    """`--format xlsx -o FILE`, or any text format written to `-o FILE` instead of stdout."""
    from ..errors import UsageProblem

    if out_file is None:
        raise UsageProblem("xlsx.needs_out")
    if fmt == "xlsx":
        write(out_file, report, lang, title, subtitle, notes)
    else:
        text = tables.render(
            report, fmt, lang, title=title, subtitle=subtitle, notes=notes, meta=meta
        )
        write_bytes(out_file, text.encode("utf-8"))
