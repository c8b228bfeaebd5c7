"""M rules: meeting records (data/meetings/<id>/<date>[-<slug>].yaml), their actions, and
the list of systems that hold customer data (data/sources.yaml).

A repository that records no meetings gets no M001 noise: a customer's care events are
checked only once the customer has a meeting record, and only from the month of its
first record on. People, customers and projects that meeting records name are checked by
R001, R002 and R004 like every other reference (`meeting_refs`).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Issue
from ..i18n import Term
from ..meetings import (
    customer_calendar,
    event_months,
    file_date,
    folder_of,
    fulfilling,
    last_steering_meeting,
    norm,
    open_actions,
)
from ..models import CustomerPlan
from ..repository import PEOPLE_FILE, Repository
from . import Context, rule

Ref = tuple[str, tuple[str | int, ...], str, str | None]


def meeting_refs(repo: Repository) -> Iterator[tuple[str, Ref]]:
    """The references of meeting records and sources as (kind, (file, path, id, subject)):
    participants and action owners (`person`), the customer or project met, and the
    customers a source serves. A source's owner is M005's."""
    for rel in sorted(repo.meetings):
        e = repo.meetings[rel]
        m = e.model
        subject = m.subject
        for i, p in enumerate(m.participants):
            if isinstance(p, str):
                yield "person", (rel, ("participants", i), p, subject)
        for i, a in enumerate(m.actions):
            yield "person", (rel, ("actions", i, "owner"), a.owner, subject)
        if m.customer is not None:
            yield "customer", (rel, ("customer",), m.customer, subject)
        if m.project is not None:
            yield "project", (rel, ("project",), m.project, subject)
    if repo.sources is not None:
        for i, s in enumerate(repo.sources.model.sources):
            if isinstance(s.customers, list):
                for j, cid in enumerate(s.customers):
                    yield "customer", (repo.sources.file, ("sources", i, "customers", j), cid, s.id)


@rule("M001", "missed-care-event", "warning")
def missed_care_event(ctx: Context) -> Iterator[Issue]:
    """A care event whose month has passed this year with no meeting recorded for it.

    Once a customer has a meeting record, every event of its care calendar (the
    organisation's and its own) whose month has ended in the current year needs a
    record: one whose `event` names the event, or one of kind `care_event`,
    `budget_meeting` or `customer_meeting` held in that month. Months before the
    customer's first record are not checked. Reported on the care plan: at the
    event for the customer's own events, at `id` for the organisation's.

    Fails:

        # data/organisation.yaml
        calendar:
          - {what: Budjettipalaveri, who: kumppanuuspäällikkö, to_whom: asiakas, month: 5}
        # data/meetings/vapaa-aika/2026-01-20.yaml, and nothing for May
        date: 2026-01-20
        customer: vapaa-aika
        kind: customer_meeting
        participants: [liisa-laine]

    Passes:

        # data/meetings/vapaa-aika/2026-05-12-budjetti.yaml
        date: 2026-05-12
        customer: vapaa-aika
        kind: budget_meeting
        event: Budjettipalaveri
        participants: [liisa-laine, anna-asiakas]
    """
    repo = ctx.repo
    year, month_now = ctx.today.year, ctx.today.month
    for cid in sorted(repo.customers):
        records = [e for e in repo.meetings_of(cid) if e.model.customer == cid]
        if not records:
            continue
        first = records[0].model.date
        plan = repo.customers[cid]
        calendar = customer_calendar(repo, cid)
        months = event_months([ev for _, ev, _ in calendar], year)
        for file, ev, i in calendar:
            m = ev.month
            if m.year is not None and m.year != year:
                continue
            if m.month >= month_now or (year, m.month) < (first.year, first.month):
                continue
            if fulfilling(records, ev.what, m.month, year, months[norm(ev.what)]) is not None:
                continue
            own = file == plan.file
            yield Issue(
                "M001",
                plan.file,
                ("calendar", i, "what") if own else ("id",),
                {
                    "what": ev.what,
                    "month": Term("month_in", str(m.month)),
                    "customer": plan.model.name,
                    "id": cid,
                },
                subject=cid,
            )


@rule("M002", "overdue-action", "warning")
def overdue_action(ctx: Context) -> Iterator[Issue]:
    """An action past its due date and not done.

    Reported at the action's `due` in the newest meeting record that lists it
    (`meeting new` carries open actions over), naming its owner. Mark it done
    with the day it was done (`done: 2026-05-20`), or agree a new due date.

    Fails:

        actions:
          - {what: Lähetä tarjous, owner: liisa-laine, due: 2026-03-31}

    Passes:

        actions:
          - {what: Lähetä tarjous, owner: liisa-laine, due: 2026-03-31, done: 2026-03-28}
    """
    repo = ctx.repo
    for a in open_actions(repo):
        if a.overdue(ctx.today):
            assert a.due is not None
            yield Issue(
                "M002",
                a.file,
                ("actions", a.index, "due"),
                {
                    "what": a.what,
                    "owner": repo.person_name(a.owner),
                    "due": a.due,
                    "days": (ctx.today - a.due).days,
                },
                subject=a.subject,
            )


@rule("M003", "meeting-not-in-roster", "warning")
def meeting_not_in_roster(ctx: Context) -> Iterator[Issue]:
    """A steering-group meeting is recorded later than the roster's `meetings.last`.

    The records are the evidence of the board's meetings: `meetings.last` of
    the roster follows from the newest `steering_group` record of the project
    (held on or before today). Reported at `meetings.last` (or where it
    belongs); the hint gives the value to write.

    Fails:

        # data/projects/kirjasto.yaml
        meetings: {interval_weeks: 4, last: 2026-09-01}
        # data/meetings/kirjasto/2026-10-06.yaml
        date: 2026-10-06
        project: kirjasto
        kind: steering_group
        participants: [olli-omistaja, paula-pm]

    Passes:

        # data/projects/kirjasto.yaml
        meetings: {interval_weeks: 4, last: 2026-10-06}
    """
    repo = ctx.repo
    for pid in sorted(repo.projects):
        newest = last_steering_meeting(repo, pid, ctx.today)
        if newest is None:
            continue
        roster = repo.projects[pid]
        meetings = roster.model.meetings
        last = meetings.last if meetings is not None else None
        if last is not None and last >= newest.model.date:
            continue
        yield Issue(
            "M003",
            roster.file,
            ("meetings", "last"),
            {
                "date": newest.model.date,
                "iso": newest.model.date.isoformat(),
                "file": newest.file,
                "last": last or "-",
            },
            subject=pid,
            key=last is None,
        )


@rule("M004", "meeting-file-mismatch", "error")
def meeting_file_mismatch(ctx: Context) -> Iterator[Issue]:
    """A meeting record's file name, folder and fields disagree.

    A record lives in `data/meetings/<customer or project id>/` and is named
    after its date, `YYYY-MM-DD.yaml` or `YYYY-MM-DD-topic.yaml`; its `date`
    equals the name's date and its `customer` or `project` equals the folder.

    Fails:

        # data/meetings/vapaa-aika/2026-05-12.yaml
        date: 2026-05-21
        customer: vapaa-aika

    Passes:

        # data/meetings/vapaa-aika/2026-05-12.yaml
        date: 2026-05-12
        customer: vapaa-aika
    """
    repo = ctx.repo
    for rel in sorted(repo.meetings):
        m = repo.meetings[rel].model
        folder = folder_of(rel)
        named = file_date(rel)
        name = rel.rsplit("/", 1)[-1]
        if folder is None:
            yield Issue("M004", rel, (), {"file": name, "id": m.subject}, m.subject, "folder")
        elif m.subject != folder:
            at = "customer" if m.customer is not None else "project"
            yield Issue(
                "M004", rel, (at,), {"id": m.subject, "folder": folder}, m.subject, "subject"
            )
        if named is None:
            yield Issue(
                "M004", rel, (), {"file": name, "date": m.date.isoformat()}, m.subject, "name"
            )
        elif named != m.date:
            yield Issue("M004", rel, ("date",), {"date": m.date, "file": name}, m.subject, "date")


@rule("M005", "source-owner", "warning")
def source_owner(ctx: Context) -> Iterator[Issue]:
    """A system holding customer data has no owner, or its owner is not in `people.yaml`.

    Every source in `data/sources.yaml` names the person to ask about its data
    (`owner`). A person who has left is removed from `people.yaml`; then their
    sources need a new owner.

    Fails:

        sources:
          - {id: sap, name: SAP, holds: [laskutus]}

    Passes:

        sources:
          - {id: sap, name: SAP, holds: [laskutus], owner: timo-toimittaja}
    """
    repo = ctx.repo
    if repo.sources is None:
        return
    file = repo.sources.file
    for i, s in enumerate(repo.sources.model.sources):
        if s.owner is None:
            yield Issue("M005", file, ("sources", i, "id"), {"name": s.name}, s.id, "missing")
        elif repo.people_usable and s.owner not in repo.known_people:
            params = {"name": s.name, "owner": s.owner, "people": PEOPLE_FILE}
            yield Issue("M005", file, ("sources", i, "owner"), params, s.id, "unknown")


@rule("M006", "unknown-source", "error")
def unknown_source(ctx: Context) -> Iterator[Issue]:
    """A care plan names a source of a field that `data/sources.yaml` does not list.

    `sources: {charges: sap}` in a plan says from which system a field's data
    comes; the id must be one of the sources, and the key a field of the plan.

    Fails:

        # data/sources.yaml
        sources:
          - {id: sap, name: SAP, owner: timo-toimittaja}
        # data/customers/vapaa-aika.yaml
        sources: {charges: sapp}

    Passes:

        sources: {charges: sap}
    """
    repo = ctx.repo
    if repo.sources is None and any(f == "data/sources.yaml" for f in repo.failed):
        return  # its own error is the finding
    known = {s.id for s in repo.sources.model.sources} if repo.sources else set()
    fields = sorted(set(CustomerPlan.model_fields) - {"sources"})
    for cid in sorted(repo.customers):
        entry = repo.customers[cid]
        for fld, sid in entry.model.sources.items():
            if fld not in fields:
                params = {"field": fld, "fields": ", ".join(fields)}
                yield Issue("M006", entry.file, ("sources", fld), params, cid, "field", key=True)
            elif sid not in known:
                params = {"id": sid, "field": fld, "known": ", ".join(sorted(known)) or "-"}
                yield Issue("M006", entry.file, ("sources", fld), params, subject=cid)
