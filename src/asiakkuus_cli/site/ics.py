"""The site's calendar file, written directly: the same calendar as `render.ics.build`.

`render.ics.build` goes through the icalendar library, which takes about a
millisecond per event: most of a site build for a centre of thousands of
customers. The site writes the same properties itself (RFC 5545: TEXT escaped,
lines folded at 75 octets without splitting a character, CRLF), with the same
summaries and descriptions (`render.ics.summary`, `render.ics.description`);
tests/test_site.py parses both and checks they hold the same events.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ..render.ics import PRODID, description, summary
from ..views.calendar import Event

_LIMIT = 75


def _text(value: str) -> str:
    """An RFC 5545 TEXT value."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line: str) -> str:
    data = line.encode("utf-8")
    if len(data) < _LIMIT:
        return line
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if current and size + n >= _LIMIT:
            parts.append("".join(current))
            current, size = [], 1  # the continuation line starts with one space
        current.append(ch)
        size += n
    parts.append("".join(current))
    return "\r\n ".join(parts)


def _day(d: date) -> str:
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def build(events: list[Event], lang: str, name: str, stamp: datetime) -> bytes:
    stamp_text = f"{_day(stamp.date())}T{stamp.hour:02d}{stamp.minute:02d}{stamp.second:02d}Z"
    out = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_text(name)}",
    ]
    for e in events:
        end = e.date + timedelta(days=1)
        out.append("BEGIN:VEVENT")
        out.append(f"SUMMARY:{_text(summary(e, lang))}")
        out.append(f"DTSTART;VALUE=DATE:{_day(e.date)}")
        out.append(f"DTEND;VALUE=DATE:{_day(end)}")
        out.append(f"DTSTAMP:{stamp_text}")
        out.append(f"UID:{_text(e.uid)}")
        if e.yearly:
            out.append("RRULE:FREQ=YEARLY")
        out.append(f"CATEGORIES:{_text(e.kind)}")
        out.append(f"DESCRIPTION:{_text(description(e, lang))}")
        if e.where:
            out.append(f"LOCATION:{_text(e.where)}")
        out.append("TRANSP:TRANSPARENT")
        out.append("END:VEVENT")
    out.append("END:VCALENDAR")
    return ("\r\n".join(_fold(line) for line in out) + "\r\n").encode("utf-8")
