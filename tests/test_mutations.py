"""Mutations of the demo files: no broken file makes a command crash.

Each example takes a small copy of the demo repository (organisation, people,
three customers, three projects, and the demo file being mutated), breaks one
file the ways people and editors break files (lines deleted, duplicated,
swapped or re-indented, bytes flipped, the file cut short, odd scalars, tabs,
control characters, invalid UTF-8 and lone surrogates, a BOM, CRLF), and runs
the commands on it. The promises:

- `validate --format json` always exits 0 or 1 and prints a parseable report
  whose exit code matches its error count;
- every read command exits 0 or 1: never 3, never a traceback, never 2 (the
  repository and the ids asked for exist; broken data is exit 1, not a usage
  error);
- `fmt` exits 0 or 1, leaves files that do not load byte for byte alone, keeps
  the meaning of those that do, keeps their comments, and settles in one pass;
- `plan touch` exits 0 or 1, keeps the comments and changes only `updated`.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import event, given
from hypothesis import strategies as st

from asiakkuus_cli.reading.loader import discover

from .conftest import DEMO
from .fuzzing import (
    COMMANDS,
    LANGS,
    ODD_PLAIN,
    ODD_QUOTED,
    READ_COMMANDS,
    TODAY,
    assert_no_crash,
    comment_lines,
    examples,
    invoke,
    meaning,
    scalar,
    snapshot,
    validate_and_read,
    write,
)

DEMO_FILES: dict[str, bytes] = {rel: (DEMO / rel).read_bytes() for rel in discover(DEMO)}
BASE = [
    "data/organisation.yaml",
    "data/people.yaml",
    "data/customers/malliasiakas.yaml",
    "data/customers/vapaa-aikatoimiala.yaml",
    "data/customers/hyvinvointitoimiala.yaml",
    "data/projects/asiakastiedon-kokoaminen.yaml",
    "data/projects/vapaa-aika-kirjastojarjestelma.yaml",
    "data/projects/hyvinvointi-asiakasportaali.yaml",
]
PEOPLE = "data/people.yaml"


def _people_of(files: list[str]) -> bytes:
    """The demo people.yaml with only the people the `files` name (and their deputies):
    a third of the size, so each command of these tests reads less."""
    text = DEMO_FILES[PEOPLE].decode("utf-8")
    head, *blocks = re.split(r"(?m)^(?=  - id: )", text)
    ident = {b: b.split("\n", 1)[0].removeprefix("  - id: ").strip() for b in blocks}
    named = " ".join(DEMO_FILES[f].decode("utf-8") for f in files)
    keep = {i for i in ident.values() if re.search(rf"\b{i}\b", named)}
    for block in blocks:  # deputies, one level, are enough for the demo
        if ident[block] in keep and (m := re.search(r"deputy: (\S+)", block)):
            keep.add(m[1])
    return (head + "".join(b for b in blocks if ident[b] in keep)).encode("utf-8")


SMALL_PEOPLE = _people_of([f for f in BASE if f != PEOPLE])

#: The demo files to mutate: the base ones more often (they are the whole repository).
TARGETS = st.one_of(st.sampled_from(BASE), st.sampled_from(sorted(DEMO_FILES)))

SURROGATE = "\ud800".encode("utf-8", "surrogatepass")  # b"\xed\xa0\x80": not UTF-8
ODD_VALUES = [*ODD_PLAIN, *(scalar(q) for q in ODD_QUOTED)]


# --- mutations: each takes the file's bytes and returns new bytes ---------------------------


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


@st.composite
def line_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    lines = _lines(data)
    i = draw(st.integers(0, len(lines) - 1))
    kind = draw(
        st.sampled_from(["delete", "delete-block", "duplicate", "swap", "indent", "dedent", "tab"])
    )
    if kind == "delete":
        del lines[i]
    elif kind == "delete-block":
        del lines[i : i + draw(st.integers(2, 12))]
    elif kind == "duplicate":
        lines.insert(i, lines[i])
    elif kind == "swap":
        j = draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "indent":
        lines[i] = b" " * draw(st.integers(1, 6)) + lines[i]
    elif kind == "dedent":
        lines[i] = lines[i].lstrip(b" ")
    else:  # a tab where the indentation was, or before the value
        stripped = lines[i].lstrip(b" ")
        if draw(st.booleans()):
            lines[i] = b"\t" * draw(st.integers(1, 2)) + stripped
        else:
            lines[i] = lines[i].replace(b": ", b":\t", 1)
    return b"\n".join(lines)


@st.composite
def value_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    """An odd scalar in place of one value (`key: VALUE` or `- VALUE`)."""
    lines = _lines(data)
    candidates = [
        n
        for n, line in enumerate(lines)
        if b": " in line.split(b"#")[0] or line.lstrip().startswith(b"- ")
    ]
    if not candidates:
        return data
    n = draw(st.sampled_from(candidates))
    line = lines[n]
    new = draw(st.sampled_from(ODD_VALUES)).encode("utf-8", "surrogatepass")
    if b": " in line.split(b"#")[0]:
        head = line[: line.index(b": ") + 2]
    else:
        head = line[: line.index(b"- ") + 2]
    lines[n] = head + new
    return b"\n".join(lines)


@st.composite
def key_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    """A key misspelt, emptied, or made odd."""
    lines = _lines(data)
    keyed = [
        n for n, line in enumerate(lines) if b":" in line and not line.lstrip().startswith(b"#")
    ]
    if not keyed:
        return data
    n = draw(st.sampled_from(keyed))
    line = lines[n]
    colon = line.index(b":")
    indent = len(line) - len(line.lstrip(b" -"))
    key = line[indent:colon]
    new = draw(
        st.sampled_from(
            [key[:-1], key + key[-1:], key.upper(), b"", b"? " + key, b"~", b"1e309", b'"\\ud800"']
        )
    )
    lines[n] = line[:indent] + new + line[colon:]
    return b"\n".join(lines)


@st.composite
def byte_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    if not data:
        return data
    kind = draw(
        st.sampled_from(["flip", "truncate", "insert", "surrogate", "control", "bom", "crlf"])
    )
    at = draw(st.integers(0, len(data) - 1))
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ (1 << draw(st.integers(0, 7)))]) + data[at + 1 :]
    if kind == "truncate":
        return data[:at]
    if kind == "insert":
        extra = draw(
            st.sampled_from(
                [
                    b":",
                    b"- ",
                    b"[",
                    b"{",
                    b'"',
                    b"'",
                    b"&a ",
                    b"*a",
                    b"!!str ",
                    b"%",
                    b"---\n",
                    b"\\",
                    b"#",
                    b"\xc3",
                    b"\xff",
                ]
            )
        )
        return data[:at] + extra + data[at:]
    if kind == "surrogate":
        return data[:at] + SURROGATE + data[at:]
    if kind == "control":
        return data[:at] + bytes([draw(st.sampled_from([0, 1, 7, 8, 11, 12, 27, 127]))]) + data[at:]
    if kind == "bom":
        return b"\xef\xbb\xbf" + data
    return data.replace(b"\n", b"\r\n")


def mutation(data: bytes) -> st.SearchStrategy[bytes]:
    return st.one_of(
        line_mutation(data), value_mutation(data), key_mutation(data), byte_mutation(data)
    )


@st.composite
def mutated_file(draw: st.DrawFn) -> tuple[str, bytes]:
    """(a demo file, its bytes after one to three mutations)."""
    target = draw(TARGETS)
    data = DEMO_FILES[target]
    for _ in range(draw(st.integers(1, 3))):
        data = draw(mutation(data))
    return target, data


def repository(target: str, data: bytes) -> dict[str, bytes]:
    """The base repository with the mutated file in it."""
    files = {rel: DEMO_FILES[rel] for rel in BASE}
    if target != PEOPLE:
        files[PEOPLE] = SMALL_PEOPLE
    files[target] = data
    return files


# --- the properties ----------------------------------------------------------------------------


@examples(600)
@given(mutated_file(), COMMANDS, LANGS, st.integers(0, 5))
def test_mutated_demo_never_crashes_read_commands(
    case: tuple[str, bytes], command: str, lang: str, pick: int
) -> None:
    """validate --format json, and one read command, on a repository with one broken file."""
    target, data = case
    files = repository(target, data)
    # The mutated file's own id half of the time, so show/render meet it broken.
    if pick % 2 == 0 and "/customers/" in target and "{plan}" in READ_COMMANDS[command]:
        pick = sorted(Path(r).stem for r in files if "/customers/" in r).index(Path(target).stem)
    if pick % 2 == 0 and "/projects/" in target and "{project}" in READ_COMMANDS[command]:
        pick = sorted(Path(r).stem for r in files if "/projects/" in r).index(Path(target).stem)
    validate_and_read(files, lang, command, pick)


@examples(120)
@given(mutated_file())
def test_mutated_demo_fmt_keeps_meaning_and_settles(case: tuple[str, bytes]) -> None:
    """fmt of the broken file: untouched if it does not load (exit 1); else it keeps its
    meaning and comments, and `fmt --check` then finds nothing to change."""
    target = case[0]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write(root, repository(*case))
        before, bytes_before = meaning(root), snapshot(root)
        result = invoke(root, "en", "fmt", str(root / target))
        assert_no_crash(result, ["fmt", target])
        after, bytes_after = meaning(root), snapshot(root)
        assert after == before
        if result.exit_code == 1:
            event("fmt refused: does not load" if target in before["failed"] else "fmt refused")
            assert bytes_after == bytes_before
            return
        event("fmt changed the file" if bytes_after != bytes_before else "fmt: already canonical")
        assert target not in before["failed"]
        old = bytes_before[target].decode("utf-8-sig")
        assert comment_lines(bytes_after[target].decode("utf-8")) == comment_lines(old)
        again = invoke(root, "en", "fmt", "--check", str(root / target))
        assert_no_crash(again, ["fmt", "--check", target])
        assert again.exit_code == 0, again.output
        assert snapshot(root) == bytes_after


TOUCH_TARGETS = st.sampled_from([r for r in BASE if "/customers/" in r])


@examples(150)
@given(TOUCH_TARGETS, st.data())
def test_mutated_plan_touch_keeps_comments(target: str, data: st.DataObject) -> None:
    """plan touch on a mutated plan: exit 0 or 1; when it writes, only `updated` changes."""
    text = DEMO_FILES[target]
    for _ in range(data.draw(st.integers(1, 2))):
        text = data.draw(mutation(text))
    files = repository(target, text)
    ident = Path(target).stem
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write(root, files)
        before, bytes_before = meaning(root), snapshot(root)
        result = invoke(root, "en", "plan", "touch", ident)
        assert_no_crash(result, ["plan", "touch", ident])
        after, bytes_after = meaning(root), snapshot(root)
        if bytes_after == bytes_before:
            assert after == before
            return
        assert result.exit_code == 0, result.output
        assert [r for r in bytes_after if bytes_after[r] != bytes_before[r]] == [target]
        plan = after["customers"][ident]
        assert str(plan.updated) == TODAY
        assert plan == before["customers"][ident].model_copy(update={"updated": plan.updated})
        old = bytes_before[target].decode("utf-8-sig")
        assert comment_lines(bytes_after[target].decode("utf-8-sig")) == comment_lines(old)
