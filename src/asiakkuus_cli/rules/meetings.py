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
    """
    Fails:

        # data/organisation.yaml
        calendar:
          - {what: Budjettipalaveri, who: kumppanuuspäällikkö, to_whom: asiakas, month: 5}
        # data/meetings/vapaa-aika/2026-01-20.yaml
        date: 2026-01-20
        customer: vapaa-aika
        kind: customer_meeting
        participants: [liisa-laine]

    Passes:

        # data/organisation.yaml
        calendar:
          - {what: Budjettipalaveri, who: kumppanuuspäällikkö, to_whom: asiakas, month: 5}
        # data/meetings/vapaa-aika/2026-01-20.yaml
        date: 2026-01-20
        customer: vapaa-aika
        kind: customer_meeting
        participants: [liisa-laine]
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
    """
    Fails:

        # data/meetings/vapaa-aika/2026-03-10.yaml
        date: 2026-03-10
        customer: vapaa-aika
        kind: customer_meeting
        participants: [liisa-laine, anna-asiakas]
        actions:
          - {what: Lähetä tarjous, owner: liisa-laine, due: 2026-03-31}

    Passes:

        # data/meetings/vapaa-aika/2026-03-10.yaml
        date: 2026-03-10
        customer: vapaa-aika
        kind: customer_meeting
        participants: [liisa-laine, anna-asiakas]
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
    """
    Fails:

        # data/projects/kirjasto.yaml
        meetings: {interval_weeks: 4, last: 2026-10-20}
        # data/meetings/kirjasto/2026-11-17.yaml
        date: 2026-11-17
        project: kirjasto
        kind: steering_group
        participants: [olli-omistaja, paula-pm]

    Passes:

        # data/projects/kirjasto.yaml
        meetings: {interval_weeks: 4, last: 2026-11-17}
        # data/meetings/kirjasto/2026-11-17.yaml
        date: 2026-11-17
        project: kirjasto
        kind: steering_group
        participants: [olli-omistaja, paula-pm]
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
    """
    Fails:

        # data/meetings/vapaa-aika/2026-05-12.yaml
        date: 2026-05-21
        customer: vapaa-aika
        kind: customer_meeting
        participants: [liisa-laine]

    Passes:

        # data/meetings/vapaa-aika/2026-05-12.yaml
        date: 2026-05-12
        customer: vapaa-aika
        kind: customer_meeting
        participants: [liisa-laine]
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
    """
    Fails:

        # data/sources.yaml
        sources:
          - {id: sap, name: SAP, holds: [laskutus]}

    Passes:

        # data/sources.yaml
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
    """
    Fails:

        # data/sources.yaml
        sources:
          - {id: sap, name: SAP, owner: timo-toimittaja}
        # data/customers/vapaa-aika.yaml
        sources: {charges: sapp}

    Passes:

        # data/sources.yaml
        sources:
          - {id: sap, name: SAP, owner: timo-toimittaja}
        # data/customers/vapaa-aika.yaml
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
