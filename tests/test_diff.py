"""The comparison of two repositories, without git: models in, changes out."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from asiakkuus_cli.config import Settings
from asiakkuus_cli.git.diff import DataDiff, compare
from asiakkuus_cli.reading.loader import load_files
from asiakkuus_cli.render.diff import md_cell, render_json, render_md, render_text
from asiakkuus_cli.repository import Repository

from .conftest import ORGANISATION, PEOPLE, PLAN, swap

PLAN_FILE = "data/customers/vapaa-aika.yaml"
ROSTER = """\
id: portaali
name: Asiakasportaali
customer: vapaa-aika
status: running
project_manager: paula-pm
board:
  executive: olli-omistaja
  senior_users: [anna-asiakas]
  senior_suppliers: [timo-toimittaja]
"""
PROJECTS = """\
projects:
  - name: Asiakasportaali
    budget: 100 000 €
    manager: olli-omistaja
  - name: Varausjärjestelmä
    budget: 20000
"""


def load(files: dict[str, str]) -> Repository:
    texts = {"data/organisation.yaml": ORGANISATION, "data/people.yaml": PEOPLE, **files}
    data = {rel: textwrap.dedent(text).encode("utf-8") for rel, text in texts.items()}
    return load_files(Path("/nowhere"), data, Settings())


def diff_of(before: dict[str, str], after: dict[str, str], lang: str = "en") -> DataDiff:
    return compare(load(before), load(after), lang)


def rows(d: DataDiff, lang: str = "en") -> list[tuple[str, str, str, str]]:
    """(entity id, field, before text, after text) of every change."""
    doc = json.loads(render_json(d, lang, {}, {}))
    return [
        (e["id"], c["field"], c["before_text"], c["after_text"])
        for e in doc["entities"]
        for c in e["changes"]
    ]


def statuses(d: DataDiff) -> list[tuple[str, str, str]]:
    return [(e.kind, e.id, e.status) for e in d.entities]


def test_same_data_no_changes() -> None:
    d = diff_of({PLAN_FILE: PLAN}, {PLAN_FILE: PLAN})
    assert d.entities == []
    assert d.problems == []
    assert "No changes." in render_text(d, "en", "HEAD", "working tree")


def test_formatting_only_changes_show_nothing() -> None:
    before = PLAN + "charges:\n  annual: 280 000 €\n  change: +24 000€\n"
    after = (
        "# a comment\nname: Vapaa-aikatoimiala\nid: vapaa-aika\ntype: division\nsegment: '1'\n"
        "updated: 1.11.2026\naccount_manager: liisa-laine\ncustomer_contact: anna-asiakas\n"
        "charges: {change: 24000, annual: 280000.00}\n"
    )
    assert diff_of({PLAN_FILE: before}, {PLAN_FILE: after}).entities == []


def test_changed_fields_by_path_with_formatted_values() -> None:
    before = PLAN + "charges:\n  annual: 280 000 €\n"
    after = PLAN.replace("2026-11-01", "2026-11-26") + "charges:\n  annual: 300 000 €\n"
    d = diff_of({PLAN_FILE: before}, {PLAN_FILE: after}, "fi")
    assert statuses(d) == [("customer", "vapaa-aika", "changed")]
    assert rows(d, "fi") == [
        ("vapaa-aika", "updated", "1.11.2026", "26.11.2026"),
        ("vapaa-aika", "charges.annual", "280\xa0000 €", "300\xa0000 €"),
    ]
    assert rows(d, "en")[1][2:] == ("€280,000", "€300,000")


def test_list_items_matched_by_name_not_index() -> None:
    inserted = PROJECTS.replace(
        "projects:\n", "projects:\n  - name: Uusi hanke\n    budget: 5000\n"
    ).replace("budget: 20000", "budget: 25000")
    d = diff_of({PLAN_FILE: PLAN + PROJECTS}, {PLAN_FILE: PLAN + inserted})
    assert rows(d) == [
        ("vapaa-aika", "projects[Uusi hanke].name", "—", "Uusi hanke"),
        ("vapaa-aika", "projects[Uusi hanke].budget", "—", "€5,000"),
        ("vapaa-aika", "projects[Varausjärjestelmä].budget", "€20,000", "€25,000"),
    ]


def test_removed_item_and_people_shown_by_name() -> None:
    after = PROJECTS.replace("manager: olli-omistaja", "manager: anna-asiakas")
    after = after[: after.index("  - name: Varaus")]
    d = diff_of({PLAN_FILE: PLAN + PROJECTS}, {PLAN_FILE: PLAN + after})
    assert rows(d) == [
        ("vapaa-aika", "projects[Asiakasportaali].manager", "Olli Omistaja", "Anna Asiakas"),
        ("vapaa-aika", "projects[Varausjärjestelmä].name", "Varausjärjestelmä", "—"),
        ("vapaa-aika", "projects[Varausjärjestelmä].budget", "€20,000", "—"),
    ]
    assert [c.kind for c in d.entities[0].changes] == ["changed", "removed", "removed"]


def test_people_added_removed_changed_and_newer_names_used() -> None:
    people = PEOPLE.replace("name: Anna Asiakas", "name: Anna Uusinimi").replace(
        "  - id: erja-ekspertti\n    name: Erja Ekspertti\n    organisation: it\n"
        "    roles: [expert]\n",
        "  - id: ville-uusi\n    name: Ville Uusi\n    organisation: it\n    roles: [expert]\n",
    )
    before = {PLAN_FILE: PLAN}
    after = {
        PLAN_FILE: PLAN.replace("account_manager: liisa-laine", "account_manager: pekka-puro"),
        "data/people.yaml": people,
    }
    d = diff_of(before, after)
    assert statuses(d) == [
        ("person", "anna-asiakas", "changed"),
        ("person", "erja-ekspertti", "removed"),
        ("person", "ville-uusi", "added"),
        ("customer", "vapaa-aika", "changed"),
    ]
    assert ("anna-asiakas", "name", "Anna Asiakas", "Anna Uusinimi") in rows(d)
    assert ("ville-uusi", "roles", "—", "expert") in rows(d)
    assert ("vapaa-aika", "account_manager", "Liisa Laine", "Pekka Puro") in rows(d)


def test_roster_board_member_change_and_added_removed_projects() -> None:
    changed = ROSTER.replace(
        "senior_suppliers: [timo-toimittaja]", "senior_suppliers: [erja-ekspertti]"
    )
    new_roster = ROSTER.replace("id: portaali", "id: uusi").replace("Asiakasportaali", "Uusi")
    before = {
        PLAN_FILE: PLAN,
        "data/projects/portaali.yaml": ROSTER,
        "data/projects/vanha.yaml": ROSTER.replace("id: portaali", "id: vanha"),
    }
    after = {
        PLAN_FILE: PLAN,
        "data/projects/portaali.yaml": changed,
        "data/projects/uusi.yaml": new_roster,
    }
    d = diff_of(before, after)
    assert statuses(d) == [
        ("project", "portaali", "changed"),
        ("project", "uusi", "added"),
        ("project", "vanha", "removed"),
    ]
    assert rows(d) == [("portaali", "board.senior_suppliers", "Timo Toimittaja", "Erja Ekspertti")]


def test_renamed_file_with_same_id_is_renamed() -> None:
    moved = PLAN.replace("customer_contact: anna-asiakas", "customer_contact: olli-omistaja")
    d = diff_of({PLAN_FILE: PLAN}, {"data/customers/vapaa.yaml": moved})
    assert statuses(d) == [("customer", "vapaa-aika", "renamed")]
    e = d.entities[0]
    assert (e.old_file, e.file) == (PLAN_FILE, "data/customers/vapaa.yaml")
    assert rows(d) == [("vapaa-aika", "customer_contact", "Anna Asiakas", "Olli Omistaja")]


def test_broken_file_reported_not_removed() -> None:
    broken = PLAN + "charges: [unclosed\n"
    d = diff_of({PLAN_FILE: PLAN}, {PLAN_FILE: broken})
    assert statuses(d) == [("customer", "vapaa-aika", "unreadable")]
    assert d.entities[0].side == "after"
    assert [(p.side, p.file, p.code) for p in d.problems] == [("after", PLAN_FILE, "S001")]
    assert "does not load after the change" in render_text(d, "en", "a", "b")
    # Broken on both sides with the same text: nothing to review.
    assert diff_of({PLAN_FILE: broken}, {PLAN_FILE: broken}).entities == []
    # A schema error on one side: still reported as unreadable, with the message.
    bad = PLAN.replace("type: division", "type: dept")
    d = diff_of({PLAN_FILE: bad}, {PLAN_FILE: PLAN})
    assert [(e.status, e.side) for e in d.entities] == [("unreadable", "before")]
    assert (d.problems[0].code, d.problems[0].line) == ("S002", 3)


def test_broken_people_file_does_not_remove_everyone() -> None:
    d = diff_of({PLAN_FILE: PLAN}, {PLAN_FILE: PLAN, "data/people.yaml": "people: [\n"})
    assert statuses(d) == [("people", "people", "unreadable")]


def test_calendar_event_moved_month_is_a_change() -> None:
    """Matched by `what` when what+month finds no pair; named by its key after the change."""
    cal = "calendar:\n  - what: Budjettitapaaminen\n    who: KP\n    to_whom: A\n    month: {m}\n"
    d = diff_of(
        {PLAN_FILE: PLAN + cal.format(m="toukokuu")}, {PLAN_FILE: PLAN + cal.format(m=6)}, "fi"
    )
    assert rows(d, "fi") == [
        ("vapaa-aika", "calendar[Budjettitapaaminen, 6].month", "toukokuu", "kesäkuu")
    ]


def test_needs_by_text_and_agreements_item_by_item() -> None:
    before = PLAN + (
        "needs:\n  - need: Mobiilitulostus\n    observed: 2026-01-15\n"
        "agreements:\n  - Kuukausipalaveri\n  - Vanha sopimus\n"
    )
    after = PLAN + (
        "needs:\n  - need: Langaton verkko\n    observed: 1.2.2026\n"
        "  - need: Mobiilitulostus\n    observed: 2026-01-15\n    budgeted: kyllä\n"
        "agreements:\n  - Kuukausipalaveri\n  - Uusi sopimus\n"
    )
    assert rows(diff_of({PLAN_FILE: before}, {PLAN_FILE: after}, "fi"), "fi") == [
        ("vapaa-aika", "needs[Langaton verkko].need", "—", "Langaton verkko"),
        ("vapaa-aika", "needs[Langaton verkko].observed", "—", "1.2.2026"),
        ("vapaa-aika", "needs[Mobiilitulostus].budgeted", "—", "kyllä"),
        ("vapaa-aika", "agreements", "Vanha sopimus", "—"),
        ("vapaa-aika", "agreements", "—", "Uusi sopimus"),
    ]


def test_choices_segments_and_duplicate_names() -> None:
    after = PLAN.replace("type: division", "type: company").replace("segment: 1", "segment: 2")
    dup = "projects:\n  - name: A\n    budget: 1\n  - name: A\n    budget: 2\n"
    d = diff_of(
        {PLAN_FILE: PLAN + dup}, {PLAN_FILE: after + dup.replace("budget: 2", "budget: 3")}, "fi"
    )
    assert rows(d, "fi") == [
        ("vapaa-aika", "type", "toimiala", "osakeyhtiö"),
        ("vapaa-aika", "segment", "Hyvinvointi", "Sivistys"),
        ("vapaa-aika", "projects[A #2].budget", "2 €", "3 €"),
    ]


def test_markdown_escapes_cells_and_has_tables() -> None:
    after = PLAN + "notes: |\n  rivi | yksi\n  <script>x</script> **b**\n"
    md = render_md(
        diff_of({PLAN_FILE: PLAN}, {PLAN_FILE: after}, "en"), "en", "HEAD", "working tree"
    )
    assert "### Customer: Vapaa-aikatoimiala (vapaa-aika) — changed" in md
    assert "| Field | Before | After |" in md
    row = next(line for line in md.splitlines() if line.startswith("| `notes`"))
    assert row == "| `notes` | — | rivi \\| yksi<br>\\<script\\>x\\</script\\> \\*\\*b\\*\\* |"
    assert row.count(" | ") == 2
    assert md_cell("a\r\nb") == "a<br>b"


def test_json_keys_are_stable() -> None:
    after = PLAN + "charges:\n  annual: 1500,50\n"
    d = diff_of({PLAN_FILE: PLAN}, {PLAN_FILE: after})
    sides = ({"rev": "HEAD", "commit": "abc"}, {"rev": None, "commit": None})
    doc = json.loads(render_json(d, "en", *sides))
    assert set(doc) == {"version", "before", "after", "summary", "entities", "problems"}
    assert doc["summary"]["customer"] == {
        "added": 0,
        "removed": 0,
        "changed": 1,
        "renamed": 0,
        "unreadable": 0,
    }
    (entity,) = doc["entities"]
    assert set(entity) == {"kind", "id", "name", "status", "file", "old_file", "side", "changes"}
    assert entity["changes"] == [
        {
            "field": "charges.annual",
            "path": ["charges", "annual"],
            "change": "added",
            "before": None,
            "after": "1500.50",
            "before_text": "—",
            "after_text": "€1,500.50",
        }
    ]


def test_problem_lines_after_a_line_separator_are_an_editor_s() -> None:
    """issue 12 item 7: diff's problem positions agree with validate's (lines.py)."""
    broken = PLAN.replace("name: Vapaa-aikatoimiala", 'name: "Vapaa\u2028aika"') + "tuntematon: 1\n"
    d = diff_of({PLAN_FILE: PLAN}, {PLAN_FILE: broken})
    assert [(p.side, p.code, p.line, p.column) for p in d.problems] == [("after", "S002", 8, 1)]


MEETING_FILE = "data/meetings/vapaa-aika/2026-11-16.yaml"
MEETING = """\
date: 2026-11-16
customer: vapaa-aika
kind: care_event
participants: [liisa-laine, anna-asiakas]
topics: [Budjetti 2027]
decisions: []
actions:
  - what: Toimita budjettiarvot
    owner: liisa-laine
    due: 2026-12-10
"""
SOURCES = """\
sources:
  - id: crm
    name: Asiakasrekisteri
    holds: [yhteystiedot]
    owner: liisa-laine
"""


def test_meeting_record_changes_field_by_field() -> None:
    after = (
        swap(MEETING, "kind: care_event", "kind: customer_meeting")
        .replace("anna-asiakas]", "{name: Ville Vieras, organisation: Kunta}]")
        .replace("decisions: []", "decisions: [Budjetti hyväksytään]")
        .replace("    due: 2026-12-10\n", "    due: 2026-12-12\n    done: 2026-12-01\n")
    )
    before = {PLAN_FILE: PLAN, MEETING_FILE: MEETING}
    d = diff_of(before, {PLAN_FILE: PLAN, MEETING_FILE: after}, "fi")
    assert statuses(d) == [("meeting", "vapaa-aika/2026-11-16", "changed")]
    assert d.entities[0].name == "Vapaa-aikatoimiala"
    assert rows(d, "fi") == [
        ("vapaa-aika/2026-11-16", "kind", "Vuosikellon tapahtuma", "Asiakastapaaminen"),
        ("vapaa-aika/2026-11-16", "participants", "Anna Asiakas", "—"),
        ("vapaa-aika/2026-11-16", "participants", "—", "Ville Vieras (Kunta)"),
        ("vapaa-aika/2026-11-16", "decisions", "—", "Budjetti hyväksytään"),
        ("vapaa-aika/2026-11-16", "actions[Toimita budjettiarvot].due", "10.12.2026", "12.12.2026"),
        ("vapaa-aika/2026-11-16", "actions[Toimita budjettiarvot].done", "—", "1.12.2026"),
    ]
    assert "muistiot: 1 muutettu" in render_text(d, "fi", "HEAD", "työhakemisto")


def test_meeting_records_added_removed_renamed_and_unreadable() -> None:
    other = "data/meetings/vapaa-aika/2026-10-01.yaml"
    renamed = "data/meetings/vapaa-aika/2026-11-16-budjetti.yaml"
    october = swap(MEETING, "date: 2026-11-16", "date: 2026-10-01")
    before = {PLAN_FILE: PLAN, MEETING_FILE: MEETING, other: october}
    after = {PLAN_FILE: PLAN, renamed: MEETING, "data/meetings/vapaa-aika/2026-12-01.yaml": ":"}
    d = diff_of(before, after)
    assert statuses(d) == [
        ("meeting", "vapaa-aika/2026-10-01", "removed"),
        ("meeting", "vapaa-aika/2026-11-16-budjetti", "renamed"),
        ("meeting", "vapaa-aika/2026-12-01", "unreadable"),
    ]
    assert d.entities[1].old_file == MEETING_FILE
    assert d.entities[1].changes == []
    doc = json.loads(render_json(d, "en", {}, {}))
    assert doc["summary"]["meeting"] == {
        "added": 0,
        "removed": 1,
        "changed": 0,
        "renamed": 1,
        "unreadable": 1,
    }
    added = diff_of({PLAN_FILE: PLAN}, {PLAN_FILE: PLAN, MEETING_FILE: MEETING})
    assert statuses(added) == [("meeting", "vapaa-aika/2026-11-16", "added")]


def test_sources_changes_by_source_id() -> None:
    after = swap(SOURCES, "owner: liisa-laine", "owner: pekka-puro") + (
        "  - id: sap\n    name: SAP\n"
    )
    d = diff_of({"data/sources.yaml": SOURCES}, {"data/sources.yaml": after})
    assert statuses(d) == [("sources", "sources", "changed")]
    assert rows(d) == [
        ("sources", "sources[crm].owner", "Liisa Laine", "Pekka Puro"),
        ("sources", "sources[sap].id", "—", "sap"),
        ("sources", "sources[sap].name", "—", "SAP"),
    ]
    assert "Data sources: data/sources.yaml — changed" in render_text(d, "en", "a", "b")
