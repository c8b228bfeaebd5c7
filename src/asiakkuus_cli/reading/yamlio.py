"""Safe reading of YAML: libyaml events in, plain Python values with positions out.

Two ways to the same tree, both on libyaml (PyYAML's C parser), neither through
a constructor:

- the reference, `compose_events`, walks the event stream. Tags, anchors,
  aliases and excessive depth are refused at the event that introduces them,
  before any value is built or expanded: a billion-laughs file stops at its
  first alias. Every problem is reported from here.
- the fast path, `compose`, lets libyaml's composer (compiled, in PyYAML's
  `_yaml` extension) build the node tree with YAML 1.1 resolution switched
  off, and walks the nodes. It is taken only for text that holds no `&` and
  no `!` (so no anchor, alias or tag can be in it); any parser error, explicit
  tag, complex key or excessive depth hands the text to the reference, which
  reports the problem exactly as it always did; so does a text over
  NODE_TREE_LIMIT, whose node tree would cost more memory than the walk saves
  time. tests/test_yamlio_paths.py checks that both give the same tree,
  positions and duplicates.

Plain scalars are resolved with the YAML 1.2 core schema (so `no` and `on`
stay text, as they do in the round-trip editor), and every key and value
keeps its 1-based line and column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from sys import intern
from typing import Any

import yaml
from yaml import events as ev
from yaml.nodes import MappingNode, ScalarNode

from asiakkuus_cli.tree import Pos as Pos
from asiakkuus_cli.tree import YMap as YMap
from asiakkuus_cli.tree import YSeq as YSeq
from asiakkuus_cli.tree import make_root, shared_keys, shared_map, shared_seq
from asiakkuus_cli.tree import position as position

_CParser: Any = None  # libyaml's compiled composer, when PyYAML was built with it
try:  # libyaml is bundled in PyYAML's wheels; the pure parser is a slow fallback
    from yaml import CSafeLoader as _Loader
    from yaml._yaml import CParser

    _CParser = CParser
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


class YamlProblem(Exception):
    """A file that cannot be read as plain YAML; carries the rule code."""

    def __init__(self, code: str, variant: str, pos: Pos, **params: object) -> None:
        super().__init__(variant)
        self.code = code
        self.variant = variant
        self.pos = pos
        self.params = params


class Duplicate:
    """A key that occurred twice in one mapping (reported, the last value kept)."""

    __slots__ = ("key", "pos")

    def __init__(self, key: str, pos: Pos) -> None:
        self.key = key
        self.pos = pos


_NULL = frozenset(("", "~", "null", "Null", "NULL"))
_TRUE = frozenset(("true", "True", "TRUE"))
_FALSE = frozenset(("false", "False", "FALSE"))
_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
#: A longer "number" stays text: nobody types one, and Python refuses to turn an
#: int of more than 4300 digits into a string (a ValueError far from here). The
#: same holds for the exponent: `1e999999999` as an int would never finish.
_MAX_NUMBER = 1000


def resolve_plain(text: str) -> Any:
    """Resolve a plain (unquoted) scalar as the YAML 1.2 core schema does.

    Floats become Decimals so that money is never a binary float.
    """
    if text in _NULL:
        return None
    first = text[0]
    if first in "tTfF":
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        return text
    if first in "0123456789+-." and len(text) <= _MAX_NUMBER:
        if _INT.match(text):
            return int(text)
        if _FLOAT.match(text):
            number = Decimal(text)
            return number if abs(number.adjusted()) <= _MAX_NUMBER else text
        if text.startswith("0x") and len(text) > 2:
            try:
                return int(text, 16)
            except ValueError:
                return text
        if text.startswith("0o") and len(text) > 2:
            try:
                return int(text, 8)
            except ValueError:
                return text
    return text


def _mark(e: Any) -> Pos:
    m = e.start_mark
    return (m.line + 1, m.column + 1)


def _events(text: str) -> Iterator[Any]:
    """libyaml's events, asked for one call each (yaml.parse asks twice per event)."""
    parser = _Loader(text)
    try:
        while True:
            e = parser.get_event()
            if e is None or type(e) is ev.StreamEndEvent:
                return
            yield e
    finally:
        parser.dispose()


def compose(text: str, max_depth: int = 32) -> tuple[Any, list[Duplicate]]:
    """Parse one YAML document into YMap/YSeq/scalars.

    Raises YamlProblem for unsafe content (S006) or bad syntax (S001).
    Returns the root value and the duplicate keys met on the way (S003).
    """
    if (
        _CParser is not None
        and len(text) <= NODE_TREE_LIMIT
        and "&" not in text
        and "!" not in text
    ):
        parser = _NodeParser(text)
        try:
            node = parser.get_single_node()
            duplicates: list[Duplicate] = []
            tree = None if node is None else make_root(_walk(node, duplicates, max_depth))
            return tree, duplicates
        except (yaml.YAMLError, _Refer, RecursionError):
            pass  # the reference reports the problem, with its exact position
        finally:
            parser.dispose()
    return compose_events(text, max_depth)


class _Refer(Exception):
    """Raised by the fast path for anything the reference must report."""


if _CParser is not None:

    class _NodeParser(_CParser):  # type: ignore[misc]
        """libyaml's composer with tag resolution switched off: every implicit tag
        is "", so a node whose tag is anything else had an explicit tag in the file."""

        def resolve(self, kind: object, value: object, implicit: object) -> str:
            return ""

        def descend_resolver(self, current_node: object, current_index: object) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass


#: Every (line, column) met so far, by line * _WIDE + column: the files of a repository
#: share most of their positions (the same layout), and a tree of 7,000 files holds
#: almost a million of them; shared, they cost nothing per file (docs/PERFORMANCE.md).
_POSITIONS: dict[int, Pos] = {}
_WIDE = 1 << 32
_SHARED_LINES = 1000
#: Texts longer than this (a people file of a large organisation) go through the event
#: stream: a node tree of a whole 6 MB file held about 200 MB at once, which the process
#: kept to the end (docs/PERFORMANCE.md); the events are read one at a time.
NODE_TREE_LIMIT = 512 * 1024
#: Scalar values up to this length are shared between files (sys.intern).
_SHARED = 40
#: At most this many distinct plain keys are remembered (_PLAIN_KEYS).
_SHARED_KEYS = 10_000
#: Short plain values already resolved (ids, yes/no, numbers, dates: immutable values),
#: at most _SHARED_VALUES of them.
_PLAIN_VALUES: dict[str, Any] = {}
_SHARED_VALUES = 20_000
_UNKNOWN = object()


#: The same for the relative positions of skeletons, (lines below, 1-based column): these
#: repeat wherever a mapping of the same layout stands (tree.py).
_RELATIVE: dict[int, Pos] = {}


def _rel(below: int, column: int) -> Pos:
    """The shared relative position `(below, column + 1)` of a skeleton (tree.py)."""
    if below >= _SHARED_LINES:
        return (below, column + 1)
    pos = _RELATIVE.get(below * _WIDE + column)
    if pos is None:
        pos = _RELATIVE[below * _WIDE + column] = (below, column + 1)
    return pos


def _at(line: int, column: int) -> Pos:
    """The shared 1-based position of a 0-based libyaml mark (shared only in the first
    _SHARED_LINES lines: further down is one long file, whose positions do not repeat)."""
    if line >= _SHARED_LINES:
        return (line + 1, column + 1)
    pos = _POSITIONS.get(line * _WIDE + column)
    if pos is None:
        pos = _POSITIONS[line * _WIDE + column] = (line + 1, column + 1)
    return pos


#: Plain keys already met, as the walk resolves them (a few dozen names in a repository).
_PLAIN_KEYS: dict[str, str] = {}


def _walk(node: Any, duplicates: list[Duplicate], depth_left: int) -> Any:
    """A composed node as YMap/YSeq/scalars, exactly as compose_events builds it.

    The hot loop of loading: the positions of the skeleton, relative to the node's
    first line (tree.py), are looked up in the shared table inline (`_rel` only the
    first time), plain keys in _PLAIN_KEYS.
    """
    if node.tag:
        raise _Refer
    cls = type(node)
    if cls is ScalarNode:
        return resolve_plain(node.value) if node.style == "" else node.value
    if depth_left <= 0:
        raise _Refer
    mark = node.start_mark
    top = mark.line  # the node's first line: the skeleton's positions are relative to it
    shared = _RELATIVE.get
    known = _PLAIN_VALUES.get
    if cls is MappingNode:
        mapping = YMap(_at(top, mark.column))
        skel: list[Any] = mapping.skel  # type: ignore[assignment]
        skel[0] = shared(mark.column) or _rel(0, mark.column)
        for key_node, value_node in node.value:
            if type(key_node) is not ScalarNode or key_node.tag:
                raise _Refer
            raw = key_node.value
            key = _PLAIN_KEYS.get(raw) if key_node.style == "" else None
            if key is None:
                value = resolve_plain(raw) if key_node.style == "" else raw
                key = "" if value is None else intern(str(value))  # a few dozen names, shared
                if key_node.style == "" and len(_PLAIN_KEYS) < _SHARED_KEYS:
                    _PLAIN_KEYS[raw] = key
            mark = key_node.start_mark
            below = mark.line - top
            pos = shared(below * _WIDE + mark.column) or _rel(below, mark.column)
            if key in mapping:
                duplicates.append(Duplicate(key, _at(mark.line, mark.column)))
                mapping._forget(key)
                skel = mapping.skel  # type: ignore[assignment]
            mark = value_node.start_mark
            below = mark.line - top
            value_pos = shared(below * _WIDE + mark.column) or _rel(below, mark.column)
            if type(value_node) is ScalarNode and not value_node.tag:  # most values: inline
                raw = value_node.value
                if value_node.style != "":
                    mapping[key] = intern(raw) if len(raw) <= _SHARED else raw
                elif len(raw) <= _SHARED:  # ids, references, yes/no: the same text in many files
                    value = known(raw, _UNKNOWN)
                    if value is _UNKNOWN:
                        value = resolve_plain(intern(raw))
                        if len(_PLAIN_VALUES) < _SHARED_VALUES:
                            _PLAIN_VALUES[raw] = value
                    mapping[key] = value
                else:
                    mapping[key] = resolve_plain(raw)
                skel += (pos, value_pos, None)
            else:
                child = _walk(value_node, duplicates, depth_left - 1)
                mapping[key] = child
                skel += (pos, value_pos, child.skel)  # finished
        skel[1] = shared_keys(tuple(mapping))
        mapping.skel = shared_map(skel)
        return mapping
    sequence = YSeq(_at(top, mark.column))
    items: list[Any] = sequence.skel  # type: ignore[assignment]
    items[0] = shared(mark.column) or _rel(0, mark.column)
    for item in node.value:
        mark = item.start_mark
        child = _walk(item, duplicates, depth_left - 1)
        sequence.append(child)
        below = mark.line - top
        items += (
            shared(below * _WIDE + mark.column) or _rel(below, mark.column),
            child.skel if type(child) is YMap or type(child) is YSeq else None,
        )
    sequence.skel = shared_seq(items)
    return sequence


def compose_events(text: str, max_depth: int = 32) -> tuple[Any, list[Duplicate]]:
    """The reference: the tree built from libyaml's event stream (see the module)."""
    stack: list[YMap | YSeq] = []
    keys: list[str | None] = []  # per open mapping: the key waiting for its value
    duplicates: list[Duplicate] = []
    root: Any = None
    documents = 0
    try:
        for e in _events(text):
            cls = type(e)
            if cls is ev.ScalarEvent:
                if e.tag is not None:
                    raise YamlProblem("S006", "tag", _mark(e), tag=e.tag)
                if e.anchor is not None:
                    raise YamlProblem("S006", "anchor", _mark(e), anchor=e.anchor)
                raw = e.value if len(e.value) > _SHARED else intern(e.value)
                value: Any = resolve_plain(raw) if e.style == "" else raw
                m = e.start_mark
                pos = _at(m.line, m.column)
            elif cls is ev.MappingStartEvent or cls is ev.SequenceStartEvent:
                if e.tag is not None:
                    raise YamlProblem("S006", "tag", _mark(e), tag=e.tag)
                if e.anchor is not None:
                    raise YamlProblem("S006", "anchor", _mark(e), anchor=e.anchor)
                pos = _mark(e)
                if len(stack) >= max_depth:
                    raise YamlProblem("S006", "depth", pos, limit=max_depth)
                value = YMap(pos) if cls is ev.MappingStartEvent else YSeq(pos)
                value.skel[0] = _rel(0, pos[1] - 1)
            elif cls is ev.MappingEndEvent or cls is ev.SequenceEndEvent:
                stack.pop().finish()
                if cls is ev.MappingEndEvent:
                    keys.pop()
                continue
            elif cls is ev.AliasEvent:
                raise YamlProblem("S006", "alias", _mark(e), anchor=e.anchor)
            elif cls is ev.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise YamlProblem("S001", "documents", _mark(e))
                continue
            else:
                continue

            if not stack:
                root = value
            else:
                top = stack[-1]
                child = value if type(value) is YMap or type(value) is YSeq else None
                relative = _rel(pos[0] - top.pos[0], pos[1] - 1)  # skeletons: tree.py
                if type(top) is YSeq:
                    top.append(value)
                    top.skel.extend((relative, child))  # type: ignore[union-attr]
                else:
                    assert isinstance(top, YMap)
                    key = keys[-1]
                    if key is None:
                        if isinstance(value, (YMap, YSeq)):
                            raise YamlProblem("S002", "complex_key", pos)
                        key = "" if value is None else intern(str(value))
                        if key in top:
                            duplicates.append(Duplicate(key, pos))
                            top._forget(key)  # the last occurrence wins, as in most parsers
                        top.skel.append(relative)  # type: ignore[union-attr]
                        keys[-1] = key
                        continue
                    top[key] = value
                    top.skel.extend((relative, child))  # type: ignore[union-attr]
                    keys[-1] = None
            if cls is ev.MappingStartEvent:
                stack.append(value)
                keys.append(None)
            elif cls is ev.SequenceStartEvent:
                stack.append(value)
    except yaml.MarkedYAMLError as exc:
        raise syntax_problem(text, exc) from None
    except yaml.reader.ReaderError as exc:
        # libyaml's position counts the bytes of the UTF-8 text, not characters
        head = text.encode("utf-8", "surrogatepass")[: exc.position].decode("utf-8", "replace")
        before = _BREAK.split(head)  # the line breaks libyaml counts
        line, column = len(before), len(before[-1]) + 1
        code = f"U+{exc.character:04X}" if isinstance(exc.character, int) else "?"
        raise YamlProblem("S001", "control", (line, column), char=code) from None
    except yaml.YAMLError as exc:
        raise YamlProblem("S001", "syntax", (1, 1), detail=str(exc)) from None
    return make_root(root), duplicates


_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
#: libyaml's problem texts (English) -> the catalogue's variant of S001 (rule.S001.*).
_SYNTAX_VARIANTS = (
    ("mapping values are not allowed", "colon"),
    ("tab character", "tab"),
    ("cannot start any token", "bad_start"),
    ("found unexpected end of stream", "end_of_file"),
    ("did not find expected key", "expected_key"),
    ("did not find expected ',' or ']'", "unclosed_list"),
    ("did not find expected ',' or '}'", "unclosed_map"),
    ("unknown escape character", "escape"),
    ("could not find expected ':'", "missing_colon"),
    ("did not find expected '-' indicator", "expected_dash"),
    ("did not find expected node content", "expected_value"),
    ("did not find expected <document start>", "after_end"),
    ("did not find expected comment or line break", "expected_break"),
    ("directive", "directive"),
    ("incompatible YAML document", "directive"),
)
#: `key: text: more` -- a colon and a space inside an unquoted value.
_KEY_PREFIX = re.compile(r"\s*(?:-\s+)*(?P<key>[^\s:#][^:#]*?)\s*:\s")


def syntax_problem(text: str, exc: yaml.MarkedYAMLError) -> YamlProblem:
    """libyaml's syntax error as a catalogue variant, in words a person can act on.

    The English problem text of libyaml never reaches a Finnish sentence; it is kept
    only as `detail` for problems the catalogue does not name (variant `syntax`).
    """
    problem = exc.problem or ""
    mark = exc.problem_mark or exc.context_mark
    pos = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    variant = next((v for needle, v in _SYNTAX_VARIANTS if needle in problem), "syntax")
    params: dict[str, object] = {"detail": problem or str(exc)}
    lines = text.splitlines()
    line = lines[pos[0] - 1] if 0 < pos[0] <= len(lines) else ""
    if variant == "colon":
        before = line[: pos[1] - 1]
        head = _KEY_PREFIX.match(before)
        if head is not None and head.end() < len(before):
            # the colon stands after a value has begun on this line: free text
            variant = "colon_in_text"
            params["key"] = head["key"]
    elif variant == "bad_start":
        char = line[pos[1] - 1 : pos[1]]
        if char == "\t":
            variant = "tab"
        params["char"] = char
    elif variant == "end_of_file" and "quoted scalar" in (exc.context or ""):
        variant = "unclosed_quote"
        start = exc.context_mark
        if start is not None:
            pos = (start.line + 1, start.column + 1)
    elif variant in ("unclosed_list", "unclosed_map") and exc.context_mark is not None:
        params["start"] = exc.context_mark.line + 1
    return YamlProblem("S001", variant, pos, **params)
