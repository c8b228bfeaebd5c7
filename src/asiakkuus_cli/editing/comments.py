"""The comments of a YAML text and the key each belongs to: what `fmt` and `touch` keep.

A comment is found between libyaml's tokens (so a `#` inside a quoted or block
scalar is text, not a comment) and belongs to one key:

- a comment after data on its line belongs to the first key or item that
  starts on that line (`updated: 1.2.2026  # tarkistettu` -> `updated`);
- a comment on a line of its own belongs to the next key or item below it
  (`# asiakkuus: ignore[C001]` above `updated:` -> `updated`), with two
  exceptions above the first key of a mapping, where the comment belongs to
  the mapping's head (it stays above whatever key comes first):
  - in a nested mapping, a comment separated from the first key by a blank line;
  - at the top of the file, every comment except a run of
    `# asiakkuus: ignore[...]` lines right above the first key;
- a comment after all data belongs to the end.

`fmt` moves comments by exactly these rules (edit.py), and both commands
compare the comments of the text before and after with `check_kept`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

import yaml

from asiakkuus_cli.lines import YAML_BREAK_CHARS, Lines

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

#: `# asiakkuus: ignore[C001,P]`, the suppression comment (engine.py reads it).
IGNORE_RE = re.compile(r"#\s*asiakkuus:\s*ignore\[([A-Za-z0-9_,\s]*)\]")

HEAD = "^"
END = "$"
Path = tuple[str | int, ...]
_COMMENT = re.compile(f"#[^{YAML_BREAK_CHARS}]*")


@dataclass(frozen=True)
class Comment:
    text: str  # from `#`, trailing blanks removed
    index: int  # character offset of the `#`
    line: int  # 0-based YAML line
    own_line: bool  # nothing but blanks before it on its line
    key: Path  # the key (or item) it belongs to; HEAD/END as the last step
    in_flow: bool  # inside (or right after) a flow collection that spans lines


def spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) character offsets of every comment in the text."""
    found: list[tuple[int, int]] = []
    done = 0
    for token in yaml.scan(text, Loader=_Loader):
        start = token.start_mark.index
        if start > done:
            found.extend(m.span() for m in _COMMENT.finditer(text, done, start))
        done = max(done, token.end_mark.index)
    return found


@dataclass(frozen=True)
class _Anchor:
    index: int
    line: int
    depth: int
    path: Path
    first_key: bool


def _anchors(text: str) -> tuple[list[_Anchor], list[tuple[int, int]]]:
    """Every key, value and item start, in text order; and the multi-line flow spans."""
    root = yaml.compose(text, Loader=_Loader)
    anchors: list[_Anchor] = []
    flows: list[tuple[int, int]] = []

    def add(node: yaml.Node, path: Path, first: bool = False) -> None:
        m = node.start_mark
        anchors.append(_Anchor(m.index, m.line, len(path), path, first))

    def walk(node: yaml.Node, path: Path) -> None:
        if (
            isinstance(node, (yaml.MappingNode, yaml.SequenceNode))
            and node.flow_style
            and node.end_mark.line > node.start_mark.line
        ):
            flows.append((node.start_mark.index, node.end_mark.line))
        if isinstance(node, yaml.MappingNode):
            for i, (key, value) in enumerate(node.value):
                sub = (*path, str(key.value))
                add(key, sub, first=i == 0)
                if isinstance(value, yaml.ScalarNode):
                    add(value, sub)
                walk(value, sub)
        elif isinstance(node, yaml.SequenceNode):
            for j, item in enumerate(node.value):
                add(item, (*path, j))
                walk(item, (*path, j))

    if root is not None:
        walk(root, ())
    # text order; at one offset the deepest (the key of `- name: x`) comes first
    anchors.sort(key=lambda a: (a.index, -a.depth))
    return anchors, flows


def comments(text: str) -> list[Comment]:
    """The comments of `text` with the key each belongs to (see the module)."""
    found = spans(text)
    if not found:
        return []
    lines = Lines(text)
    anchors, flows = _anchors(text)
    starts = [a.index for a in anchors]
    info = []
    for start, end in found:
        line = lines.line_of(start)
        own = not text[lines.offset(line, 0) : start].strip()
        info.append((start, end, line, own))
    own_lines = {line: text[s:e].rstrip() for s, e, line, own in info if own}
    result: list[Comment] = []
    for start, end, line, own in info:
        body = text[start:end].rstrip()
        in_flow = any(f < start and line <= last for f, last in flows)
        if own:
            key = _key_below(anchors, bisect_left(starts, start), line, own_lines)
        else:
            key = _key_on_line(anchors, starts, start, line)
        result.append(Comment(body, start, line, own, key, in_flow))
    return result


def _key_below(anchors: list[_Anchor], i: int, line: int, own_lines: dict[int, str]) -> Path:
    if i >= len(anchors):
        return (END,)
    below = anchors[i]
    if not below.first_key:
        return below.path
    between = range(line + 1, below.line)
    close = all(n in own_lines for n in between)
    if len(below.path) == 1:  # the file's first key: only its ignore comments go with it
        if close and all(IGNORE_RE.search(own_lines[n]) for n in range(line, below.line)):
            return below.path
        return (HEAD,)
    return below.path if close else (*below.path[:-1], HEAD)


def _key_on_line(anchors: list[_Anchor], starts: list[int], start: int, line: int) -> Path:
    i = bisect_left(starts, start)
    j = i
    while j > 0 and anchors[j - 1].line == line:
        j -= 1
    if j < i:
        return anchors[j].path
    return anchors[i - 1].path if i > 0 else (HEAD,)


def own_lines(text: str) -> dict[int, str]:
    """YAML line -> the comment that stands on that line alone."""
    lines = Lines(text)
    found: dict[int, str] = {}
    for start, end in spans(text):
        line = lines.line_of(start)
        if not text[lines.offset(line, 0) : start].strip():
            found[line] = text[start:end].rstrip()
    return found


def comments_above(own: dict[int, str], line: int, *, root: bool) -> int:
    """How many lines right above YAML line `line` go with its first key (see the module).

    `own` is `own_lines(text)`; `root` says the key is the file's first key.
    """
    n = 0
    while (above := own.get(line - n - 1)) is not None and (not root or IGNORE_RE.search(above)):
        n += 1
    return n


def show(path: Path) -> str:
    """A key path as people write it: `projects[0].name` (`-` for the top of the file)."""
    out = ""
    for step in path:
        if step in (HEAD, END):
            continue
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            out += ("." if out else "") + step
    return out or "-"
