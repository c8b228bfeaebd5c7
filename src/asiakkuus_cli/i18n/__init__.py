"""The one message catalogue, in Finnish and English, and locale-aware formatting.

Entries live in the modules of `i18n/messages/` and, for the rules, in the
`rules/<family>_messages.py` module beside each family; each is a `MESSAGES` dict of
key -> (Finnish, English). They are merged once; a key defined twice is a bug.
Values passed to `t` are formatted for the language: dates, money (Decimal),
booleans and lists.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext
from functools import cache, lru_cache
from typing import Any

from ..textsafe import visible

LANGS = ("fi", "en")
_BABEL_LOCALE = {"fi": "fi_FI", "en": "en_GB"}


def babel_locale(lang: str) -> str:
    """The Babel locale of a language (`fi` -> `fi_FI`): the one map, for every formatter."""
    return _BABEL_LOCALE.get(lang, "fi_FI")


def _message_modules() -> list[str]:
    """`i18n/messages/*`, then the texts beside each rule family: `rules/*_messages`."""
    from . import messages as package

    found = [
        f"{package.__name__}.{m.name}"
        for m in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name)
    ]
    # The rule texts live beside their rules; only the data modules are imported here.
    rules = importlib.util.find_spec(f"{__package__.rsplit('.', 1)[0]}.rules")
    if rules is not None and rules.submodule_search_locations:
        found += [
            f"{rules.name}.{m.name}"
            for m in sorted(
                pkgutil.iter_modules(rules.submodule_search_locations), key=lambda m: m.name
            )
            if m.name.endswith("_messages")
        ]
    return found


@cache
def catalogue() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for name in _message_modules():
        module = importlib.import_module(name)
        for key, texts in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"catalogue key defined twice: {key}")
            merged[key] = texts
    return merged


def has(key: str) -> bool:
    return key in catalogue()


def t(key: str, lang: str, /, **params: Any) -> str:
    """The message `key` in `lang`, with `params` formatted for that language."""
    texts = catalogue()[key]
    text = texts[1] if lang == "en" else texts[0]
    if not params:
        return text
    return text.format(**{k: fmt(v, lang) for k, v in params.items()})


_CHOICE_KINDS = ("type", "status", "pm_role", "maintenance", "role", "board")


@dataclass(frozen=True)
class Term:
    """A fixed choice of the data (`division`, `running`) that messages show in words."""

    kind: str
    value: str

    def __str__(self) -> str:
        return self.value


def choice_term(value: str, lang: str) -> str:
    """A fixed choice in words, whatever field it comes from; unknown values as they are."""
    for kind in _CHOICE_KINDS:
        key = f"term.{kind}.{value}"
        if key in catalogue():
            return t(key, lang)
    return value


def fmt(value: Any, lang: str) -> str:
    """One value as a person reads it in `lang`.

    A value quoted from the data never carries a live control or bidi character.
    """
    if type(value) is str:  # the most common case first
        return visible(value)
    if isinstance(value, Term):
        key = f"term.{value.kind}.{value.value}"
        return t(key, lang) if key in catalogue() else value.value
    if isinstance(value, bool):
        return t("value.yes" if value else "value.no", lang)
    if isinstance(value, date):
        return format_date(value, lang)
    if isinstance(value, Decimal):
        return format_money(value, lang)
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(fmt(v, lang) for v in value)
    if value is None:
        return "-"
    return visible(str(value))


@lru_cache(maxsize=16384)  # Babel is slow; a site build formats the same dates thousands of times
def format_date(d: date, lang: str) -> str:
    """`1.1.2015` in Finnish, `1 Jan 2015` in English."""
    from babel.dates import format_date as babel_date

    pattern = "d.M.yyyy" if lang == "fi" else "d MMM yyyy"
    return str(babel_date(d, pattern, locale=_BABEL_LOCALE.get(lang, "fi_FI")))


def format_money(amount: Decimal, lang: str, signed: bool = False) -> str:
    """`280 000 €` (Finnish) or `€280,000` (English); cents only when there are any."""
    # Cached by the exact text of the amount (-0 and 0 compare equal but are not the same).
    return _format_money(str(amount), lang, signed)


@lru_cache(maxsize=16384)  # Babel is slow; a site build formats the same sums thousands of times
def _format_money(text_amount: str, lang: str, signed: bool) -> str:
    from babel.numbers import format_currency

    amount = Decimal(text_amount)

    whole = amount == amount.to_integral_value()
    if lang == "fi":
        pattern = "#,##0 ¤" if whole else "#,##0.00 ¤"
    else:
        pattern = "¤#,##0" if whole else "¤#,##0.00"
    text = str(
        format_currency(
            amount,
            "EUR",
            format=pattern,
            locale=_BABEL_LOCALE.get(lang, "fi_FI"),
            currency_digits=False,
        )
    )
    if signed and amount > 0:
        text = "+" + text
    return text


def format_number(n: int | Decimal, lang: str, signed: bool = False) -> str:
    from babel.numbers import format_decimal

    # Babel rounds in the current decimal context; its 28 digits would make a
    # longer integer (a 40-digit headcount) an InvalidOperation.
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, len(str(abs(n))) + 4)
        text = str(format_decimal(n, locale=_BABEL_LOCALE.get(lang, "fi_FI")))
    return "+" + text if signed and n > 0 else text


def pick_lang(*candidates: str | None) -> str:
    """The first candidate that is a supported language, else Finnish."""
    for c in candidates:
        if c in LANGS:
            return c
    return "fi"


def help_lang(argv: Iterable[str] | None = None) -> str:
    """The language of --help texts, which exist before options are parsed.

    Taken from `--lang` on the command line, else ASIAKKUUS_LANG, else Finnish.
    """
    import os

    args = list(sys.argv if argv is None else argv)
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return pick_lang(args[i + 1].strip().lower())
        if arg.startswith("--lang="):
            return pick_lang(arg.split("=", 1)[1].strip().lower())
    return pick_lang((os.environ.get("ASIAKKUUS_LANG") or "").strip().lower())
