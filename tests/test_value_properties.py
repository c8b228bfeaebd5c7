"""Any value that validate accepts is usable by every command (issue 12, item 6).

A typed value (date, month, month-or-date, money, whole number) is put at every
typed place of a plan or a roster, in the forms people type and at the edges
(year 0, 1899, 2999, 9999; ten-digit cents; numbers of a hundred digits). When
validate reports no S002 for it, every read command and `fmt` must work on it:
exit 0 or 1, never 3, and `fmt` never refuses its own output.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from .conftest import ORGANISATION, PEOPLE
from .fuzzing import (
    COMMANDS,
    LANGS,
    Raw,
    assert_no_crash,
    examples,
    invoke,
    run_read,
    to_yaml,
    validate_json,
    write,
)

_YEAR = st.one_of(
    st.sampled_from([0, 1, 999, 1899, 1900, 1970, 2026, 2999, 3000, 9999]),
    st.integers(0, 9999),
)
_MONTH_NUMBER = st.integers(0, 13)
_DAY = st.integers(0, 32)


@st.composite
def _date_text(draw: st.DrawFn) -> Raw:
    y, m, d = draw(_YEAR), draw(_MONTH_NUMBER), draw(_DAY)
    return Raw(draw(st.sampled_from([f"{y:04d}-{m:02d}-{d:02d}", f"{d}.{m}.{y:04d}"])))


@st.composite
def _month_text(draw: st.DrawFn) -> Raw:
    y, m = draw(_YEAR), draw(_MONTH_NUMBER)
    return Raw(
        draw(st.sampled_from([f"{y:04d}-{m:02d}", str(m), "toukokuu", "December", "helmikuu"]))
    )


_DIGITS = st.integers(0, 10**20)
_MONEY = st.one_of(
    st.builds(lambda n: Raw(str(n)), _DIGITS),
    st.builds(lambda n, c: Raw(f"{n}.{c:02d}"), _DIGITS, st.integers(0, 99)),
    st.builds(lambda n, c: Raw(f"-{n}.{c:03d}"), st.integers(0, 999), st.integers(0, 999)),
    st.builds(lambda n, e: Raw(f"{n}e{e}"), st.integers(0, 999), st.integers(-4, 20)),
    st.builds(lambda n: Raw(f"'{n:,} €'".replace(",", " ")), _DIGITS),
    st.sampled_from(
        [
            Raw("999999999999999.99"),
            Raw("-999999999999999.99"),
            Raw("12345678901.123456"),
            Raw("0.01"),
            Raw("'+24 000€'"),
            Raw("'-1 500,50'"),
        ]
    ),
)
_NUMBER = st.one_of(
    st.integers(-(10**6), 10**6),
    st.builds(lambda k: 10**k, st.integers(0, 120)),
    st.builds(lambda k: -(10**k), st.integers(0, 40)),
    st.sampled_from([2**31, 2**63, 10**18 - 1]),
)

KINDS: dict[str, Any] = {
    "date": _date_text(),
    "month": _month_text(),
    "month_or_date": st.one_of(_date_text(), _month_text()),
    "money": _MONEY,
    "number": _NUMBER,
}

#: (file, path to the value, kind) for every typed place of a plan and a roster.
PLACES: list[tuple[str, tuple[Any, ...], str]] = [
    ("plan", ("updated",), "date"),
    ("plan", ("charges", "annual"), "money"),
    ("plan", ("charges", "change"), "money"),
    ("plan", ("headcount", "count"), "number"),
    ("plan", ("headcount", "change"), "number"),
    ("plan", ("potential", "score"), "number"),
    ("plan", ("projects", 0, "start"), "date"),
    ("plan", ("projects", 0, "end"), "date"),
    ("plan", ("projects", 0, "budget"), "money"),
    ("plan", ("projects", 0, "priority"), "number"),
    ("plan", ("critical_systems", 0, "updates_per_year"), "number"),
    ("plan", ("critical_systems", 0, "next_update"), "month_or_date"),
    ("plan", ("critical_systems", 0, "it_resources"), "number"),
    ("plan", ("calendar", 0, "month"), "month"),
    ("plan", ("calendar", 0, "day"), "number"),
    ("plan", ("needs", 0, "observed"), "date"),
    ("project", ("start",), "date"),
    ("project", ("end",), "date"),
    ("project", ("budget",), "money"),
    ("project", ("meetings", "interval_weeks"), "number"),
    ("project", ("meetings", "duration_minutes"), "number"),
    ("project", ("meetings", "last"), "date"),
    ("project", ("meetings", "next"), "date"),
    ("project", ("guide_delivered", "customer"), "date"),
    ("project", ("guide_delivered", "first_meeting"), "date"),
]


def _plan() -> dict[str, Any]:
    return {
        "id": "vapaa-aika",
        "name": "Vapaa-aikatoimiala",
        "type": "division",
        "segment": 1,
        "updated": Raw("2026-11-01"),
        "account_manager": "liisa-laine",
        "customer_contact": "anna-asiakas",
        "charges": {"annual": Raw("280000"), "change": Raw("'+24 000 €'")},
        "headcount": {"count": 120, "change": -3},
        "potential": {"score": 7},
        "projects": [
            {
                "name": "Portaali",
                "project": "portaali",
                "start": Raw("2026-01-01"),
                "end": Raw("2027-06-30"),
                "budget": Raw("50000"),
                "priority": 1,
            }
        ],
        "critical_systems": [
            {
                "name": "Kassa",
                "updates_per_year": 2,
                "next_update": Raw("2027-01"),
                "it_resources": 1,
            }
        ],
        "calendar": [
            {"what": "Budjetti", "who": "liisa-laine", "to_whom": "johto", "month": 5, "day": 15}
        ],
        "needs": [{"need": "SSO", "observed": Raw("13.3.2026")}],
    }


def _project() -> dict[str, Any]:
    return {
        "id": "portaali",
        "name": "Asiakasportaali",
        "customer": "vapaa-aika",
        "status": "running",
        "start": Raw("2026-01-01"),
        "end": Raw("2027-06-30"),
        "budget": Raw("50000"),
        "project_manager": "paula-pm",
        "board": {"executive": "olli-omistaja", "senior_suppliers": ["timo-toimittaja"]},
        "meetings": {
            "interval_weeks": 4,
            "duration_minutes": 60,
            "last": Raw("2026-10-01"),
            "next": Raw("2026-12-01"),
        },
        "guide_delivered": {"customer": Raw("2026-02-01"), "first_meeting": Raw("2026-02-15")},
    }


_FILES = {"plan": "data/customers/vapaa-aika.yaml", "project": "data/projects/portaali.yaml"}


@st.composite
def _placed(draw: st.DrawFn) -> tuple[str, tuple[Any, ...], Any]:
    kind_file, at, kind = draw(st.sampled_from(PLACES))
    return kind_file, at, draw(KINDS[kind])


@examples(500)
@given(_placed(), LANGS, st.one_of(COMMANDS, st.just("fmt")))
def test_a_value_validate_accepts_works_in_every_command(
    placed: tuple[str, tuple[Any, ...], Any], lang: str, command: str
) -> None:
    which, at, value = placed
    docs = {"plan": _plan(), "project": _project()}
    holder: Any = docs[which]
    for step in at[:-1]:
        holder = holder[step]
    holder[at[-1]] = value
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write(
            root,
            {
                "data/organisation.yaml": ORGANISATION,
                "data/people.yaml": PEOPLE,
                **{_FILES[k]: to_yaml(doc) for k, doc in docs.items()},
            },
        )
        report = validate_json(root, lang)
        if any(f["code"].startswith("S") for f in report["findings"]):
            return  # refused: the finding is the answer (tests/test_properties.py)
        if command == "fmt":
            result = invoke(root, lang, "fmt")
            assert_no_crash(result, ["fmt"], allowed=(0,))
            assert validate_json(root, lang)["findings"] == report["findings"]
        else:
            run_read(root, lang, command)
