"""The care calendar: events in a window, and the iCalendar export."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from icalendar import Calendar

from asiakkuus_cli.config import Settings
from asiakkuus_cli.reading.loader import load_repository
from asiakkuus_cli.views import calendar as view

from .conftest import Repo
from .reports_data import TODAY, build, load


def listing(repo: Repo, start: date = TODAY, days: int = 90, **kw: Any) -> list[tuple[str, ...]]:
    return [(e.date.isoformat(), e.kind, e.what, e.customer or "*")
            for e in view.upcoming(load(repo), start, days, **kw)]  # fmt: skip


def test_upcoming_in_window_sorted(repo: Repo) -> None:
    assert listing(repo) == [
        ("2026-12-01", "project_start", "P1", "vapaa-aika"),
        ("2026-12-03", "board_meeting", "Vapaa-ajan hanke", "vapaa-aika"),
        ("2026-12-10", "care", "Budjettitapaaminen", "*"),
        ("2026-12-15", "system_update", "Legacy", "vapaa-aika"),
        ("2026-12-20", "roster_start", "Sisäinen kehitys", "*"),
        # a month of a year: its first working day (1 Jan a holiday, 2-3 Jan a weekend)
        ("2027-01-04", "care", "Tyytyväisyyskysely", "*"),
        ("2027-01-31", "customer_care", "Tilannekatsaus", "vapaa-aika"),
    ]


def test_window_edges_and_yearly_months(repo: Repo) -> None:
    # [from, from + days): a bare month falls on its first working day, 3 May 2027 (1 May
    # is a holiday and a Saturday); the roster linked from P1 gives no roster_start.
    got = listing(repo, date(2027, 5, 3), 1)
    assert got == [
        ("2027-05-03", "care", "Budjettitapaaminen", "*"),
        ("2027-05-03", "system_update", "LogUs", "vapaa-aika"),  # bare month: yearly
    ]
    assert listing(repo, date(2027, 4, 30), 3) == []
    # A bare month recurs: next year too, again on the first working day (1 May 2028 is
    # a Monday and May Day).
    assert ("2028-05-02", "system_update", "LogUs", "vapaa-aika") in listing(
        repo, date(2028, 4, 1), 60
    )


def test_first_working_day_knows_finnish_holidays() -> None:
    got = {(y, m): view.first_working_day(y, m).isoformat()
           for y, m in ((2026, 1), (2026, 4), (2026, 5), (2026, 12), (2024, 4), (2027, 1),
                        (2027, 5), (2008, 5))}  # fmt: skip
    assert got == {
        (2026, 1): "2026-01-02",  # New Year's Day
        (2026, 4): "2026-04-01",
        (2026, 5): "2026-05-04",  # May Day on a Friday
        (2026, 12): "2026-12-01",
        (2024, 4): "2024-04-02",  # Easter Monday
        (2027, 1): "2027-01-04",  # New Year's Day, then a weekend
        (2027, 5): "2027-05-03",
        (2008, 5): "2008-05-02",  # May Day and Ascension Day on the same Thursday
    }


def test_per_customer_expands_the_organisation_calendar(repo: Repo) -> None:
    got = [x for x in listing(repo, per_customer=True) if x[1] == "care"]
    assert [x[3] for x in got if x[2] == "Budjettitapaaminen"] == [
        "satama", "sivistys", "vapaa-aika",
    ]  # fmt: skip


def test_day_past_month_end_falls_on_the_last_day(repo: Repo) -> None:
    build(repo)
    text = (repo.root / "data/customers/vapaa-aika.yaml").read_text(encoding="utf-8")
    repo.write("data/customers/vapaa-aika.yaml", text.replace("month: 1\n", "month: 2\n"))
    got = view.upcoming(load_repository(repo.root, Settings()), date(2027, 2, 1), 28)
    assert [(e.date, e.what) for e in got if e.kind == "customer_care"] == [
        (date(2027, 2, 28), "Tilannekatsaus")
    ]


def test_calendar_cli_json(cli: Any, repo: Repo) -> None:
    build(repo)
    result = cli("--root", str(repo.root), "--today", "2026-11-26", "--lang", "en",
                 "calendar", "--from", "1.12.2026", "--days", "10", "-f", "json")  # fmt: skip
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert (doc["from"], doc["to"], doc["days"]) == ("2026-12-01", "2026-12-10", 10)
    assert [r["date"] for r in doc["rows"]] == ["2026-12-01", "2026-12-03", "2026-12-10"]
    assert doc["rows"][2]["customer"] is None
    assert doc["rows"][2]["yearly"] is True


def test_calendar_table_says_all_customers(cli: Any, repo: Repo) -> None:
    build(repo)
    result = cli(
        "--root", str(repo.root), "--today", "2026-11-26", "--lang", "en", "calendar", "-f", "table"
    )
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "Budjettitapaaminen" in x)
    assert "all customers" in line
    assert "10 Dec 2026" in line


# --- iCalendar -------------------------------------------------------------------------


def export(cli: Any, repo: Repo, out: Path, *extra: str, epoch: str = "1767225600") -> Any:
    return cli("--root", str(repo.root), "--today", "2026-11-26", "--lang", "en",
               "calendar", "--ics", str(out), *extra, env={"SOURCE_DATE_EPOCH": epoch})  # fmt: skip


def events(path: Path) -> list[Any]:
    cal = Calendar.from_ical(path.read_bytes())
    return list(cal.walk("VEVENT"))


def test_ics_parses_with_yearly_rules_and_unique_uids(cli: Any, repo: Repo, tmp_path: Path) -> None:
    build(repo)
    out = tmp_path / "care.ics"
    result = export(cli, repo, out)
    assert result.exit_code == 0, result.output
    evs = events(out)
    uids = [str(e["UID"]) for e in evs]
    assert len(uids) == len(set(uids)) == 10
    yearly = {str(e["SUMMARY"]) for e in evs if "RRULE" in e}
    # Events with a day recur; month-only ones are one event per year on the first
    # working day, which moves from year to year.
    assert yearly == {
        "Budjettitapaaminen – all customers",
        "Tilannekatsaus – Vapaa-aikatoimiala",
    }
    assert sum(1 for e in evs if "RRULE" in e) == 2
    for e in evs:
        if "RRULE" in e:
            assert e["RRULE"]["FREQ"] == ["YEARLY"]
        start = e.decoded("DTSTART")
        assert type(start) is date  # all-day
        assert e.decoded("DTEND") > start
    single = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in evs if "RRULE" not in e}
    assert single["Project starts: P1 – Vapaa-aikatoimiala"] == date(2026, 12, 1)
    assert single["Steering group: Vapaa-ajan hanke – Vapaa-aikatoimiala"] == date(2026, 12, 3)
    assert single["Project starts: Sisäinen kehitys – internal"] == date(2026, 12, 20)
    # Budjettitapaaminen in May (month only) is a task for the month, not on 1 May.
    assert single["Update: LogUs – Vapaa-aikatoimiala"] == date(2027, 5, 3)
    may = next(e for e in evs if e.decoded("DTSTART") == date(2027, 5, 3) and "care" in
               str(e["UID"]))  # fmt: skip
    assert str(may["DESCRIPTION"]).startswith("A task for the month (May 2027)")
    assert "RRULE" not in may
    # The export covers a year: the project that ends next summer is in it.
    assert single["Project ends: P1 – Vapaa-aikatoimiala"] == date(2027, 6, 30)


def test_ics_window_is_a_year_unless_days_is_given(cli: Any, repo: Repo, tmp_path: Path) -> None:
    build(repo)
    out = tmp_path / "care.ics"
    assert export(cli, repo, out, "--days", "90").exit_code == 0
    summaries = {str(e["SUMMARY"]) for e in events(out)}
    assert "Project ends: P1 – Vapaa-aikatoimiala" not in summaries
    assert "Budjettitapaaminen – all customers" in summaries  # yearly: always its next one
    assert export(cli, repo, out, "--days", "800").exit_code == 0
    may = sorted(e.decoded("DTSTART") for e in events(out)
                 if str(e["SUMMARY"]).startswith("Update: LogUs"))  # fmt: skip
    assert may == [date(2027, 5, 3), date(2028, 5, 2)]


def test_ics_is_reproducible_and_uids_stable(cli: Any, repo: Repo, tmp_path: Path) -> None:
    build(repo)
    a, b = tmp_path / "a.ics", tmp_path / "b.ics"
    export(cli, repo, a)
    export(cli, repo, b)
    assert a.read_bytes() == b.read_bytes()
    # A later run (other window, other stamp) keeps the UID of the same event.
    later = tmp_path / "later.ics"
    cli("--root", str(repo.root), "--today", "2027-03-01", "calendar", "--ics", str(later),
        env={"SOURCE_DATE_EPOCH": "1800000000"})  # fmt: skip
    uid_of = {str(e["SUMMARY"]).split(" – ")[0]: str(e["UID"]) for e in events(a)}
    uid_later = {str(e["UID"]) for e in events(later)}
    assert uid_of["Update: LogUs"] in uid_later
    assert uid_of["Budjettitapaaminen"] in uid_later
    stamps = {e.decoded("DTSTAMP") for e in events(a)}
    assert {s.isoformat() for s in stamps} == {"2026-01-01T00:00:00+00:00"}


def test_ics_uid_changes_only_with_identity() -> None:
    one = view.make_uid("system_update", "vapaa-aika", "LogUs")
    assert one == view.make_uid("system_update", "vapaa-aika", "LogUs")
    assert one != view.make_uid("system_update", "sivistys", "LogUs")
    assert one.endswith("@" + view.UID_DOMAIN)


def test_ics_refuses_to_overwrite_other_files(cli: Any, repo: Repo, tmp_path: Path) -> None:
    build(repo)
    precious = tmp_path / "notes.txt"
    precious.write_text("do not lose me", encoding="utf-8")
    result = export(cli, repo, precious)
    assert result.exit_code == 2
    assert precious.read_text(encoding="utf-8") == "do not lose me"
    assert export(cli, repo, tmp_path).exit_code == 2  # a directory
    bad = export(cli, repo, tmp_path / "x.ics", epoch="soon")
    assert bad.exit_code == 2
    assert not (tmp_path / "x.ics").exists()


def test_ics_overwrites_its_own_previous_export(cli: Any, repo: Repo, tmp_path: Path) -> None:
    build(repo)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "care.ics"
    export(cli, repo, out)
    assert export(cli, repo, out, "--days", "10").exit_code == 0
    assert len(events(out)) == 4 + 2  # yearly ones, plus Dec 1 and Dec 3
    assert [p.name for p in out.parent.iterdir()] == ["care.ics"]  # no temporary file left


def test_customer_copy_of_a_common_event_is_listed_once(tmp_path: Path) -> None:
    from .conftest import ORGANISATION

    event = "  - {what: Budjettitapaaminen, who: KP, to_whom: Asiakas, month: joulukuu}\n"
    r = Repo(tmp_path / "dup").base()
    r.write("data/organisation.yaml", ORGANISATION + "calendar:\n" + event)
    plan = (r.root / "data/customers/vapaa-aika.yaml").read_text(encoding="utf-8")
    r.write(
        "data/customers/vapaa-aika.yaml",
        plan + "calendar:\n" + event.replace("Budjetti", "budjetti"),
    )
    repo = load_repository(r.root, Settings())
    events = view.upcoming(repo, date(2026, 11, 26), 60)
    assert [e.kind for e in events if "udjettitapaaminen" in e.what] == ["care"]
