"""The fast path of yamlio (libyaml's composer) builds exactly the tree of the
reference (the event stream): values, key order, every position, duplicates,
and the same problem for anything it hands over."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asiakkuus_cli.reading.yamlio import YamlProblem, YMap, YSeq, compose, compose_events

from .conftest import DEMO


def shape(value: Any) -> Any:
    """Everything the loader can observe of a tree, as plain comparable data."""
    if isinstance(value, YMap):
        return (
            "map",
            value.pos,
            [(k, value.key_pos[k], value.val_pos.get(k), shape(v)) for k, v in value.items()],
        )
    if isinstance(value, YSeq):
        return (
            "seq",
            value.pos,
            [(p, shape(v)) for p, v in zip(value.item_pos, value, strict=True)],
        )
    # str: Decimal("280.000") == Decimal("280"), but money must see the digits typed
    return (type(value).__name__, str(value))


def outcome(func: Any, text: str, depth: int = 32) -> Any:
    try:
        tree, duplicates = func(text, depth)
    except YamlProblem as p:
        return ("problem", p.code, p.variant, p.pos, p.params)
    return shape(tree), [(d.key, d.pos) for d in duplicates]


def assert_same(text: str, depth: int = 32) -> None:
    assert outcome(compose, text, depth) == outcome(compose_events, text, depth)


@pytest.mark.parametrize(
    "path", sorted((DEMO / "data").rglob("*.yaml")), ids=lambda p: str(p.relative_to(DEMO))
)
def test_demo_files_give_the_same_tree(path: Path) -> None:
    assert_same(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "# only a comment\n",
        "a: 1\na: 2\nb: x\n",  # duplicate: the last one wins and moves to the end
        "1: a\ntrue: b\n1.50: c\n~: d\n'q': e\n",  # keys resolved, then as text
        "a: [1, {b: c}, 'x', \"y\", |\n  block\n]\n",
        "a:\n  - - - deep\n",
        "x: 0x1F\ny: 0o17\nz: 1e3\nw: .5\nv: -0\nu: 0xZZ\n",
        "text: hello # comment\nempty:\nnull: null\n",
        "m: 280.000\nn: 280000.123\no: 999999999999999.99\np: 1.50\nq: [2.500, 1e3]\n",
    ],
)
def test_same_tree_for_shapes(text: str) -> None:
    assert_same(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: !!str 1\n",  # a tag: refused by the reference
        "a: &x 1\nb: *x\n",  # anchor and alias
        "a: 1\n---\nb: 2\n",  # two documents
        "? [a, b]\n: c\n",  # a complex key
        "a: [1, 2\n",  # a syntax error
        "a: 'unterminated\n",
        "note: Huom: tärkeä\n",  # a colon in free text
        "a: 1\n\tb: 2\n",  # a tab
        "a: @x\n",
        "a: 1\nb\nc: 2\n",
        "a: \x01\n",  # a control character (libyaml's reader)
    ],
)
def test_problems_come_from_the_reference(text: str) -> None:
    assert outcome(compose, text)[0] == "problem"
    assert_same(text)


def test_depth_limit_is_the_same() -> None:
    text = "a: " + "[" * 5 + "]" * 5 + "\n"
    for depth in range(1, 8):
        assert_same(text, depth)


_scalar = st.one_of(
    st.sampled_from(
        [
            "1",
            "-2",
            "1.5",
            "280.000",
            "1.50",
            "true",
            "no",
            "~",
            "2026-01-15",
            "15.1.2026",
            "x y",
            "''",
        ]
    ),
    st.text(alphabet="abc019 .:-#'\"", min_size=0, max_size=6),
)
_key = st.sampled_from(["a", "b", "id", "1", "true", "a", "'q'", "~"])


@st.composite
def _documents(draw: st.DrawFn, indent: int = 0, depth: int = 0) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        key = draw(_key)
        kind = draw(st.sampled_from(["scalar", "flow", "map", "seq"] if depth < 3 else ["scalar"]))
        pad = " " * indent
        if kind == "scalar":
            lines.append(f"{pad}{key}: {draw(_scalar)}")
        elif kind == "flow":
            items = draw(st.lists(_scalar, max_size=3))
            lines.append(f"{pad}{key}: [{', '.join(items)}]")
        elif kind == "map":
            lines.append(f"{pad}{key}:")
            lines.append(draw(_documents(indent + 2, depth + 1)))
        else:
            lines.append(f"{pad}{key}:")
            for item in draw(st.lists(_scalar, min_size=1, max_size=3)):
                lines.append(f"{pad}  - {item}")
    return "\n".join(lines)


@settings(max_examples=300, deadline=None)
@given(_documents())
def test_generated_documents_give_the_same_outcome(text: str) -> None:
    assert_same(text + "\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1: -[]{},'\"#\n\t?|>~.0eE+")), max_size=60))
def test_any_text_gives_the_same_outcome(text: str) -> None:
    assert_same(text)
