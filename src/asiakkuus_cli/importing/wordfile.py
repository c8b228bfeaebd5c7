"""A .docx as a flat sequence of blocks: paragraphs and tables, in document order.

Only python-docx touches the file; what leaves this module is plain text:
a paragraph's text, and a table as rows of cell texts on the table's grid
(a cell merged across columns gives its text to its first column; a cell
merged down the rows repeats in each row, as the reader sees it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import require
from .files import FileProblem, read_office


@dataclass
class Para:
    text: str
    style: str = ""


@dataclass
class Table:
    rows: list[list[str]] = field(default_factory=list)


Block = Para | Table


def read_blocks(path: Path) -> list[Block]:
    """The blocks of the Word file at `path`; FileProblem when it cannot be read."""
    docx = require("docx")
    data = read_office(path, "word/document.xml", "docx")
    try:
        document = docx.Document(data)
        return list(_blocks(document))
    except FileProblem:
        raise
    except Exception as exc:  # python-docx and lxml fail in many ways on broken files
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise FileProblem("importing.file.corrupt", detail=detail[:200]) from None


def _blocks(document: Any) -> Iterator[Block]:
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    # A paragraph's style name follows from its style id alone, but python-docx looks the
    # style up anew for every paragraph (the default style by a scan of all the styles):
    # the name is looked up once per style id of the document.
    names: dict[str | None, str] = {}

    def style_of(para: Any) -> str:
        try:
            key = para._p.style
        except (KeyError, ValueError, AttributeError):
            return _style_name(para)
        if key not in names:
            names[key] = _style_name(para)
        return names[key]

    def walk(parent: Any, element: Any) -> Iterator[Block]:
        for child in element.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                para = Paragraph(child, parent)
                yield Para(para.text, style_of(para))
            elif tag == "tbl":
                yield _table(DocxTable(child, parent))
            elif tag in ("sdt", "sdtContent", "customXml", "ins", "smartTag"):
                yield from walk(parent, child)

    yield from walk(document, document.element.body)
    for section in document.sections:  # text in the headers: a customer's name, a date
        for part in (section.header, section.first_page_header):
            if part is not None and not part.is_linked_to_previous:
                for para in part.paragraphs:
                    if para.text.strip():
                        yield Para(para.text, "header")


def _style_name(para: Any) -> str:
    try:
        style = para.style
        name = style.name if style is not None else ""
    except (KeyError, ValueError, AttributeError):
        name = ""
    return name or ""


def _table(table: Any) -> Table:
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = [""] * int(row.grid_cols_before or 0)
        previous = None
        for cell in row.cells:
            tc = cell._tc
            cells.append("" if tc is previous else _cell_text(cell))
            previous = tc
        rows.append(cells)
    return Table(rows)


def _cell_text(cell: Any) -> str:
    parts = [p.text for p in cell.paragraphs]
    for inner in cell.tables:  # a table inside a cell: its rows as lines
        for row in _table(inner).rows:
            parts.append(" ".join(c for c in row if c))
    return "\n".join(parts)
