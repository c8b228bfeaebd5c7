"""How the Word reader reads what people write (blocks in, plan values and comments out)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from asiakkuus_cli.config import Settings
from asiakkuus_cli.importing.people import Directory
from asiakkuus_cli.importing.word import Prepared, prepare_blocks
from asiakkuus_cli.importing.wordfile import Para, Table
from asiakkuus_cli.models import Person
from asiakkuus_cli.reading.loader import load_repository

from .conftest import DEMO

REPO = load_repository(DEMO, Settings())


def read(
    *blocks: Para | Table, people: list[Person] | None = None
) -> tuple[dict[str, Any], Prepared]:
    directory = Directory(people if people is not None else [e.model for e in REPO.people.values()])
    head = [Para("Asiakkuuksien hoitosuunnitelma: Testi")]
    prepared = prepare_blocks(Path("t.docx"), [*head, *blocks], REPO, directory, Settings(), "en")
    return yaml.safe_load(prepared.text), prepared


def comments(prepared: Prepared) -> list[str]:
    return [
        line.split("# tuonti: ", 1)[1]
        for line in prepared.text.splitlines()
        if "# tuonti: " in line
    ]


def test_header_labels_in_other_words_order_and_longer_forms() -> None:
    values, _ = read(
        Para("MÄÄRÄ JA MUUTOS HENKILÖSTÖN: 74 +2"),
        Para("Henkilöstön määrä ja muutos edelliseen vuoteen: 80"),
        Para("Potentiaaliarvo: 7/10 – kasvaa"),
        Para("Suunnitelma\u00adpäivitetty: 1. 2. 2026"),
        Para("Organisaatiomuoto: Liikelaitos"),
        Para("Segmentti: Hyvinvointi, vapaa-aika ja työterveys"),
        Para("Kumppanuuspäällikkö: Lehtonen, Anna"),
    )
    assert values["headcount"] == {"count": 74, "change": 2}
    assert values["notes"] == "[Header] Henkilöstön määrä ja muutos edelliseen vuoteen: 80"
    assert values["potential"] == {"score": 7, "note": "kasvaa"}
    assert str(values["updated"]) == "2026-02-01"
    assert (values["type"], values["segment"], values["account_manager"]) == (
        "municipal_enterprise",
        1,
        "anna-lehtonen",
    )


def test_values_it_guesses_or_cannot_read_carry_a_comment() -> None:
    values, prepared = read(
        Para("Kriittiset järjestelmät"),
        Table(
            [
                ["Järjestelmä", "Seuraava päivitys", "Ylläpito", "Resurssit IT:stä"],
                ["A", "maaliskuussa", "joku muu", "kaksi"],
            ]
        ),
    )
    assert values["critical_systems"] == [
        {
            "name": "A",
            "next_update": "maaliskuu",
            "maintenance": "joku muu",
            "it_resources": "kaksi",
        }
    ]
    assert comments(prepared)[-3:] == [
        "month read from the text 'maaliskuussa'",
        "maintenance 'joku muu' is neither IT nor external; choose it or external",
        "'kaksi' is not a whole number; correct it",
    ]


def test_a_name_two_people_share_takes_the_first_and_names_the_other() -> None:
    twins = [
        Person(id="anna-a", name="Anna Aalto", organisation="it"),
        Person(id="anna-b", name="Aalto Anna", organisation="it"),
    ]
    values, prepared = read(Para("Kumppanuuspäällikkö: anna aalto"), people=twins)
    assert values["account_manager"] == "anna-a"
    assert (
        "the name 'anna aalto' fits several people; the first was chosen, others: anna-b"
        in comments(prepared)
    )


def test_notes_section_and_unplaced_tables() -> None:
    values, prepared = read(
        Para("Jotain ennen otsikoita"),
        Para("Asiakkaan kehittämishankkeet"),
        Table([["a", "b"], ["c", ""]]),
        Para("Muistiinpanot"),
        Para("Soita maaliskuussa."),
    )
    assert values["notes"] == (
        "[Header] Jotain ennen otsikoita\n[Development projects] a | b\n"
        "[Development projects] c\nSoita maaliskuussa.\n"
    )
    assert prepared.draft is not None
    assert len(prepared.draft.notes) == 4


def test_needs_with_ticks_and_tags() -> None:
    values, _ = read(
        Para("Pienkehitystarpeet"),
        Table(
            [
                ["Tarve havaittu", "Tarve", "Onko budjetoitu", "Sopiiko ympäristöön", "Tunnisteet"],
                ["1.2.2026", "VPN", "x", "E", "vpn; etätyö"],
            ]
        ),
    )
    assert values["needs"] == [
        {
            "need": "VPN",
            "observed": values["needs"][0]["observed"],
            "budgeted": True,
            "fits_environment": False,
            "tags": ["vpn", "etätyö"],
        }
    ]
    assert str(values["needs"][0]["observed"]) == "2026-02-01"


def test_dates_spelled_out() -> None:
    from asiakkuus_cli.importing.text import read_date

    found = [
        read_date(x)
        for x in ("20. maaliskuuta 2015", "20 March 2015", "5 Mar 2020", "31. helmikuuta 2020")
    ]
    assert [str(d) if d else None for d in found] == [
        "2015-03-20",
        "2015-03-20",
        "2020-03-05",
        None,
    ]


def test_text_in_parentheses_beside_a_name_goes_to_notes() -> None:
    values, _ = read(
        Para("Kumppanuuspäällikkö: Anna Lehtonen (sijainen Mikko Virtanen)"),
        Para("Kehittämishankkeet"),
        Table([["Projektin nimi", "Projektipäällikkö"], ["P", "Kaisa Mallinen (0)"]]),
    )
    assert (values["account_manager"], values["projects"][0]["manager"]) == (
        "anna-lehtonen",
        "kaisa-mallinen",
    )
    assert values["notes"] == (
        "[Development projects] Kaisa Mallinen (0)\n[Header] Anna Lehtonen (sijainen Mikko Virtanen)\n"
    )


def test_an_explicit_organisation_type_wins_over_the_segment_cell() -> None:
    values, prepared = read(Para("Segmentti: 2 Toimiala"), Para("Organisaatiomuoto: säätiö"))
    # the segment cell's "Toimiala" disagrees with the explicit type: kept in notes
    assert (values["segment"], values["type"]) == (2, "foundation")
    assert values["notes"] == "[Header] Segmentti: 2 Toimiala"
    assert "organisation type inferred" not in prepared.text
