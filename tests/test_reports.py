"""Lists and reports on a small repository whose figures are computed by hand."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

import pytest

from asiakkuus_cli.render import tables
from asiakkuus_cli.rules import engine
from asiakkuus_cli.views import reports as views

from .conftest import Repo
from .reports_data import TODAY, build, load

D = Decimal


def run(cli: Any, repo: Repo, *args: str) -> Any:
    build(repo)
    return cli("--root", str(repo.root), "--today", TODAY.isoformat(), "--lang", "en", *args)


# --- report segments -----------------------------------------------------------------


def test_segments_figures(repo: Repo) -> None:
    report = views.segments_report(load(repo), TODAY)
    rows = {r["segment"]: r for r in report.rows}
    assert list(rows) == ["1", "2", "3"]
    one, two, three = rows["1"], rows["2"], rows["3"]
    assert one["customers"] == 2
    assert one["by_type"] == {"division": 1, "company": 1}
    assert one["charges_annual"] == D("280000")
    assert one["charges_change"] == D("24000")
    assert one["headcount"] == 74
    assert one["potential_mean"] == D("7.5")
    assert (one["open_projects"], one["open_projects_budget"]) == (1, D("10000"))
    assert one["stale_plans"] == 0
    assert two["charges_annual"] == D("1500.50")
    assert two["charges_change"] == D("-500")
    assert two["potential_mean"] == D("4.0")
    assert (two["open_projects"], two["open_projects_budget"]) == (1, D("20000"))
    assert (two["stale_plans"], two["stale_plan_ids"]) == (1, ["sivistys"])
    assert three["customers"] == 0
    assert three["potential_mean"] is None
    assert three["charges_annual"] == D(0)
    total = report.total
    assert total is not None
    assert total["customers"] == 3
    assert total["by_type"] == {"division": 1, "company": 2}
    assert total["charges_annual"] == D("281500.50")
    assert total["charges_change"] == D("23500")
    assert total["headcount"] == 84
    assert total["potential_mean"] == D("6.3")  # 19 / 3 = 6.33
    assert (total["open_projects"], total["open_projects_budget"]) == (2, D("30000"))
    assert total["stale_plan_ids"] == ["sivistys"]


def test_segments_sum_as_decimal_not_float(repo: Repo) -> None:
    report = views.segments_report(load(repo), TODAY)
    for row in [*report.rows, report.total or {}]:
        assert isinstance(row["charges_annual"], Decimal)
        assert not any(isinstance(v, float) for v in row.values())


def test_segments_json_keys_and_strings(cli: Any, repo: Repo) -> None:
    result = run(cli, repo, "report", "segments", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["version"] == 1
    assert doc["report"] == "segments"
    assert doc["today"] == "2026-11-26"
    assert doc["stale_plan_days"] == 180
    assert all(list(r) == tables.KEYS["segments"] for r in doc["rows"])
    assert doc["rows"][1]["charges_annual"] == "1500.50"
    assert doc["rows"][1]["charges_change"] == "-500.00"
    assert doc["rows"][0]["potential_mean"] == "7.5"
    assert doc["total"]["charges_annual"] == "281500.50"
    assert doc["total"]["stale_plan_ids"] == ["sivistys"]


def test_segments_csv_parses_back(cli: Any, repo: Repo) -> None:
    result = run(cli, repo, "report", "segments", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0]) == tables.KEYS["segments"]
    assert [r["segment"] for r in rows] == ["1", "2", "3"]  # no total row in csv
    assert rows[0]["by_type"] == "division=1;company=1"
    assert rows[0]["charges_annual"] == "280000.00"
    assert rows[1]["stale_plan_ids"] == "sivistys"
    assert rows[2]["potential_mean"] == ""


def test_segments_table_and_md_are_formatted(cli: Any, repo: Repo) -> None:
    table = run(cli, repo, "report", "segments", "-f", "table").output
    assert "Segment report" in table
    assert "€281,500.50" in table  # the total row, money in the language's form
    assert "Total" in table
    fi = cli("--root", str(repo.root), "--today", "2026-11-26", "report", "segments", "-f", "md")
    assert fi.exit_code == 0, fi.output
    assert fi.output.startswith("# Segmenttiraportti\n")
    assert "281\xa0500,50 €" in fi.output
    assert "| **Yhteensä** |" in fi.output
    assert "26.11.2026" in fi.output


# --- plan list -------------------------------------------------------------------------


def ids(report: views.Report) -> list[str]:
    return [r["id"] for r in report.rows]


def test_plan_list_filters(repo: Repo) -> None:
    r = load(repo)
    assert ids(views.plan_list(r, TODAY)) == ["satama", "sivistys", "vapaa-aika"]
    seg1 = views.plan_list(r, TODAY, segment="1")
    assert ids(seg1) == ["satama", "vapaa-aika"]
    assert seg1.total is not None
    assert seg1.total["charges_annual"] == D("280000")
    assert ids(views.plan_list(r, TODAY, manager="liisa-laine")) == ["sivistys", "vapaa-aika"]
    assert ids(views.plan_list(r, TODAY, type_="company")) == ["satama", "sivistys"]
    assert ids(views.plan_list(r, TODAY, stale=True)) == ["sivistys"]
    assert ids(views.plan_list(r, TODAY, segment="1", stale=True)) == []


def test_plan_list_cli_csv_and_json(cli: Any, repo: Repo) -> None:
    result = run(cli, repo, "plan", "list", "--segment", "1", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["id"] for r in rows] == ["satama", "vapaa-aika"]
    assert rows[1]["charges_annual"] == "280000.00"
    assert rows[1]["updated"] == "2026-11-01"
    assert rows[1]["stale"] == "false"
    assert rows[0]["charges_annual"] == ""
    doc = json.loads(run(cli, repo, "plan", "list", "--stale", "-f", "json").output)
    assert doc["filters"] == {"segment": None, "manager": None, "type": None, "stale": True}
    assert [r["id"] for r in doc["rows"]] == ["sivistys"]
    assert list(doc["rows"][0]) == tables.KEYS["plans"]
    assert doc["total"]["stale_plans"] == 1


@pytest.mark.parametrize(
    "args",
    [
        ("plan", "list", "--segment", "9"),
        ("plan", "list", "--manager", "nobody"),
        ("plan", "list", "--type", "county"),
        ("plan", "list", "--format", "xml"),
        ("project", "list", "--status", "done"),
        ("project", "list", "--customer", "nobody"),
        ("calendar", "--from", "31.2.2026"),
        ("calendar", "--days", "0"),
    ],
)
def test_bad_options_exit_2_with_a_message(cli: Any, repo: Repo, args: tuple[str, ...]) -> None:
    result = run(cli, repo, *args)
    assert result.exit_code == 2
    assert "error:" in result.output
    assert "Traceback" not in result.output


# --- project list ----------------------------------------------------------------------


def test_project_list_filters(repo: Repo) -> None:
    r = load(repo)
    assert ids(views.project_list(r, TODAY)) == ["sisainen", "vapaa-aika-hanke"]
    assert ids(views.project_list(r, TODAY, customer="vapaa-aika")) == ["vapaa-aika-hanke"]
    assert ids(views.project_list(r, TODAY, status="proposed")) == ["sisainen"]
    assert ids(views.project_list(r, TODAY, manager="paula-pm")) == ["sisainen", "vapaa-aika-hanke"]
    assert ids(views.project_list(r, TODAY, manager="timo-toimittaja")) == []


def test_project_list_table_names_internal(cli: Any, repo: Repo) -> None:
    result = run(cli, repo, "project", "list", "-f", "table")
    assert result.exit_code == 0, result.output
    assert "internal" in result.output
    assert "Paula Projektipäällikkö" in result.output
    assert "3 Dec 2026" in result.output


# --- report managers -------------------------------------------------------------------


def test_managers(repo: Repo) -> None:
    report = views.managers_report(load(repo), TODAY)
    rows = {r["manager"]: r for r in report.rows}
    liisa, pekka = rows["liisa-laine"], rows["pekka-puro"]
    assert liisa["customers"] == 2
    assert liisa["types_covered"] == ["division", "company"]
    assert liisa["types_missing"] == [
        "service_centre", "municipal_enterprise", "regional", "foundation",
    ]  # fmt: skip
    assert liisa["charges_annual"] == D("281500.50")
    assert liisa["open_projects"] == 2
    assert (liisa["deputy"], liisa["deputy_name"]) == ("pekka-puro", "Pekka Puro")
    assert liisa["stale_plan_ids"] == ["sivistys"]
    # Dec 10 budget meeting for both customers, P1 start, Legacy update, board meeting.
    assert liisa["events_next_30_days"] == 5
    assert pekka["customers"] == 1
    assert pekka["deputy"] is None
    assert pekka["charges_annual"] == D(0)
    assert pekka["events_next_30_days"] == 1


def test_managers_csv(cli: Any, repo: Repo) -> None:
    rows = list(
        csv.DictReader(io.StringIO(run(cli, repo, "report", "managers", "-f", "csv").output))
    )
    assert [r["manager"] for r in rows] == ["liisa-laine", "pekka-puro"]
    assert rows[0]["types_covered"] == "division;company"
    assert rows[1]["deputy"] == ""


# --- report needs ----------------------------------------------------------------------


def test_needs_grouping_and_order(repo: Repo) -> None:
    report = views.needs_report(load(repo), TODAY)
    groups = [(r["group"], r["customers"]) for r in report.rows]
    assert groups == [
        ("Mobiili", ["sivistys", "vapaa-aika"]),  # shared tag in two spellings
        ("Single Sign On", ["sivistys", "vapaa-aika"]),  # same text, other case and spacing
        ("Laituri", ["satama"]),
    ]
    mobile, sso, quay = report.rows
    assert [mobile["shared"], sso["shared"], quay["shared"]] == [True, True, False]
    assert mobile["first_observed"].isoformat() == "2025-01-10"
    assert mobile["budgeted"] == "partly"
    assert mobile["fits_environment"] is None
    assert sso["budgeted"] == "no"
    assert sso["fits_environment"] == "no"
    assert sso["oldest_undecided"].isoformat() == "2026-06-01"
    assert all(r["undecided"] for r in report.rows)
    assert report.total == {"groups": 3, "shared_groups": 2, "needs_count": 5, "undecided": 3}


def test_needs_json_keeps_the_entries(cli: Any, repo: Repo) -> None:
    doc = json.loads(run(cli, repo, "report", "needs", "-f", "json").output)
    first = doc["rows"][0]
    assert list(first) == tables.KEYS["needs"]
    assert [n["customer"] for n in first["needs"]] == ["vapaa-aika", "sivistys"]
    assert first["needs"][0]["observed"] == "2025-01-10"
    csv_text = run(cli, repo, "report", "needs", "-f", "csv").output
    header = next(csv.reader(io.StringIO(csv_text)))
    assert "needs" not in header


# --- report projects -------------------------------------------------------------------


def test_projects_report(repo: Repo) -> None:
    r = load(repo)
    report = views.projects_report(r, TODAY, "en")
    rows = {x["id"]: x for x in report.rows}
    inner = rows["sisainen"]
    assert inner["internal"] is True
    assert inner["board_filled"] == ["executive", "senior_suppliers"]
    assert inner["board_missing"] == ["senior_users", "users", "suppliers"]
    assert inner["errors"] >= 1  # R001: ghost-person is not in people.yaml
    assert rows["vapaa-aika-hanke"]["board_missing"] == ["users", "suppliers"]
    # The counts are the engine's findings per roster file.
    found = engine.run(r, TODAY, "en").findings
    for pid, row in rows.items():
        mine = [f for f in found if f.path == f"data/projects/{pid}.yaml"]
        assert row["errors"] == sum(1 for f in mine if f.severity == "error")
        assert row["warnings"] == sum(1 for f in mine if f.severity == "warning")
        assert row["infos"] == sum(1 for f in mine if f.severity == "info")


def test_projects_report_lists_a_roster_that_does_not_load(repo: Repo) -> None:
    build(repo)
    repo.write("data/projects/rikki.yaml", "id: rikki\nname: [\n")
    from asiakkuus_cli.config import Settings
    from asiakkuus_cli.reading.loader import load_repository

    report = views.projects_report(load_repository(repo.root, Settings()), TODAY, "en")
    broken = next(x for x in report.rows if x["id"] == "rikki")
    assert broken["status"] is None
    assert broken["errors"] == 1


def test_projects_report_md_memo(cli: Any, repo: Repo) -> None:
    result = run(cli, repo, "report", "projects", "-f", "md")
    assert result.exit_code == 0, result.output
    assert "# Project report" in result.output
    assert "missing: senior user, user, supplier" in result.output


# --- renderers -------------------------------------------------------------------------


def test_md_escapes_cells(cli: Any, repo: Repo) -> None:
    md = run(cli, repo, "plan", "list", "-f", "md").output
    assert "Satama \\| Oy" in md
    table_lines = [line for line in md.splitlines() if line.startswith("|")]
    widths = {line.replace("\\|", "").count("|") for line in table_lines}
    assert len(widths) == 1


def test_rich_table_in_a_terminal(repo: Repo) -> None:
    report = views.segments_report(load(repo), TODAY)
    text = tables.render(report, "table", "en", title="Segment report", subtitle="s",
                         terminal=True, color=False)  # fmt: skip
    assert "Segment report" in text
    assert "Hyvinvointi" in text
    assert "\x1b[" not in text


def test_every_column_has_a_heading_in_both_languages() -> None:
    from asiakkuus_cli.i18n import has

    for kind, cols in tables.COLUMNS.items():
        assert kind in tables.KEYS
        for c in cols:
            assert has(f"reports.col.{kind}.{c.key}"), (kind, c.key)
            assert has(f"reports.title.{kind}")


def test_rows_carry_exactly_the_documented_keys(repo: Repo) -> None:
    from asiakkuus_cli.views import calendar

    r = load(repo)
    built = [
        views.plan_list(r, TODAY),
        views.project_list(r, TODAY),
        views.segments_report(r, TODAY),
        views.managers_report(r, TODAY),
        views.needs_report(r, TODAY),
        views.projects_report(r, TODAY, "en"),
        calendar.calendar_report(r, TODAY, 90),
    ]
    for report in built:
        assert report.rows, report.kind
        for row in report.rows:
            assert list(row) == tables.KEYS[report.kind], report.kind


def test_default_format_when_piped_is_csv(cli: Any, repo: Repo) -> None:
    result = run(cli, repo, "plan", "list")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert len(rows) > 1
    assert len({len(r) for r in rows}) == 1
