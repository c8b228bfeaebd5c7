"""Text as people leave it in Word and Excel cells, made comparable and parseable.

Pure functions: cleaning (soft hyphens, words hyphenated at a line break, odd
spaces), loose label matching (case, spacing, hyphenation and word order do not
matter) and the Finnish readings of numbers, money, dates and yes/no.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from ..models.values import MONTHS_EN, MONTHS_FI, SLUG_RE, parse_bool, parse_date, parse_money

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# A word broken at a line end: `työskente-\nlyä`, `EDUS-\nTUSTA`, `IT-\npalvelut`.
_BROKEN_NL = re.compile(r"(\w+)-[ \t]*\n[ \t]*(?=(\w))")
_BREAK_SPACE = re.compile(r"(?<=[a-zåäöéü])- (?=[a-zåäöéü])")
# Control characters (C0 and C1), bidi controls and non-characters: never data.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]"
)
_WORD = re.compile(r"[^\W_]+")
BULLETS = ("- ", "o ", "• ", "* ", "– ", "— ", "▪ ", "· ", "○ ")


# The functions below are pure and the same texts come again and again (a label in both
# readings of a plan, in every plan made from one template): their results are kept,
# for a bounded number of texts.
_CACHED = 16384


def clean_lines(text: str) -> list[str]:
    """The non-empty lines of a cell or paragraph, each with its spacing tidied.

    A word hyphenated at a line break is joined again (`työskente-` + `lyä`).
    """
    return list(_clean_lines(text))


@lru_cache(maxsize=_CACHED)
def _clean_lines(text: str) -> tuple[str, ...]:
    text = text.replace("\u00ad", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\v", "\n")
    text = _CONTROL.sub("", text)
    text = _BROKEN_NL.sub(_join, text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return tuple(line for line in lines if line)


def _join(match: re.Match[str]) -> str:
    """A word hyphenated at a line end: the hyphen goes when both halves are of one case
    (`työskente-lyä`, `EDUS-TUSTA`) and stays otherwise (`IT-palvelut`)."""
    before, after = match.group(1), match.group(2)
    same = (before[-1].islower() and after.islower()) or (
        before[-1].isupper() and after.isupper() and len(before) > 2
    )
    return before if same else before + "-"


@lru_cache(maxsize=_CACHED)
def clean(text: str) -> str:
    """One line: the cleaned lines joined with spaces."""
    return " ".join(_clean_lines(text))


@lru_cache(maxsize=_CACHED)
def fold(text: str) -> str:
    """Case and accents folded: `Järkkäri` -> `jarkkari`."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The words of a label, hyphenation at breaks undone, case folded."""
    return list(_words(text))


@lru_cache(maxsize=_CACHED)
def _words(text: str) -> tuple[str, ...]:
    joined = _BREAK_SPACE.sub("", clean(text).casefold())
    return tuple(_WORD.findall(joined))


@lru_cache(maxsize=_CACHED)
def compact(text: str) -> str:
    """Only the letters and digits, case folded: spacing and hyphens do not matter."""
    return "".join(_WORD.findall(clean(text).casefold()))


def label_score(cell: str, variants: Iterable[str]) -> float:
    """How well a cell names a field, 0 when it does not.

    3: the same letters (case, spacing and hyphens aside); 2: the same words in
    another order; 1: every word of a variant is in the cell (the longer the
    variant, the better).
    """
    return _label_score(cell, tuple(variants))


@lru_cache(maxsize=_CACHED)
def _label_score(cell: str, variants: tuple[str, ...]) -> float:
    key, cell_sorted, cell_set = _keys(cell)
    if not key:
        return 0.0
    best = 0.0
    for variant in variants:
        v_key, v_sorted, v_set = _keys(variant)
        if key == v_key:
            return 3.0
        if v_sorted == cell_sorted:
            best = max(best, 2.0)
        elif v_set and v_set <= cell_set:
            best = max(best, 1.0 + len(v_sorted) / 100)
    return best


@lru_cache(maxsize=8192)
def _keys(text: str) -> tuple[str, tuple[str, ...], frozenset[str]]:
    """What label matching compares of a text: its letters, its sorted words, its word set."""
    found = words(text)
    return compact(text), tuple(sorted(found)), frozenset(found)


def best_label(cell: str, labels: Mapping[str, Sequence[str]], minimum: float = 1.0) -> str | None:
    """The field whose labels match `cell` best, or None."""
    scored = [(label_score(cell, variants), name) for name, variants in labels.items()]
    score, name = max(scored, default=(0.0, ""))
    return name if score >= minimum else None


def assign_columns(header: Sequence[str], labels: Mapping[str, Sequence[str]]) -> dict[int, str]:
    """Column index -> field, each field and column used once, best matches first."""
    frozen = tuple((name, tuple(variants)) for name, variants in labels.items())
    return dict(_assign_columns(tuple(header), frozen))


@lru_cache(maxsize=_CACHED)
def _assign_columns(
    header: tuple[str, ...], labels: tuple[tuple[str, tuple[str, ...]], ...]
) -> dict[int, str]:
    pairs = []
    for col, text in enumerate(header):
        for name, variants in labels:
            score = _label_score(text, variants)
            if score > 0:
                pairs.append((score, -col, col, name))
    pairs.sort(reverse=True)
    taken: dict[int, str] = {}
    used: set[str] = set()
    for _score, _neg, col, name in pairs:
        if col not in taken and name not in used:
            taken[col] = name
            used.add(name)
    return taken


def strip_bullet(line: str) -> str | None:
    """The item text of a bulleted line (`- x`, `o x`, `• x`), None when not a bullet."""
    for bullet in BULLETS:
        if line.startswith(bullet):
            return line[len(bullet) :].strip()
    return None


def slug(text: str) -> str:
    """An id from a name: `Tuula Nimetön` -> `tuula-nimeton`."""
    base = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:64].strip("-")
    return base if base and SLUG_RE.match(base) else ""


# --- values --------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"^\[.*\]$|^x+\.x+\.\d*x+$", re.IGNORECASE)
EXCEL_EPOCH = date(1899, 12, 30)


def is_placeholder(text: str) -> bool:
    """`[asiakas]`, `[Etunimi, Sukunimi]`, `xx.xx.201x`: the template's blanks."""
    return bool(_PLACEHOLDER.match(text.strip()))


def read_date(value: Any) -> date | None:
    """A date from a cell: a date, an Excel serial number, `15.1.2026`, `2026-01-15`."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        serial = float(value)
        if 1 <= serial < 2958466:  # Excel's 1900 date system, up to 9999-12-31
            return EXCEL_EPOCH + timedelta(days=int(serial))
        return None
    text = clean(str(value)).rstrip(".")
    spelled = _spelled_date(text)
    if spelled is not None:
        return spelled
    text = re.sub(r"\s*\.\s*", ".", text)
    if re.fullmatch(r"\d{4,6}", text):
        return read_date(int(text))
    try:
        return parse_date(text)
    except ValueError:
        return None


_SPELLED = re.compile(r"(\d{1,2})\.?\s+([^\W\d_]+)\s+(\d{4})")


def _spelled_date(text: str) -> date | None:
    """`20. maaliskuuta 2015`, `20 March 2015`: a month's name, in any of its forms."""
    match = _SPELLED.fullmatch(text)
    if not match:
        return None
    word = fold(match.group(2))
    for names, short in ((MONTHS_FI, False), (MONTHS_EN, True)):  # `Mar` is English only
        for number, name in enumerate(names, start=1):
            if word.startswith(fold(name)) or (short and len(word) >= 3 and name.startswith(word)):
                try:
                    return date(int(match.group(3)), number, int(match.group(1)))
                except ValueError:
                    return None
    return None


def read_money(value: Any) -> Decimal | None:
    """Euros from a cell: a number, `280 000€`, `+ 24 000 €`, `-1 500,50`."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value)).quantize(Decimal("0.01")).normalize()
    if isinstance(value, Decimal):
        return value
    text = clean(str(value))
    text = re.sub(r"(?i)\s*(€|eur|euroa)\s*$", " €", text).strip()
    if re.search(r"\d[.,]\d{3}(?!\d)", text):
        return None  # `280.000`: thousands or a decimal? (SPEC 2.1: ambiguous, never guessed)
    try:
        return parse_money(text)
    except ValueError:
        return None


def read_int(value: Any) -> int | None:
    """A whole number from a cell: `2`, `+2`, `74 hlö`, `2.0` of a spreadsheet."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, (float, Decimal)):
        return int(value) if value == int(value) else None
    match = re.fullmatch(
        r"([+\-−]?)\s*(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,]0+)?\b.*", clean(str(value))
    )
    if not match:
        return None
    number = int(match.group(2).replace(" ", "").replace("\u00a0", ""))
    return -number if match.group(1) in ("-", "−") else number


def read_bool(value: Any) -> bool | None:
    """`KYLLÄ`/`EI`, `yes`/`no`, `K`/`E`, `x` for yes, Excel's TRUE/FALSE."""
    if isinstance(value, bool):
        return value
    text = clean(str(value)).casefold().rstrip(".!")
    if text in ("k", "x", "✓", "1"):
        return True
    if text in ("e", "0", "-"):
        return False
    try:
        return parse_bool(text)
    except ValueError:
        return None


def read_decimal_text(text: str) -> Decimal | None:
    """A plain number with a decimal comma or point (`1,5`), None when it is not one."""
    try:
        return Decimal(clean(text).replace(" ", "").replace(",", "."))
    except InvalidOperation:
        return None
