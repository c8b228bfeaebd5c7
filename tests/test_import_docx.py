"""`asiakkuus import docx`: the appendix-4 Word template in its drifts -> care plans."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from asiakkuus_cli.config import Settings
from asiakkuus_cli.editing import edit
from asiakkuus_cli.importing import files as import_files
from asiakkuus_cli.models import CustomerPlan

from .conftest import DEMO, run
from .importdocs import HEADER, Layout, seed_plan

REL = "data/customers/malliasiakas.yaml"


def plan(text: str) -> CustomerPlan:
    model = edit.load_model(REL, text, Settings(), CustomerPlan)
    assert isinstance(model, CustomerPlan)
    return model


def expected() -> CustomerPlan:
    """malliasiakas.yaml as the Word template can hold it: the template has no tags column
    and does not say which system a value comes from (`sources`)."""
    model = plan((DEMO / REL).read_text(encoding="utf-8"))
    needs = [n.model_copy(update={"tags": []}) for n in model.needs]
    return model.model_copy(update={"needs": needs, "sources": {}})


def dry(root: Path, docx: Path, *extra: str) -> str:
    code, out, _err = run(root, "import", "docx", "--dry-run", str(docx), *extra)
    assert code == 0, out + _err
    return out


def test_the_seed_example_imports_to_the_values_of_malliasiakas(demo: Path, tmp_path: Path) -> None:
    out = dry(demo, seed_plan(tmp_path / "malli.docx"), "--id", "malliasiakas")
    assert plan(out) == expected()


@pytest.mark.parametrize(
    "layout",
    [
        Layout(header_table=True),
        Layout(reorder=True),
        Layout(merge_title_row=True),
        Layout(split_projects=True),
        Layout(split_no_header=True),
        Layout(empty_rows=True),
        Layout(hyphenate=True),
        Layout(reorder=True, hyphenate=True, empty_rows=True, split_projects=True),
    ],
    ids=lambda layout: ",".join(k for k, v in vars(layout).items() if v is True),
)
def test_drifted_layouts_import_to_the_same_values(
    demo: Path, tmp_path: Path, layout: Layout
) -> None:
    out = dry(demo, seed_plan(tmp_path / "malli.docx", layout))
    assert plan(out) == expected()
    assert "notes:" not in out


def test_a_cell_merged_down_two_rows_counts_for_both(demo: Path, tmp_path: Path) -> None:
    out = dry(demo, seed_plan(tmp_path / "m.docx", Layout(merge_manager=True)))
    assert [p.manager for p in plan(out).projects] == ["tuula-nimeton", "tuula-nimeton"]


def test_the_result_is_in_the_canonical_form_with_its_comments(demo: Path, tmp_path: Path) -> None:
    out = dry(demo, seed_plan(tmp_path / "malli.docx"))
    assert not edit.format_text(REL, out, Settings(), CustomerPlan).changed
    lines = out.splitlines()
    assert "    manager: tuula-nimeton  # tuonti: 'T. Nimetön' read as Tuula Nimetön" in lines
    assert (
        "type: division  # tuonti: organisation type inferred from the segment field 'Toimiala'"
        in lines
    )
    assert "  - name: Projekti 2  # tuonti: IT representation: EI EDUSTUSTA" in lines


def test_text_it_cannot_place_goes_to_notes_with_its_section(demo: Path, tmp_path: Path) -> None:
    layout = Layout(after_projects=["Projekti 3 alkaa ehkä syksyllä."])
    out = dry(demo, seed_plan(tmp_path / "m.docx", layout))
    assert plan(out).notes == "[Development projects] Projekti 3 alkaa ehkä syksyllä."


def test_the_summary_counts_per_file(demo: Path, tmp_path: Path) -> None:
    code, _out, err = run(demo, "import", "docx", "--dry-run", str(seed_plan(tmp_path / "m.docx")))
    assert code == 0
    assert (
        f"{tmp_path / 'm.docx'} → {REL}: 91 fields read, 7 guessed (# tuonti), 0 texts put in notes"
        in err
    )


def test_a_missing_segment_is_listed_to_complete(demo: Path, tmp_path: Path) -> None:
    header = [(k, "Toimiala" if k == "Segmentti" else v) for k, v in HEADER]
    docx = seed_plan(tmp_path / "m.docx", Layout(name="Uusi", header=header))
    code, out, _err = run(demo, "import", "docx", str(docx))
    assert code == 1
    assert "data/customers/uusi.yaml:4:1: S002 [error]" in out
    text = (demo / "data/customers/uusi.yaml").read_text(encoding="utf-8")
    assert "segment:  # tuonti: the segment was not recognised ('Toimiala');" in text
    fixed = text.replace("segment:  #", "segment: 1  #")
    assert plan(fixed).segment == "1"


def test_unknown_people_are_listed_with_the_lines_to_add(demo: Path, tmp_path: Path) -> None:
    header = [(k, "Maija Meikäläinen" if k == "Kumppanuuspäällikkö" else v) for k, v in HEADER]
    docx = seed_plan(tmp_path / "m.docx", Layout(name="Uusi", header=header))
    people = (demo / "data/people.yaml").read_bytes()
    code, out, _err = run(demo, "import", "docx", str(docx))
    assert code == 1  # R001: the proposed person is not in people.yaml yet
    assert (demo / "data/people.yaml").read_bytes() == people
    lines = [
        "  - id: maija-meikalainen",
        "    name: Maija Meikäläinen",
        "    organisation: it",
        "    roles: [partnership_manager]",
    ]
    assert "\n".join(lines) in out
    assert "R001" in out


def test_add_people_writes_them_and_the_plan_validates(demo: Path, tmp_path: Path) -> None:
    header = [(k, "Meikäläinen, Maija" if k == "Kumppanuuspäällikkö" else v) for k, v in HEADER]
    docx = seed_plan(tmp_path / "m.docx", Layout(name="Uusi", header=header))
    code, out, _err = run(demo, "import", "docx", "--add-people", str(docx))
    assert code == 0, out
    assert "added 1 people to data/people.yaml" in out
    code, out, _err = run(demo, "validate", "--select", "S,R")
    assert code == 0, out


def test_it_never_overwrites_without_force(demo: Path, tmp_path: Path) -> None:
    before = (demo / REL).read_bytes()
    docx = seed_plan(tmp_path / "m.docx")
    code, _out, err = run(demo, "import", "docx", str(docx))
    assert code == 2
    assert f"{REL} already exists; it was not replaced." in err
    assert (demo / REL).read_bytes() == before


def test_force_shows_the_semantic_diff_then_writes(demo: Path, tmp_path: Path) -> None:
    code, out, _err = run(demo, "import", "docx", "--force", str(seed_plan(tmp_path / "m.docx")))
    assert code == 0
    assert out.index(f"Changes to {REL}:") < out.index(
        "    needs[SingleSignOn].tags: kertakirjautuminen → —"
    )
    assert plan((demo / REL).read_text(encoding="utf-8")) == expected()


def test_dry_run_writes_nothing(demo: Path, tmp_path: Path) -> None:
    header = [(k, "Maija Meikäläinen" if k == "Kumppanuuspäällikkö" else v) for k, v in HEADER]
    docx = seed_plan(tmp_path / "m.docx", Layout(name="Uusi", header=header))
    before = sorted(p.name for p in (demo / "data/customers").iterdir())
    people = (demo / "data/people.yaml").read_bytes()
    code, out, _err = run(demo, "import", "docx", "--dry-run", "--add-people", str(docx))
    assert code == 0  # checked as if the person had been added
    assert out.startswith("id: uusi\n")
    assert sorted(p.name for p in (demo / "data/customers").iterdir()) == before
    assert (demo / "data/people.yaml").read_bytes() == people


# --- files that are not Word plans ----------------------------------------------------------


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        (
            "text.docx",
            lambda p: p.write_text("just text"),
            "the file is not a Word document (.docx).",
        ),
        (
            "old.doc",
            lambda p: p.write_bytes(OLE + b"\0" * 600),
            "the file is in the old Word format (.doc).",
        ),
        (
            "secret.docx",
            lambda p: p.write_bytes(OLE + b"\0" * 100 + "EncryptionInfo".encode("utf-16-le")),
            "the file is password-protected.",
        ),
        (
            "broken.docx",
            lambda p: p.write_bytes(b"PK\x03\x04" + b"\x00" * 50),
            "the file is damaged",
        ),
        (
            "sheet.docx",
            lambda p: _zip(p, {"xl/workbook.xml": b"<x/>"}),
            "the file is not a Word document (.docx).",
        ),
        (
            "bomb.docx",
            lambda p: _zip(p, {"word/document.xml": b"\0" * (30 * 1024 * 1024)}),
            "the file would unpack to many times its size (a zip bomb)",
        ),
        (
            "badxml.docx",
            lambda p: _zip(p, {"word/document.xml": b"<w:document", "[Content_Types].xml": b"<"}),
            "the file is damaged",
        ),
        ("folder.docx", lambda p: p.mkdir(), "is not a regular file."),
        ("missing.docx", lambda p: None, "the file cannot be read"),
    ],
)
def test_a_bad_file_is_named_and_the_rest_of_the_batch_imports(
    demo: Path, tmp_path: Path, name: str, make: object, message: str
) -> None:
    bad = tmp_path / name
    make(bad)  # type: ignore[operator]
    good = seed_plan(tmp_path / "uusi.docx", Layout(name="Uusi"))
    code, _out, err = run(demo, "import", "docx", str(bad), str(good))
    assert code == 2
    assert f"{bad}: {message}" in err
    assert "Traceback" not in err
    assert (demo / "data/customers/uusi.yaml").exists()
    assert not (demo / f"data/customers/{Path(name).stem}.yaml").exists()


def test_a_huge_file_is_refused_before_it_is_read(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docx = seed_plan(tmp_path / "big.docx")
    monkeypatch.setattr(import_files, "MAX_FILE_BYTES", 1024)
    code, _out, err = run(demo, "import", "docx", str(docx))
    assert code == 2
    assert f"{docx}: the file is too large" in err


def test_without_the_extra_it_says_how_to_install_it(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "docx", None)
    code, _out, err = run(demo, "import", "docx", str(tmp_path / "x.docx"))
    assert code == 2
    assert "pip install 'asiakkuus[import]'" in err


def test_id_is_for_one_file_only(demo: Path, tmp_path: Path) -> None:
    code, _out, err = run(demo, "import", "docx", "--id", "x", "a.docx", "b.docx")
    assert (code, "--id works only when importing one file." in err) == (2, True)


def test_dry_run_on_an_existing_plan_shows_what_would_change(demo: Path, tmp_path: Path) -> None:
    before = (demo / REL).read_bytes()
    code, _out, err = run(demo, "import", "docx", "--dry-run", str(seed_plan(tmp_path / "m.docx")))
    assert code == 0
    assert f"{REL} already exists; it was not replaced." in err
    assert "    needs[SingleSignOn].tags: kertakirjautuminen → —" in err
    assert (demo / REL).read_bytes() == before


def test_force_over_a_plan_that_does_not_load_says_it_cannot_compare(
    demo: Path, tmp_path: Path
) -> None:
    (demo / REL).write_bytes(b"\xff\xfe not text")
    code, out, _err = run(demo, "import", "docx", "--force", str(seed_plan(tmp_path / "m.docx")))
    assert code == 0
    assert f"{REL}: the old or the new version cannot be compared because it does not load." in out
    assert plan((demo / REL).read_text(encoding="utf-8")) == expected()


def test_page_header_text_is_kept_in_notes(demo: Path, tmp_path: Path) -> None:
    import docx

    path = seed_plan(tmp_path / "h.docx", Layout(name="Uusi"))
    document = docx.Document(str(path))
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = "Sisäiseen käyttöön – versio 3"
    document.save(str(path))
    out = dry(demo, path)
    assert "notes: '[Page header] Sisäiseen käyttöön – versio 3'" in out


@pytest.mark.parametrize("tail", ["", "  # nobody yet", "\n# the end\n"])
def test_add_people_fills_the_empty_list_that_init_writes(tmp_path: Path, tail: str) -> None:
    from asiakkuus_cli.importing.apply import people_with
    from asiakkuus_cli.importing.people import Proposal

    (tmp_path / "data").mkdir()
    (tmp_path / "data/people.yaml").write_text(f"# header\npeople: []{tail}\n", encoding="utf-8")
    new = people_with(tmp_path, Settings(), [Proposal("tuula-nimeton", "Tuula Nimetön", "it")])
    assert new is not None
    assert new.startswith("# header\npeople:")
    assert "- id: tuula-nimeton\n" in new
    assert ("# nobody yet" in new) == ("# nobody yet" in tail)
    assert ("# the end" in new) == ("# the end" in tail)
