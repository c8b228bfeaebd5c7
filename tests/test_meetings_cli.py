"""`meeting new|list|render`, `report actions`, `sources`, and the loop in the calendar,
the iCalendar export and the care plan: through the CLI runner and exit codes."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pypdf
import pytest
from icalendar import Calendar

from .conftest import DEMO, ORGANISATION, Repo
from .test_meetings import CALENDAR, MEETING, REC, ROSTER, SOURCES, STEERING

TODAY = ["--today", "2026-11-26", "--lang", "en"]


def setup(repo: Repo) -> Repo:
    repo.base()
    repo.write("data/organisation.yaml", ORGANISATION + CALENDAR)
    repo.write(REC, MEETING)
    repo.write("data/projects/kirjasto.yaml", ROSTER)
    repo.write("data/meetings/kirjasto/2026-11-19.yaml", STEERING)
    repo.write("data/sources.yaml", SOURCES)
    return repo


def run(cli: Any, repo: Repo, *args: str) -> Any:
    return cli("--root", str(repo.root), *TODAY, *args)


def test_meeting_new_customer_fills_participants_and_carries_actions(cli: Any, repo: Repo) -> None:
    setup(repo)
    r = run(cli, repo, "meeting", "new", "vapaa-aika", "--event", "budjettipalaveri",
            "--date", "20.5.2026")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "2 participants, 1 open actions carried over" in r.output
    path = repo.root / "data/meetings/vapaa-aika/2026-05-20.yaml"
    assert path.read_text(encoding="utf-8") == (
        "date: 2026-05-20\ncustomer: vapaa-aika\nkind: care_event\nevent: Budjettipalaveri\n"
        "participants:\n  - liisa-laine\n  - anna-asiakas\ntopics: []\ndecisions: []\n"
        "actions:\n  - what: Lähetä tarjous\n    owner: liisa-laine\n    due: 2026-04-30\n"
    )
    # the carried action is reported once, in the new record
    found = [(f.path, f.code) for f in repo.check(select=["M002", "S", "R"]).findings]
    assert found == [("data/meetings/vapaa-aika/2026-05-20.yaml", "M002")]


def test_meeting_new_never_overwrites(cli: Any, repo: Repo) -> None:
    setup(repo)
    before = (repo.root / REC).read_bytes()
    r = run(cli, repo, "meeting", "new", "vapaa-aika", "--date", "2026-03-12", "--slug", "messut")
    assert r.exit_code == 2
    assert "exists already" in r.output
    assert (repo.root / REC).read_bytes() == before
    r = run(cli, repo, "meeting", "new", "vapaa-aika", "--date", "2026-03-12")
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in (repo.root / "data/meetings/vapaa-aika").iterdir()) == [
        "2026-03-12-messut.yaml",
        "2026-03-12.yaml",
    ]


def test_meeting_new_project_gets_the_board(cli: Any, repo: Repo) -> None:
    setup(repo)
    r = run(cli, repo, "meeting", "new", "kirjasto", "--date", "2026-12-17")
    assert r.exit_code == 0, r.output
    text = (repo.root / "data/meetings/kirjasto/2026-12-17.yaml").read_text(encoding="utf-8")
    assert "project: kirjasto\nkind: steering_group\n" in text
    assert "  - olli-omistaja\n  - anna-asiakas\n  - timo-toimittaja\n  - paula-pm\n" in text


def test_meeting_new_usage_errors(cli: Any, repo: Repo) -> None:
    setup(repo)
    cases = {
        ("vapaa-aik",): "Did you mean: vapaa-aika",
        ("vapaa-aika", "--kind", "kahvit"): "care_event, budget_meeting",
        ("vapaa-aika", "--event", "Joulujuhla"): "IT-messut, Budjettipalaveri",
        ("vapaa-aika", "--date", "31.2.2026"): "31.2.2026",
        ("vapaa-aika", "--slug", "Iso Kokous"): "Iso Kokous",
    }
    for args, text in cases.items():
        r = run(cli, repo, "meeting", "new", *args)
        assert r.exit_code == 2, args
        assert text in r.output, (args, r.output)
        assert "Traceback" not in r.output
    assert sorted(p.name for p in (repo.root / "data/meetings/vapaa-aika").iterdir()) == [
        "2026-03-12-messut.yaml"
    ]


def test_meeting_new_refuses_a_folder_linked_out(cli: Any, repo: Repo, tmp_path: Path) -> None:
    setup(repo)
    outside = tmp_path / "outside"
    outside.mkdir()
    os.symlink(outside, repo.root / "data/meetings/satama")
    repo.write("data/customers/satama.yaml", (repo.root / "data/customers/vapaa-aika.yaml")
               .read_text(encoding="utf-8").replace("id: vapaa-aika", "id: satama"))  # fmt: skip
    r = run(cli, repo, "meeting", "new", "satama")
    assert r.exit_code == 2
    assert list(outside.iterdir()) == []


def test_meeting_render_refuses_an_out_folder_linked_out(
    cli: Any, repo: Repo, tmp_path: Path
) -> None:
    setup(repo)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    os.symlink(outside, repo.root / "out")
    r = run(cli, repo, "meeting", "render", "vapaa-aika", "2026-03-12")
    assert r.exit_code == 2
    assert "symbolic link" in r.output
    assert list(outside.iterdir()) == []


def test_meeting_list_formats(cli: Any, repo: Repo) -> None:
    setup(repo)
    doc = json.loads(run(cli, repo, "meeting", "list", "-f", "json").output)
    assert [(r["date"], r["subject"], r["kind"], r["open_actions"]) for r in doc["rows"]] == [
        ("2026-11-19", "kirjasto", "steering_group", 0),
        ("2026-03-12", "vapaa-aika", "care_event", 1),
    ]
    csv = run(cli, repo, "meeting", "list", "kirjasto", "-f", "csv").output
    assert csv.splitlines()[1].startswith('"2026-11-19","kirjasto","Kirjastojärjestelmä",')
    assert run(cli, repo, "meeting", "list", "satama").exit_code == 2


def test_meeting_render_languages_and_places(cli: Any, repo: Repo) -> None:
    setup(repo)
    r = run(cli, repo, "meeting", "render", "vapaa-aika", "2026-03-12", "--out", "-")
    assert r.exit_code == 0, r.output
    md = r.output
    assert md.startswith("IT-palvelut · **Internal use only**\n\n# Minutes: Vapaa-aikatoimiala")
    for text in ("## Participants", "- Anna Asiakas (Vapaa-aikatoimiala)",
                 "- Ville Vieras (Vapaa-aikatoimiala)", "## Decisions", "1. Selvitetään SSO",
                 "| Lähetä tarjous | Liisa Laine | 30 Apr 2026 | overdue |"):  # fmt: skip
        assert text in md, text
    fi = cli("--root", str(repo.root), "--today", "2026-11-26", "--lang", "fi",
             "meeting", "render", "vapaa-aika", "2026-03-12-messut", "-o", "-").output  # fmt: skip
    assert "# Muistio: Vapaa-aikatoimiala 12.3.2026" in fi
    assert "| Lähetä tarjous | Liisa Laine | 30.4.2026 | myöhässä |" in fi
    # by default into out/meetings/<id>/
    r = run(cli, repo, "meeting", "render", "vapaa-aika", "2026-03-12", "-f", "pdf")
    assert r.exit_code == 0, r.output
    pdf = repo.root / "out/meetings/vapaa-aika/2026-03-12-messut.pdf"
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Minutes" in text
    assert "Lähetä tarjous" in text
    assert "Internal use only".upper() in text
    r = run(cli, repo, "meeting", "render", "vapaa-aika", "2026-03-12", "-f", "html", "-o", "-")
    assert "<h1>Minutes: Vapaa-aikatoimiala 12 Mar 2026</h1>" in r.output


def test_meeting_render_errors(cli: Any, repo: Repo) -> None:
    setup(repo)
    r = run(cli, repo, "meeting", "render", "vapaa-aika", "2026-03-13")
    assert r.exit_code == 2
    assert "Records: 2026-03-12-messut." in r.output
    assert run(cli, repo, "meeting", "render", "vapaa-aik", "2026-03-12").exit_code == 2
    assert (
        run(cli, repo, "meeting", "render", "vapaa-aika", "2026-03-12", "-f", "doc").exit_code == 2
    )
    repo.write(REC, MEETING.replace("kind: care_event", "kind: kahvit"))
    r = run(cli, repo, "meeting", "render", "vapaa-aika", "2026-03-12")
    assert r.exit_code == 1
    assert "S002" in r.output


def test_report_actions_every_format(cli: Any, repo: Repo) -> None:
    setup(repo)
    repo.write(
        "data/meetings/kirjasto/2026-11-19.yaml",
        STEERING + "actions:\n  - {what: Hyväksy vaihesuunnitelma, owner: olli-omistaja}\n"
        "  - {what: Tilaa palvelin, owner: timo-toimittaja, due: 2026-12-31, done: ei}\n",
    )
    doc = json.loads(run(cli, repo, "report", "actions", "-f", "json").output)
    assert doc["report"] == "actions"
    assert [(r["owner"], r["due"], r["overdue"], r["subject"]) for r in doc["rows"]] == [
        ("liisa-laine", "2026-04-30", True, "vapaa-aika"),
        ("olli-omistaja", None, False, "kirjasto"),
        ("timo-toimittaja", "2026-12-31", False, "kirjasto"),
    ]
    csv = run(cli, repo, "report", "actions", "-f", "csv").output.splitlines()
    assert csv[0] == ",".join(
        f'"{k}"'
        for k in [
            "owner",
            "owner_name",
            "due",
            "overdue",
            "what",
            "subject",
            "subject_name",
            "meeting",
            "file",
        ]
    )
    md = run(cli, repo, "report", "actions", "-f", "md").output
    assert "| Liisa Laine | 30 Apr 2026 | yes | Lähetä tarjous | Vapaa-aikatoimiala |" in md
    table = run(cli, repo, "report", "actions", "-f", "table").output
    assert "Open actions" in table
    assert "Timo Toimittaja" in table


def test_sources_command(cli: Any, repo: Repo) -> None:
    setup(repo)
    doc = json.loads(run(cli, repo, "sources", "vapaa-aika", "-f", "json").output)
    assert [(r["id"], r["owner_name"]) for r in doc["rows"]] == [
        ("sap", "Timo Toimittaja"),
        ("saabe", "Timo Toimittaja"),
    ]
    repo.write("data/customers/satama.yaml", (repo.root / "data/customers/vapaa-aika.yaml")
               .read_text(encoding="utf-8").replace("id: vapaa-aika", "id: satama"))  # fmt: skip
    doc = json.loads(run(cli, repo, "sources", "satama", "-f", "json").output)
    assert [r["id"] for r in doc["rows"]] == ["sap"]
    r = run(cli, repo, "sources", "satma")
    assert r.exit_code == 2
    assert "satama" in r.output
    (repo.root / "data/sources.yaml").unlink()
    r = run(cli, repo, "sources", "-f", "md")
    assert r.exit_code == 0
    assert "There is no data/sources.yaml" in r.output


def test_calendar_and_ics_mark_events_done(cli: Any, repo: Repo, tmp_path: Path) -> None:
    setup(repo)
    doc = json.loads(run(cli, repo, "calendar", "--from", "2026-03-01", "--days", "92",
                         "--per-customer", "-f", "json").output)  # fmt: skip
    care = [(r["date"], r["what"], r["done"]) for r in doc["rows"] if r["kind"] == "care"]
    assert care == [
        ("2026-03-02", "IT-messut", "2026-03-12"),
        ("2026-05-04", "Budjettipalaveri", None),
    ]
    ics = tmp_path / "c.ics"
    r = run(cli, repo, "calendar", "--from", "2026-02-01", "--days", "30", "--per-customer",
            "--ics", str(ics))  # fmt: skip
    assert r.exit_code == 0, r.output
    cal = Calendar.from_ical(ics.read_bytes())
    messut = [c for c in cal.walk("VEVENT") if "IT-messut" in str(c["summary"])]
    # A month-only event is one event per year (its first working day moves), so the
    # year whose meeting is recorded is itself the confirmed event.
    assert [
        (str(c["summary"]), "RECURRENCE-ID" in c, str(c.get("status", ""))) for c in messut
    ] == [("✓ IT-messut – Vapaa-aikatoimiala", False, "CONFIRMED")]
    assert "Meeting held on 12 Mar 2026." in str(messut[0]["description"])


def test_plan_document_shows_meetings_and_open_actions(
    cli: Any, repo: Repo, tmp_path: Path
) -> None:
    setup(repo)
    r = run(cli, repo, "plan", "render", "vapaa-aika", "-o", str(tmp_path / "p.md"))
    assert r.exit_code == 0, r.output
    md = (tmp_path / "p.md").read_text(encoding="utf-8")
    assert "## Meetings and actions" in md
    assert "| 12 Mar 2026 | Care event | IT-messut | Selvitetään SSO |" in md
    assert "| Lähetä tarjous | Liisa Laine | 30 Apr 2026 | overdue |" in md


def test_demo_shows_the_loop(cli: Any) -> None:
    args = ["--root", str(DEMO), *TODAY]
    r = cli(*args, "validate", "--select", "M", "--format", "json")
    assert r.exit_code == 0
    codes = sorted(f["code"] for f in json.loads(r.output)["findings"])
    assert codes == ["M001", "M001", "M002", "M003"]
    rows = json.loads(cli(*args, "report", "actions", "-f", "json").output)["rows"]
    assert any(r["overdue"] for r in rows)
    rows = json.loads(cli(*args, "sources", "-f", "json").output)["rows"]
    assert [r["name"] for r in rows] == ["SAP", "SharePoint", "Saabe", "SCCM"]


def test_meeting_render_writes_like_plan_render(
    cli: Any, repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The minutes go through the documents' writer: the path is shown as plan render
    shows it, relative to the current folder."""
    setup(repo)
    monkeypatch.chdir(repo.root)
    r = run(cli, repo, "meeting", "render", "vapaa-aika", "2026-03-12")
    assert (r.exit_code, r.output.strip().split()[-1]) == (
        0,
        "out/meetings/vapaa-aika/2026-03-12-messut.md",
    ), r.output
