"""C rules: the care plans themselves (data/customers/*.yaml).

Each rule reports on the plan, at the value it is about. Where the value is
missing, the finding points at the place a person would add it (the key if it
is there but empty, else the list item or the top of the file). C009 also
looks at the rosters' `start` and `end`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..config import Settings
from ..findings import Issue
from ..models import CustomerPlan, Month
from . import Context, rule


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def plan_is_stale(plan: CustomerPlan, today: date, settings: Settings) -> bool:
    """C001's predicate: the plan was last reviewed more than `stale_plan_days` days ago.

    Views that mark stale plans call this, so a report and `validate` always agree.
    """
    return (today - plan.updated).days > settings.rules.stale_plan_days


@rule("C001", "stale-plan", "warning")
def stale_plan(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        # --today 2026-11-26
        updated: 2015-03-20

    Passes:

        # --today 2026-11-26
        updated: 2026-10-01
    """
    limit = ctx.settings.rules.stale_plan_days
    for cid, c in ctx.repo.customers.items():
        if plan_is_stale(c.model, ctx.today, ctx.settings):
            updated = c.model.updated
            age = (ctx.today - updated).days
            params = {"date": updated, "age": age, "limit": limit, "id": cid}
            yield Issue("C001", c.file, ("updated",), params, subject=cid)


@rule("C002", "not-a-partnership-manager", "warning")
def not_a_partnership_manager(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        # data/people.yaml
        people:
          - id: paula-pm
            name: Paula Projektipäällikkö
            organisation: it
            roles: [project_manager]
        # data/customers/vapaa-aika.yaml
        account_manager: paula-pm

    Passes:

        # data/people.yaml
        people:
          - id: liisa-laine
            name: Liisa Laine
            organisation: it
            roles: [partnership_manager]
        # data/customers/vapaa-aika.yaml
        account_manager: liisa-laine
    """
    repo = ctx.repo
    for cid, c in repo.customers.items():
        pid = c.model.account_manager
        person = repo.person(pid)
        if person is None:
            continue  # unknown (R001) or itself invalid (S002)
        params = {"name": person.name, "id": pid, "org": person.organisation}
        if not person.is_it:
            yield Issue("C002", c.file, ("account_manager",), params, cid, variant="not_it")
        elif "partnership_manager" not in person.roles:
            yield Issue("C002", c.file, ("account_manager",), params, cid, variant="no_role")


@rule("C003", "no-it-representation", "warning")
def no_it_representation(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        projects:
          - name: Projekti 2
            start: 15.6.2014

    Passes:

        projects:
          - name: Projekti 2
            start: 15.6.2014
            action: Seuranta 1 krt/kk
    """
    for cid, c in ctx.repo.customers.items():
        for i, dp in enumerate(c.model.projects):
            if not dp.done and dp.it_representative is None and _blank(dp.action):
                yield Issue("C003", c.file, ("projects", i), {"project": dp.name}, cid)


@rule("C004", "overdue-project", "warning")
def overdue_project(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        # --today 2026-11-26
        projects:
          - name: Projekti 1
            end: 31.7.2015
            action: Seuranta 1 krt/kk

    Passes:

        # --today 2026-11-26
        projects:
          - name: Projekti 1
            end: 31.7.2015
            done: true
    """
    for cid, c in ctx.repo.customers.items():
        for i, dp in enumerate(c.model.projects):
            if not dp.done and dp.end is not None and dp.end < ctx.today:
                params = {"project": dp.name, "end": dp.end, "days": (ctx.today - dp.end).days}
                yield Issue("C004", c.file, ("projects", i, "end"), params, cid)


def next_update_passed(value: Month | date, today: date) -> bool:
    """A date before today, or a month of a given year that is over.

    A month without a year (`May`) recurs every year and never passes.
    """
    if isinstance(value, Month):
        return value.year is not None and (value.year, value.month) < (today.year, today.month)
    return value < today


@rule("C005", "past-update", "warning")
def past_update(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        # --today 2026-11-26
        critical_systems:
          - name: Himble LogUs
            next_update: 2026-05

    Passes:

        # --today 2026-11-26
        critical_systems:
          - name: Himble LogUs
            next_update: 2027-05
    """
    for cid, c in ctx.repo.customers.items():
        for i, cs in enumerate(c.model.critical_systems):
            nu = cs.next_update
            if nu is not None and next_update_passed(nu, ctx.today):
                params = {"system": cs.name, "when": nu}
                yield Issue("C005", c.file, ("critical_systems", i, "next_update"), params, cid)


@rule("C006", "forgotten-need", "warning")
def forgotten_need(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        # --today 2026-11-26
        needs:
          - need: Mobiilien päätteiden tuki
            observed: 13.4.2013
            budgeted: ei

    Passes:

        # --today 2026-11-26
        needs:
          - need: Mobiilien päätteiden tuki
            observed: 13.4.2013
            budgeted: ei
            decision: Ei toteuteta ennen uutta päätealustaa
    """
    limit = ctx.settings.rules.forgotten_need_days
    for cid, c in ctx.repo.customers.items():
        for i, need in enumerate(c.model.needs):
            age = (ctx.today - need.observed).days
            if age > limit and need.budgeted is not True and _blank(need.decision):
                params = {"need": need.need, "date": need.observed, "age": age, "limit": limit}
                yield Issue("C006", c.file, ("needs", i, "observed"), params, cid)


@rule("C007", "indirect-customer", "info")
def indirect_customer(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        direct: false

    Passes:

        direct: true
    """
    for cid, c in ctx.repo.customers.items():
        if not c.model.direct:
            yield Issue("C007", c.file, ("direct",), {"name": c.model.name}, cid)


@rule("C008", "duplicate-priority", "warning")
def duplicate_priority(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        projects:
          - name: Projekti 1
            action: Seuranta
            priority: 1
          - name: Projekti 2
            action: Seuranta
            priority: 1

    Passes:

        projects:
          - name: Projekti 1
            action: Seuranta
            priority: 1
          - name: Projekti 2
            action: Seuranta
            priority: 2
    """
    for cid, c in ctx.repo.customers.items():
        first: dict[int, str] = {}
        for i, dp in enumerate(c.model.projects):
            if dp.done or dp.priority is None:
                continue
            if dp.priority in first:
                params = {"project": dp.name, "priority": dp.priority, "other": first[dp.priority]}
                yield Issue("C008", c.file, ("projects", i, "priority"), params, cid)
            else:
                first[dp.priority] = dp.name


@rule("C009", "dates-reversed", "error")
def dates_reversed(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        projects:
          - name: Projekti 1
            start: 1.7.2026
            end: 31.1.2026

    Passes:

        projects:
          - name: Projekti 1
            start: 1.1.2026
            end: 31.7.2026
    """
    for cid, c in ctx.repo.customers.items():
        for i, dp in enumerate(c.model.projects):
            if dp.start is not None and dp.end is not None and dp.end < dp.start:
                params = {"what": dp.name, "start": dp.start, "end": dp.end}
                yield Issue("C009", c.file, ("projects", i, "end"), params, cid)
    for pid, p in ctx.repo.projects.items():
        prj = p.model
        if prj.start is not None and prj.end is not None and prj.end < prj.start:
            params = {"what": prj.name, "start": prj.start, "end": prj.end}
            yield Issue("C009", p.file, ("end",), params, pid)


@rule("C010", "no-customer-contact", "info")
def no_customer_contact(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        account_manager: liisa-laine
        customer_contact:

    Passes:

        account_manager: liisa-laine
        customer_contact: anna-asiakas
    """
    for cid, c in ctx.repo.customers.items():
        if c.model.customer_contact is None:
            yield Issue(
                "C010", c.file, ("customer_contact",), {"name": c.model.name}, cid, key=True
            )
