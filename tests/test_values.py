"""Every accepted form of the typed values of SPEC 2.1, and the impossible ones."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic_core import PydanticCustomError

from asiakkuus_cli.models.values import (
    Month,
    parse_bool,
    parse_date,
    parse_money,
    parse_month,
    parse_month_or_date,
    parse_segment_id,
    parse_slug,
)


def kind_of(func: object, value: object) -> str:
    with pytest.raises(PydanticCustomError) as info:
        func(value)  # type: ignore[operator]
    return info.value.type


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-01-15", date(2026, 1, 15)),
        ("15.1.2026", date(2026, 1, 15)),
        ("15.01.2026", date(2026, 1, 15)),
        (" 1.1.2015 ", date(2015, 1, 1)),
        (date(2026, 1, 15), date(2026, 1, 15)),
    ],
)
def test_dates(raw: object, expected: date) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["1.13.2026", "2026-13-01", "0.1.2026"])
def test_impossible_dates(raw: str) -> None:
    assert kind_of(parse_date, raw) == "date_impossible"


@pytest.mark.parametrize("raw", ["31.2.2026", "2026-02-30", "29.2.2025", "31.4.2026"])
def test_impossible_days_of_a_month(raw: str) -> None:
    assert kind_of(parse_date, raw) == "date_impossible_day"


@pytest.mark.parametrize("raw", ["0000-05-01", "1.1.1899", "1.1.3000", date(1, 1, 1), "9999-12-31"])
def test_years_outside_1900_2999(raw: object) -> None:
    assert kind_of(parse_date, raw) == "year_range"


@pytest.mark.parametrize("raw", ["0000-05", "1899-12", "3000-01"])
def test_months_of_years_outside_1900_2999(raw: str) -> None:
    assert kind_of(parse_month, raw) == "year_range"
    assert kind_of(parse_month_or_date, raw) == "year_range"


@pytest.mark.parametrize("raw", ["tomorrow", "15/1/2026", "2026.1.15", 20260115, True, ""])
def test_not_dates(raw: object) -> None:
    assert kind_of(parse_date, raw) == "date_format"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (5, Month(5)),
        ("5", Month(5)),
        ("2026-05", Month(5, 2026)),
        ("toukokuu", Month(5)),
        ("Toukokuu", Month(5)),
        ("May", Month(5)),
        ("DECEMBER", Month(12)),
        ("joulukuu", Month(12)),
        ("syyskuu", Month(9)),
    ],
)
def test_months(raw: object, expected: Month) -> None:
    assert parse_month(raw) == expected


@pytest.mark.parametrize("raw", [13, 0, -1, "2026-13", "13"])
def test_month_out_of_range(raw: object) -> None:
    assert kind_of(parse_month, raw) == "month_range"


@pytest.mark.parametrize("raw", ["toukokuuta", "Mai", True, "5.2026"])
def test_not_months(raw: object) -> None:
    assert kind_of(parse_month, raw) == "month_format"


def test_month_or_date() -> None:
    assert parse_month_or_date("15.5.2026") == date(2026, 5, 15)
    assert parse_month_or_date("toukokuu") == Month(5)
    assert parse_month_or_date("2027-05") == Month(5, 2027)
    assert kind_of(parse_month_or_date, "someday") == "month_or_date_format"
    assert kind_of(parse_month_or_date, 13) == "month_range"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (280000, Decimal(280000)),
        (Decimal("1500.5"), Decimal("1500.5")),
        ("280 000 €", Decimal(280000)),
        ("280 000€", Decimal(280000)),
        ("+24 000€", Decimal(24000)),
        ("-1 500,50", Decimal("-1500.50")),
        ("1500.50 EUR", Decimal("1500.50")),
        ("10000€", Decimal(10000)),
        ("150000", Decimal(150000)),
        ("1\u00a0250\u00a0000 €", Decimal(1250000)),
        ("−3 000 €", Decimal(-3000)),
    ],
)
def test_money(raw: object, expected: Decimal) -> None:
    assert parse_money(raw) == expected


@pytest.mark.parametrize("raw", ["lots", "28 00 €", "1,500,000", "€", True, "1 500 000,5,5"])
def test_not_money(raw: object) -> None:
    assert kind_of(parse_money, raw) == "money_format"


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_money_round_trips_finnish_text(amount: Decimal) -> None:
    sign = "-" if amount < 0 else ""
    whole, _, cents = f"{abs(amount):.2f}".partition(".")
    groups = f"{int(whole):,}".replace(",", " ")
    assert parse_money(f"{sign}{groups},{cents} €") == amount


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (True, True),
        (False, False),
        ("kyllä", True),
        ("KYLLÄ", True),
        ("ei", False),
        ("EI", False),
        ("yes", True),
        ("No", False),
    ],
)
def test_booleans(raw: object, expected: bool) -> None:
    assert parse_bool(raw) is expected


@pytest.mark.parametrize("raw", ["joo", 1, "maybe", None])
def test_not_booleans(raw: object) -> None:
    assert kind_of(parse_bool, raw) == "bool_format"


@pytest.mark.parametrize("raw", ["vapaa-aika", "a", "2026", "x" * 64, 2026])
def test_slugs(raw: object) -> None:
    assert parse_slug(raw) == str(raw)


@pytest.mark.parametrize("raw", ["-", "x" * 65, "../etc", "", "a/b", "--", "€"])
def test_not_slugs(raw: str) -> None:
    assert kind_of(parse_slug, raw) == "slug_format"


@pytest.mark.parametrize(
    ("raw", "suggestion"),
    [("Vapaa-aika", "vapaa-aika"), ("a_b", "a-b"), ("ä", "a"), ("jussi-mäkinen", "jussi-makinen")],
)
def test_not_slugs_with_the_id_meant(raw: str, suggestion: str) -> None:
    with pytest.raises(PydanticCustomError) as info:
        parse_slug(raw)
    assert (info.value.type, (info.value.context or {}).get("suggestion")) == (
        "slug_format_fix",
        suggestion,
    )


def test_segment_ids() -> None:
    assert parse_segment_id(3) == "3"
    assert parse_segment_id("hyvinvointi") == "hyvinvointi"
    assert kind_of(parse_segment_id, 0) == "segment_format"
    assert kind_of(parse_segment_id, "Segment 3") == "segment_format"
