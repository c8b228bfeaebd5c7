"""The one catalogue: both languages everywhere, the same placeholders in each."""

from __future__ import annotations

import string
from datetime import date
from decimal import Decimal

import pytest

from asiakkuus_cli.i18n import catalogue, format_date, format_money, t
from asiakkuus_cli.reading import loader


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(catalogue()))
def test_both_languages_with_the_same_placeholders(key: str) -> None:
    fi, en = catalogue()[key]
    assert fi.strip()
    assert en.strip()
    assert fields(fi) == fields(en), key


def test_every_schema_variant_has_a_message() -> None:
    variants = (
        set(loader._TYPE_VARIANTS.values())
        | set(loader._CUSTOM)
        | {
            "unknown_close",
            "invalid",
            "empty",
            "not_mapping",
            "complex_key",
        }
    )
    missing = [v for v in variants if f"rule.S002.{v}" not in catalogue()]
    assert missing == []


def test_values_are_formatted_for_the_language() -> None:
    assert format_date(date(2015, 1, 1), "fi") == "1.1.2015"
    assert format_money(Decimal(280000), "fi").replace("\u00a0", " ") == "280 000 €"
    assert format_money(Decimal(24000), "fi", signed=True).replace("\u00a0", " ") == "+24 000 €"
    assert format_money(Decimal("-1500.5"), "fi").replace("\u00a0", " ") == "-1 500,50 €"
    assert format_money(Decimal(280000), "en") == "€280,000"
    assert t("rule.R001", "en", id="x") == "The person 'x' is not defined in data/people.yaml."
