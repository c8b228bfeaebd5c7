"""Line breaks: the one place that says what a line is.

Two notions of a line meet in this tool, and every line number or line split
goes through this module so that they never get mixed up:

- **YAML lines**, as libyaml counts them: a line ends at `\\r\\n`, `\\r`, `\\n`,
  NEL (U+0085), LS (U+2028) or PS (U+2029). The marks of PyYAML's parser and
  composer are in these lines, so code that indexes text by a mark (the edits of
  `plan touch` and `fmt`) splits with `yaml_lines`.
- **Editor lines**, as a person, an editor, `git diff` and GitHub's annotations
  count them: a line ends at `\\r\\n`, `\\r` or `\\n` only. NEL, LS and PS are
  characters inside a line there. Every line and column a user reads (findings
  in every format, suppression comments, `diff`) is in editor lines;
  `Lines.editor` turns a libyaml mark into one.

In a file without NEL, LS and PS both are the same, and the conversion costs a
substring test.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

#: Every character that libyaml reads as a line break (`\r\n` is one break).
YAML_BREAK_CHARS = "\r\n\x85\u2028\u2029"
#: Breaks that libyaml counts and editors do not.
UNUSUAL_BREAK_CHARS = "\x85\u2028\u2029"

_YAML_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_EDITOR_BREAK = re.compile("\r\n|[\r\n]")

Pos = tuple[int, int]


def _split(text: str, pattern: re.Pattern[str]) -> tuple[list[str], list[str]]:
    contents: list[str] = []
    ends: list[str] = []
    at = 0
    for m in pattern.finditer(text):
        contents.append(text[at : m.start()])
        ends.append(m.group())
        at = m.end()
    contents.append(text[at:])
    ends.append("")
    return contents, ends


def yaml_lines(text: str) -> tuple[list[str], list[str]]:
    """The text's YAML lines and the break that ends each (`""` for the last).

    `"".join(c + e for c, e in zip(*yaml_lines(text)))` is `text` again; a mark's
    `line` indexes the first list, its `column` a character of that line.
    """
    return _split(text, _YAML_BREAK)


def editor_lines(text: str) -> list[str]:
    """The text's lines as an editor shows them, without their breaks."""
    return _split(text, _EDITOR_BREAK)[0]


def first_break(text: str, default: str = "\n") -> str:
    """The first line break of the text (`\\r\\n`, `\\r`, ...), for a line added to it."""
    m = _EDITOR_BREAK.search(text)
    return m.group() if m else default


def editor_position(text: str, offset: int) -> Pos:
    """The 1-based editor line and column of the character at `offset`."""
    lines = editor_lines(text[:offset])
    return len(lines), len(lines[-1]) + 1


def is_plain(text: str) -> bool:
    """Whether the text has no line break that editors do not count (NEL, LS, PS): then
    its YAML lines are its editor lines, and a libyaml mark is a position as it is."""
    return not any(c in text for c in UNUSUAL_BREAK_CHARS)


class Lines:
    """Positions in one text: libyaml marks to the lines and columns a person sees."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.plain = is_plain(text)

    @cached_property
    def _yaml_starts(self) -> list[int]:
        return [0, *(m.end() for m in _YAML_BREAK.finditer(self.text))]

    @cached_property
    def _editor_starts(self) -> list[int]:
        return [0, *(m.end() for m in _EDITOR_BREAK.finditer(self.text))]

    def offset(self, line: int, column: int) -> int:
        """The character offset of a 0-based libyaml mark (line, column)."""
        starts = self._yaml_starts
        if line >= len(starts):
            return len(self.text)
        return starts[line] + column

    def editor(self, pos: Pos) -> Pos:
        """A 1-based position in YAML lines as a 1-based position in editor lines."""
        if self.plain:
            return pos
        line, column = pos
        offset = min(self.offset(line - 1, column - 1), len(self.text))
        starts = self._editor_starts
        n = bisect_right(starts, offset) - 1
        return n + 1, offset - starts[n] + 1

    def line_of(self, offset: int) -> int:
        """The 0-based YAML line that holds the character at `offset`."""
        return bisect_right(self._yaml_starts, offset) - 1
