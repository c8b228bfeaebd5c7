"""Data as inert text in every output: terminal, Markdown, CSV.

The data of a repository is written by many people and reviewed in pull
requests, where control characters and bidirectional overrides are invisible.
Whatever a name or a note holds, the tool shows it; it never lets it act:

- `visible`: for a terminal (the text reporter, tables, `plan show`, `diff`):
  C0 and C1 control characters and DEL become visible escapes (`\\x1b`), so an
  ANSI colour, an OSC 8 link or a cursor move is printed as text, not obeyed;
  the bidi embedding, override and isolate characters (the "Trojan Source"
  set) become `<U+202E>`, so they cannot reorder the line around them.
  Rich markup needs no escaping here: the terminal views hand data to rich as
  `Text`, never as markup strings.
- `md_escape`: literal Markdown text for headings and table cells.
- `csv_cell`: a cell that a spreadsheet does not read as a formula.
"""

from __future__ import annotations

import re
from typing import Any

#: The explicit bidi formatting characters (Unicode TR 9): LRE RLE PDF LRO RLO, LRI RLI FSI PDI.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_UNSAFE = re.compile(f"[{_CONTROLS}\u202a-\u202e\u2066-\u2069]")
#: Without lines, LS and PS go too: YAML, Python's splitlines and some editors end a line there.
_UNSAFE_LINES = re.compile(f"[{_CONTROLS}\t\n\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _show(match: re.Match[str]) -> str:
    char = match.group()
    if char in BIDI_CONTROLS or char in "\u2028\u2029":
        return f"<U+{ord(char):04X}>"
    if char == "\n":
        return "\\n"
    if char == "\t":
        return "\\t"
    return f"\\x{ord(char):02x}"


def visible(text: str, *, lines: bool = True) -> str:
    """`text` with every control and bidi character shown as an escape.

    With `lines`, line breaks and tabs are kept (a note of several lines); without,
    they are escaped too, so the result stays on one line (a finding, a table cell).
    """
    pattern = _UNSAFE if lines else _UNSAFE_LINES
    return pattern.sub(_show, text) if pattern.search(text) else text


def is_safe(text: str) -> bool:
    """Whether `visible` would leave `text` as it is (line breaks allowed)."""
    return _UNSAFE.search(text) is None


# --- Markdown ------------------------------------------------------------------------------

# Characters that would start Markdown or HTML markup inside a line of text.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
_NEWLINES = re.compile(r"\r\n|\r|\n")


def md_escape(value: Any) -> str:
    """One value as literal Markdown text, safe in a heading or a table cell: markup
    characters and `|` escaped, line breaks as `<br>`, controls made visible."""
    text = visible(_NEWLINES.sub("\n", str(value).strip())).replace("\t", " ")
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", "<br>")


# --- CSV -----------------------------------------------------------------------------------

#: What a spreadsheet may read as the start of a formula (OWASP: CSV injection).
_FORMULA_START = "=+-@\t\r"
#: Where a spreadsheet may start a new cell: Finnish Excel splits on `;`, English on
#: `,`, some imports on a tab; a line break starts a row; a quote may open a quoted cell.
_CELL_BREAKS = ',;\t\r\n"'
_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\Z")
_PIECE_END = re.compile(f"[{re.escape(_CELL_BREAKS)}]")


def csv_cell(text: str) -> str:
    """A CSV cell that no spreadsheet evaluates, however it splits the line.

    Every piece of the text that a spreadsheet may read as a cell of its own (the
    start, and whatever follows `,`, `;`, a tab, a line break or a quote, after
    spaces and quotes) and that starts with `=`, `+`, `-`, `@`, a tab or a carriage
    return gets a `'` in front of that character. A plain number (`-24000.00`,
    `+3`) is left as it is: a spreadsheet reads it as the number it is.
    """
    out: list[str] = []
    piece_start = True
    for i, char in enumerate(text):
        if piece_start and char in _FORMULA_START:
            end = _PIECE_END.search(text, i + 1)
            piece = text[i : end.start() if end else len(text)]
            if char in "\t\r" or not _NUMBER.match(piece):
                out.append("'")
        out.append(char)
        piece_start = char in _CELL_BREAKS or (piece_start and char == " ")
    return "".join(out)
