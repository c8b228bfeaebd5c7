"""A sheet of rows from an Excel workbook or a CSV file, as typed values.

Excel gives numbers, dates and booleans as such (a date formatted as a number
stays a serial number; `text.read_date` reads both). A CSV is text in UTF-8 (a
BOM is fine) or, as older Finnish Excel saves it, Windows-1252; the separator
is found from the header line (`;` is what Finnish Excel writes, `,` and tab
are accepted).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import require
from .files import MAX_FILE_BYTES, FileProblem, read_office

#: A register of thousands of customers is far below this; a sheet past it is a mistake.
MAX_ROWS = 100_000
MAX_COLUMNS = 200


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]]  # row 0 is the sheet's first row


def read_sheet(path: Path, sheet: str | None) -> Sheet:
    """The rows of `path` (.xlsx/.xlsm or .csv); FileProblem when it cannot be read."""
    suffix = path.suffix.casefold()
    if suffix == ".csv":
        return _csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx(path, sheet)
    if suffix == ".xls":
        raise FileProblem("importing.file.old_xlsx")
    raise FileProblem("importing.file.suffix")


def _xlsx(path: Path, sheet: str | None) -> Sheet:
    openpyxl = require("openpyxl")
    data = read_office(path, "xl/workbook.xml", "xlsx")
    try:
        book = openpyxl.load_workbook(data, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl fails in many ways on broken files
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise FileProblem("importing.file.corrupt", detail=detail[:200]) from None
    try:
        names = list(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise FileProblem("importing.file.no_sheet", sheet=sheet, sheets=", ".join(names))
        ws = book[sheet] if sheet is not None else book[names[0]]
        rows: list[list[Any]] = []
        for row in ws.iter_rows(values_only=True, max_col=MAX_COLUMNS):
            rows.append(list(row))
            if len(rows) > MAX_ROWS:
                raise FileProblem("importing.file.rows", limit=MAX_ROWS)
        return Sheet(ws.title, rows)
    except FileProblem:
        raise
    except Exception as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise FileProblem("importing.file.corrupt", detail=detail[:200]) from None
    finally:
        book.close()


def _csv(path: Path) -> Sheet:
    try:
        if not path.is_file():
            raise FileProblem("importing.file.not_file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileProblem(
                "importing.file.huge",
                size=size // (1024 * 1024),
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise FileProblem("importing.file.unreadable", detail=exc.strerror or str(exc)) from None
    if b"\0" in data[:4096]:
        raise FileProblem("importing.file.not_csv")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    counts = {sep: first.count(sep) for sep in (";", "\t", ",")}
    delimiter = max(counts, key=lambda s: (counts[s], s == ";"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[Any]] = []
    try:
        for row in reader:
            rows.append([cell if cell.strip() else None for cell in row[:MAX_COLUMNS]])
            if len(rows) > MAX_ROWS:
                raise FileProblem("importing.file.rows", limit=MAX_ROWS)
    except csv.Error as exc:
        raise FileProblem("importing.file.corrupt", detail=str(exc)) from None
    return Sheet(path.name, rows)
