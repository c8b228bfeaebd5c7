"""benchmarks/bench.py: every case runs and lands in the goals and the JSON figures
(no time is asserted: the figures are the benchmark's, not the tests')."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench


def test_the_import_cases_import_the_plans_then_complete_them_from_the_register(
    tmp_path: Path,
) -> None:
    shown: list[str] = []
    figures = bench.import_cases(
        bench.asiakkuus(),
        sys.executable,
        tmp_path,
        2,
        1,
        lambda label, *_a, **_k: shown.append(label),
    )
    for kind in ("docx", "xlsx", "csv"):
        assert figures[f"import_{kind}_over_floor"] == pytest.approx(
            figures[f"import_{kind}"] / figures[f"import_{kind}_floor"]  # type: ignore[operator]
        )
    assert len(shown) == 6
    # The last run: the Word plans, completed by the CSV register's figures.
    plan = (tmp_path / "import-target" / "data" / "customers" / "asiakas-1.yaml").read_text()
    assert "name: Asiakas 1\n" in plan
    assert "  annual: 301 000,50 €\n" in plan
    assert "  count: 81\n" in plan
    assert "  # tuonti: " in plan  # the Word import's guesses stay through the register's edit


def test_a_smoke_run_measures_site_build_import_and_the_start_up_floor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "figures.json"
    argv = ["--customers", "4", "--projects", "6", "--runs", "1", "--scale", "1", "--no-peer"]
    assert bench.main([*argv, "--json", str(out)]) == 0
    figures = json.loads(out.read_text())
    goals = {g["goal"]: g for g in figures["goals"]}
    for goal in (
        "site build within 4x of validate",
        "import docx within 2.0x of python-docx reading",
        "import xlsx within 2.0x of openpyxl + round trips",
        "import csv within 2.0x of csv + round trips",
    ):
        assert isinstance(goals[goal]["value"], float), goal
        assert goals[goal]["met"] == (goals[goal]["value"] <= goals[goal]["limit"])
    assert figures["import_plans"] == 2
    assert figures["import_libraries_over_typer"] > 0
    assert set(figures["startup_over_libraries"]) == set(figures["startup"])
    printed = capsys.readouterr().out
    assert "floor: import typer, pydantic, yaml" in printed
    assert "asiakkuus import docx --add-people" in printed


def test_without_the_import_extra_the_import_cases_are_not_measured(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    assert bench.import_extra() is True  # here the dev extras are installed
    find = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == "docx" else find(name)
    )
    assert bench.import_extra() is False
    rows = bench.report_goals([("import docx within 2.0x", None, 2.0), ("site", 5.0, 4.0)])
    assert rows == [
        {"goal": "import docx within 2.0x", "value": None, "limit": 2.0, "met": None},
        {"goal": "site", "value": 5.0, "limit": 4.0, "met": False},
    ]
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].split()[-3:] == ["2.0)", "not", "measured"]
    assert printed[1].split()[-4:] == ["(<=", "4.0)", "NOT", "met"]
