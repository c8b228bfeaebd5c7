"""The one message catalogue, in Finnish and English (and more), and locale formatting.

Entries live in the modules of `i18n/messages/`, each a `MESSAGES` dict of
key -> (Finnish, English). They are merged once; a key defined twice is a bug.
Values passed to `t` are formatted for the language with Babel: dates, money
(Decimal), numbers, booleans and lists.

A further language is one file, `i18n/locales/<code>.py`, holding
`MESSAGES = {key: text}` for the keys it translates; a key the file lacks is shown
in its `FALLBACK` language (Finnish unless the file says otherwise). The file may
set `BABEL_LOCALE` (default `<code>_FI`), `DATE_PATTERN`, `MONEY_PATTERNS` and
`DAY_PATTERN` (default: those of the fallback language). Any such file adds its code to `LANGS`.

May import: `textsafe` and Babel only.
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
from pathlib import Path
from typing import Any

from ..textsafe import visible
from .keys import TERM

#: The languages every catalogue entry has: (Finnish, English) tuples.
BASE_LANGS = ("fi", "en")


@dataclass(frozen=True)
class Locale:
    """How one language writes dates and money (Babel patterns) and what it falls back to."""

    code: str
    babel: str
    date_pattern: str
    #: money without cents, money with cents
    money_patterns: tuple[str, str]
    #: a day before a month's name: `5. toukokuu`, `5 May`
    day_pattern: str
    #: the language of a key this one does not translate (None: a base language)
    fallback: str | None = None


_BASE_LOCALES = {
    "fi": Locale("fi", "fi_FI", "d.M.yyyy", ("#,##0 ¤", "#,##0.00 ¤"), "d. "),
    "en": Locale("en", "en_GB", "d MMM yyyy", ("¤#,##0", "¤#,##0.00"), "d "),
}


def _locale_files() -> tuple[str, ...]:
    from . import locales

    return tuple(
        sorted(m.name for m in pkgutil.iter_modules(locales.__path__) if not m.name.startswith("_"))
    )


#: Every language of the command line: the base ones, then one per locale file.
LANGS = BASE_LANGS + tuple(code for code in _locale_files() if code not in BASE_LANGS)


@cache
def locale(lang: str) -> Locale:
    """The formatting conventions of `lang`; an unknown language is Finnish."""
    if lang in _BASE_LOCALES:
        return _BASE_LOCALES[lang]
    if lang not in LANGS:
        return _BASE_LOCALES["fi"]
    module = importlib.import_module(f"{__name__}.locales.{lang}")
    fallback = getattr(module, "FALLBACK", "fi")
    base = locale(fallback)
    return Locale(
        code=lang,
        babel=getattr(module, "BABEL_LOCALE", f"{lang}_FI"),
        date_pattern=getattr(module, "DATE_PATTERN", base.date_pattern),
        money_patterns=tuple(getattr(module, "MONEY_PATTERNS", base.money_patterns)),
        day_pattern=getattr(module, "DAY_PATTERN", base.day_pattern),
        fallback=fallback,
    )


@cache
def overlay(lang: str) -> dict[str, str]:
    """The texts of a locale file: key -> text (empty for a base or unknown language)."""
    if lang in BASE_LANGS or lang not in LANGS:
        return {}
    module = importlib.import_module(f"{__name__}.locales.{lang}")
    return dict(module.MESSAGES)


def _message_modules() -> list[str]:
    """The modules that hold catalogue entries: every module of `i18n/messages/`, and
    the messages files beside the rules (`rules/**/*_messages.py`, `rules/**/messages.py`).
    """
    from . import messages as package

    names = [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]
    return sorted(names + _rule_message_modules())


def _rule_message_modules() -> list[str]:
    """The messages files beside the rules, which hold the `rule.*` and `ruledoc.*` keys."""
    names: list[str] = []
    rules = importlib.util.find_spec(f"{__package__.rsplit('.', 1)[0]}.rules")
    if rules is not None and rules.submodule_search_locations:
        for base in rules.submodule_search_locations:
            for path in sorted(Path(base).rglob("*.py")):
                if path.stem == "messages" or path.stem.endswith("_messages"):
                    parts = path.relative_to(base).with_suffix("").parts
                    names.append(".".join((rules.name, *parts)))
    return sorted(names)


@cache
def catalogue() -> dict[str, tuple[str, str]]:
    """Every entry of every messages module; a key defined twice is an error."""
    merged: dict[str, tuple[str, str]] = {}
    for name in _message_modules():
        module = importlib.import_module(name)
        for key, texts in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"catalogue key defined twice: {key}")
            merged[key] = texts
    return merged


#: The entries read so far, and the prefixes (`help`, `rule`) whose modules were read.
#: A command reads only the modules of the keys it shows (docs/PERFORMANCE.md, start-up):
#: `help.*` from messages/help.py, `rule.*` and `ruledoc.*` from beside the rules.
_LOADED: dict[str, tuple[str, str]] = {}
_PREFIXES: set[str] = set()
_RULE_PREFIXES = ("rule", "ruledoc")


def _load_prefix(prefix: str) -> None:
    """Read the module(s) that hold the keys starting with `prefix.` into _LOADED."""
    group = _RULE_PREFIXES if prefix in _RULE_PREFIXES else (prefix,)
    names = [
        f"{__name__}.messages.{p}"
        for p in group
        if p.isidentifier()
        and not p.startswith("_")
        and importlib.util.find_spec(f"{__name__}.messages.{p}") is not None
    ]
    if prefix in _RULE_PREFIXES:
        names += _rule_message_modules()
    found: dict[str, tuple[str, str]] = {}
    for name in names:
        for key, texts in importlib.import_module(name).MESSAGES.items():
            if key.split(".", 1)[0] not in group:
                raise RuntimeError(f"catalogue key {key} outside its module {name}")
            if key in found:
                raise RuntimeError(f"catalogue key defined twice: {key}")
            found[key] = texts
    _LOADED.update(found)
    _PREFIXES.update(group)


def _entry(key: str) -> tuple[str, str]:
    """The (Finnish, English) texts of `key`, reading its module when first needed."""
    found = _LOADED.get(key)
    if found is None:
        prefix = key.split(".", 1)[0]
        if prefix in _PREFIXES:
            raise KeyError(key)
        _load_prefix(prefix)
        found = _LOADED[key]
    return found


def has(key: str) -> bool:
    try:
        _entry(key)
    except KeyError:
        return False
    return True


def text(key: str, lang: str) -> str:
    """The unformatted message `key` in `lang` (its fallback's if the locale lacks it)."""
    texts = _entry(key)
    if lang == "en":
        return texts[1]
    if lang == "fi" or lang not in LANGS:
        return texts[0]
    found = overlay(lang).get(key)
    if found is not None:
        return found
    return text(key, locale(lang).fallback or "fi")


def t(key: str, lang: str, /, **params: Any) -> str:
    """The message `key` in `lang`, with `params` formatted for that language."""
    message = text(key, lang)
    if not params:
        return message
    return message.format(**{k: fmt(v, lang) for k, v in params.items()})


@dataclass(frozen=True)
class Term:
    """A fixed choice of the data (`division`, `running`) that messages show in words."""

    kind: str
    value: str

    def __str__(self) -> str:
        return self.value


def term(kind: str, value: str, lang: str) -> str:
    """The choice `value` of `kind` (`type`, `status`, ...) in words; unknown as it is."""
    key = TERM[kind].get(value)
    return t(key, lang) if key is not None else value


def fmt(value: Any, lang: str) -> str:
    """One value as a person reads it in `lang`.

    A value quoted from the data never carries a live control or bidi character.
    """
    if type(value) is str:  # the most common case first
        return visible(value)
    if isinstance(value, Term):
        return term(value.kind, value.value, lang)
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


@lru_cache(maxsize=4096)  # Babel is slow; a site build writes the same days thousands of times
def format_date(d: date, lang: str) -> str:
    """`1.1.2015` in Finnish, `1 Jan 2015` in English."""
    from babel.dates import format_date as babel_date

    conventions = locale(lang)
    return str(babel_date(d, conventions.date_pattern, locale=conventions.babel))


@lru_cache(maxsize=4096)
def format_month(month: int, lang: str, year: int | None = None, day: int | None = None) -> str:
    """A month by its name, as Babel writes it standing alone: `toukokuu`, `toukokuu 2026`,
    `5. toukokuu` in Finnish; `May`, `May 2026`, `5 May` in English."""
    from babel.dates import format_date as babel_date

    conventions = locale(lang)
    pattern = (conventions.day_pattern if day else "") + "LLLL" + (" yyyy" if year else "")
    when = date(year or 2000, month, day or 1)
    return str(babel_date(when, pattern, locale=conventions.babel))


@lru_cache(maxsize=64)
def format_month_short(month: int, lang: str) -> str:
    """A month's abbreviated name standing alone: `tammi` in Finnish, `Jan` in English."""
    from babel.dates import format_date as babel_date

    return str(babel_date(date(2000, month, 1), "LLL", locale=locale(lang).babel))


def format_money(amount: Decimal, lang: str, signed: bool = False) -> str:
    """`280 000 €` (Finnish) or `€280,000` (English); cents only when there are any."""
    return _money(str(amount), lang, signed)


@lru_cache(maxsize=4096)  # keyed by the amount's exact text: 1.5 and 1.50 are different keys
def _money(text: str, lang: str, signed: bool) -> str:
    from babel.numbers import format_currency

    amount = Decimal(text)

    conventions = locale(lang)
    whole = amount == amount.to_integral_value()
    pattern = conventions.money_patterns[0 if whole else 1]
    money = str(
        format_currency(
            amount, "EUR", format=pattern, locale=conventions.babel, currency_digits=False
        )
    )
    return "+" + money if signed and amount > 0 else money


def format_number(n: int | Decimal, lang: str, signed: bool = False) -> str:
    from babel.numbers import format_decimal

    # Babel rounds in the current decimal context; its 28 digits would make a
    # longer integer (a 40-digit headcount) an InvalidOperation.
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, len(str(abs(n))) + 4)
        number = str(format_decimal(n, locale=locale(lang).babel))
    return "+" + number if signed and n > 0 else number


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
