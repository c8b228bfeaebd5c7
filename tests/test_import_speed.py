"""`import docx` made fast (issue 18) without changing what it reads: the style names
looked up once per style id, the pure text functions cached, the id's first reading
without the tables' rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from asiakkuus_cli.importing import text
from asiakkuus_cli.importing.plan import Context, read_plan
from asiakkuus_cli.importing.word import Directory, segments_of
from asiakkuus_cli.importing.wordfile import Para, read_blocks

from .conftest import run
from .importdocs import LAYOUTS, Layout, seed_plan, word_plans


def test_style_names_are_python_docx_s_and_looked_up_once_per_style_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docx
    from docx.styles.styles import Styles

    path = seed_plan(tmp_path / "plan.docx", Layout(header_table=True))
    expected = [p.style.name for p in docx.Document(str(path)).paragraphs]
    calls: list[object] = []
    lookup = Styles.get_by_id

    def counted(self: Styles, style_id: str | None, style_type: object) -> object:
        calls.append(style_id)
        return lookup(self, style_id, style_type)  # type: ignore[arg-type]

    monkeypatch.setattr(Styles, "get_by_id", counted)
    blocks = read_blocks(path)
    assert [b.style for b in blocks if isinstance(b, Para)] == expected
    assert sorted(calls, key=str) == sorted(set(calls), key=str)  # each style id once
    assert len(calls) == 3, calls  # Heading1, Heading2 and the default style (None)


def test_cached_text_functions_give_fresh_lists_and_the_uncached_results() -> None:
    cell = "Helpottaa työskente-\nlyä\u00ad  ja  IT-\npalvelut"
    lines = text.clean_lines(cell)
    lines.append("changed by a caller")
    assert text.clean_lines(cell) == ["Helpottaa työskentelyä ja IT-palvelut"]
    words = text.words("Projek- tin  Nimi")
    words.append("x")
    assert text.words("Projek- tin  Nimi") == ["projektin", "nimi"]
    for func in (text.clean, text.compact, text.fold):
        assert func(cell) == func.__wrapped__(cell)  # type: ignore[attr-defined]
    assert text.label_score("Projektin nimi", ["Projektin Nimi"]) == 3.0  # a list still works
    labels = {"name": ["Projektin nimi"], "start": ("Projektin alku pvm",)}
    columns = text.assign_columns(["Alku", "Projektin alku pvm", "Projektin Nimi"], labels)
    columns[0] = "changed by a caller"
    assert text.assign_columns(("Alku", "Projektin alku pvm", "Projektin Nimi"), labels) == {
        1: "start",
        2: "name",
    }


@pytest.mark.parametrize("index", range(len(LAYOUTS)))
def test_the_first_reading_finds_the_same_header_without_the_rows(
    demo: Path, tmp_path: Path, index: int
) -> None:
    from asiakkuus_cli.config import Settings
    from asiakkuus_cli.reading.loader import load_repository

    repo = load_repository(demo, Settings())
    people = [entry.model for entry in repo.people.values()]
    path = seed_plan(tmp_path / "plan.docx", Layout(name="Asiakas 7", **LAYOUTS[index]))
    blocks = read_blocks(path)
    full, full_people = read_plan(blocks, Context(Directory(people), segments_of(repo)))
    head, head_people = read_plan(
        blocks, Context(Directory(people), segments_of(repo)), header_only=True
    )
    header = ("name", "id", "updated", "segment", "type", "charges", "headcount", "potential")
    assert {k: head.values.get(k) for k in header} == {k: full.values.get(k) for k in header}
    assert head.values["name"] == "Asiakas 7"
    assert head_people == full_people
    assert "projects" in full.values
    assert "projects" not in head.values


def test_a_batch_of_generated_plans_imports_as_the_documents_built_one_by_one(
    demo: Path, tmp_path: Path
) -> None:
    """word_plans copies one document per layout with the name written in: what the
    import makes of a copy is what it makes of the document python-docx builds."""
    batch = word_plans(tmp_path / "batch", len(LAYOUTS))
    for i, copy in enumerate(batch):
        built = seed_plan(tmp_path / f"built-{i}.docx", Layout(name=f"Asiakas {i}", **LAYOUTS[i]))
        code, from_copy, _ = run(demo, "import", "docx", "--dry-run", str(copy))
        assert code == 0
        code, from_built, _ = run(demo, "import", "docx", "--dry-run", str(built))
        assert (code, from_copy) == (0, from_built)
        assert f"id: asiakas-{i}\n" in from_copy


def test_a_name_with_an_initial_is_looked_for_among_the_people_with_its_other_words() -> None:
    from asiakkuus_cli.models import Person

    people = [
        Person(id=f"muu-{i}", name=f"Muu Henkilö {i}", organisation="it") for i in range(50)
    ] + [
        Person(id="tuula-nimeton", name="Tuula Nimetön", organisation="it"),
        Person(id="anna-nimeton", name="Anna Nimetön", organisation="it"),
        Person(id="timo-nimeton", name="Timo Nimetön", organisation="it"),
        Person(id="tuula-muu", name="Tuula Muu", organisation="it"),
    ]
    directory = Directory(people)
    assert [p.id for p in directory._with_words(["nimeton"])] == [
        "tuula-nimeton",
        "anna-nimeton",
        "timo-nimeton",
    ]
    assert directory.resolve("A. Nimetön", "it").id == "anna-nimeton"
    assert directory.resolve("T. Nimetön", "it").guess == "importing.guess.new_person"  # two
    assert directory.proposed
    fresh = directory.fresh()
    assert (fresh.proposed, fresh.by_token is directory.by_token) == ({}, True)
    assert fresh.resolve("Nimetön, Tuula", "it").id == "tuula-nimeton"
