"""P rules: the steering-group rosters (data/projects/*.yaml), PRINCE2 project boards.

Every finding is reported on the roster, at the value it is about: a board
seat, a date, or the key (or enclosing block) where a missing value belongs.
A "customer project" is one that is not `internal`. Board members that
`people.yaml` does not define are R001's business; rules that need to know a
member's organisation or authority skip them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from ..findings import Issue
from ..models import Board, DevProject, Project
from . import Context, rule

Path = tuple[str | int, ...]


def seat_path(role: str, index: int | None) -> Path:
    return ("board", role) if index is None else ("board", role, index)


def customer_project(prj: Project) -> bool:
    return not prj.internal and prj.customer is not None


@rule("P001", "executive", "error")
def executive(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        board:
          senior_users: [anna-asiakas]
          senior_suppliers: [timo-toimittaja]

    Passes:

        board:
          executive: olli-omistaja
          senior_users: [anna-asiakas]
          senior_suppliers: [timo-toimittaja]
    """
    for pid, p in ctx.repo.projects.items():
        if p.model.board.executive is None:
            yield Issue(
                "P001", p.file, ("board", "executive"), {"project": p.model.name}, pid, key=True
            )


@rule("P002", "no-senior-user", "error")
def no_senior_user(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        board:
          executive: olli-omistaja
          senior_suppliers: [timo-toimittaja]

    Passes:

        board:
          executive: olli-omistaja
          senior_users: [anna-asiakas]
          senior_suppliers: [timo-toimittaja]
    """
    for pid, p in ctx.repo.projects.items():
        if not p.model.board.senior_users:
            yield Issue(
                "P002", p.file, ("board", "senior_users"), {"project": p.model.name}, pid, key=True
            )


@rule("P003", "no-senior-supplier", "error")
def no_senior_supplier(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        board:
          executive: olli-omistaja
          senior_users: [anna-asiakas]

    Passes:

        board:
          executive: olli-omistaja
          senior_users: [anna-asiakas]
          senior_suppliers: [timo-toimittaja]
    """
    for pid, p in ctx.repo.projects.items():
        if not p.model.board.senior_suppliers:
            yield Issue(
                "P003",
                p.file,
                ("board", "senior_suppliers"),
                {"project": p.model.name},
                pid,
                key=True,
            )


@rule("P004", "board-too-small", "error")
def board_too_small(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        board:
          executive: olli-omistaja
          senior_users: [olli-omistaja]

    Passes:

        board:
          executive: olli-omistaja
          senior_users: [anna-asiakas]
    """
    for pid, p in ctx.repo.projects.items():
        count = len(p.model.board.distinct())
        if count < 2:
            yield Issue("P004", p.file, ("board",), {"count": count}, pid, key=True)


@rule("P005", "board-size", "warning")
def board_size(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        board:
          executive: olli-omistaja
          senior_users: [anna-asiakas]

    Passes:

        board:
          executive: olli-omistaja
          senior_users: [anna-asiakas]
          senior_suppliers: [timo-toimittaja]
    """
    low, high = ctx.settings.rules.board_size
    for pid, p in ctx.repo.projects.items():
        count = len(p.model.board.distinct())
        if not low <= count <= high:
            params = {"count": count, "min": low, "max": high}
            yield Issue("P005", p.file, ("board",), params, pid, key=True)


@rule("P006", "executive-not-customer", "warning")
def executive_not_customer(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        # data/projects/kirjasto.yaml
        customer: vapaa-aika
        board:
          executive: timo-toimittaja

    Passes:

        # data/projects/kirjasto.yaml
        customer: vapaa-aika
        board:
          executive: olli-omistaja
    """
    repo = ctx.repo
    for pid, p in repo.projects.items():
        prj = p.model
        person = repo.person(prj.board.executive)
        if not customer_project(prj) or person is None:
            continue
        if person.organisation != prj.customer:
            params = {"name": person.name, "org": person.organisation, "customer": prj.customer}
            yield Issue("P006", p.file, ("board", "executive"), params, pid)


@rule("P007", "supplier-without-authority", "warning")
def supplier_without_authority(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        # data/people.yaml
        people:
          - id: liisa-laine
            name: Liisa Laine
            organisation: it
            roles: [partnership_manager]
        # data/projects/kirjasto.yaml
        board:
          senior_suppliers: [liisa-laine]

    Passes:

        # data/people.yaml
        people:
          - id: liisa-laine
            name: Liisa Laine
            organisation: it
            roles: [partnership_manager]
          - id: timo-toimittaja
            name: Timo Toimittaja
            organisation: it
            roles: [unit_head]
            resource_authority: true
        # data/projects/kirjasto.yaml
        board:
          senior_suppliers: [liisa-laine, timo-toimittaja]
    """
    repo = ctx.repo
    for pid, p in repo.projects.items():
        seniors = p.model.board.senior_suppliers
        people = [repo.person(s) for s in seniors]
        if not seniors or any(x is None for x in people):
            continue
        if any(x is not None and x.is_it and x.resource_authority for x in people):
            continue
        names = [x.name for x in people if x is not None]
        pms = [x.name for x in people if x is not None and "partnership_manager" in x.roles]
        variant = "partnership_manager" if pms else None
        params = {"names": names, "pms": pms}
        yield Issue("P007", p.file, ("board", "senior_suppliers"), params, pid, variant=variant)


@rule("P008", "role-conflict", "error")
def role_conflict(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        board:
          executive: olli-omistaja
          senior_users: [anna-asiakas]
          senior_suppliers: [anna-asiakas]

    Passes:

        board:
          executive: olli-omistaja
          senior_users: [anna-asiakas]
          senior_suppliers: [timo-toimittaja]
    """
    repo = ctx.repo
    for pid, p in repo.projects.items():
        customer_seat: dict[str, str] = {}
        reported: set[str] = set()
        for role, idx, person in p.model.board.members():
            if role in Board.CUSTOMER_SIDE:
                customer_seat.setdefault(person, role)
            elif person in customer_seat and person not in reported:
                reported.add(person)
                params = {
                    "name": repo.person_name(person),
                    "customer_role": customer_seat[person],
                    "supplier_role": role,
                }
                yield Issue("P008", p.file, seat_path(role, idx), params, pid)


@rule("P009", "pm-on-board", "warning")
def pm_on_board(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        project_manager: paula-pm
        board:
          executive: olli-omistaja
          suppliers: [paula-pm]

    Passes:

        project_manager: paula-pm
        board:
          executive: olli-omistaja
          suppliers: [erja-ekspertti]
    """
    repo = ctx.repo
    for pid, p in repo.projects.items():
        pm = p.model.project_manager
        for role, idx, person in p.model.board.members():
            if person == pm:
                params = {"name": repo.person_name(pm), "role": role}
                yield Issue("P009", p.file, seat_path(role, idx), params, pid)
                break


@rule("P010", "partnership-manager-role", "info")
def partnership_manager_role(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        customer: vapaa-aika
        status: running
        partnership_manager_role:

    Passes:

        customer: vapaa-aika
        status: running
        partnership_manager_role: customer_support
    """
    for pid, p in ctx.repo.projects.items():
        prj = p.model
        if customer_project(prj) and prj.partnership_manager_role is None:
            yield Issue(
                "P010", p.file, ("partnership_manager_role",), {"project": prj.name}, pid, key=True
            )


@rule("P011", "guide-not-delivered", "warning")
def guide_not_delivered(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        status: running
        guide_delivered:
          customer: 2026-01-10

    Passes:

        status: running
        guide_delivered:
          customer: 2026-01-10
          members: 2026-02-01
    """
    for pid, p in ctx.repo.projects.items():
        prj = p.model
        if prj.status != "running":
            continue
        if prj.guide_delivered is None or prj.guide_delivered.members is None:
            yield Issue("P011", p.file, ("guide_delivered", "members"), {"id": pid}, pid, key=True)


@rule("P012", "overdue-roster", "warning")
def overdue_roster(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        # --today 2026-11-26
        status: running
        end: 2026-06-30

    Passes:

        # --today 2026-11-26
        status: closed
        end: 2026-06-30
    """
    for pid, p in ctx.repo.projects.items():
        prj = p.model
        if prj.end is not None and prj.end < ctx.today and prj.status != "closed":
            params = {"end": prj.end, "status": prj.status, "days": (ctx.today - prj.end).days}
            yield Issue("P012", p.file, ("end",), params, pid)


_COMPARED: tuple[tuple[str, str], ...] = (
    ("start", "start"),
    ("end", "end"),
    ("budget", "budget"),
    ("manager", "project_manager"),
)


@rule("P013", "plan-mismatch", "warning")
def plan_mismatch(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        # data/customers/vapaa-aika.yaml
        projects:
          - name: Kirjastojärjestelmä
            project: kirjasto
            end: 2027-06-30
        # data/projects/kirjasto.yaml
        customer: vapaa-aika
        end: 2027-12-31

    Passes:

        # data/customers/vapaa-aika.yaml
        projects:
          - name: Kirjastojärjestelmä
            project: kirjasto
            end: 2027-06-30
        # data/projects/kirjasto.yaml
        customer: vapaa-aika
        end: 2027-06-30
    """
    repo = ctx.repo
    linked: dict[tuple[str, str], DevProject] = {}
    for cid, c in repo.customers.items():
        for listed in c.model.projects:
            if listed.project is not None:
                linked.setdefault((cid, listed.project), listed)
    for pid, p in repo.projects.items():
        prj = p.model
        if not customer_project(prj) or prj.customer not in repo.customers:
            continue  # no plan to compare with (R002 or S-rules report why)
        assert prj.customer is not None
        plan_file = repo.customers[prj.customer].file
        dp = linked.get((prj.customer, pid))
        if dp is None:
            params = {"id": pid, "customer": prj.customer, "plan": plan_file}
            yield Issue("P013", p.file, ("customer",), params, pid, variant="missing")
            continue
        for plan_field, roster_field in _COMPARED:
            ours, theirs = getattr(prj, roster_field), getattr(dp, plan_field)
            if ours is None or theirs is None or ours == theirs:
                continue
            if roster_field == "project_manager":
                ours, theirs = repo.person_name(ours), repo.person_name(theirs)
            params = {
                "field": roster_field,
                "roster": ours,
                "plan_value": theirs,
                "plan": plan_file,
                "project": dp.name,
            }
            yield Issue("P013", p.file, (roster_field,), params, pid)


@rule("P014", "no-recent-meeting", "warning")
def no_recent_meeting(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        # --today 2026-11-26
        status: running
        meetings:
          interval_weeks: 4
          last: 2026-09-01

    Passes:

        # --today 2026-11-26
        status: running
        meetings:
          interval_weeks: 4
          last: 2026-11-05
    """
    for pid, p in ctx.repo.projects.items():
        prj = p.model
        m = prj.meetings
        if prj.status != "running" or m is None or m.last is None or m.interval_weeks is None:
            continue
        age = (ctx.today - m.last).days
        if age * 2 > m.interval_weeks * 7 * 3:
            due = m.last + timedelta(weeks=m.interval_weeks)
            params = {"date": m.last, "age": age, "weeks": m.interval_weeks, "due": due}
            yield Issue("P014", p.file, ("meetings", "last"), params, pid)
