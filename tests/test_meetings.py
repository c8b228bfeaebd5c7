"""Meeting records and sources: loading, references and the M rules as (code, line, column)."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

from .conftest import ORGANISATION, PLAN, Repo

COVERED = {f"M00{n}" for n in range(1, 7)}

CALENDAR = """\
calendar:
  - what: IT-messut
    who: IT-palvelut
    to_whom: asiakkaat
    month: 3
  - what: Budjettipalaveri
    who: kumppanuuspäällikkö
    to_whom: asiakas
    month: toukokuu
"""

MEETING = """\
date: 2026-03-12
customer: vapaa-aika
kind: care_event
event: IT-messut
participants:
  - liisa-laine
  - anna-asiakas
  - {name: Ville Vieras, organisation: Vapaa-aikatoimiala}
topics: [Kertakirjautuminen]
decisions: [Selvitetään SSO]
actions:
  - what: Lähetä tarjous
    owner: liisa-laine
    due: 2026-04-30
"""

ROSTER = """\
id: kirjasto
name: Kirjastojärjestelmä
customer: vapaa-aika
status: running
project_manager: paula-pm
board:
  executive: olli-omistaja
  senior_users: [anna-asiakas]
  senior_suppliers: [timo-toimittaja]
meetings:
  interval_weeks: 4
  last: 2026-11-05
"""

STEERING = """\
date: 2026-11-19
project: kirjasto
kind: steering_group
participants: [olli-omistaja, anna-asiakas, timo-toimittaja]
"""

SOURCES = """\
sources:
  - id: sap
    name: SAP
    holds: [laskutus]
    owner: timo-toimittaja
    access: Raportti SAP BW:stä
    refreshed: kuukausittain
    customers: all
  - id: saabe
    name: Saabe
    holds: [sovellukset]
    owner: timo-toimittaja
    customers: [vapaa-aika]
"""


def setup(repo: Repo, *files: tuple[str, str], calendar: bool = True) -> Repo:
    shutil.rmtree(repo.root / "data" / "meetings", ignore_errors=True)
    repo.base()
    if calendar:
        repo.write("data/organisation.yaml", ORGANISATION + CALENDAR)
    for rel, text in files:
        repo.write(rel, text)
    return repo


def found(repo: Repo, code: str, today: date = date(2026, 11, 26)) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in repo.check(today=today, select=[code]).findings]


REC = "data/meetings/vapaa-aika/2026-03-12-messut.yaml"
MAY = "data/meetings/vapaa-aika/2026-05-20.yaml"
MAY_TEXT = MEETING.replace("2026-03-12", "2026-05-20").replace(
    "event: IT-messut", "event: budjettipalaveri"
)


def test_clean_records_load_and_pass(repo: Repo) -> None:
    done = MAY_TEXT.replace("due: 2026-04-30", "due: 2026-04-30\n    done: 2026-04-28")
    setup(repo, (REC, MEETING), (MAY, done), ("data/sources.yaml", SOURCES))
    assert repo.found(today=date(2026, 6, 15)) == []


def test_schema_errors_point_at_the_value(repo: Repo) -> None:
    bad = (
        MEETING.replace("kind: care_event", "kind: palaveri")
        .replace("  - anna-asiakas", "  - Anna Asiakas")
        .replace("due: 2026-04-30", "due: 2026-04-30\n    done: ehkä")
        .replace("Ville Vieras,", "Ville Vieras, org: x,")
    )
    setup(repo, (REC, bad))
    assert [(c, ln, col) for c, ln, col in repo.found() if c == "S002"] == [
        ("S002", 3, 7),
        ("S002", 7, 5),
        ("S002", 8, 26),
        ("S002", 15, 11),
    ]


def test_customer_or_project_not_both(repo: Repo) -> None:
    setup(repo, (REC, MEETING.replace("customer: vapaa-aika\n", "")))
    result = repo.check()
    assert [(f.code, f.line, f.column) for f in result.findings] == [("S002", 1, 1)]
    assert "either a customer or a project" in result.findings[0].message


def test_references_are_r_rules(repo: Repo) -> None:
    text = (
        MEETING.replace("  - anna-asiakas", "  - anna-asiakass")
        .replace("owner: liisa-laine", "owner: nobody")
        .replace("customer: vapaa-aika", "customer: vapaaaika")
    )
    setup(repo, ("data/meetings/vapaaaika/2026-03-12.yaml", text))
    assert found(repo, "R") == [("R002", 2, 11), ("R001", 7, 5), ("R001", 13, 12)]
    setup(repo, ("data/meetings/kirjasto/2026-11-19.yaml", STEERING))
    assert ("R004", 2, 10) in found(repo, "R004")


def test_m001_missed_event_only_once_meetings_are_recorded(repo: Repo) -> None:
    setup(repo)
    assert found(repo, "M001") == []  # no records yet: no noise
    setup(repo, (REC, MEETING))
    # March fulfilled by event; May (organisation's) missed: reported at the plan's id
    assert found(repo, "M001") == [("M001", 1, 5)]
    # before June the May event's month has not passed
    assert found(repo, "M001", date(2026, 5, 31)) == []


def test_m001_by_kind_and_month_and_own_events(repo: Repo) -> None:
    plan = PLAN + "calendar:\n  - {what: Tietoturvakatsaus, who: IT, to_whom: asiakas, month: 9}\n"
    may = MEETING.replace("2026-03-12", "2026-05-07").replace("event: IT-messut\n", "")
    may = may.replace("kind: care_event", "kind: budget_meeting")
    setup(
        repo,
        ("data/customers/vapaa-aika.yaml", plan),
        (REC, MEETING),
        ("data/meetings/vapaa-aika/2026-05-07.yaml", may),
    )
    assert found(repo, "M001") == [("M001", 9, 12)]


def test_m001_months_before_the_first_record_are_not_checked(repo: Repo) -> None:
    late = MEETING.replace("2026-03-12", "2026-06-02").replace("event: IT-messut\n", "")
    setup(repo, ("data/meetings/vapaa-aika/2026-06-02.yaml", late))
    assert found(repo, "M001") == []


def test_m002_overdue_action_names_owner_once_carried_over(repo: Repo) -> None:
    setup(repo, (REC, MEETING))
    result = repo.check(select=["M002"])
    assert [(f.code, f.line, f.column) for f in result.findings] == [("M002", 14, 10)]
    assert "Liisa Laine" in result.findings[0].message
    assert result.findings[0].severity == "warning"
    # carried over into the May record: reported there only
    setup(repo, (REC, MEETING), (MAY, MAY_TEXT))
    assert [(f.path, f.line) for f in repo.check(select=["M002"]).findings] == [(MAY, 14)]
    # done in the newest record: nothing
    done = MAY_TEXT.replace("due: 2026-04-30", "due: 2026-04-30\n    done: kyllä")
    setup(repo, (REC, MEETING), (MAY, done))
    assert found(repo, "M002") == []
    assert found(repo, "M002", date(2026, 4, 30)) == []


def test_m003_board_meeting_later_than_roster(repo: Repo) -> None:
    steer = ("data/meetings/kirjasto/2026-11-19.yaml", STEERING)
    setup(repo, ("data/projects/kirjasto.yaml", ROSTER), steer)
    result = repo.check(select=["M003"])
    assert [(f.code, f.line, f.column) for f in result.findings] == [("M003", 12, 9)]
    assert result.findings[0].hint == "Write meetings.last: 2026-11-19 in the roster."
    assert found(repo, "M003", date(2026, 11, 18)) == []  # a record of the future: not yet
    fixed = ROSTER.replace("last: 2026-11-05", "last: 2026-11-19")
    setup(repo, ("data/projects/kirjasto.yaml", fixed), steer)
    assert found(repo, "M003") == []
    no_last = ROSTER.replace("  last: 2026-11-05\n", "")
    setup(repo, ("data/projects/kirjasto.yaml", no_last), steer)
    assert found(repo, "M003") == [("M003", 11, 3)]  # the meetings block


def test_m004_name_folder_and_fields(repo: Repo) -> None:
    setup(repo, ("data/meetings/vapaa-aika/2026-03-13.yaml", MEETING))
    assert found(repo, "M004") == [("M004", 1, 7)]
    setup(repo, ("data/meetings/vapaa-aika/maaliskuu.yaml", MEETING))
    assert found(repo, "M004") == [("M004", 1, 1)]
    setup(repo, ("data/meetings/kirjasto/2026-03-12.yaml", MEETING))
    assert found(repo, "M004") == [("M004", 2, 11)]
    setup(repo, ("data/meetings/2026-03-12.yaml", MEETING))
    assert found(repo, "M004") == [("M004", 1, 1)]


def test_m005_source_owner(repo: Repo) -> None:
    text = SOURCES.replace("    owner: timo-toimittaja\n    access", "    access").replace(
        "owner: timo-toimittaja\n    customers: [vapaa-aika]", "owner: lahtenyt\n    customers: all"
    )
    setup(repo, ("data/sources.yaml", text))
    assert found(repo, "M005") == [("M005", 2, 9), ("M005", 11, 12)]


def test_m006_unknown_source_and_r002_of_sources(repo: Repo) -> None:
    plan = PLAN + "sources:\n  charges: sapp\n  needs: saabe\n  budjetti: sap\n"
    setup(
        repo,
        ("data/customers/vapaa-aika.yaml", plan),
        ("data/sources.yaml", SOURCES.replace("[vapaa-aika]", "[vapaa-aika, muu]")),
    )
    assert found(repo, "M006") == [("M006", 9, 12), ("M006", 11, 3)]
    assert found(repo, "R002") == [("R002", 13, 29)]


def test_suppression_and_severity_apply(repo: Repo) -> None:
    text = MEETING.replace("    due: 2026-04-30", "    due: 2026-04-30  # asiakkuus: ignore[M002]")
    setup(repo, (REC, text))
    assert found(repo, "M002") == []


def test_m001_an_event_twice_a_year_is_fulfilled_by_the_nearest_record(repo: Repo) -> None:
    twice = CALENDAR + (
        "  - {what: Budjettiarvot, who: IT, to_whom: asiakas, month: 4}\n"
        "  - {what: Budjettiarvot, who: IT, to_whom: asiakas, month: 11}\n"
    )
    april = MEETING.replace("2026-03-12", "2026-04-20").replace("IT-messut", "budjettiarvot")
    setup(repo, (REC, MEETING), ("data/meetings/vapaa-aika/2026-04-20.yaml", april))
    repo.write("data/organisation.yaml", ORGANISATION + twice)
    result = repo.check(today=date(2026, 12, 15), select=["M001"])
    assert [f.message for f in result.findings] == [
        "No meeting is recorded for the care event 'Budjettipalaveri' (May) of Vapaa-aikatoimiala.",
        "No meeting is recorded for the care event 'Budjettiarvot' (November) of "
        "Vapaa-aikatoimiala.",
    ]


def test_meeting_files_take_the_safe_reading_paths(repo: Repo, tmp_path: Path) -> None:
    setup(repo)
    outside = tmp_path / "outside.yaml"
    outside.write_text(MEETING, encoding="utf-8")
    folder = repo.root / "data/meetings/vapaa-aika"
    folder.mkdir(parents=True)
    os.symlink(outside, folder / "2026-03-12.yaml")
    repo.write("data/meetings/vapaa-aika/2026-04-01.yaml", "a: &x 1\nb: *x\n")
    repo.write("data/sources.yaml", "sources: !!python/object:os.system []\n")
    assert [(f.path.rsplit("/", 1)[-1], f.code) for f in repo.check().findings] == [
        ("2026-03-12.yaml", "S006"),
        ("2026-04-01.yaml", "S006"),
        ("sources.yaml", "S006"),
    ]


def test_meeting_and_sources_files_are_data_files_of_a_revision() -> None:
    from asiakkuus_cli.git.gitio import is_data_file

    assert [
        is_data_file(p)
        for p in (
            REC,
            "data/meetings/2026-03-12.yaml",
            "data/sources.yaml",
            "data/meetings/a/b/c.yaml",
        )
    ] == [True, True, True, False]
