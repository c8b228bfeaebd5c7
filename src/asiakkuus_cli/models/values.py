"""The typed values people type by hand (SPEC 2.1): dates, months, money, booleans, ids.

Each validator accepts every listed form and raises a PydanticCustomError whose
type names a catalogue entry, so the message reaches the user in their language.
"""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, TypeVar

from pydantic import PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

SLUG_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}\Z")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})\Z")
_FI_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\Z")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})\Z")
_MONEY = re.compile(
    r"(?P<sign>[-+−])?\s*(?P<int>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)"
    r"(?:[.,](?P<frac>\d+))?\s*(?:€|EUR|eur)?\Z"
)

MONTHS_FI = (
    "tammikuu",
    "helmikuu",
    "maaliskuu",
    "huhtikuu",
    "toukokuu",
    "kesäkuu",
    "heinäkuu",
    "elokuu",
    "syyskuu",
    "lokakuu",
    "marraskuu",
    "joulukuu",
)
MONTHS_EN = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONEY_LIMIT = Decimal(10**15)
#: The years a date or a month of a year may name (SPEC 2.1): a year 0 or 20260
#: is a typing error, and every command can compute with the years in between.
YEAR_MIN, YEAR_MAX = 1900, 2999
_MONTH_NAMES = {name: i + 1 for names in (MONTHS_FI, MONTHS_EN) for i, name in enumerate(names)}
_TRUE = frozenset(("yes", "kyllä", "true"))
_FALSE = frozenset(("no", "ei", "false"))


def _err(kind: str, value: object, **extra: object) -> PydanticCustomError:
    return PydanticCustomError(kind, kind, {"value": str(value), **extra})


def day_in_month(year: int, month: int, day: int | None) -> date:
    """The `day` of a month (the 1st when None), or the month's last day when it has fewer
    (day 31 of February is its 28th or 29th): how a yearly event is placed in a year."""
    return date(year, month, min(day or 1, calendar.monthrange(year, month)[1]))


def _check_year(year: int, raw: object) -> None:
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise _err("year_range", raw, year=str(year), low=str(YEAR_MIN), high=str(YEAR_MAX))


def _make_date(year: int, month: int, day: int, raw: object) -> date:
    _check_year(year, raw)
    try:
        return date(year, month, day)
    except ValueError:
        if 1 <= month <= 12 and day >= 1:
            last = calendar.monthrange(year, month)[1]
            raise _err(
                "date_impossible_day",
                raw,
                days=str(last),
                year=str(year),
                month=str(month),
                last=date(year, month, last).isoformat(),
            ) from None
        raise _err("date_impossible", raw) from None


def _in_range(d: date, raw: object) -> date:
    _check_year(d.year, raw)
    return d


def parse_date(v: Any) -> date:
    """`2026-01-15`, `15.1.2026` or `15.01.2026`."""
    if isinstance(v, datetime):
        return _in_range(v.date(), v)
    if isinstance(v, date):
        return _in_range(v, v)
    if isinstance(v, str):
        if len(v) == 10 and v[4] == "-" and v[7] == "-" and v[:4].isdigit():
            try:  # the common case, `2026-01-15`, parsed in C
                return _in_range(date.fromisoformat(v), v)
            except ValueError:
                pass  # the patterns below say what is wrong with it
        s = v.strip()
        if m := _ISO_DATE.match(s):
            return _make_date(int(m[1]), int(m[2]), int(m[3]), s)
        if m := _FI_DATE.match(s):
            return _make_date(int(m[3]), int(m[2]), int(m[1]), s)
    raise _err("date_format", v)


@dataclass(frozen=True, order=True)
class Month:
    """A month of every year (`year` None) or of one year."""

    month: int
    year: int | None = None

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.year is not None else str(self.month)


def parse_month(v: Any) -> Month:
    """An integer 1-12, `2026-05`, or a month name in Finnish or English."""
    if isinstance(v, Month):
        return v
    if isinstance(v, bool):
        raise _err("month_format", v)
    if isinstance(v, int):
        if 1 <= v <= 12:
            return Month(v)
        raise _err("month_range", v)
    if isinstance(v, str):
        s = v.strip()
        if s.isdigit():
            return parse_month(int(s))
        if m := _YEAR_MONTH.match(s):
            _check_year(int(m[1]), s)
            if 1 <= int(m[2]) <= 12:
                return Month(int(m[2]), int(m[1]))
            raise _err("month_range", s)
        if (n := _MONTH_NAMES.get(s.lower())) is not None:
            return Month(n)
    raise _err("month_format", v)


def parse_month_or_date(v: Any) -> Month | date:
    """A critical system's next update: a date, else a month."""
    if isinstance(v, (date, Month)):
        return v
    if isinstance(v, str) and (_ISO_DATE.match(v.strip()) or _FI_DATE.match(v.strip())):
        return parse_date(v)
    try:
        return parse_month(v)
    except PydanticCustomError as exc:
        if exc.type in ("month_range", "year_range"):
            raise
        raise _err("month_or_date_format", v) from None


def parse_money(v: Any) -> Decimal:
    """Euros: a number, or text such as `280 000 €`, `+24 000€`, `-1 500,50`.

    Below a thousand trillion euros (MONEY_LIMIT) in size: more is a paste
    error, and would not fit the decimal arithmetic of the reports.
    """
    amount = _money(v)
    if abs(amount) >= MONEY_LIMIT:
        raise _err("money_format", v)
    return amount


def _money(v: Any) -> Decimal:
    if isinstance(v, bool):
        raise _err("money_format", v)
    if isinstance(v, int):
        return Decimal(v)
    if isinstance(v, Decimal):
        # A plain YAML number, resolved from its text (yamlio): the exponent keeps
        # the digits that were typed, so `280.000` is still told from `280`.
        if not v.is_finite():
            raise _err("money_format", v)
        return _check_cents(v, v)
    if isinstance(v, float):
        # A binary float loses digits: only a float that carries the text it was
        # read from (the round-trip editor's, see edit.py) is accepted, from that text.
        text = getattr(v, "yaml_text", None)
        if not isinstance(text, str) or not _PLAIN_NUMBER.match(text):
            raise _err("money_format", v)
        return _money(Decimal(text))
    if isinstance(v, str) and (m := _MONEY.match(v.strip())):
        digits = re.sub(r"[ \u00a0\u202f]", "", m["int"])
        frac = m["frac"] or ""
        if len(frac) > 2:
            grouped = digits != m["int"]
            raise _decimals_error(v, digits, frac, ambiguous=not grouped)
        text = digits + (f".{frac}" if frac else "")
        try:
            amount = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only digits
            raise _err("money_format", v) from None
        return -amount if m["sign"] in ("-", "−") else amount
    raise _err("money_format", v)


_PLAIN_NUMBER = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")


def _check_cents(amount: Decimal, raw: object) -> Decimal:
    """A number with at most two decimals; `280.000` (three) is ambiguous."""
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        digits, _, frac = format(abs(amount), "f").partition(".")
        raise _decimals_error(raw, digits, frac, ambiguous=True)
    return amount


def _decimals_error(raw: object, digits: str, frac: str, *, ambiguous: bool) -> PydanticCustomError:
    """More than two decimals: `280.000` or `280,000` could be either 280 000 € (a
    thousands separator) or 280,00 € (cents); anything else is too precise."""
    if ambiguous and len(frac) == 3 and len(digits) <= 3 and not digits.startswith("0"):
        return _err(
            "money_ambiguous",
            raw,
            thousands=_group(digits + frac) + " €",
            cents=_group(digits) + "," + frac[:2] + " €",
        )
    return _err("money_decimals", raw)


def _group(digits: str) -> str:
    """`280000` -> `280 000`."""
    return f"{int(digits):,}".replace(",", " ")


def parse_bool(v: Any) -> bool:
    """YAML true/false, or yes/no, kyllä/ei in any case."""
    if isinstance(v, bool):
        return v
    if isinstance(v, str):
        s = v.strip().lower()
        if s in _TRUE:
            return True
        if s in _FALSE:
            return False
    raise _err("bool_format", v)


def parse_slug(v: Any) -> str:
    """Lowercase a-z, 0-9 and '-', 1-64 characters, starting with a letter or digit."""
    if isinstance(v, int) and not isinstance(v, bool) and v >= 0:
        v = str(v)
    if isinstance(v, str) and SLUG_RE.match(v):
        return v
    if isinstance(v, str) and (fixed := slug_suggestion(v)):
        raise _err("slug_format_fix", v, suggestion=fixed)
    raise _err("slug_format", v)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_SLUG_LIKE = re.compile(r"[\w\s-]*[^\W_][\w\s-]*")  # letters, digits, spaces, '-', '_'


def slug_suggestion(text: str) -> str | None:
    """The id a person probably meant: `Jussi Mäkinen` or `jussi-mäkinen` -> `jussi-makinen`
    (accents dropped, lowercase, spaces and other marks as dashes); None when nothing fits."""
    if not _SLUG_LIKE.fullmatch(text):
        return None  # `../etc`, `a/b`: not a name mistyped, no guess
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).lower()
    slug = _NOT_SLUG.sub("-", plain).strip("-")
    return slug if slug != text and SLUG_RE.match(slug) else None


def parse_segment_id(v: Any) -> str:
    """A segment id: an integer >= 1 or a slug; kept as text so `3` and "3" agree."""
    if isinstance(v, int) and not isinstance(v, bool):
        if v >= 1:
            return str(v)
        raise _err("segment_format", v)
    try:
        return parse_slug(v)
    except PydanticCustomError:
        raise _err("segment_format", v) from None


_YEAR_PATTERN = r"(19\d\d|2\d\d\d)"  # YEAR_MIN-YEAR_MAX
_FI_DATE_PATTERN = r"^\d{1,2}\.\d{1,2}\." + _YEAR_PATTERN + "$"
_ISO_PATTERN = "^" + _YEAR_PATTERN + r"-\d{1,2}-\d{1,2}$"


def _any_case(words: tuple[str, ...]) -> str:
    """A regex alternation matching the words in any case, without inline flags,
    which the JavaScript regexes of editors (VS Code's YAML extension) lack."""

    def letter(c: str) -> str:
        return f"[{c.lower()}{c.upper()}]" if c.lower() != c.upper() else c

    return "^(" + "|".join("".join(letter(c) for c in w) for w in words) + ")$"


_MONTH_NAME_PATTERN = _any_case(MONTHS_FI + MONTHS_EN)
_DATE_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "format": "date"},
        {"type": "string", "pattern": _ISO_PATTERN},
        {"type": "string", "pattern": _FI_DATE_PATTERN},
    ],
    "description": "2026-01-15 | 15.1.2026",
}
_MONTH_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "integer", "minimum": 1, "maximum": 12},
        {"type": "string", "pattern": "^" + _YEAR_PATTERN + r"-(0?[1-9]|1[0-2])$"},
        {"type": "string", "pattern": _MONTH_NAME_PATTERN},
    ],
    "description": "5 | 2026-05 | toukokuu | May",
}
_MONEY_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "number"},
        {
            "type": "string",
            "pattern": _MONEY.pattern.replace("(?P<sign>", "(")
            .replace("(?P<int>", "(")
            .replace("(?P<frac>\\d+)", "(\\d{1,2})")
            .replace(r"\Z", "$"),
        },
    ],
    "description": "280000 | 280 000 € | +24 000€ | -1 500,50",
}
_BOOL_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "boolean"},
        {"type": "string", "pattern": _any_case(("yes", "no", "kyllä", "ei", "true", "false"))},
    ],
    "description": "true | false | kyllä | ei | yes | no",
}
_SLUG_SCHEMA: dict[str, Any] = {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"}


def _iso(d: date) -> str:
    return d.isoformat()


_V = TypeVar("_V")
#: At most this many distinct texts are remembered per kind of value (see _shared).
SHARED_MAX = 100_000


def _shared(parse: Callable[[Any], _V]) -> Callable[[Any], _V]:
    """`parse` for the models: one value object per distinct text (or integer).

    A repository holds tens of thousands of dates and sums but few distinct ones, and
    dates, Decimals and Months are immutable: shared, each is held once (a `date` is 32
    bytes, a Decimal 104; docs/PERFORMANCE.md). Only values that parsed are kept, so an
    error is raised afresh each time, with its own text. The parse_* functions themselves
    return new objects: the editor puts their values into YAML trees, where one object in
    two places would be written as an anchor and an alias.
    """
    known: dict[str | int, _V] = {}

    def shared(v: Any) -> _V:
        if type(v) is not str and type(v) is not int:  # bool is not int here
            return parse(v)
        value = known.get(v)
        if value is None:
            value = parse(v)
            if len(known) < SHARED_MAX:
                known[v] = value
        return value

    return functools.wraps(parse)(shared)  # `__wrapped__`: fmt knows the parser (form.py)


Date = Annotated[
    date,
    PlainValidator(_shared(parse_date)),
    WithJsonSchema(_DATE_SCHEMA),
    PlainSerializer(_iso, return_type=str),
]
MonthValue = Annotated[
    Month,
    PlainValidator(_shared(parse_month)),
    WithJsonSchema(_MONTH_SCHEMA),
    PlainSerializer(str, return_type=str),
]
MonthOrDate = Annotated[
    Month | date,
    PlainValidator(_shared(parse_month_or_date)),
    WithJsonSchema({"anyOf": [_DATE_SCHEMA, _MONTH_SCHEMA], "description": "date | month"}),
    PlainSerializer(lambda v: v.isoformat() if isinstance(v, date) else str(v), return_type=str),
]
Money = Annotated[
    Decimal,
    PlainValidator(_shared(parse_money)),
    WithJsonSchema(_MONEY_SCHEMA),
    PlainSerializer(str, return_type=str),
]
Bool = Annotated[bool, PlainValidator(parse_bool), WithJsonSchema(_BOOL_SCHEMA)]
Slug = Annotated[str, PlainValidator(parse_slug), WithJsonSchema(_SLUG_SCHEMA)]
SegmentId = Annotated[
    str,
    PlainValidator(parse_segment_id),
    WithJsonSchema({"anyOf": [{"type": "integer", "minimum": 1}, _SLUG_SCHEMA]}),
]
