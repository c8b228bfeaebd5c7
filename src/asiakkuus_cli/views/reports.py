"""Lists and reports across customers and projects: Repository + today -> rows.

Every function here is pure: it reads the loaded repository and the run's
`today` and returns a `Report` whose rows are plain dicts of Python values
(str, int, bool, Decimal, date, list, dict or None). The dict keys are the
stable JSON/CSV keys documented in docs/reports.md; renderers decide how a
value looks. Money is summed as Decimal, never as float.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import PurePosixPath
from typing import Any

from ..models import ORG_TYPES, CustomerPlan, Project
from ..repository import PROJECTS_DIR, Repository

Row = dict[str, Any]
ZERO = Decimal(0)
BOARD_ROLES = ("executive", "senior_users", "users", "senior_suppliers", "suppliers")
PROJECT_STATUSES = ("proposed", "initiation", "running", "closed")


@dataclass(frozen=True)
class Report:
    """One report: its kind (which columns describe it), rows, optional total row."""

    kind: str
    rows: list[Row]
    total: Row | None = None
    meta: dict[str, Any] = field(default_factory=dict)


# --- shared helpers ---------------------------------------------------------------


def is_stale(plan: CustomerPlan, today: date, stale_days: int) -> bool:
    """The plan was last reviewed more than `stale_days` days before today (as C001)."""
    return (today - plan.updated).days > stale_days  # no date arithmetic that can overflow


def _plans(repo: Repository) -> list[CustomerPlan]:
    return [repo.customers[cid].model for cid in sorted(repo.customers)]


def _project_fields(repo: Repository, p: Project) -> Row:
    """The columns every roster row starts with (project list, project report)."""
    return {
        "id": p.id,
        "name": p.name,
        "customer": p.customer,
        "customer_name": customer_name(repo, p.customer),
        "internal": p.internal,
        "status": p.status,
        "start": p.start,
        "end": p.end,
        "budget": p.budget,
        "project_manager": p.project_manager,
        "project_manager_name": repo.person_name(p.project_manager),
    }


def _projects(repo: Repository) -> list[Project]:
    return [repo.projects[pid].model for pid in sorted(repo.projects)]


def _annual(plan: CustomerPlan) -> Decimal | None:
    return plan.charges.annual if plan.charges else None


def _change(plan: CustomerPlan) -> Decimal | None:
    return plan.charges.change if plan.charges else None


def _headcount(plan: CustomerPlan) -> int | None:
    return plan.headcount.count if plan.headcount else None


def _score(plan: CustomerPlan) -> int | None:
    return plan.potential.score if plan.potential else None


def _sum(values: Iterable[Decimal | None]) -> Decimal:
    total = ZERO
    for v in values:
        if v is not None:
            total += v
    return total


def _open_projects(plan: CustomerPlan) -> tuple[int, Decimal]:
    open_ = [p for p in plan.projects if not p.done]
    return len(open_), _sum(p.budget for p in open_)


def mean_score(scores: Iterable[int | None]) -> Decimal | None:
    """Mean of the given scores to one decimal (half up); None when there is none."""
    known = [s for s in scores if s is not None]
    if not known:
        return None
    return (Decimal(sum(known)) / Decimal(len(known))).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )


def customer_name(repo: Repository, cid: str | None) -> str | None:
    if cid is None:
        return None
    entry = repo.customers.get(cid)
    return entry.model.name if entry else cid


# --- plan list ------------------------------------------------------------------


def plan_list(
    repo: Repository,
    today: date,
    *,
    segment: str | None = None,
    manager: str | None = None,
    type_: str | None = None,
    stale: bool = False,
) -> Report:
    """Customers (care plans), filtered; with a total row of their figures."""
    days = repo.settings.rules.stale_plan_days
    rows: list[Row] = []
    for plan in _plans(repo):
        if segment is not None and plan.segment != segment:
            continue
        if manager is not None and plan.account_manager != manager:
            continue
        if type_ is not None and plan.type != type_:
            continue
        old = is_stale(plan, today, days)
        if stale and not old:
            continue
        n_open, budget = _open_projects(plan)
        rows.append({
            "id": plan.id,
            "name": plan.name,
            "type": plan.type,
            "direct": plan.direct,
            "segment": plan.segment,
            "segment_name": repo.segment_name(plan.segment),
            "account_manager": plan.account_manager,
            "account_manager_name": repo.person_name(plan.account_manager),
            "updated": plan.updated,
            "stale": old,
            "charges_annual": _annual(plan),
            "charges_change": _change(plan),
            "headcount": _headcount(plan),
            "potential": _score(plan),
            "open_projects": n_open,
            "open_projects_budget": budget,
        })  # fmt: skip
    total: Row = {
        "customers": len(rows),
        "charges_annual": _sum(r["charges_annual"] for r in rows),
        "charges_change": _sum(r["charges_change"] for r in rows),
        "headcount": sum(r["headcount"] or 0 for r in rows),
        "potential_mean": mean_score(r["potential"] for r in rows),
        "open_projects": sum(r["open_projects"] for r in rows),
        "open_projects_budget": _sum(r["open_projects_budget"] for r in rows),
        "stale_plans": sum(1 for r in rows if r["stale"]),
    }
    return Report("plans", rows, total, {"stale_plan_days": days})


# --- project list ---------------------------------------------------------------


def project_list(
    repo: Repository,
    today: date,
    *,
    customer: str | None = None,
    status: str | None = None,
    manager: str | None = None,
) -> Report:
    """Steering-group rosters, filtered by customer, status and project manager."""
    rows: list[Row] = []
    for p in _projects(repo):
        if customer is not None and p.customer != customer:
            continue
        if status is not None and p.status != status:
            continue
        if manager is not None and p.project_manager != manager:
            continue
        rows.append({**_project_fields(repo, p),
                     "next_meeting": p.meetings.next if p.meetings else None})  # fmt: skip
    total: Row = {"projects": len(rows), "budget": _sum(r["budget"] for r in rows)}
    return Report("projects", rows, total)


# --- report segments ------------------------------------------------------------


def _segment_figures(plans: list[CustomerPlan], today: date, days: int) -> Row:
    by_type = {t: sum(1 for p in plans if p.type == t) for t in ORG_TYPES}
    opened = [_open_projects(p) for p in plans]
    stale_ids = [p.id for p in plans if is_stale(p, today, days)]
    return {
        "customers": len(plans),
        "by_type": {t: n for t, n in by_type.items() if n},
        "charges_annual": _sum(_annual(p) for p in plans),
        "charges_change": _sum(_change(p) for p in plans),
        "headcount": sum(_headcount(p) or 0 for p in plans),
        "potential_mean": mean_score(_score(p) for p in plans),
        "open_projects": sum(n for n, _ in opened),
        "open_projects_budget": _sum(b for _, b in opened),
        "stale_plans": len(stale_ids),
        "stale_plan_ids": stale_ids,
    }


def segments_report(repo: Repository, today: date) -> Report:
    """Per segment (organisation order, then unknown segments used by plans): figures."""
    days = repo.settings.rules.stale_plan_days
    plans = _plans(repo)
    order: list[str] = []
    if repo.organisation is not None:
        order = [s.id for s in repo.organisation.model.segments]
    order += sorted({p.segment for p in plans} - set(order))
    rows: list[Row] = []
    for sid in order:
        members = [p for p in plans if p.segment == sid]
        rows.append({"segment": sid, "name": repo.segment_name(sid),
                     **_segment_figures(members, today, days)})  # fmt: skip
    total: Row = {"segment": None, "name": None, **_segment_figures(plans, today, days)}
    return Report("segments", rows, total, {"stale_plan_days": days})


# --- report managers ------------------------------------------------------------


def managers_report(repo: Repository, today: date) -> Report:
    """Per partnership manager (role holders and every account manager named by a plan)."""
    from .calendar import upcoming

    days = repo.settings.rules.stale_plan_days
    plans = _plans(repo)
    ids = {pid for pid, e in repo.people.items() if "partnership_manager" in e.model.roles}
    ids |= {p.account_manager for p in plans}
    soon: dict[str | None, int] = {}
    for e in upcoming(repo, today, 30, per_customer=True):
        soon[e.customer] = soon.get(e.customer, 0) + 1
    rows: list[Row] = []
    for mid in ids:
        mine = [p for p in plans if p.account_manager == mid]
        covered = [t for t in ORG_TYPES if any(p.type == t for p in mine)]
        person = repo.person(mid)
        deputy = person.deputy if person else None
        opened = [_open_projects(p) for p in mine]
        stale_ids = [p.id for p in mine if is_stale(p, today, days)]
        rows.append({
            "manager": mid,
            "name": repo.person_name(mid),
            "customers": len(mine),
            "customer_ids": [p.id for p in mine],
            "types_covered": covered,
            "types_missing": [t for t in ORG_TYPES if t not in covered],
            "charges_annual": _sum(_annual(p) for p in mine),
            "open_projects": sum(n for n, _ in opened),
            "deputy": deputy,
            "deputy_name": repo.person_name(deputy) if deputy else None,
            "stale_plans": len(stale_ids),
            "stale_plan_ids": stale_ids,
            "events_next_30_days": sum(soon.get(p.id, 0) for p in mine),
        })  # fmt: skip
    rows.sort(key=lambda r: (str(r["name"]).casefold(), r["manager"]))
    total: Row = {
        "customers": sum(r["customers"] for r in rows),
        "charges_annual": _sum(r["charges_annual"] for r in rows),
        "open_projects": sum(r["open_projects"] for r in rows),
        "stale_plans": sum(r["stale_plans"] for r in rows),
        "events_next_30_days": sum(r["events_next_30_days"] for r in rows),
    }
    return Report("managers", rows, total, {"stale_plan_days": days})


# --- report needs ---------------------------------------------------------------

_SPACE = re.compile(r"\s+")


def need_text_key(text: str) -> str:
    """The text of a need ignoring case and spacing (as O002 compares them)."""
    return _SPACE.sub(" ", text).strip().casefold()


def tag_key(tag: str) -> str:
    return _SPACE.sub(" ", tag).strip().casefold()


def _tri(values: list[bool | None]) -> str | None:
    """Return "yes" if every known value is true, "no" if none, "partly" else; None if unknown."""
    known = [v for v in values if v is not None]
    if not known:
        return None
    if all(known):
        return "yes"
    return "no" if not any(known) else "partly"


def needs_report(repo: Repository, today: date) -> Report:
    """Small needs grouped: needs sharing a tag (any case) or the same text are one group.

    Order: shared groups (two or more customers) first, most customers first; then
    groups with an undecided need (neither budgeted nor decided), oldest first; then
    the rest by first observation.
    """
    items = [(plan, need) for plan in _plans(repo) for need in plan.needs]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_by: dict[str, int] = {}
    for i, (_, need) in enumerate(items):
        keys = [f"t:{tag_key(t)}" for t in need.tags if t.strip()] + [
            f"x:{need_text_key(need.need)}"
        ]
        for k in keys:
            if k in first_by:
                parent[find(i)] = find(first_by[k])
            else:
                first_by[k] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)

    rows: list[Row] = []
    for members in groups.values():
        entries = [items[i] for i in members]
        entries.sort(key=lambda pn: (pn[1].observed, pn[0].id))
        tag_count: dict[str, int] = {}
        tag_label: dict[str, str] = {}
        for _, need in entries:
            for t in {tag_key(t): t.strip() for t in need.tags if t.strip()}.items():
                tag_count[t[0]] = tag_count.get(t[0], 0) + 1
                tag_label.setdefault(t[0], t[1])
        shared_tags = sorted(tag_label[k] for k, n in tag_count.items() if n >= 2)
        customers = sorted({p.id for p, _ in entries})
        undecided = [not n.budgeted and not n.decision for _, n in entries]
        rows.append({
            "group": ", ".join(shared_tags) if shared_tags else entries[0][1].need,
            "tags": sorted(tag_label[k] for k in tag_count),
            "customers": customers,
            "customer_names": [customer_name(repo, c) for c in customers],
            "shared": len(customers) >= 2,
            "needs_count": len(entries),
            "first_observed": entries[0][1].observed,
            "budgeted": _tri([n.budgeted for _, n in entries]) or "no",
            "fits_environment": _tri([n.fits_environment for _, n in entries]),
            "undecided": any(undecided),
            "oldest_undecided": min(
                (n.observed for (_, n), u in zip(entries, undecided, strict=True) if u),
                default=None,
            ),
            "needs": [
                {"customer": p.id, "need": n.need, "observed": n.observed,
                 "budgeted": n.budgeted, "fits_environment": n.fits_environment,
                 "decision": n.decision, "tags": list(n.tags)}
                for p, n in entries
            ],
        })  # fmt: skip
    rows.sort(key=lambda r: (
        not r["shared"],
        -len(r["customers"]) if r["shared"] else 0,
        not r["undecided"],
        r["oldest_undecided"] or r["first_observed"],
        str(r["group"]).casefold(),
    ))  # fmt: skip
    total: Row = {
        "groups": len(rows),
        "shared_groups": sum(1 for r in rows if r["shared"]),
        "needs_count": len(items),
        "undecided": sum(1 for r in rows if r["undecided"]),
    }
    return Report("needs", rows, total)


# --- report projects ------------------------------------------------------------


def board_roles(project: Project) -> tuple[list[str], list[str]]:
    """(filled, missing) among the five board roles, in board order."""
    filled = [r for r in BOARD_ROLES if getattr(project.board, r)]
    return filled, [r for r in BOARD_ROLES if r not in filled]


def projects_report(repo: Repository, today: date, lang: str) -> Report:
    """Every roster with its board completeness and its open findings by severity."""
    from asiakkuus_cli.rules import engine

    result = engine.run(repo, today, lang)
    counts: dict[str, dict[str, int]] = {}
    for f in result.findings:
        per = counts.setdefault(f.path, {"error": 0, "warning": 0, "info": 0})
        per[f.severity] = per.get(f.severity, 0) + 1
    rows: list[Row] = []
    for pid in sorted(repo.projects):
        entry = repo.projects[pid]
        p = entry.model
        filled, missing = board_roles(p)
        found = counts.get(entry.file, {})
        rows.append({
            **_project_fields(repo, p),
            "board_filled": filled,
            "board_missing": missing,
            "board_members": len(p.board.distinct()),
            "errors": found.get("error", 0),
            "warnings": found.get("warning", 0),
            "infos": found.get("info", 0),
        })  # fmt: skip
    for file in sorted(f for f in repo.failed if f.startswith(PROJECTS_DIR + "/")):
        # A roster that does not load is still a roster: show it with its findings.
        found = counts.get(file, {})
        rows.append({
            "id": PurePosixPath(file).stem, "name": None, "customer": None,
            "customer_name": None, "internal": None, "status": None, "start": None,
            "end": None, "budget": None, "project_manager": None,
            "project_manager_name": None, "board_filled": [], "board_missing": [],
            "board_members": 0, "errors": found.get("error", 0),
            "warnings": found.get("warning", 0), "infos": found.get("info", 0),
        })  # fmt: skip
    rows.sort(key=lambda r: str(r["id"]))
    total: Row = {
        "projects": len(rows),
        "budget": _sum(r["budget"] for r in rows),
        "errors": sum(r["errors"] for r in rows),
        "warnings": sum(r["warnings"] for r in rows),
        "infos": sum(r["infos"] for r in rows),
    }
    return Report("project_report", rows, total)
