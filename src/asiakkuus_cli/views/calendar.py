"""The care calendar: every dated thing in the repository, as events in a window.

Sources of events (kind in brackets):

- the organisation's yearly calendar, which applies to every customer (`care`):
  listed once for all customers (customer None), or once per customer with
  `per_customer=True`;
- each customer's own calendar (`customer_care`), less its copies of common events;
- critical-system updates (`system_update`): `next_update` a date, a month of a
  year, or a bare month that recurs every year;
- development projects of the plans that are not done (`project_start`,
  `project_end`);
- rosters that are not closed: board meetings (`board_meeting`, `meetings.next`)
  and, for rosters that no plan links, their own `roster_start`/`roster_end`.

A month without a day is a task for that month (`month_only`): it falls on the
month's first working day, Monday to Friday and not a Finnish public holiday (from
the `holidays` package: its Finland calendar includes Midsummer Eve and Christmas
Eve, the days offices are closed), so that it never lands on 1 May or New Year's
Day. A day past the month's end (31 in a 30-day month) falls on the month's last day.
The window is `start <= date < start + days`. Every event carries a UID derived from
what it is (kind, customer, name and, for calendar entries, month), never from its
date or position in a file, so an exported calendar updates in place when re-imported.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from ..models import CalendarEvent
from ..models.values import Month, day_in_month
from ..repository import Repository
from . import Report, event_key

KINDS = (
    "care",
    "customer_care",
    "system_update",
    "project_start",
    "project_end",
    "roster_start",
    "roster_end",
    "board_meeting",
)
UID_DOMAIN = "asiakkuus.calendar"
Day = date  # the Event field named `date` would shadow the type inside the class


@dataclass(frozen=True)
class Event:
    """One dated event. `yearly` events recur every year on the same month and day."""

    date: Day
    kind: str
    what: str
    customer: str | None
    customer_name: str | None
    who: str | None
    to_whom: str | None
    where: str | None
    yearly: bool
    uid: str
    file: str
    month_only: bool = False
    done: Day | None = None  # a care event: the day of the meeting recorded for it

    def sort_key(self) -> tuple[Day, int, str, str, str]:
        return (self.date, KINDS.index(self.kind), (self.customer_name or "").casefold(),
                self.what.casefold(), self.uid)  # fmt: skip


@lru_cache(maxsize=64)
def public_holidays(year: int) -> frozenset[date]:
    """Finland's public holidays of `year` (with Midsummer Eve and Christmas Eve)."""
    import holidays  # only when a month-only event is placed: it costs ~70 ms to import

    return frozenset(holidays.country_holidays("FI", years=year))


def first_working_day(year: int, month: int) -> date:
    """The first Monday-to-Friday of the month that is not a public holiday."""
    day = date(year, month, 1)
    closed = public_holidays(year)
    while day.weekday() >= 5 or day in closed:
        day += timedelta(days=1)
    return day


@dataclass(frozen=True)
class _Source:
    """An event before it is placed in time: a fixed date, or a month (and day) of a year."""

    kind: str
    what: str
    customer: str | None
    customer_name: str | None
    file: str
    uid: str
    fixed: date | None = None
    month: int = 1
    day: int | None = None
    year: int | None = None
    who: str | None = None
    to_whom: str | None = None
    where: str | None = None

    @property
    def yearly(self) -> bool:
        return self.fixed is None and self.year is None

    @property
    def month_only(self) -> bool:
        """A month without a day: a task for the month, shown on its first working day."""
        return self.fixed is None and self.day is None

    def on(self, year: int) -> date:
        if self.month_only:
            return first_working_day(year, self.month)
        return day_in_month(year, self.month, self.day)

    def occurrences(self, start: date, end: date) -> list[date]:
        """Dates of this source in [start, end)."""
        if self.fixed is not None:
            found = [self.fixed]
        elif self.year is not None:
            found = [self.on(self.year)]
        else:
            found = [self.on(y) for y in range(start.year, end.year + 1)]
        return [d for d in found if start <= d < end]

    def next_on_or_after(self, start: date) -> date:
        """The first yearly occurrence on or after `start`."""
        d = self.on(start.year)
        return d if d >= start else self.on(start.year + 1)

    def event(self, when: date) -> Event:
        return Event(when, self.kind, self.what, self.customer, self.customer_name, self.who,
                     self.to_whom, self.where, self.yearly, self.uid, self.file,
                     self.month_only)  # fmt: skip


_SLUG = re.compile(r"[^a-z0-9]+")


def make_uid(kind: str, customer: str | None, *parts: str) -> str:
    """A UID from what the event is: readable kind and customer, a hash of the rest."""
    digest = hashlib.sha256("\x1f".join((kind, customer or "*", *parts)).encode()).hexdigest()
    who = _SLUG.sub("-", (customer or "all").lower()).strip("-") or "x"
    return f"{kind.replace('_', '-')}-{who}-{digest[:16]}@{UID_DOMAIN}"


def _care_source(ev: CalendarEvent, kind: str, customer: str | None, name: str | None,
                 file: str) -> _Source:  # fmt: skip
    m: Month = ev.month
    uid = make_uid(kind, customer, ev.what.strip(), str(m), str(ev.day or ""))
    return _Source(kind, ev.what, customer, name, file, uid, month=m.month, day=ev.day,
                   year=m.year, who=ev.who, to_whom=ev.to_whom, where=ev.where)  # fmt: skip


def sources(repo: Repository, per_customer: bool = False) -> list[_Source]:
    """Every event source of the repository, before placing them in a window (made once
    per repository: the site's pages and its calendar file ask four times)."""
    if per_customer:
        return repo.memo("calendar.sources.per_customer", _sources_per_customer)
    return repo.memo("calendar.sources", _sources)


def _sources_per_customer(repo: Repository) -> list[_Source]:
    return _sources(repo, True)


def _sources(repo: Repository, per_customer: bool = False) -> list[_Source]:
    found: list[_Source] = []
    customers = [repo.customers[cid] for cid in sorted(repo.customers)]
    common: set[tuple[str, ...]] = set()
    if repo.organisation is not None:
        common = {event_key(ev) for ev in repo.organisation.model.calendar}
        org = repo.organisation
        for ev in org.model.calendar:
            if per_customer:
                found.extend(_care_source(ev, "care", c.model.id, c.model.name, org.file)
                             for c in customers)  # fmt: skip
            else:
                found.append(_care_source(ev, "care", None, None, org.file))
    linked: set[str] = set()
    for entry in customers:
        plan = entry.model
        cid, name, file = plan.id, plan.name, entry.file
        # A customer's copy of a common yearly event is the common event, not a second one.
        found.extend(
            _care_source(ev, "customer_care", cid, name, file)
            for ev in plan.calendar
            if event_key(ev) not in common
        )
        for system in plan.critical_systems:
            nu = system.next_update
            if nu is None:
                continue
            uid = make_uid("system_update", cid, system.name.strip())
            what, who = system.name, system.vendor
            if isinstance(nu, Month):
                found.append(_Source("system_update", what, cid, name, file, uid, month=nu.month,
                                     year=nu.year, who=who))  # fmt: skip
            else:
                found.append(
                    _Source("system_update", what, cid, name, file, uid, fixed=nu, who=who)
                )
        for dev in plan.projects:
            if dev.project:
                linked.add(dev.project)
            if dev.done:
                continue
            manager = repo.person_name(dev.manager) if dev.manager else None
            for kind, when in (("project_start", dev.start), ("project_end", dev.end)):
                if when is not None:
                    uid = make_uid(kind, cid, dev.name.strip())
                    found.append(_Source(kind, dev.name, cid, name, file, uid, fixed=when,
                                         who=manager))  # fmt: skip
    for pid in sorted(repo.projects):
        roster = repo.projects[pid]
        p = roster.model
        if p.status == "closed":
            continue
        cname = None
        if p.customer is not None:
            c = repo.customers.get(p.customer)
            cname = c.model.name if c else p.customer
        pm = repo.person_name(p.project_manager)
        if p.meetings is not None and p.meetings.next is not None:
            uid = make_uid("board_meeting", p.customer, p.id)
            found.append(_Source("board_meeting", p.name, p.customer, cname, roster.file, uid,
                                 fixed=p.meetings.next, who=pm))  # fmt: skip
        if p.id in linked:
            continue  # the plan's development project already gives its start and end
        for kind, when in (("roster_start", p.start), ("roster_end", p.end)):
            if when is not None:
                uid = make_uid(kind, p.customer, p.id)
                found.append(_Source(kind, p.name, p.customer, cname, roster.file, uid,
                                     fixed=when, who=pm))  # fmt: skip
    return _unique(found)


def _unique(found: list[_Source]) -> list[_Source]:
    """Two entries that are the same thing (same name twice) still get distinct UIDs."""
    seen: dict[str, int] = {}
    out: list[_Source] = []
    for s in found:
        n = seen.get(s.uid, 0)
        seen[s.uid] = n + 1
        out.append(s if n == 0 else replace(s, uid=s.uid.replace("@", f"-{n + 1}@", 1)))
    return out


def upcoming(repo: Repository, start: date, days: int, per_customer: bool = False) -> list[Event]:
    """Events with start <= date < start + days, sorted by date."""
    end = start + timedelta(days=days)
    events = [s.event(d) for s in sources(repo, per_customer) for d in s.occurrences(start, end)]
    events.sort(key=Event.sort_key)
    return _mark_done(repo, events)


#: What an iCalendar export covers unless `--days` is given: a whole year from `start`.
EXPORT_DAYS = 366


def for_export(repo: Repository, start: date, days: int = EXPORT_DAYS,
               per_customer: bool = False) -> list[Event]:  # fmt: skip
    """What an iCalendar export holds: every yearly event with a day once, at its next
    occurrence on or after `start` (the file carries the recurrence); every yearly
    month-only event once for each year in the window, and at least its next
    occurrence (its first working day moves from year to year, which no recurrence
    rule that calendar programs share can say; each year's event has its own UID);
    and every single event in the window."""
    end = start + timedelta(days=days)
    events: list[Event] = []
    for s in sources(repo, per_customer):
        if s.yearly and s.month_only:
            found = s.occurrences(start, end) or [s.next_on_or_after(start)]
            events.extend(
                replace(s.event(d), uid=s.uid.replace("@", f"-{d.year}@", 1)) for d in found
            )
        elif s.yearly:
            events.append(s.event(s.next_on_or_after(start)))
        else:
            events.extend(s.event(d) for d in s.occurrences(start, end))
    events.sort(key=Event.sort_key)
    return _mark_done(repo, events)


def _mark_done(repo: Repository, events: list[Event]) -> list[Event]:
    """A customer's care event is done when a meeting record fulfils it (meetings.py)."""
    if not repo.meetings:
        return events
    from ..meetings import care_done

    return [
        replace(e, done=care_done(repo, e.customer, e.what, e.date.month, e.date.year))
        if e.kind in ("care", "customer_care") and e.customer is not None
        else e
        for e in events
    ]


def event_row(e: Event) -> dict[str, object]:
    """An event as a report row (the keys are the JSON/CSV keys)."""
    return {
        "date": e.date,
        "kind": e.kind,
        "what": e.what,
        "customer": e.customer,
        "customer_name": e.customer_name,
        "who": e.who,
        "to_whom": e.to_whom,
        "where": e.where,
        "yearly": e.yearly,
        "uid": e.uid,
        "file": e.file,
        "done": e.done,
    }


def calendar_report(repo: Repository, start: date, days: int, per_customer: bool = False) -> Report:
    """The calendar listing as a Report, for the table renderers."""
    rows = [event_row(e) for e in upcoming(repo, start, days, per_customer)]
    meta = {"from": start, "to": start + timedelta(days=days - 1), "days": days}
    return Report("calendar", rows, None, meta)
