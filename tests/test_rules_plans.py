"""C rules on small care plans: findings as (code, line, column)."""

from __future__ import annotations

import pytest

from .conftest import PLAN, Repo, swap


def check(repo: Repo, code: str, plan: str) -> list[tuple[str, int, int]]:
    repo.base()
    repo.write("data/customers/vapaa-aika.yaml", plan)
    return repo.found(select=[code])


def with_projects(rows: str) -> str:
    return PLAN + "projects:\n" + rows


@pytest.mark.parametrize(
    ("updated", "expected"),
    [
        ("2026-05-29", [("C001", 5, 10)]),  # 181 days before 2026-11-26
        ("2015-03-20", [("C001", 5, 10)]),
        ("2026-05-30", []),  # exactly 180 days: not older than the limit
        ("26.11.2026", []),
    ],
)
def test_c001_stale_plan(repo: Repo, updated: str, expected: list[tuple[str, int, int]]) -> None:
    plan = swap(PLAN, "updated: 2026-11-01", f"updated: {updated}")
    assert check(repo, "C001", plan) == expected


def test_c001_message_names_date_age_limit_and_command(repo: Repo) -> None:
    repo.base()
    repo.write("data/customers/vapaa-aika.yaml", swap(PLAN, "2026-11-01", "2015-03-20"))
    (f,) = repo.check("fi", select=["C001"]).findings
    assert "20.3.2015" in f.message
    assert "4269" in f.message
    assert "180" in f.message
    assert "asiakkuus plan touch vapaa-aika" in f.message
    (e,) = repo.check("en", select=["C001"]).findings
    assert "20 Mar 2015" in e.message
    assert "asiakkuus plan touch vapaa-aika" in e.message


@pytest.mark.parametrize(
    ("manager", "expected"),
    [
        ("paula-pm", [("C002", 6, 18)]),  # of IT, but not a partnership manager
        ("olli-omistaja", [("C002", 6, 18)]),  # not of IT at all
        ("liisa-laine", []),
        ("nobody-known", []),  # R001's business
    ],
)
def test_c002_not_a_partnership_manager(
    repo: Repo, manager: str, expected: list[tuple[str, int, int]]
) -> None:
    plan = swap(PLAN, "account_manager: liisa-laine", f"account_manager: {manager}")
    assert check(repo, "C002", plan) == expected


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("", [("C003", 9, 5)]),
        ("    action: Seuranta 1 krt/kk\n", []),
        ("    it_representative: erja-ekspertti\n", []),
        ("    done: kyllä\n", []),
        ("    action: '  '\n", [("C003", 9, 5)]),
    ],
)
def test_c003_no_it_representation(
    repo: Repo, extra: str, expected: list[tuple[str, int, int]]
) -> None:
    plan = with_projects("  - name: Projekti 2\n    start: 15.6.2014\n" + extra)
    assert check(repo, "C003", plan) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ("    end: 2026-11-25\n", [("C004", 11, 10)]),
        ("    end: 2026-11-26\n", []),  # ends today: not passed yet
        ("    end: 31.7.2015\n    done: true\n", []),
        ("    start: 2015-01-01\n", []),
    ],
)
def test_c004_overdue_project(repo: Repo, rows: str, expected: list[tuple[str, int, int]]) -> None:
    plan = with_projects("  - name: Projekti 1\n    action: Seuranta\n" + rows)
    assert check(repo, "C004", plan) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-10", [("C005", 10, 18)]),  # a month of a year that is over
        ("2026-11-25", [("C005", 10, 18)]),
        ("25.11.2026", [("C005", 10, 18)]),
        ("2026-11", []),  # the current month has not passed
        ("2026-11-26", []),
        ("toukokuu", []),  # recurs every year: never passes
        ("5", []),
    ],
)
def test_c005_past_update(repo: Repo, value: str, expected: list[tuple[str, int, int]]) -> None:
    plan = PLAN + f"critical_systems:\n  - name: Himble LogUs\n    next_update: {value}\n"
    assert check(repo, "C005", plan) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ("    observed: 2025-11-25\n", [("C006", 10, 15)]),  # 366 days
        ("    observed: 2025-11-25\n    budgeted: ei\n", [("C006", 10, 15)]),
        ("    observed: 2025-11-26\n", []),  # 365 days: not more than the limit
        ("    observed: 13.4.2013\n    budgeted: kyllä\n", []),
        ("    observed: 13.4.2013\n    decision: Ei nyt\n", []),
    ],
)
def test_c006_forgotten_need(repo: Repo, rows: str, expected: list[tuple[str, int, int]]) -> None:
    plan = PLAN + "needs:\n  - need: Mobiilituki\n" + rows
    assert check(repo, "C006", plan) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("direct: false\n", [("C007", 8, 9)]), ("direct: ei\n", [("C007", 8, 9)]),
     ("direct: true\n", []), ("", [])],
)  # fmt: skip
def test_c007_indirect_customer(
    repo: Repo, line: str, expected: list[tuple[str, int, int]]
) -> None:
    assert check(repo, "C007", PLAN + line) == expected


def test_c008_duplicate_priority(repo: Repo) -> None:
    rows = (
        "  - {name: A, action: x, priority: 1}\n"
        "  - {name: B, action: x, priority: 2}\n"
        "  - {name: C, action: x, priority: 1}\n"
        "  - {name: D, action: x, priority: 1}\n"
    )
    assert check(repo, "C008", with_projects(rows)) == [("C008", 11, 36), ("C008", 12, 36)]


def test_c008_done_projects_do_not_count(repo: Repo) -> None:
    rows = (
        "  - {name: A, action: x, priority: 1, done: true}\n"
        "  - {name: B, action: x, priority: 1}\n"
        "  - {name: C, action: x}\n"
        "  - {name: D, action: x}\n"
    )
    assert check(repo, "C008", with_projects(rows)) == []


def test_c009_dates_reversed_in_plan(repo: Repo) -> None:
    rows = (
        "  - {name: A, action: x, start: 1.7.2026, end: 31.1.2026}\n"
        "  - {name: B, action: x, start: 1.1.2026, end: 31.7.2026}\n"
        "  - {name: C, action: x, start: 1.1.2026, end: 1.1.2026}\n"
    )
    assert check(repo, "C009", with_projects(rows)) == [("C009", 9, 48)]


def test_c009_dates_reversed_in_roster(repo: Repo) -> None:
    repo.base()
    roster = (
        "id: kirjasto\nname: Kirjasto\ncustomer: vapaa-aika\nstatus: proposed\n"
        "start: 2027-01-01\nend: 2026-12-31\nproject_manager: paula-pm\n"
        "board:\n  executive: olli-omistaja\n"
    )
    repo.write("data/projects/kirjasto.yaml", roster)
    assert repo.found(select=["C009"]) == [("C009", 6, 6)]
    repo.write("data/projects/kirjasto.yaml", swap(roster, "end: 2026-12-31", "end: 2027-12-31"))
    assert repo.found(select=["C009"]) == []


def test_c010_no_customer_contact(repo: Repo) -> None:
    without = swap(PLAN, "customer_contact: anna-asiakas\n", "")
    assert check(repo, "C010", without) == [("C010", 1, 1)]
    empty = swap(PLAN, "customer_contact: anna-asiakas", "customer_contact:")
    assert check(repo, "C010", empty) == [("C010", 7, 1)]
    assert check(repo, "C010", PLAN) == []


def test_plan_rules_skip_a_plan_that_does_not_load(repo: Repo) -> None:
    repo.base()
    broken = swap(swap(PLAN, "2026-11-01", "2015-01-01"), "type: division", "type: kunta")
    repo.write("data/customers/vapaa-aika.yaml", broken)
    assert [c for c, _, _ in repo.found()] == ["S002"]
