"""The care calendar as an iCalendar file (RFC 5545) through the icalendar library.

Every event is an all-day event. Yearly events with a day carry
`RRULE:FREQ=YEARLY`; a month-only event (a task for the month, placed on its first
working day, which moves from year to year) is one event per year with a note in
its description that it is the month's task; the rest are single events. UIDs come from the view (derived
from what the event is), so a re-import updates events instead of duplicating them.
DTSTAMP is SOURCE_DATE_EPOCH when that is set, so the same data gives the same file.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, vCategory, vDate, vDatetime, vText
from icalendar import Event as IcsEvent
from icalendar.parser import Contentline

from asiakkuus_cli.editing import atomic

from ..errors import UsageProblem
from ..i18n import format_month, keys, t
from ..runtime import source_date_epoch
from ..views.calendar import Event

PRODID = "-//asiakkuus//care calendar//EN"


def stamp_from_env() -> datetime:
    """SOURCE_DATE_EPOCH as a UTC time when set (reproducible builds), else now."""
    epoch = source_date_epoch()
    if epoch is not None:
        try:
            return datetime.fromtimestamp(epoch, UTC)
        except (ValueError, OverflowError, OSError):
            raise UsageProblem("reports.bad_epoch", value=str(epoch)) from None
    return datetime.now(UTC).replace(microsecond=0)


def summary(e: Event, lang: str) -> str:
    """What and for whom, e.g. `Budjettitapaaminen – kaikki asiakkaat`."""
    if e.customer_name is not None:
        whom = e.customer_name
    else:
        whom = t("reports.all_customers" if e.kind == "care" else "reports.internal", lang)
    return t(keys.ICS_SUMMARY[e.kind], lang, what=e.what, whom=whom)


def description(e: Event, lang: str) -> str:
    parts = []
    if e.month_only:
        month = format_month(e.date.month, lang, e.date.year)
        parts.append(t("firsthour.calendar.month_task", lang, month=month))
    if e.who:
        parts.append(f"{t('reports.col.calendar.who', lang)}: {e.who}")
    if e.to_whom:
        parts.append(f"{t('reports.col.calendar.to_whom', lang)}: {e.to_whom}")
    if e.where:
        parts.append(f"{t('reports.col.calendar.where', lang)}: {e.where}")
    parts.append(f"{t('reports.ics.source', lang)}: {e.file}")
    return "\n".join(parts)


def build(events: list[Event], lang: str, name: str, stamp: datetime) -> bytes:
    """The calendar file: the bytes `build_with_library` gives, written line by line.

    icalendar's component model (an object per property, parameters parsed back
    from text, every line folded character by character) took two thirds of
    `calendar --ics` (docs/PERFORMANCE.md). The values are still encoded by the
    library (`vText`, `vCategory`, `vDate`, `vDatetime`) and long lines folded by
    it; only the fixed frame (property names and their order, which is icalendar's
    own: the canonical order, then the rest alphabetically) is written here.
    tests/test_calendar.py checks that both give the same bytes.
    """
    out = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{_text(PRODID)}",
        "CALSCALE:GREGORIAN",
        _fold(f"X-WR-CALNAME:{_text(name)}"),
    ]
    dtstamp = "DTSTAMP:" + vDatetime(stamp).to_ical().decode()  # type: ignore[no-untyped-call]
    for e in events:
        recurring = e.yearly and not e.month_only
        # A recurring event's done year is an override of that occurrence (RECURRENCE-ID);
        # any other done event is itself confirmed.
        done = e.done is not None and not recurring
        out += _head(e, lang, done, dtstamp)
        if recurring:
            out.append("RRULE:FREQ=YEARLY")
        out.append(_fold("CATEGORIES:" + vCategory([e.kind]).to_ical().decode()))
        out.append(_fold(f"DESCRIPTION:{_text(_description(e, lang, done))}"))
        if e.where:
            out.append(_fold(f"LOCATION:{_text(e.where)}"))
        if done:
            out.append("STATUS:CONFIRMED")
        out.append("TRANSP:TRANSPARENT")
        out.append("END:VEVENT")
        if recurring and e.done is not None:
            out += _head(e, lang, True, dtstamp)
            out.append(f"RECURRENCE-ID;VALUE=DATE:{_date(e.date)}")
            out.append(_fold(f"DESCRIPTION:{_text(_description(e, lang, True))}"))
            out.append("STATUS:CONFIRMED")
            out.append("TRANSP:TRANSPARENT")
            out.append("END:VEVENT")
    out.append("END:VCALENDAR")
    out.append("")
    return "\r\n".join(out).encode("utf-8")


def _head(e: Event, lang: str, done: bool, dtstamp: str) -> list[str]:
    """The lines an event and its done occurrence's override both begin with."""
    return [
        "BEGIN:VEVENT",
        _fold(f"SUMMARY:{_text(_summary(e, lang, done))}"),
        f"DTSTART;VALUE=DATE:{_date(e.date)}",
        f"DTEND;VALUE=DATE:{_date(e.date + timedelta(days=1))}",
        dtstamp,
        _fold(f"UID:{_text(e.uid)}"),
    ]


def _summary(e: Event, lang: str, done: bool) -> str:
    text = summary(e, lang)
    return t("meeting.ics.done", lang, summary=text) if done else text


def _description(e: Event, lang: str, done: bool) -> str:
    text = description(e, lang)
    return t("meeting.ics.done_on", lang, date=e.done) + "\n" + text if done else text


def _text(value: str) -> str:
    return vText(value).to_ical().decode()


def _date(day: date) -> str:
    text: str = vDate(day).to_ical().decode()  # type: ignore[no-untyped-call]
    return text


def _fold(line: str) -> str:
    """RFC 5545 folding, by the library, for the few lines that need it."""
    if len(line) < 19 or len(line.encode("utf-8")) < 75:  # the library folds at 75 octets
        return line
    folded: str = Contentline(line).to_ical().decode()  # type: ignore[no-untyped-call]
    return folded


def build_with_library(events: list[Event], lang: str, name: str, stamp: datetime) -> bytes:
    """The calendar through icalendar's component model: the reference for `build`."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", vText(name))  # escaped: an unknown property is not text by default
    for e in events:
        ev = IcsEvent()
        ev.add("uid", e.uid)
        ev.add("dtstamp", stamp)
        ev.add("dtstart", e.date)
        ev.add("dtend", e.date + timedelta(days=1))
        ev.add("summary", summary(e, lang))
        ev.add("description", description(e, lang))
        if e.where:
            ev.add("location", e.where)
        ev.add("categories", [e.kind])
        ev.add("transp", "TRANSPARENT")
        if e.yearly and not e.month_only:
            ev.add("rrule", {"freq": "yearly"})
        elif e.done is not None:
            _done(ev, e, lang)
        cal.add_component(ev)
        if e.yearly and not e.month_only and e.done is not None:
            # Only this year's occurrence is done: an override of it (RFC 5545 RECURRENCE-ID).
            once = IcsEvent()
            once.add("uid", e.uid)
            once.add("dtstamp", stamp)
            once.add("recurrence-id", e.date)
            once.add("dtstart", e.date)
            once.add("dtend", e.date + timedelta(days=1))
            once.add("transp", "TRANSPARENT")
            _done(once, e, lang)
            cal.add_component(once)
    data: bytes = cal.to_ical()
    return data


def _done(ev: IcsEvent, e: Event, lang: str) -> None:
    """A care event whose meeting is recorded: confirmed, and the summary says so."""
    ev.pop("summary", None)
    ev.pop("description", None)
    ev.add("summary", _summary(e, lang, True))
    ev.add("description", _description(e, lang, True))
    ev.add("status", "CONFIRMED")


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step. An existing file that is not an iCalendar
    file (a typo in the path) is refused rather than overwritten; a symlink is replaced,
    not followed (atomic.write_bytes), so what it points to is neither read nor written."""
    if path.is_dir():
        raise UsageProblem("reports.ics_is_dir", path=str(path))
    if path.exists() and not path.is_symlink():
        if not path.is_file():  # a FIFO would block the read below
            raise UsageProblem("write.not_regular", path=str(path))
        try:
            with path.open("rb") as fh:
                head = fh.read(64).lstrip(b"\xef\xbb\xbf").lstrip()
        except OSError as exc:
            raise UsageProblem("reports.ics_unwritable", path=str(path),
                               detail=exc.strerror or str(exc)) from None  # fmt: skip
        if head and not head.upper().startswith(b"BEGIN:VCALENDAR"):
            raise UsageProblem("reports.ics_not_calendar", path=str(path))
    try:
        atomic.write_bytes(path, data)
    except OSError as exc:
        raise UsageProblem(
            "reports.ics_unwritable", path=str(path), detail=exc.strerror or str(exc)
        ) from None
