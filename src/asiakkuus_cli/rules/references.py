"""R rules: references between files (people, customers, segments, rosters).

A reference is reported at the line that makes it. When the file that defines
the referenced things exists but could not be read, its own error is the
finding: the references are not checked against nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Issue
from ..repository import Repository
from . import Context, rule


def person_refs(repo: Repository) -> Iterator[tuple[str, tuple[str | int, ...], str, str | None]]:
    """Every person reference as (file, path, person id, subject)."""
    for entry in repo.people.values():
        if entry.model.deputy:
            yield entry.file, (*entry.at, "deputy"), entry.model.deputy, entry.model.id
    for cid, c in repo.customers.items():
        plan = c.model
        yield c.file, ("account_manager",), plan.account_manager, cid
        if plan.customer_contact:
            yield c.file, ("customer_contact",), plan.customer_contact, cid
        for i, dp in enumerate(plan.projects):
            for fld in ("manager", "it_representative"):
                pid = getattr(dp, fld)
                if pid:
                    yield c.file, ("projects", i, fld), pid, cid
    for pid_, p in repo.projects.items():
        prj = p.model
        yield p.file, ("project_manager",), prj.project_manager, pid_
        for role, idx, person in prj.board.members():
            at: tuple[str | int, ...] = ("board", role) if idx is None else ("board", role, idx)
            yield p.file, at, person, pid_
        if prj.communication:
            for fld in ("customer_side", "supplier_side"):
                person = getattr(prj.communication, fld)
                if person:
                    yield p.file, ("communication", fld), person, pid_


@rule("R001", "unknown-person", "error")
def unknown_person(ctx: Context) -> Iterator[Issue]:
    """A person id that `people.yaml` does not define.

    Every person named in a plan or roster (partnership manager, contacts,
    project managers, board members, deputies) is an id from
    `data/people.yaml`. Add the person there, or correct the id.

    Fails:

        account_manager: liisa-lane

    Passes:

        # data/people.yaml
        people:
          - id: liisa-laine
            name: Liisa Laine
            organisation: it
        # data/customers/vapaa-aika.yaml
        account_manager: liisa-laine
    """
    repo = ctx.repo
    if not repo.people_usable:
        return
    for file, at, pid, subject in person_refs(repo):
        if pid not in repo.known_people:
            yield Issue("R001", file, at, {"id": pid}, subject=subject)


@rule("R002", "unknown-customer", "error")
def unknown_customer(ctx: Context) -> Iterator[Issue]:
    """A customer id with no care plan.

    A roster's `customer` and a person's `organisation` (other than `it`)
    name a care plan in `data/customers/`. Create the plan
    (`asiakkuus plan new ID`) or correct the id.

    Fails:

        # data/projects/kirjasto.yaml
        customer: vapaaaika

    Passes:

        # data/customers/vapaa-aika.yaml
        id: vapaa-aika
        # data/projects/kirjasto.yaml
        customer: vapaa-aika
    """
    repo = ctx.repo
    known = {_stem(f) for f in repo.files if f.startswith("data/customers/")}
    for entry in repo.people.values():
        org = entry.model.organisation
        if org != "it" and org not in known:
            yield Issue(
                "R002", entry.file, (*entry.at, "organisation"), {"id": org}, subject=entry.model.id
            )
    for pid, p in repo.projects.items():
        cust = p.model.customer
        if cust and cust not in known:
            yield Issue("R002", p.file, ("customer",), {"id": cust}, subject=pid)


@rule("R003", "unknown-segment", "error")
def unknown_segment(ctx: Context) -> Iterator[Issue]:
    """A segment not defined in `organisation.yaml`.

    Segments are listed under `segments:` in `data/organisation.yaml`; a plan's
    `segment` must be one of their ids.

    Fails:

        # data/organisation.yaml
        segments:
          - id: 1
            name: Hyvinvointi
        # data/customers/vapaa-aika.yaml
        segment: 6

    Passes:

        # data/organisation.yaml
        segments:
          - id: 1
            name: Hyvinvointi
        # data/customers/vapaa-aika.yaml
        segment: 1
    """
    repo = ctx.repo
    if not repo.organisation_usable:
        return
    known = repo.segment_ids()
    for cid, c in repo.customers.items():
        if c.model.segment not in known:
            yield Issue(
                "R003",
                c.file,
                ("segment",),
                {"id": c.model.segment, "known": sorted(known)},
                subject=cid,
            )


@rule("R004", "unknown-project", "error")
def unknown_project(ctx: Context) -> Iterator[Issue]:
    """A development project links a roster that does not exist.

    `project:` in a plan's development project names a file in
    `data/projects/`. Create the roster (`asiakkuus project new ID`) or
    correct the id.

    Fails:

        projects:
          - name: Asiakasportaali
            project: asiakasportal

    Passes:

        # data/projects/asiakasportaali.yaml
        id: asiakasportaali
        # data/customers/vapaa-aika.yaml
        projects:
          - name: Asiakasportaali
            project: asiakasportaali
    """
    repo = ctx.repo
    known = {_stem(f) for f in repo.files if f.startswith("data/projects/")}
    for cid, c in repo.customers.items():
        for i, dp in enumerate(c.model.projects):
            if dp.project and dp.project not in known:
                yield Issue(
                    "R004", c.file, ("projects", i, "project"), {"id": dp.project}, subject=cid
                )


def _stem(rel: str) -> str:
    return rel.rsplit("/", 1)[-1].removesuffix(".yaml")
