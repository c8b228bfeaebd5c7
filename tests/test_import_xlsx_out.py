"""`--format xlsx -o FILE`: reports as typed Excel sheets (render/xlsx.py)."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from asiakkuus_cli.cli.app import app

from .conftest import DEMO

COMMANDS = [
    ("plan", "list"),
    ("project", "list"),
    ("report", "segments"),
    ("report", "managers"),
    ("report", "needs"),
    ("report", "projects"),
    ("calendar",),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    shutil.copytree(DEMO / "data", root / "data")
    return root


def export(root: Path, out: Path, *command: str) -> openpyxl.Workbook:
    result = CliRunner().invoke(
        app,
        [
            "--root",
            str(root),
            "--lang",
            "fi",
            "--today",
            "2026-11-26",
            *command,
            "--format",
            "xlsx",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert f"kirjoitettu {out}" in result.stderr
    return openpyxl.load_workbook(out)


def cells(ws: Any, row: int) -> list[Any]:
    return [c.value for c in ws[row]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_report_gets_a_frozen_filtered_header(
    demo: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    book = export(demo, tmp_path / "r.xlsx", *command)
    ws = book.worksheets[0]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref.startswith("A1:")
    assert all(isinstance(v, str) and v for v in cells(ws, 1))
    assert book.sheetnames[-1] == "Tiedot"
    assert all(ws.column_dimensions[c].width >= 8 for c in "AB")


def test_plan_list_cells_are_typed(demo: Path, tmp_path: Path) -> None:
    ws = export(demo, tmp_path / "p.xlsx", "plan", "list").worksheets[0]
    heads = cells(ws, 1)
    row = dict(zip(heads, cells(ws, 2), strict=True))
    assert row["Asiakas"] == "Järvikaupungin ammattikorkeakoulu Oy"
    assert row["Päivitetty"] == datetime(2026, 11, 18)
    assert row["Veloitukset/v"] == 1120000
    assert row["Vanha"] is False
    assert row["Segm."] == 2
    money = ws.cell(row=2, column=heads.index("Veloitukset/v") + 1)
    change = ws.cell(row=2, column=heads.index("Muutos") + 1)
    date = ws.cell(row=2, column=heads.index("Päivitetty") + 1)
    assert (money.number_format, change.number_format, date.number_format) == (
        '#,##0 "€";-#,##0 "€"',
        '+#,##0 "€";-#,##0 "€";0 "€"',
        "d.m.yyyy",
    )


def test_the_needs_report_has_a_sheet_for_its_needs(demo: Path, tmp_path: Path) -> None:
    book = export(demo, tmp_path / "n.xlsx", "report", "needs")
    assert book.sheetnames == ["Pienkehitystarpeet", "Tarpeet", "Tiedot"]
    needs = book["Tarpeet"]
    assert cells(needs, 1) == [
        "Tarve",
        "Asiakas",
        "Tarve",
        "Havaittu",
        "Budjetoitu",
        "Sopii ympäristöön",
        "Päätös",
        "Tunnisteet",
    ]
    assert needs.max_row > 10


def test_the_segment_report_ends_with_its_total_outside_the_filter(
    demo: Path, tmp_path: Path
) -> None:
    ws = export(demo, tmp_path / "s.xlsx", "report", "segments").worksheets[0]
    assert ws.cell(row=ws.max_row, column=1).value == "Yhteensä"
    assert ws.auto_filter.ref == f"A1:K{ws.max_row - 1}"


def test_no_formula_from_data(tmp_path: Path) -> None:
    root = tmp_path / "r"
    shutil.copytree(DEMO / "data", root / "data")
    plan = root / "data/customers/malliasiakas.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace(
            "name: Malliasiakas", 'name: \'=HYPERLINK("http://x","y")\''
        ),
        encoding="utf-8",
    )
    ws = export(root, tmp_path / "p.xlsx", "plan", "list").worksheets[0]
    found = [
        c
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=")
    ]
    assert [(c.value, c.data_type, c.quotePrefix) for c in found] == [
        ('=HYPERLINK("http://x","y")', "s", True)
    ]


def test_xlsx_needs_an_output_file(demo: Path) -> None:
    result = CliRunner().invoke(
        app, ["--root", str(demo), "--lang", "en", "plan", "list", "--format", "xlsx"]
    )
    assert result.exit_code == 2
    assert "--format xlsx writes a file: give -o FILE.xlsx as well" in result.stderr


def test_other_formats_can_go_to_a_file_too(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    result = CliRunner().invoke(
        app, ["--root", str(demo), "plan", "list", "--format", "csv", "-o", str(out)]
    )
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith('"id","name","type",')
    assert result.stdout == ""


def test_without_the_extra_xlsx_says_how_to_install_it(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "openpyxl", None)
    out = tmp_path / "p.xlsx"
    result = CliRunner().invoke(
        app,
        ["--root", str(demo), "--lang", "en", "plan", "list", "--format", "xlsx", "-o", str(out)],
    )
    assert result.exit_code == 2
    assert "pip install 'asiakkuus[import]'" in result.stderr
    assert not out.exists()
