"""P rules on small steering-group rosters: findings as (code, line, column)."""

from __future__ import annotations

import pytest

from asiakkuus_cli.rules import all_rules

from .conftest import PLAN, Repo

ROSTER = """\
id: kirjasto
name: Kirjastojärjestelmä
customer: vapaa-aika
status: running
start: 2026-01-01
end: 2027-06-30
budget: 100 000 €
project_manager: paula-pm
partnership_manager_role: customer_support
board:
  executive: olli-omistaja
  senior_users: [anna-asiakas]
  senior_suppliers: [timo-toimittaja]
  suppliers: [erja-ekspertti]
meetings:
  interval_weeks: 4
  last: 2026-11-05
guide_delivered:
  members: 2026-01-20
"""

LINKED_PLAN = (
    PLAN
    + """\
projects:
  - name: Kirjastojärjestelmä
    project: kirjasto
    start: 2026-01-01
    end: 2027-06-30
    budget: 100000
    manager: paula-pm
    it_representative: erja-ekspertti
"""
)


def setup(repo: Repo, roster: str = ROSTER, plan: str = LINKED_PLAN) -> Repo:
    repo.base()
    repo.write("data/customers/vapaa-aika.yaml", plan)
    repo.write("data/projects/kirjasto.yaml", roster)
    return repo


def found(repo: Repo, code: str, *edits: tuple[str, str]) -> list[tuple[str, int, int]]:
    roster = ROSTER
    for old, new in edits:
        assert old in roster, old
        roster = roster.replace(old, new)
    return setup(repo, roster).found(select=[code])


def test_clean_roster_and_plan(repo: Repo) -> None:
    assert setup(repo).found() == []


def test_p001_executive(repo: Repo) -> None:
    assert found(repo, "P001", ("  executive: olli-omistaja\n", "")) == [("P001", 11, 3)]
    assert found(repo, "P001", ("executive: olli-omistaja", "executive:")) == [("P001", 11, 3)]
    assert found(repo, "P001") == []


def test_p002_no_senior_user(repo: Repo) -> None:
    edit = ("senior_users: [anna-asiakas]", "senior_users: []")
    assert found(repo, "P002", edit) == [("P002", 12, 3)]
    assert found(repo, "P002") == []


def test_p003_no_senior_supplier(repo: Repo) -> None:
    edit = ("  senior_suppliers: [timo-toimittaja]\n", "")
    assert found(repo, "P003", edit) == [("P003", 11, 3)]  # board's first key: add it there
    assert found(repo, "P003") == []


def test_p004_board_too_small(repo: Repo) -> None:
    one = "board:\n  executive: olli-omistaja\n  senior_users: [olli-omistaja]\n"
    start, end = ROSTER.index("board:"), ROSTER.index("meetings:")
    roster = ROSTER[:start] + one + ROSTER[end:]
    assert setup(repo, roster).found(select=["P004"]) == [("P004", 10, 1)]
    two = one.replace("senior_users: [olli-omistaja]", "senior_users: [anna-asiakas]")
    roster = ROSTER[:start] + two + ROSTER[end:]
    assert setup(repo, roster).found(select=["P004"]) == []


def test_p005_board_size_counts_distinct_people(repo: Repo) -> None:
    # 4 distinct people by default: inside 3-6.
    assert found(repo, "P005") == []
    two = ("  suppliers: [erja-ekspertti]\n", "")
    three = ("senior_suppliers: [timo-toimittaja]", "senior_suppliers: [anna-asiakas]")
    assert found(repo, "P005", two, three) == [("P005", 10, 1)]
    many = (
        "suppliers: [erja-ekspertti]",
        "suppliers: [erja-ekspertti, liisa-laine, pekka-puro, paula-pm]",
    )
    assert found(repo, "P005", many) == [("P005", 10, 1)]  # 7 > 6
    repeated = ("suppliers: [erja-ekspertti]", "suppliers: [erja-ekspertti, erja-ekspertti]")
    assert found(repo, "P005", repeated) == []


def test_p006_executive_not_customer(repo: Repo) -> None:
    edit = ("executive: olli-omistaja", "executive: timo-toimittaja")
    assert found(repo, "P006", edit) == [("P006", 11, 14)]
    assert found(repo, "P006") == []
    internal = ("customer: vapaa-aika", "internal: true")
    assert found(repo, "P006", edit, internal) == []


def test_p007_supplier_without_authority(repo: Repo) -> None:
    pm = ("senior_suppliers: [timo-toimittaja]", "senior_suppliers: [liisa-laine]")
    assert found(repo, "P007", pm) == [("P007", 13, 21)]
    expert = ("senior_suppliers: [timo-toimittaja]", "senior_suppliers: [erja-ekspertti]")
    assert found(repo, "P007", expert) == [("P007", 13, 21)]
    both = (
        "senior_suppliers: [timo-toimittaja]",
        "senior_suppliers: [liisa-laine, timo-toimittaja]",
    )
    assert found(repo, "P007", both) == []
    none = ("  senior_suppliers: [timo-toimittaja]\n", "")
    assert found(repo, "P007", none) == []  # that is P003


def test_p007_message_explains_partnership_manager(repo: Repo) -> None:
    setup(repo, ROSTER.replace("[timo-toimittaja]", "[liisa-laine]"))
    (f,) = repo.check("en", select=["P007"]).findings
    assert "Liisa Laine" in f.message
    assert "partnership manager" in f.message
    assert "cannot commit" in f.message


def test_p008_role_conflict(repo: Repo) -> None:
    edit = ("suppliers: [erja-ekspertti]", "suppliers: [erja-ekspertti, anna-asiakas]")
    assert found(repo, "P008", edit) == [("P008", 14, 31)]
    twice = ("senior_suppliers: [timo-toimittaja]", "senior_suppliers: [olli-omistaja]")
    again = ("suppliers: [erja-ekspertti]", "suppliers: [olli-omistaja]")
    assert found(repo, "P008", twice, again) == [("P008", 13, 22)]  # once per person
    assert found(repo, "P008") == []


def test_p009_pm_on_board(repo: Repo) -> None:
    edit = ("suppliers: [erja-ekspertti]", "suppliers: [erja-ekspertti, paula-pm]")
    assert found(repo, "P009", edit) == [("P009", 14, 31)]
    assert found(repo, "P009") == []


def test_p010_partnership_manager_role(repo: Repo) -> None:
    edit = ("partnership_manager_role: customer_support\n", "")
    assert found(repo, "P010", edit) == [("P010", 1, 1)]
    assert found(repo, "P010", edit, ("customer: vapaa-aika", "internal: true")) == []
    none = ("partnership_manager_role: customer_support", "partnership_manager_role: none")
    assert found(repo, "P010", none) == []


def test_p011_guide_not_delivered(repo: Repo) -> None:
    edit = ("  members: 2026-01-20\n", "  customer: 2026-01-10\n")
    assert found(repo, "P011", edit) == [("P011", 19, 3)]
    gone = ("guide_delivered:\n  members: 2026-01-20\n", "")
    assert found(repo, "P011", gone) == [("P011", 1, 1)]
    assert found(repo, "P011", gone, ("status: running", "status: initiation")) == []
    assert found(repo, "P011") == []


def test_p012_overdue_roster(repo: Repo) -> None:
    ended = ("end: 2027-06-30", "end: 2026-11-25")
    # The plan's end differs then too, but only P012 is selected.
    assert found(repo, "P012", ended) == [("P012", 6, 6)]
    assert found(repo, "P012", ended, ("status: running", "status: closed")) == []
    assert found(repo, "P012", ("end: 2027-06-30", "end: 2026-11-26")) == []


def test_p013_plan_mismatch_fields(repo: Repo) -> None:
    assert found(repo, "P013") == []
    edits = (
        ("start: 2026-01-01", "start: 2026-02-01"),
        ("end: 2027-06-30", "end: 2027-12-31"),
        ("budget: 100 000 €", "budget: 120 000 €"),
        ("project_manager: paula-pm", "project_manager: erja-ekspertti"),
    )
    assert found(repo, "P013", *edits) == [
        ("P013", 5, 8),
        ("P013", 6, 6),
        ("P013", 7, 9),
        ("P013", 8, 18),
    ]


def test_p013_missing_from_plan(repo: Repo) -> None:
    setup(repo, ROSTER, LINKED_PLAN.replace("project: kirjasto", "project: muu"))
    repo.write("data/projects/muu.yaml", ROSTER.replace("id: kirjasto", "id: muu"))
    assert repo.found(select=["P013"]) == [("P013", 3, 11)]


def test_p013_value_on_one_side_only_is_no_mismatch(repo: Repo) -> None:
    plan = LINKED_PLAN.replace("    budget: 100000\n", "").replace("    manager: paula-pm\n", "")
    assert setup(repo, ROSTER, plan).found(select=["P013"]) == []


def test_p013_internal_project_is_not_checked(repo: Repo) -> None:
    roster = ROSTER.replace("customer: vapaa-aika", "internal: true")
    assert setup(repo, roster, PLAN).found(select=["P013"]) == []


def test_p014_no_recent_meeting(repo: Repo) -> None:
    # 4 weeks: due within 42 days. 2026-10-15 is 42 days before 2026-11-26.
    assert found(repo, "P014", ("last: 2026-11-05", "last: 2026-10-15")) == []
    assert found(repo, "P014", ("last: 2026-11-05", "last: 2026-10-14")) == [("P014", 17, 9)]
    old = ("last: 2026-11-05", "last: 2026-01-01")
    assert found(repo, "P014", old, ("status: running", "status: closed")) == []
    assert found(repo, "P014", old, ("  interval_weeks: 4\n", "")) == []


@pytest.mark.parametrize("code", sorted(c for c in all_rules() if c.startswith("P")))
def test_roster_rules_skip_unknown_people(repo: Repo, code: str) -> None:
    roster = ROSTER.replace("olli-omistaja", "tuntematon").replace(
        "timo-toimittaja", "tuntematon-2"
    )
    codes = {c for c, _, _ in setup(repo, roster).found(select=[code, "R001"])}
    assert codes == {"R001"}
