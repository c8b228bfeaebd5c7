"""Safe loading (SPEC 3): hostile files are refused with S001-S007 at their place,
without building their content, and the rest of the repository is still checked."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asiakkuus_cli.config import Limits, Settings
from asiakkuus_cli.reading.loader import _stem, load_repository
from asiakkuus_cli.reading.yamlio import YamlProblem, compose, position

from .conftest import PLAN, Repo

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_positions_of_keys_and_values() -> None:
    tree, dups = compose("a: 1\nb:\n  - x\n  - {c: d}\n")
    assert dups == []
    assert position(tree, ("a",)) == (1, 4)
    assert position(tree, ("a",), key=True) == (1, 1)
    assert position(tree, ("b", 1, "c")) == (4, 9)
    assert position(tree, ("b", 7)) == (3, 3)  # a missing step stops at the deepest existing value
    assert position(tree, ("nope",)) == (1, 1)


def test_plain_scalars_follow_yaml_1_2() -> None:
    tree, _ = compose("a: no\nb: on\nc: 2026-01-15\nd: 1.5\ne: '5'\nf: ~\ng: true\n")
    assert tree == {
        "a": "no",
        "b": "on",
        "c": "2026-01-15",
        "d": 1.5,
        "e": "5",
        "f": None,
        "g": True,
    }


def test_billion_laughs_is_refused_at_once(repo: Repo) -> None:
    repo.base().write("data/customers/laughs.yaml", BILLION_LAUGHS)
    started = time.perf_counter()
    found = repo.found()
    assert time.perf_counter() - started < 1.0
    assert found == [("S006", 1, 4)]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('name: !!python/object/apply:os.system ["echo hi"]\n', (1, 7)),
        ("name: !custom x\n", (1, 7)),
        ("!!map\nname: x\n", (1, 1)),
        ("name: &x Vapaa\n", (1, 7)),
    ],
)
def test_tags_and_anchors_are_refused(repo: Repo, text: str, where: tuple[int, int]) -> None:
    repo.base().write("data/customers/bad.yaml", text)
    assert repo.found() == [("S006", *where)]


def test_deep_nesting_is_refused(repo: Repo) -> None:
    repo.base().write("data/customers/deep.yaml", "a: " + "[" * 300 + "]" * 300 + "\n")
    assert [code for code, _, _ in repo.found()] == ["S006"]


def test_depth_limit_is_configurable(repo: Repo) -> None:
    repo.base()
    settings = Settings(limits=Limits(max_depth=4))
    loaded = load_repository(repo.root, settings)
    assert loaded.issues == []  # people -> list -> person -> roles: four levels
    repo.write("data/customers/five.yaml", "a: {b: {c: {d: {e: 1}}}}\n")
    loaded = load_repository(repo.root, settings)
    assert [(i.code, i.pos) for i in loaded.issues] == [("S006", (1, 16))]


def test_large_file_is_refused_without_reading(repo: Repo) -> None:
    repo.base()
    big = repo.root / "data/customers/big.yaml"
    big.write_bytes(b"notes: " + b"x" * (2 * 1024 * 1024) + b"\n")
    assert repo.found() == [("S006", 1, 1)]


def test_latin1_is_reported_at_the_byte(repo: Repo) -> None:
    repo.base()
    (repo.root / "data/customers/latin.yaml").write_bytes(
        "id: latin\nname: Ylläpito\n".encode("latin-1")
    )
    assert repo.found() == [("S007", 2, 10)]


def test_utf16_is_not_utf8(repo: Repo) -> None:
    repo.base()
    (repo.root / "data/customers/wide.yaml").write_bytes("id: wide\n".encode("utf-16"))
    assert [c for c, _, _ in repo.found()] == ["S007"]


def test_bom_is_tolerated(repo: Repo) -> None:
    repo.base()
    path = repo.root / "data/customers/vapaa-aika.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert repo.found() == []


def test_empty_file_and_list_at_top(repo: Repo) -> None:
    repo.base().write("data/customers/empty.yaml", "")
    repo.write("data/customers/list.yaml", "- id: list\n- name: x\n")
    assert repo.found() == [("S002", 1, 1), ("S002", 1, 1)]
    assert [f.path for f in repo.check().findings] == [
        "data/customers/empty.yaml",
        "data/customers/list.yaml",
    ]


@pytest.mark.skipif(not Path("/etc/passwd").exists(), reason="needs /etc/passwd")
def test_symlink_out_of_the_repository_is_not_read(repo: Repo) -> None:
    repo.base()
    os.symlink("/etc/passwd", repo.root / "data/customers/passwd.yaml")
    assert repo.found() == [("S006", 1, 1)]


def test_symlink_inside_the_repository_is_read(repo: Repo) -> None:
    repo.base()
    (repo.root / "shared.yaml").write_text(PLAN.replace("vapaa-aika", "linked"), encoding="utf-8")
    os.symlink(repo.root / "shared.yaml", repo.root / "data/customers/linked.yaml")
    assert repo.found() == []


def test_syntax_error_has_its_position(repo: Repo) -> None:
    repo.base().write("data/customers/broken.yaml", 'id: broken\nname: "unclosed\ntype: division\n')
    found = repo.found()
    assert [c for c, _, _ in found] == ["S001"]
    assert found[0][1] >= 2


def test_two_documents_are_a_syntax_error(repo: Repo) -> None:
    repo.base().write("data/customers/two.yaml", "id: two\n---\nid: three\n")
    assert repo.found() == [("S001", 2, 1)]


def test_duplicate_key_at_second_occurrence_and_file_still_checked(repo: Repo) -> None:
    repo.base().write(
        "data/customers/vapaa-aika.yaml",
        PLAN + "name: Toinen nimi\nsegment: 9\n",
    )
    assert repo.found() == [("S003", 8, 1), ("S003", 9, 1), ("R003", 9, 10)]


def test_failed_file_does_not_stop_the_others(repo: Repo) -> None:
    repo.base().write("data/customers/broken.yaml", "id: [\n")
    repo.write(
        "data/customers/other.yaml",
        PLAN.replace("vapaa-aika", "other").replace("segment: 1", "segment: 7"),
    )
    codes = [c for c, _, _ in repo.found()]
    assert codes == ["S001", "R003"]


def test_compose_refuses_alias_before_expanding() -> None:
    with pytest.raises(YamlProblem) as info:
        compose(BILLION_LAUGHS)
    assert (info.value.code, info.value.variant) == ("S006", "anchor")


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_any_text_gives_findings_not_exceptions(repo_factory: Path, text: str) -> None:
    path = repo_factory / "data/customers/fuzz.yaml"
    path.write_text(text, encoding="utf-8")
    from asiakkuus_cli.service import validate

    from .conftest import TODAY

    result = validate(repo_factory, Settings(), TODAY, "fi")
    assert all(f.line >= 1 and f.column >= 1 for f in result.findings)


@pytest.fixture
def repo_factory(tmp_path: Path) -> Path:
    return Repo(tmp_path / "fuzz").base().root


@pytest.mark.parametrize(
    "rel", ["data/customers/a.yaml", "data/customers/a.b.yaml", "data/customers/.yaml", "x/a."]
)
def test_stem_is_paths(rel: str) -> None:
    assert _stem(rel) == Path(rel).stem
