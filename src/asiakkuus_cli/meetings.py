"""Meeting records as the rules, the calendar, the documents and the reports see them
(the core, kept free of the document machinery so that `validate` stays quick).

- A care-calendar event of a year is *fulfilled* by a meeting of that customer in that
  year whose `event` names it (case and spacing ignored), or by a meeting without
  `event`, of kind `care_event`, `budget_meeting` or `customer_meeting`, held in the
  event's month.
- An action is tracked by its text and owner within one customer's or project's
  records: `meeting new` carries open actions into the next record, so only the newest
  record that lists an action counts, and it is open until a record marks it done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .models import CalendarEvent, Meeting
from .repository import MEETINGS_DIR, Entry, Repository

_SPACE = re.compile(r"\s+")


def norm(text: str | None) -> str:
    """Text compared as people mean it: case and spacing ignored (as views.norm)."""
    return _SPACE.sub(" ", (text or "").strip()).casefold()


def event_key(e: CalendarEvent) -> tuple[str, ...]:
    """What makes two yearly events the same event (as views.event_key)."""
    return (norm(e.what), norm(e.who), norm(e.to_whom), str(e.month), str(e.day), norm(e.where))


#: `YYYY-MM-DD.yaml` or `YYYY-MM-DD-slug.yaml`
FILE_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:-([a-z0-9][a-z0-9-]{0,63}))?\.yaml\Z")
#: kinds of meetings that fulfil a calendar event of their month without naming it
BY_MONTH_KINDS = frozenset(("care_event", "budget_meeting", "customer_meeting"))


def file_date(rel: str) -> date | None:
    """The date in a meeting file's name, or None when the name is not of the form."""
    m = FILE_NAME.match(rel.rsplit("/", 1)[-1])
    if m is None:
        return None
    try:
        return date.fromisoformat(m[1])
    except ValueError:
        return None


def folder_of(rel: str) -> str | None:
    """The id folder of a meeting file (`data/meetings/<id>/x.yaml`); None if not in one."""
    parts = rel.split("/")
    if len(parts) == 4 and f"{parts[0]}/{parts[1]}" == MEETINGS_DIR:
        return parts[2]
    return None


def customer_calendar(repo: Repository, customer: str) -> list[tuple[str, CalendarEvent, int]]:
    """The care events of a customer: (file, event, index in that file's calendar), the
    organisation's first, then the customer's own ones that are not copies of them."""
    found: list[tuple[str, CalendarEvent, int]] = []
    common: set[tuple[str, ...]] = set()
    if repo.organisation is not None:
        org = repo.organisation
        found += [(org.file, ev, i) for i, ev in enumerate(org.model.calendar)]
        common = {event_key(ev) for ev in org.model.calendar}
    entry = repo.customers.get(customer)
    if entry is not None:
        found += [
            (entry.file, ev, i)
            for i, ev in enumerate(entry.model.calendar)
            if event_key(ev) not in common
        ]
    return found


def fulfilling(
    records: list[Entry[Meeting]],
    what: str,
    month: int,
    year: int,
    months: tuple[int, ...] = (),
) -> Entry[Meeting] | None:
    """The first record that fulfils the event `what` of `month` in `year`, if any.

    `months`: every month of that year in which the customer's calendar has an event of
    the same text (the budget values go out in April and in November); a record naming
    the event then fulfils the one nearest to its own month, the earlier on a tie.
    """
    wanted = norm(what)
    slots = sorted(set(months) | {month})
    for e in records:
        m = e.model
        if m.date.year != year:
            continue
        if m.event is not None:
            nearest = min(slots, key=lambda x: (abs(x - m.date.month), x))
            if norm(m.event) == wanted and nearest == month:
                return e
        elif m.kind in BY_MONTH_KINDS and m.date.month == month:
            return e
    return None


def event_months(events: list[CalendarEvent], year: int) -> dict[str, tuple[int, ...]]:
    """The months of `year` in which each event text (normalised) occurs."""
    found: dict[str, set[int]] = {}
    for ev in events:
        if ev.month.year is None or ev.month.year == year:
            found.setdefault(norm(ev.what), set()).add(ev.month.month)
    return {k: tuple(sorted(v)) for k, v in found.items()}


@dataclass(frozen=True)
class OpenAction:
    """An action not done, as recorded in the newest record that lists it."""

    subject: str
    file: str
    index: int
    meeting: date
    what: str
    owner: str
    due: date | None

    def overdue(self, today: date) -> bool:
        return self.due is not None and self.due < today


def tracked_actions(repo: Repository) -> list[tuple[Entry[Meeting], int]]:
    """Each action once: (record, index) of the newest record listing it."""
    newest: dict[tuple[str, str, str], tuple[Entry[Meeting], int]] = {}
    for e in sorted(repo.meetings.values(), key=lambda e: (e.model.date, e.file)):
        for i, a in enumerate(e.model.actions):
            newest[(e.model.subject, norm(a.what), a.owner)] = (e, i)
    return sorted(newest.values(), key=lambda p: (p[0].file, p[1]))


def open_actions(repo: Repository) -> list[OpenAction]:
    """Actions not done, by due date (none last), owner, subject."""
    return list(repo.memo("open_actions", _open_actions))


def open_actions_of(repo: Repository, subject: str) -> list[OpenAction]:
    """The open actions of one customer or project, in `open_actions` order."""
    return list(repo.memo("open_actions_of", _open_actions_by_subject).get(subject, ()))


def _open_actions_by_subject(repo: Repository) -> dict[str, list[OpenAction]]:
    found: dict[str, list[OpenAction]] = {}
    for a in open_actions(repo):
        found.setdefault(a.subject, []).append(a)
    return found


def _open_actions(repo: Repository) -> list[OpenAction]:
    found = []
    for e, i in tracked_actions(repo):
        a = e.model.actions[i]
        if not a.is_done:
            found.append(OpenAction(e.model.subject, e.file, i, e.model.date, a.what,
                                    a.owner, a.due))  # fmt: skip
    found.sort(key=lambda a: (a.due or date.max, a.owner, a.subject, a.what))
    return found


def last_steering_meeting(repo: Repository, project: str, today: date) -> Entry[Meeting] | None:
    """The newest steering-group record of a project held on or before today."""
    held = [
        e
        for e in repo.meetings_of(project)
        if e.model.kind == "steering_group" and e.model.project == project and e.model.date <= today
    ]
    return held[-1] if held else None


def _new(_repo: Repository) -> dict[tuple[str, int], dict[str, tuple[int, ...]]]:
    return {}


def care_done(repo: Repository, customer: str, what: str, month: int, year: int) -> date | None:
    """The day of the record that fulfils a customer's care event of `month` in `year`."""
    records = [e for e in repo.meetings_of(customer) if e.model.customer == customer]
    if not records:
        return None
    # A table this function fills as it is asked (the one memo a caller writes into):
    # each customer's event months once per year, not once per event.
    made: dict[tuple[str, int], dict[str, tuple[int, ...]]] = repo.memo("event_months", _new)
    if (customer, year) not in made:
        events = [ev for _, ev, _ in customer_calendar(repo, customer)]
        made[customer, year] = event_months(events, year)
    months = made[customer, year].get(norm(what), ())
    found = fulfilling(records, what, month, year, months)
    return found.model.date if found is not None else None
