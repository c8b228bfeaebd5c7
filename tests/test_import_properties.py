"""Property tests of the import: odd cell text never breaks it, and the readings hold.

Fixed seeds (tests/fuzzing.py's profile), so CI runs the same cases every time.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from asiakkuus_cli.config import Settings
from asiakkuus_cli.editing import edit
from asiakkuus_cli.editing.edit import money_text
from asiakkuus_cli.importing.text import (
    EXCEL_EPOCH,
    clean,
    label_score,
    read_date,
    read_money,
)
from asiakkuus_cli.importing.word import Directory, prepare_blocks
from asiakkuus_cli.importing.wordfile import Para, Table
from asiakkuus_cli.models import CustomerPlan
from asiakkuus_cli.reading.loader import load_repository, parse

from .conftest import DEMO
from .fuzzing import examples
from .importdocs import CALENDAR, HEADER, NEEDS, PROJECTS, SYSTEMS

REPO = load_repository(DEMO, Settings())

#: What people leave in cells: any printable text, line breaks, tabs, soft hyphens,
#: non-breaking spaces, bidi marks, formula-like and YAML-like starts.
ODD = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        st.sampled_from(
            ["\n", "\t", "\u00ad", "\u00a0", "-", ":", "#", "€", "=", "'", '"', "[", "]", "{", "&"]
        ),
    ),
    max_size=40,
)


def _blocks(odd: list[str]) -> list[Para | Table]:
    cells = itertools.cycle(odd)
    blocks: list[Para | Table] = [Para("Asiakkuuksien hoitosuunnitelma"), Para(next(cells) or "X")]
    blocks += [
        Para(f"{label}: {next(cells) if i % 3 == 0 else value}")
        for i, (label, value) in enumerate(HEADER)
    ]
    for heading, table in (
        ("Asiakkaan kehittämishankkeet", PROJECTS),
        ("Kriittisten palveluiden säännölliset toimenpiteet", SYSTEMS),
        ("Säännöllisesti toistuvat tapahtumat", CALENDAR),
        ("Pienkehitystarpeet", NEEDS),
    ):
        blocks.append(Para(heading))
        rows = [table[0]] + [
            [next(cells) if c % 2 else v for c, v in enumerate(row)] for row in table[1:]
        ]
        blocks.append(Table(rows))
        blocks.append(Para(next(cells)))
    blocks += [Para("Asiakaskohtaiset markkinointitoimet"), Para(next(cells))]
    return blocks


@examples(150)
@given(st.lists(ODD, min_size=1, max_size=8))
def test_odd_cell_text_gives_yaml_that_loads_or_lists_what_to_fix(odd: list[str]) -> None:
    people = Directory([e.model for e in REPO.people.values()])
    prepared = prepare_blocks(Path("odd.docx"), _blocks(odd), REPO, people, Settings(), "fi")
    data, issues, usable = parse(prepared.rel, prepared.text, Settings())  # as `validate` reads it
    assert (usable, issues) == (True, [])
    assert data["id"] == prepared.id
    if prepared.canonical:  # it loads as a plan: then it is exactly what fmt keeps
        result = edit.format_text(prepared.rel, prepared.text, Settings(), CustomerPlan)
        assert not result.changed


@examples(200)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäö ", min_size=3, max_size=30).filter(str.strip))
def test_a_label_matches_itself_in_any_case_spacing_and_hyphenation(label: str) -> None:
    words = label.split()
    variants = [
        label.upper(),
        "  ".join(words),
        label.replace(" ", "\n"),
        (words[0][:2] + "-\n" + words[0][2:] + " " + " ".join(words[1:]))
        if len(words[0]) > 3
        else label,
        label.replace("a", "a\u00ad", 1),
    ]
    for variant in variants:
        assert label_score(variant, [label]) >= 2, variant
    assert label_score(" ".join(reversed(words)), [label]) >= 2


@examples(200)
@given(
    st.decimals(
        min_value=-(10**12), max_value=10**12, places=2, allow_nan=False, allow_infinity=False
    )
)
def test_money_as_written_reads_back(amount: Decimal) -> None:
    written = money_text(amount, signed=True)
    assert read_money(written) == amount
    assert read_money(written.replace(" €", "€").replace(" ", "\u00a0")) == amount


@examples(200)
@given(st.dates(min_value=date(1901, 1, 1), max_value=date(2999, 12, 31)))
def test_dates_as_finnish_text_iso_or_excel_serials_read_back(day: date) -> None:
    assert read_date(f"{day.day}.{day.month}.{day.year}") == day
    assert read_date(f"{day.day:02}.{day.month:02}.{day.year} ") == day
    assert read_date(day.isoformat()) == day
    assert read_date((day - EXCEL_EPOCH).days) == day
    assert read_date(float((day - EXCEL_EPOCH).days) + 0.25) == day
    assert read_date(day + timedelta(0)) == day


@examples(200)
@given(ODD)
def test_cleaning_is_idempotent_and_leaves_no_control_characters(text: str) -> None:
    once = clean(text)
    assert clean(once) == once
    assert not any(ord(c) < 32 for c in once)


#: Text a Word file can hold (XML 1.0 characters).
XML_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="".join(chr(c) for c in range(32) if c not in (9, 10, 13))
        + "\ufffe\uffff",
    ),
    max_size=30,
)


@examples(25)
@given(st.lists(XML_TEXT, min_size=1, max_size=4))
def test_a_real_word_file_with_odd_cells_never_crashes_the_command(odd: list[str]) -> None:
    import shutil
    import tempfile

    import docx
    from typer.testing import CliRunner

    from asiakkuus_cli.cli.app import app

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        shutil.copytree(DEMO / "data", root / "data")
        document = docx.Document()
        document.add_paragraph("Asiakkuuksien hoitosuunnitelma")
        document.add_paragraph("Uusi asiakas")
        cells = itertools.cycle(odd)
        for label, _value in HEADER:
            document.add_paragraph(f"{label}: {next(cells)}")
        for heading, rows in (
            ("Asiakkaan kehittämishankkeet", PROJECTS),
            ("Pienkehitystarpeet", NEEDS),
        ):
            document.add_paragraph(heading)
            table = document.add_table(rows=3, cols=len(rows[0]))
            for c, head in enumerate(rows[0]):
                table.cell(0, c).text = head
                table.cell(1, c).text = next(cells)
                table.cell(2, c).text = rows[1][c]
        path = Path(tmp) / "odd.docx"
        document.save(str(path))
        result = CliRunner().invoke(app, ["--root", str(root), "import", "docx", str(path)])
        assert result.exit_code in (0, 1), result.output
        written = list((root / "data/customers").glob("uusi*.yaml"))
        assert len(written) == 1
        rel = f"data/customers/{written[0].name}"
        assert parse(rel, written[0].read_text(encoding="utf-8"), Settings())[2]


_CSV_COLUMNS = st.sampled_from(
    [
        "Asiakas;Veloitukset vuodessa;Veloitusten muutos;Henkilöstö;Suunnitelma päivitetty;Segmentti;Kumppanuuspäällikkö",
        "Asiakas;Tarve;Tarve havaittu;Onko budjetoitu;Sopiiko ympäristöön;Tunnisteet",
    ]
)
_CSV_CELL = st.one_of(
    st.sampled_from(
        [
            "Malliasiakas",
            "malliasiakas",
            "Uusi",
            "280 000 €",
            "1,5",
            "12.3.2026",
            "46327",
            "KYLLÄ",
            "x",
            "",
        ]
    ),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters='\x00;"\r\n'),
        max_size=15,
    ),
)


@examples(60)
@given(_CSV_COLUMNS, st.lists(st.lists(_CSV_CELL, min_size=7, max_size=7), min_size=1, max_size=4))
def test_odd_csv_cells_never_crash_a_dry_run(header: str, rows: list[list[str]]) -> None:
    import tempfile

    from typer.testing import CliRunner

    from asiakkuus_cli.cli.app import app

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.csv"
        width = header.count(";") + 1
        lines = [header, *(";".join(row[:width]) for row in rows)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = CliRunner().invoke(
            app,
            ["--root", str(DEMO), "--today", "2026-11-26", "import", "csv", "--dry-run", str(path)],
        )
        assert result.exit_code in (0, 1), result.output
        assert "Traceback" not in result.output
