"""The catalogue as a whole: further languages are one file each, and they fit the base."""

from __future__ import annotations

import string
from datetime import date
from decimal import Decimal

import pytest

from asiakkuus_cli.i18n import (
    BASE_LANGS,
    LANGS,
    catalogue,
    format_date,
    format_money,
    format_number,
    locale,
    overlay,
    t,
)

OVERLAYS = [lang for lang in LANGS if lang not in BASE_LANGS]


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_swedish_is_a_language() -> None:
    assert LANGS == ("fi", "en", "sv")
    assert locale("sv").babel == "sv_FI"
    assert locale("sv").fallback == "fi"


@pytest.mark.parametrize("lang", OVERLAYS)
def test_a_locale_file_has_only_known_keys_with_the_base_placeholders(lang: str) -> None:
    base = catalogue()
    unknown = sorted(set(overlay(lang)) - set(base))
    assert unknown == []
    wrong = [
        key
        for key, text in overlay(lang).items()
        if not text.strip() or fields(text) != fields(base[key][0])
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", OVERLAYS)
def test_a_locale_file_declares_a_base_fallback(lang: str) -> None:
    assert locale(lang).fallback in BASE_LANGS


def test_a_key_the_locale_lacks_falls_back_to_finnish() -> None:
    assert "lang.bad" not in overlay("sv")
    assert t("lang.bad", "sv", value="de") == t("lang.bad", "fi", value="de")
    assert t("rule.R001", "sv", id="x") == t("rule.R001", "fi", id="x")


def test_an_unknown_language_is_finnish() -> None:
    assert t("value.yes", "xx") == "kyllä"
    assert format_date(date(2015, 1, 1), "xx") == "1.1.2015"


def test_swedish_values_in_the_finland_swedish_conventions() -> None:
    assert t("value.no", "sv") == "nej"
    assert format_date(date(2015, 1, 1), "sv") == "1.1.2015"
    assert format_money(Decimal(280000), "sv").replace("\u00a0", " ") == "280 000 €"
    assert format_money(Decimal("-1500.5"), "sv").replace("\u00a0", " ") == "-1 500,50 €"
    assert format_number(12345, "sv", signed=True).replace("\u00a0", " ") == "+12 345"
