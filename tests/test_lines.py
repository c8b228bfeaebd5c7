"""Line breaks (issue 12 item 7): libyaml's lines for edits, editor lines in every report."""

from __future__ import annotations

import json

import pytest
import yaml

from asiakkuus_cli.lines import Lines, editor_lines, editor_position, yaml_lines

from .conftest import PLAN, Repo

REL = "data/customers/vapaa-aika.yaml"
UNUSUAL = ["\x85", "\u2028", "\u2029"]


def test_yaml_lines_split_like_libyaml_and_join_back() -> None:
    text = "a\r\nb\rc\x85d\u2028e\u2029f\ng"
    lines, ends = yaml_lines(text)
    assert lines == ["a", "b", "c", "d", "e", "f", "g"]
    assert "".join(c + e for c, e in zip(lines, ends, strict=True)) == text
    doc = "".join(
        f"k{i}: {i}{brk}" for i, brk in enumerate(["\r\n", "\r", "\x85", "\u2028", "\u2029", "\n"])
    )
    node = yaml.compose(doc, Loader=yaml.CSafeLoader)
    assert [k.start_mark.line for k, _ in node.value] == list(range(6))
    assert [line[:2] for line in yaml_lines(doc)[0][:6]] == [f"k{i}" for i in range(6)]
    assert editor_lines(text) == ["a", "b", "c\x85d\u2028e\u2029f", "g"]


def test_editor_position_of_libyaml_marks() -> None:
    text = 'a: "x\u2028y"\nb: 1\n'
    node = yaml.compose(text, Loader=yaml.CSafeLoader)
    key_b = node.value[1][0]
    assert (key_b.start_mark.line, key_b.start_mark.column) == (2, 0)  # libyaml: line 3
    assert Lines(text).editor((3, 1)) == (2, 1)  # an editor: line 2
    assert editor_position("ab\r\ncd\re", 7) == (3, 1)


@pytest.mark.parametrize("char", UNUSUAL)
def test_findings_after_a_line_separator_are_on_the_editor_line(repo: Repo, char) -> None:
    """Every finding after such a character was one line late (GitHub annotations too)."""
    repo.base()
    text = PLAN.replace("name: Vapaa-aikatoimiala", f'name: "Vapaa{char}aika"') + "tuntematon: 1\n"
    repo.write(REL, text)
    assert repo.found() == [("S002", 8, 1)]
    result = repo.check()
    from asiakkuus_cli.reporters import get

    github = get("github")(result, False)  # type: ignore[call-arg]
    assert "line=8,col=1" in github
    sarif = json.loads(get("sarif")(result, False))  # type: ignore[call-arg]
    region = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 8, "startColumn": 1}


@pytest.mark.parametrize("char", UNUSUAL)
def test_column_after_a_line_separator_counts_from_the_editor_line(repo: Repo, char) -> None:
    repo.base()
    line = f'charges: {{annual: "1{char}", tuntematon: 1}}'
    repo.write(REL, PLAN + line + "\n")
    assert ("S002", 8, line.index("tuntematon") + 1) in repo.found()


@pytest.mark.parametrize("char", UNUSUAL)
def test_an_ignore_comment_after_a_line_separator_still_silences(repo: Repo, char) -> None:
    repo.base()
    text = (
        PLAN.replace("name: Vapaa-aikatoimiala", f'name: "Vapaa{char}aika"')
        + "# asiakkuus: ignore[S002]\ntuntematon: 1\n"
    )
    repo.write(REL, text)
    assert repo.found() == []


@pytest.mark.parametrize("brk", ["\r", "\r\n", "\n"])
def test_bad_utf8_position_with_every_editor_break(repo: Repo, brk: str) -> None:
    repo.base()
    data = PLAN.replace("\n", brk).encode().replace(b"division", b"divisi\xffon")
    (repo.root / REL).write_bytes(data)
    assert repo.found() == [("S007", 3, 13)]


@pytest.mark.parametrize("char", ["\u2028", "\u2029"])
def test_a_finding_quoting_a_line_separator_stays_on_one_line(repo: Repo, char) -> None:
    repo.base()
    repo.write(REL, PLAN.replace("segment: 1", f'segment: "x{char}y"'))
    from asiakkuus_cli.reporters import get

    text = get("text")(repo.check(), False)  # type: ignore[call-arg]
    finding = next(line for line in text.split("\n") if " S002 " in line)
    assert char not in text
    assert f"'x<U+{ord(char):04X}>y'" in finding  # NEL: libyaml folds it to a space
