"""R rules: references between files (people, customers, segments, rosters).

A reference is reported at the line that makes it. When the file that defines
the referenced things exists but could not be read, its own error is the
finding: the references are not checked against nothing.

A plan, roster, person, meeting record or sources file whose model did not load
(an S002 elsewhere in it) still has its references checked, field by field from its tree (`salvaged`):
fixing one error must not reveal the next wave of findings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic_core import PydanticCustomError

from asiakkuus_cli.reading.yamlio import YMap, YSeq

from ..findings import Issue
from ..models.values import parse_segment_id, parse_slug
from ..repository import (
    CUSTOMERS_DIR,
    MEETINGS_DIR,
    ORGANISATION_FILE,
    PEOPLE_FILE,
    PROJECTS_DIR,
    SOURCES_FILE,
    Repository,
)
from . import Context, rule
from .meetings import meeting_refs

Ref = tuple[str, tuple[str | int, ...], str, str | None]


def person_refs(repo: Repository) -> Iterator[Ref]:
    """Every person reference as (file, path, person id, subject), loaded or salvaged."""
    yield from _loaded_person_refs(repo)
    yield from (ref for kind, ref in salvaged(repo) if kind == "person")
    yield from (ref for kind, ref in meeting_refs(repo) if kind == "person")


def _loaded_person_refs(repo: Repository) -> Iterator[Ref]:
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
    """
    Fails:

        account_manager: liisa-lane

    Passes:

        account_manager: liisa-laine
    """
    repo = ctx.repo
    if not repo.people_usable:
        return
    known = repo.known_people
    suggest = None
    for file, at, pid, subject in person_refs(repo):
        if pid not in known:
            if suggest is None:  # indexed once, at the first unknown id (difflib loads then)
                from ..similar import Suggester

                suggest = Suggester(known)
            close = next(iter(suggest(pid)), None)
            yield Issue(
                "R001",
                file,
                at,
                {"id": pid, "suggestion": close or ""},
                subject=subject,
                variant="close" if close else None,
            )


@rule("R002", "unknown-customer", "error")
def unknown_customer(ctx: Context) -> Iterator[Issue]:
    """
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
    for kind, (file, at, cust, subject) in salvaged(repo):
        if kind == "customer" and cust not in known and (cust, at[-1]) != ("it", "organisation"):
            yield Issue("R002", file, at, {"id": cust}, subject=subject)
    for kind, (file, at, cust, subject) in meeting_refs(repo):
        if kind == "customer" and cust not in known:
            yield Issue("R002", file, at, {"id": cust}, subject=subject)


@rule("R003", "unknown-segment", "error")
def unknown_segment(ctx: Context) -> Iterator[Issue]:
    """
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
    known = repo.segment_ids() if repo.organisation_usable else _salvaged_segments(repo)
    if known is None:
        return
    refs: list[Ref] = [
        (c.file, ("segment",), c.model.segment, cid) for cid, c in repo.customers.items()
    ]
    refs += [ref for kind, ref in salvaged(repo) if kind == "segment"]
    for file, at, sid, subject in refs:
        if sid not in known:
            yield Issue("R003", file, at, {"id": sid, "known": sorted(known)}, subject=subject)


@rule("R004", "unknown-project", "error")
def unknown_project(ctx: Context) -> Iterator[Issue]:
    """
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
    for kind, (file, at, ident, subject) in [*salvaged(repo), *meeting_refs(repo)]:
        if kind == "project" and ident not in known:
            yield Issue("R004", file, at, {"id": ident}, subject=subject)


def _stem(rel: str) -> str:
    return rel.rsplit("/", 1)[-1].removesuffix(".yaml")


# --- references of what did not load as a whole --------------------------------------------

_BOARD_LISTS = ("senior_users", "users", "senior_suppliers", "suppliers")


def salvaged(repo: Repository) -> Iterator[tuple[str, Ref]]:
    """The references of files and people entries whose model did not load, read field
    by field from their trees as (kind, (file, path, id, subject)); kind is `person`,
    `customer`, `segment` or `project`. A value that is itself invalid is left out:
    its S002 is the finding."""
    for rel in sorted(repo.failed):
        tree = repo.trees.get(rel)
        if not isinstance(tree, YMap):
            continue
        stem = _stem(rel)
        if rel.startswith(CUSTOMERS_DIR + "/"):
            yield from _plan_refs(rel, tree, stem)
        elif rel.startswith(PROJECTS_DIR + "/"):
            yield from _roster_refs(rel, tree, stem)
        elif rel.startswith(MEETINGS_DIR + "/"):
            yield from _meeting_refs(rel, tree)
        elif rel == SOURCES_FILE:
            yield from _sources_refs(rel, tree)
    people = repo.trees.get(PEOPLE_FILE)
    entries = people.get("people") if isinstance(people, YMap) else None
    if isinstance(entries, YSeq):
        loaded = {e.index for e in repo.people.values()}
        for i, raw in enumerate(entries):
            if i in loaded or not isinstance(raw, YMap):
                continue
            subject = _slug(raw.get("id"))
            at: tuple[str | int, ...] = ("people", i)
            for kind, fld in (("person", "deputy"), ("customer", "organisation")):
                if (ident := _slug(raw.get(fld))) is not None:
                    yield kind, (PEOPLE_FILE, (*at, fld), ident, subject)


def _salvaged_segments(repo: Repository) -> set[str] | None:
    """The segment ids of an organisation file whose model did not load (an S002 in it),
    read from its tree; None when its segments cannot be known (no list, an entry
    without an id): then the references are not checked against nothing."""
    tree = repo.trees.get(ORGANISATION_FILE)
    segments = tree.get("segments") if isinstance(tree, YMap) else None
    if not isinstance(segments, YSeq):
        return None
    known: set[str] = set()
    for item in segments:
        raw = item.get("id") if isinstance(item, YMap) else None
        if raw is None:
            return None
        known.add(_segment(raw) or str(raw))
    return known


def _plan_refs(rel: str, tree: YMap, stem: str) -> Iterator[tuple[str, Ref]]:
    for fld in ("account_manager", "customer_contact"):
        if (pid := _slug(tree.get(fld))) is not None:
            yield "person", (rel, (fld,), pid, stem)
    if (sid := _segment(tree.get("segment"))) is not None:
        yield "segment", (rel, ("segment",), sid, stem)
    for i, dp in _items(tree.get("projects")):
        for fld in ("manager", "it_representative"):
            if (pid := _slug(dp.get(fld))) is not None:
                yield "person", (rel, ("projects", i, fld), pid, stem)
        if (ident := _slug(dp.get("project"))) is not None:
            yield "project", (rel, ("projects", i, "project"), ident, stem)


def _roster_refs(rel: str, tree: YMap, stem: str) -> Iterator[tuple[str, Ref]]:
    if (pid := _slug(tree.get("project_manager"))) is not None:
        yield "person", (rel, ("project_manager",), pid, stem)
    if (cust := _slug(tree.get("customer"))) is not None:
        yield "customer", (rel, ("customer",), cust, stem)
    board = tree.get("board")
    if isinstance(board, YMap):
        if (pid := _slug(board.get("executive"))) is not None:
            yield "person", (rel, ("board", "executive"), pid, stem)
        for role in _BOARD_LISTS:
            seats = board.get(role)
            if isinstance(seats, YSeq):
                for i, seat in enumerate(seats):
                    if (pid := _slug(seat)) is not None:
                        yield "person", (rel, ("board", role, i), pid, stem)
    communication = tree.get("communication")
    if isinstance(communication, YMap):
        for fld in ("customer_side", "supplier_side"):
            if (pid := _slug(communication.get(fld))) is not None:
                yield "person", (rel, ("communication", fld), pid, stem)


def _meeting_refs(rel: str, tree: YMap) -> Iterator[tuple[str, Ref]]:
    """As `meetings.meeting_refs` reads a loaded record: participants who are people,
    action owners, and the customer or project met."""
    customer, project = _slug(tree.get("customer")), _slug(tree.get("project"))
    subject = customer or project
    participants = tree.get("participants")
    if isinstance(participants, YSeq):
        for i, p in enumerate(participants):
            if not isinstance(p, YMap) and (pid := _slug(p)) is not None:
                yield "person", (rel, ("participants", i), pid, subject)
    for i, action in _items(tree.get("actions")):
        if (pid := _slug(action.get("owner"))) is not None:
            yield "person", (rel, ("actions", i, "owner"), pid, subject)
    if customer is not None:
        yield "customer", (rel, ("customer",), customer, subject)
    if project is not None:
        yield "project", (rel, ("project",), project, subject)


def _sources_refs(rel: str, tree: YMap) -> Iterator[tuple[str, Ref]]:
    """The customers each source serves (a list; `all` is no reference)."""
    for i, source in _items(tree.get("sources")):
        served = source.get("customers")
        if isinstance(served, YSeq):
            subject = _slug(source.get("id"))
            for j, raw in enumerate(served):
                if (cid := _slug(raw)) is not None:
                    yield "customer", (rel, ("sources", i, "customers", j), cid, subject)


def _items(value: Any) -> Iterator[tuple[int, YMap]]:
    if isinstance(value, YSeq):
        for i, item in enumerate(value):
            if isinstance(item, YMap):
                yield i, item


def _slug(value: Any) -> str | None:
    if value is None:
        return None
    try:
        return parse_slug(value)
    except PydanticCustomError:
        return None


def _segment(value: Any) -> str | None:
    if value is None:
        return None
    try:
        return parse_segment_id(value)
    except PydanticCustomError:
        return None
