"""The steering-group guide of one project (appendix 5 of the study) as view data."""

from __future__ import annotations

from datetime import date

from ..findings import Result
from ..i18n import keys
from ..models import Project
from ..repository import Entry, Repository
from . import Fmt, View
from .plan import internal_findings

# Board fields in PRINCE2 order, with the glossary key of each role and its side.
ROLES: tuple[tuple[str, str, str], ...] = (
    ("executive", "executive", "customer"),
    ("senior_users", "senior_user", "customer"),
    ("users", "user", "customer"),
    ("senior_suppliers", "senior_supplier", "supplier"),
    ("suppliers", "supplier", "supplier"),
)
REQUIRED = {"executive", "senior_user", "senior_supplier"}


def term(key: str, fm: Fmt) -> tuple[str, str]:
    """A role's name in the document language, capitalised, and in the other language
    (English beside Finnish, Finnish beside any other)."""
    word = keys.GLOSSARY[key][0]
    own, other = fm.t(word), Fmt("en" if fm.lang == "fi" else "fi").t(word)
    return own[:1].upper() + own[1:], other


def guide_view(
    repo: Repository,
    entry: Entry[Project],
    result: Result,
    today: date,
    lang: str,
    findings: bool = True,
) -> View:
    """The guide goes to the board: findings only when asked for (else None)."""
    fm = Fmt(lang)
    p = entry.model
    org = repo.organisation.model.name if repo.organisation else ""
    plan_entry = repo.customers.get(p.customer) if p.customer else None
    plan = plan_entry.model if plan_entry else None
    customer = fm.t("guide.h.internal") if p.internal else (plan.name if plan else p.customer or "")
    dates = " – ".join(x for x in (fm.date(p.start), fm.date(p.end)) if x)
    facts = [
        ("project", "guide.h.project", p.name),
        ("customer", "guide.h.customer", customer),
        ("status", "guide.h.status", fm.t(keys.TERM["status"][p.status])),
        ("dates", "guide.h.dates", dates),
        ("budget", "guide.h.budget", fm.money(p.budget)),
        ("project_manager", "guide.h.pm", repo.person_name(p.project_manager)),
    ]
    return {
        "kind": "guide",
        "lang": lang,
        "id": p.id,
        "file": entry.file,
        "organisation": org,
        "internal": fm.t("doc.internal"),
        "title": fm.t("guide.title"),
        "page_label": fm.t("doc.page"),
        "as_of": fm.t("doc.as_of", date=today),
        "project": p.name,
        "facts": [{"key": k, "label": fm.t(label), "value": v} for k, label, v in facts],
        "intro": fm.t("guide.intro"),
        "board_title": fm.t("guide.s.board"),
        "roles": _roles(repo, p, org, fm),
        "meetings": {"title": fm.t("guide.s.meetings"), "lines": _meetings(p, fm)},
        "communication": {
            "title": fm.t("guide.s.communication"),
            "lines": _communication(repo, p, fm),
        },
        "pm_role": {"title": fm.t("guide.s.pm_role"), "text": _pm_role(repo, p, fm)},
        "delivery": {"title": fm.t("guide.s.delivery"), "lines": _delivery(p, fm)},
        "findings": (
            internal_findings(result, entry.file, fm, "guide.s.findings") if findings else None
        ),
    }


def _roles(repo: Repository, p: Project, org: str, fm: Fmt) -> list[View]:
    roles = []
    for field, key, side in ROLES:
        value = getattr(p.board, field)
        ids = [value] if isinstance(value, str) else list(value or [])
        members = []
        for pid in ids:
            person = repo.person(pid)
            detail = ""
            if person:
                where = _organisation(repo, person.is_it, person.organisation, p, org)
                detail = ", ".join(x for x in (person.title, where) if x)
            members.append({"id": pid, "name": repo.person_name(pid), "detail": detail})
        name, other = term(key, fm)
        roles.append(
            {
                "key": key,
                "term": name,
                "term_other": other,
                "side": fm.t(keys.GUIDE_SIDE[side]),
                "side_key": side,
                "required": key in REQUIRED,
                "members": members,
                "unnamed": "" if members else fm.t("guide.unnamed"),
                "description": fm.t(keys.GUIDE_ROLE[key]),
                "duties": fm.t(keys.GUIDE_DUTIES[key]).splitlines(),
            }
        )
    return roles


def _organisation(repo: Repository, is_it: bool, org_id: str, p: Project, org: str) -> str:
    """A member's organisation as the guide names it: the service centre, this project's
    customer, or an outside organisation; never another customer of the centre (the
    guide goes to this board only)."""
    if is_it:
        return org
    if org_id in repo.customers:
        return repo.customers[org_id].model.name if org_id == p.customer else ""
    return org_id


def _meetings(p: Project, fm: Fmt) -> list[str]:
    m = p.meetings
    lines = [
        fm.t("guide.meet.interval", weeks=m.interval_weeks)
        if m and m.interval_weeks
        else fm.t("guide.meet.no_interval")
    ]
    lines.append(
        fm.t(
            "guide.meet.duration", minutes=(m.duration_minutes if m and m.duration_minutes else 60)
        )
    )
    if m and m.last:
        lines.append(fm.t("guide.meet.last", date=m.last))
    if m and m.next:
        lines.append(fm.t("guide.meet.next", date=m.next))
    return lines


def _communication(repo: Repository, p: Project, fm: Fmt) -> list[str]:
    c = p.communication
    lines = []
    if c and c.customer_side:
        lines.append(fm.t("guide.comm.customer", name=repo.person_name(c.customer_side)))
    if c and c.supplier_side:
        lines.append(fm.t("guide.comm.supplier", name=repo.person_name(c.supplier_side)))
    if not lines:
        lines.append(fm.t("guide.comm.default"))
    if c and c.delegated_to_pm:
        lines.append(fm.t("guide.comm.delegated", name=repo.person_name(p.project_manager)))
    return lines


def _pm_role(repo: Repository, p: Project, fm: Fmt) -> str:
    plan = repo.customers.get(p.customer) if p.customer else None
    manager = repo.person_name(plan.model.account_manager) if plan else ""
    name = manager or fm.t("guide.unnamed")
    if p.partnership_manager_role:
        return fm.t(keys.GUIDE_PM[p.partnership_manager_role], name=name)
    if p.internal:
        return fm.t("guide.pm.internal")
    return fm.t("guide.pm.unset", name=name)


def _delivery(p: Project, fm: Fmt) -> list[str]:
    g = p.guide_delivered
    missing = fm.t("guide.del.missing")

    def d(v: date | None) -> str:
        return fm.date(v) if v else missing

    return [
        fm.t("guide.del.customer", date=d(g.customer if g else None)),
        fm.t("guide.del.members", date=d(g.members if g else None)),
        fm.t("guide.del.first", date=d(g.first_meeting if g else None)),
    ]
