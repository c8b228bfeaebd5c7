"""Issue 12 items 6 and 8 (years, money) and issue 13 "Messages": findings as
(code, line, column), messages in words a person can act on, in both languages."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from asiakkuus_cli.i18n import catalogue
from asiakkuus_cli.models.values import parse_money, slug_suggestion
from asiakkuus_cli.reading.yamlio import YamlProblem, compose, compose_events
from asiakkuus_cli.rules import all_rules

from .conftest import ORGANISATION, PEOPLE, PLAN, Repo
from .fuzzing import invoke

PLAN_FILE = "data/customers/vapaa-aika.yaml"


# --- money ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "variant"),
    [
        ("280.000", "money_ambiguous"),
        ("280.000 €", "money_ambiguous"),
        ("'280,000 €'", "money_ambiguous"),
        ("-1,500", "money_ambiguous"),
        ("280000.123", "money_decimals"),
        ("12345678901.123456", "money_decimals"),
        ("'1 280,000 €'", "money_decimals"),
        ("0.125", "money_decimals"),
        ("1.5000", "money_decimals"),
    ],
)
def test_money_with_three_or_more_decimals_is_an_error(
    repo: Repo, typed: str, variant: str
) -> None:
    repo.base().write(PLAN_FILE, PLAN + f"charges:\n  annual: {typed}\n")
    (finding,) = repo.check().findings
    assert (finding.code, finding.line, finding.column) == ("S002", 9, 11)
    assert finding.hint
    if variant == "money_ambiguous":
        digits = re.sub(r"[^0-9]", "", typed)
        assert f"{int(digits[:-3]):,}".replace(",", " ") + "," + digits[-3:-1] in finding.message
        assert f"{int(digits):,}".replace(",", " ") + " €" in finding.message
        assert "280 000 €" in finding.hint or "1 500 €" in finding.hint
    else:
        assert "two decimals" in finding.message


def test_ambiguous_money_in_finnish_shows_both_readings(repo: Repo) -> None:
    repo.base().write(PLAN_FILE, PLAN + "charges:\n  annual: 280.000\n")
    (finding,) = repo.check(lang="fi").findings
    assert finding.message == (
        "Rahasumma '280.000' on monitulkintainen (kenttä 'annual'): "
        "se voi tarkoittaa 280 000 € tai 280,00 €."
    )


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("999999999999999.99", "999999999999999.99"),
        ("12345678901.12", "12345678901.12"),
        ("280.00", "280.00"),
        ("2.8e5", "2.8E+5"),
        ("'280 000,50 €'", "280000.50"),
    ],
)
def test_money_is_read_exactly_and_fmt_keeps_it(repo: Repo, typed: str, amount: str) -> None:
    """No binary float on any path: validate, then fmt (the round-trip editor)."""
    repo.base().write(PLAN_FILE, PLAN + f"charges:\n  annual: {typed}\n")
    assert repo.found() == []
    result = invoke(repo.root, "en", "fmt")
    assert result.exit_code == 0, result.output
    text = (repo.root / PLAN_FILE).read_text(encoding="utf-8")
    annual = text.split("annual: ", 1)[1].split("\n", 1)[0]
    assert parse_money(annual) == Decimal(amount)
    assert repo.found() == []


def test_fmt_keeps_a_float_that_is_not_money_as_typed(repo: Repo) -> None:
    repo.base().write(PLAN_FILE, PLAN + "notes: 999999999999999.99\n")
    result = invoke(repo.root, "en", "fmt")
    assert result.exit_code == 0, result.output
    assert "notes: 999999999999999.99\n" in (repo.root / PLAN_FILE).read_text(encoding="utf-8")


def test_a_bare_binary_float_is_not_money() -> None:
    with pytest.raises(ValueError, match="money_format"):
        parse_money(280.0)


# --- years ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "pos"),
    [
        ("calendar:\n  - {what: x, who: y, to_whom: z, month: 0000-05}\n", (9, 42)),
        ("critical_systems:\n  - name: X\n    next_update: 0000-12\n", (10, 18)),
        ("critical_systems:\n  - name: X\n    next_update: 1.1.3000\n", (10, 18)),
        ("needs:\n  - need: X\n    observed: 31.12.1899\n", (10, 15)),
        ("projects:\n  - name: X\n    end: '0001-01-01'\n", (10, 10)),
    ],
)
def test_years_outside_1900_2999_are_errors(repo: Repo, extra: str, pos: tuple[int, int]) -> None:
    repo.base().write(PLAN_FILE, PLAN + extra)
    (finding,) = repo.check().findings
    assert (finding.code, finding.line, finding.column) == ("S002", *pos)
    assert "1900" in finding.message
    assert finding.hint


@pytest.mark.parametrize(
    "command", [("calendar",), ("report", "managers"), ("plan", "show", "vapaa-aika")]
)
def test_the_edge_years_work_in_every_command(repo: Repo, command: tuple[str, ...]) -> None:
    repo.base().write(
        PLAN_FILE,
        PLAN.replace("2026-11-01", "1.1.1900")
        + "calendar:\n  - {what: x, who: y, to_whom: z, month: 2999-12}\n"
        + "critical_systems:\n  - name: X\n    next_update: 2999-12-31\n",
    )
    assert [c for c, _, _ in repo.found()] == ["C001"]  # a plan not updated since 1900
    result = invoke(repo.root, "fi", *command)
    assert result.exit_code in (0, 1), result.output


# --- dates, missing fields, ids ---------------------------------------------------------------


def test_impossible_day_says_how_many_days_the_month_has(repo: Repo) -> None:
    repo.base().write(PLAN_FILE, PLAN.replace("2026-11-01", "31.2.2026"))
    (fi,) = repo.check(lang="fi").findings
    assert (fi.code, fi.line, fi.column) == ("S002", 5, 10)
    assert "helmikuussa 2026 on vain 28 päivää" in fi.message
    assert fi.hint == "Tarkista päivä; kuukauden viimeinen päivä on 28.2.2026."
    (en,) = repo.check(lang="en").findings
    assert "February 2026 has only 28 days" in en.message


def test_missing_field_has_a_hint(repo: Repo) -> None:
    repo.base().write(PLAN_FILE, PLAN.replace("updated: 2026-11-01\n", ""))
    (finding,) = repo.check(lang="fi").findings
    assert finding.hint is not None
    assert "updated: ARVO" in finding.hint


def test_id_with_finnish_letters_suggests_the_plain_id(repo: Repo) -> None:
    repo.base().write(PLAN_FILE, PLAN.replace("liisa-laine", "jussi-mäkinen"))
    (finding,) = repo.check(lang="fi").findings
    assert (finding.code, finding.line, finding.column) == ("S002", 6, 18)
    assert finding.hint == "Kirjoita 'jussi-makinen'."
    assert slug_suggestion("Jussi Mäkinen") == "jussi-makinen"
    assert slug_suggestion("Åke Öhman_2") == "ake-ohman-2"
    assert slug_suggestion("???") is None


def test_r001_suggests_the_closest_person(repo: Repo) -> None:
    repo.base().write(PLAN_FILE, PLAN.replace("liisa-laine", "liisa-lane"))
    (finding,) = repo.check(lang="fi").findings
    assert (finding.code, finding.line, finding.column) == ("R001", 6, 18)
    assert "tarkoititko 'liisa-laine'" in finding.message
    assert finding.hint is not None
    assert "liisa-laine" in finding.hint


def test_r001_without_a_close_person_has_the_plain_message(repo: Repo) -> None:
    repo.base().write(PLAN_FILE, PLAN.replace("liisa-laine", "zzz-qqq"))
    (finding,) = repo.check().findings
    assert finding.message == "The person 'zzz-qqq' is not defined in data/people.yaml."


# --- no waves: references of what did load are checked next to the S errors -------------------


def test_plan_with_a_schema_error_still_has_its_references_checked(repo: Repo) -> None:
    repo.base().write(
        PLAN_FILE,
        PLAN.replace("2026-11-01", "31.2.2026")
        .replace("account_manager: liisa-laine", "account_manager: liisa-lane")
        .replace("segment: 1", "segment: 7")
        + "projects:\n  - name: X\n    project: puuttuu\n    manager: nobody\n    budget: 1.000\n",
    )
    assert repo.found() == [
        ("R003", 4, 10),
        ("S002", 5, 10),
        ("R001", 6, 18),
        ("R004", 10, 14),
        ("R001", 11, 14),
        ("S002", 12, 13),
    ]


def test_roster_with_a_schema_error_still_has_its_references_checked(repo: Repo) -> None:
    repo.base().write(
        "data/projects/portaali.yaml",
        "id: portaali\nname: P\ncustomer: ei-ole\nstatus: käynnissä\n"
        "project_manager: paula-pm\nboard:\n  executive: olli-omistaja\n"
        "  senior_users: [anna-asiakas, tuntematon]\ncommunication:\n  customer_side: kuka\n",
    )
    assert repo.found(select=["S", "R"]) == [
        ("R002", 3, 11),
        ("S002", 4, 9),
        ("R001", 8, 32),
        ("R001", 10, 18),
    ]


def test_person_with_a_schema_error_still_has_references_checked(repo: Repo) -> None:
    repo.base().write(
        "data/people.yaml",
        PEOPLE.replace("    deputy: pekka-puro\n", "    deputy: pekka-puuro\n    title: [x]\n"),
    )
    assert repo.found(select=["S", "R"]) == [("R001", 6, 13), ("S002", 7, 12)]


def test_segments_of_an_organisation_with_a_schema_error_are_still_checked(repo: Repo) -> None:
    repo.base().write(
        "data/organisation.yaml",
        ORGANISATION + "calendar:\n  - {what: x, who: y, to_whom: z, month: 13}\n",
    )
    repo.write(PLAN_FILE, PLAN.replace("segment: 1", "segment: 9"))
    assert repo.found() == [("R003", 4, 10), ("S002", 8, 42)]


def test_an_invalid_reference_value_is_its_s002_only(repo: Repo) -> None:
    repo.base().write(
        PLAN_FILE,
        PLAN.replace("2026-11-01", "31.2.2026").replace("liisa-laine", "Liisa Laine"),
    )
    assert repo.found() == [("S002", 5, 10), ("S002", 6, 18)]


# --- YAML syntax in words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "variant", "pos"),
    [
        ("name: X\nnote: Huom: tärkeä\n", "colon_in_text", (2, 11)),
        ("- name: X\n  note: Huom: tärkeä asia\n", "colon_in_text", (2, 13)),
        ("name: X\n  type: y\n", "colon", (2, 7)),
        ("name: X\n\tnote: y\n", "tab", (2, 1)),
        ("a: 1\n\tb: 2\n", "tab", (2, 1)),
        ('name: "X\ntype: y\n', "unclosed_quote", (1, 7)),
        ("a: [1, 2\nb: 3\n", "unclosed_list", (2, 2)),
        ("a: {x: 1\nb: 3\n", "unclosed_map", (2, 2)),
        ("a: @x\n", "bad_start", (1, 4)),
        ("a: 1\n- b\n", "expected_key", (2, 1)),
        ("a: 'x' y\n", "expected_key", (1, 8)),
        ('a: "\\q"\n', "escape", (1, 5)),
        ("a: 1\nb\nc: 2\n", "missing_colon", (3, 1)),
        ("a:\n  - 1\n  b: 2\n", "expected_dash", (3, 3)),
        ("a: ]\n", "expected_value", (1, 4)),
        ("a: 1\n...\nb: 2\n", "after_end", (3, 1)),
        ("a: |x\n  y\n", "expected_break", (1, 5)),
        ("%YAML 2.0\n---\na: 1\n", "directive", (1, 1)),
        ("a: b\x01\n", "control", (1, 5)),
        ("a: 1\rb: 2\u2028c: \x02\n", "control", (3, 4)),
        ("a: ääkköset\nb: ö\x03\n", "control", (2, 5)),
    ],
)
def test_syntax_problems_are_named_in_words(text: str, variant: str, pos: tuple[int, int]) -> None:
    for func in (compose, compose_events):
        with pytest.raises(YamlProblem) as info:
            func(text, 32)
        assert (info.value.code, info.value.variant, info.value.pos) == ("S001", variant, pos)


def test_colon_in_free_text_names_the_field_and_the_fix(repo: Repo) -> None:
    repo.base().write(PLAN_FILE, PLAN + "notes: Huom: asiakas haluaa lisää\n")
    (fi,) = repo.check(lang="fi").findings
    assert (fi.code, fi.line, fi.column) == ("S001", 8, 12)
    assert "'notes'" in fi.message
    assert fi.hint == 'Lainaa koko teksti lainausmerkeillä, esimerkiksi notes: "Huom: tärkeä asia".'
    assert "mapping values" not in fi.message


_LIBYAML_WORDS = re.compile(r"\b(found|expected|scanning|parsing|allowed|context)\b")


@pytest.mark.parametrize("key", sorted(k for k in catalogue() if k.startswith("rule.S001.")))
def test_finnish_s001_texts_carry_no_english(key: str) -> None:
    assert not _LIBYAML_WORDS.search(catalogue()[key][0])
    assert "{detail}" not in catalogue()[key][0]


# --- every finding says how to fix it -----------------------------------------------------------


def test_every_rule_message_has_a_hint_in_both_languages() -> None:
    texts = catalogue()
    keys = [k for k in texts if k.startswith("rule.") and not k.endswith(".hint")]
    codes = {k.split(".")[1] for k in keys}
    assert set(all_rules()) <= codes
    missing = [k for k in keys if k + ".hint" not in texts]
    assert missing == []
    for key in keys:
        fi, en = texts[key + ".hint"]
        assert fi.strip(), key
        assert en.strip(), key
        assert fi != en, key


def test_meeting_record_with_a_schema_error_still_has_its_references_checked(
    repo: Repo,
) -> None:
    repo.base().write(PLAN_FILE, PLAN)
    repo.write(
        "data/meetings/vapaa-aika/2026-11-16.yaml",
        "date: 2026-11-16\ncustomer: vapaa-aika\nkind: tapaaminen\n"
        "participants: [liisa-laine, liisa-lane, {name: Vieras}]\n"
        "actions:\n  - what: X\n    owner: nobody\n    due: 31.2.2026\n"
        "project: puuttuu\n",
    )
    assert repo.found(select=["S", "R"]) == [
        ("S002", 3, 7),
        ("R001", 4, 29),
        ("R001", 7, 12),
        ("S002", 8, 10),
        ("R004", 9, 10),
    ]


def test_sources_with_a_schema_error_still_have_their_customers_checked(repo: Repo) -> None:
    repo.base().write(PLAN_FILE, PLAN)
    repo.write(
        "data/sources.yaml",
        "sources:\n  - id: crm\n    name: CRM\n    customers: [vapaa-aika, ei-ole]\n"
        "  - id: sap\n    name: SAP\n    customers: all\n    tuntematon: 1\n",
    )
    assert repo.found(select=["S", "R"]) == [("R002", 4, 29), ("S002", 8, 5)]
