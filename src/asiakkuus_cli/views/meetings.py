"""Meeting records as view data: the minutes, the care plan's section, the reports."""

from __future__ import annotations

from datetime import date

from ..findings import Result
from ..i18n import keys
from ..meetings import open_actions, open_actions_of
from ..models import Action, Guest, Meeting
from ..repository import Entry, Repository
from . import Fmt, Report, View, findings_box, table

# --- documents and reports -------------------------------------------------------------


def subject_name(repo: Repository, m: Meeting) -> str:
    """The customer's or project's name, or the id when it is unknown."""
    if m.customer is not None:
        c = repo.customers.get(m.customer)
        return c.model.name if c else m.customer
    p = repo.projects.get(m.project or "")
    return p.model.name if p else (m.project or "")


def _participant(repo: Repository, p: str | Guest, fm: Fmt) -> str:
    if isinstance(p, Guest):
        return f"{p.name} ({p.organisation})" if p.organisation else p.name
    person = repo.person(p)
    if person is None:
        return p
    org = fm.t("meeting.it") if person.is_it else subject_org(repo, person.organisation)
    detail = ", ".join(x for x in (person.title, org) if x)
    return f"{person.name} ({detail})" if detail else person.name


def subject_org(repo: Repository, org: str) -> str:
    c = repo.customers.get(org)
    return c.model.name if c else org


def action_state(a: Action, today: date, fm: Fmt) -> str:
    if isinstance(a.done, date):
        return fm.t("meeting.done_on", date=a.done)
    if a.done:
        return fm.t("meeting.done")
    if a.due is not None and a.due < today:
        return fm.t("meeting.overdue")
    return fm.t("meeting.open")


def _actions_table(
    repo: Repository, title: str, actions: list[tuple[str, str, date | None, str]], fm: Fmt
) -> View:
    """The actions table of the minutes and of the care plan: (what, owner, due, state)."""
    return table(
        title,
        [
            ("what", fm.t("meeting.c.what")),
            ("owner", fm.t("meeting.c.owner")),
            ("due", fm.t("meeting.c.due")),
            ("state", fm.t("meeting.c.state")),
        ],
        [
            {"what": what, "owner": repo.person_name(owner), "due": fm.date(due), "state": state}
            for what, owner, due, state in actions
        ],
        fm.t("doc.none"),
    )


def minutes_view(
    repo: Repository, entry: Entry[Meeting], result: Result, today: date, lang: str
) -> View:
    """The minutes (muistio) of one meeting, formatted for `lang`."""
    fm = Fmt(lang)
    m = entry.model
    org = repo.organisation.model.name if repo.organisation else ""
    name = subject_name(repo, m)
    facts = [
        {"label": fm.t("meeting.f.date"), "value": fm.date(m.date)},
        {
            "label": fm.t("meeting.f.customer" if m.customer else "meeting.f.project"),
            "value": name,
        },
        {"label": fm.t("meeting.f.kind"), "value": fm.t(keys.MEETING_KIND[m.kind])},
    ]
    if m.event:
        facts.append({"label": fm.t("meeting.f.event"), "value": m.event})
    actions = _actions_table(
        repo,
        fm.t("meeting.s.actions"),
        [(a.what, a.owner, a.due, action_state(a, today, fm)) for a in m.actions],
        fm,
    )
    return {
        "kind": "meeting",
        "lang": lang,
        "id": m.subject,
        "file": entry.file,
        "organisation": org,
        "internal": fm.t("doc.internal"),
        "title": fm.t("meeting.title"),
        "page_label": fm.t("doc.page"),
        "as_of": fm.t("doc.as_of", date=today),
        "subject": name,
        "date": fm.date(m.date),
        "facts": facts,
        "findings": findings_box(result, entry.file, fm),
        "participants": {
            "title": fm.t("meeting.s.participants"),
            "entries": [_participant(repo, p, fm) for p in m.participants],
        },
        "topics": {
            "title": fm.t("meeting.s.topics"),
            "entries": list(m.topics),
            "empty": fm.t("doc.none"),
        },
        "decisions": {
            "title": fm.t("meeting.s.decisions"),
            "entries": list(m.decisions),
            "empty": fm.t("doc.none"),
        },
        "actions": actions,
        "notes": {"title": fm.t("meeting.s.notes"), "text": m.notes or ""},
    }


def plan_section(repo: Repository, customer: str, today: date, fm: Fmt, last: int = 5) -> View:
    """For the care plan: the customer's last meetings and its open actions."""
    records = [e for e in repo.meetings_of(customer) if e.model.customer == customer]
    recent = [e for e in records if e.model.date <= today][-last:]
    meetings = table(
        fm.t("meeting.plan.meetings"),
        [
            ("date", fm.t("meeting.c.date")),
            ("kind", fm.t("meeting.c.kind")),
            ("event", fm.t("meeting.c.event")),
            ("decisions", fm.t("meeting.c.decisions")),
        ],
        [
            {
                "date": fm.date(e.model.date),
                "kind": fm.t(keys.MEETING_KIND[e.model.kind]),
                "event": e.model.event or "",
                "decisions": " ".join(e.model.decisions),
            }
            for e in reversed(recent)
        ],
        fm.t("meeting.plan.none"),
    )
    opened = open_actions_of(repo, customer)
    actions = _actions_table(
        repo,
        fm.t("meeting.plan.actions"),
        [
            (
                a.what,
                a.owner,
                a.due,
                fm.t("meeting.overdue" if a.overdue(today) else "meeting.open"),
            )
            for a in opened
        ],
        fm,
    )
    return {"title": fm.t("meeting.plan.title"), "meetings": meetings, "actions": actions}


def meetings_report(repo: Repository, subject: str | None, today: date) -> Report:
    """Every meeting record (of one customer or project), newest first."""
    records = sorted(repo.meetings.values(), key=lambda e: (e.model.date, e.file), reverse=True)
    opened = {(a.file, a.index) for a in open_actions(repo)}
    rows = []
    for e in records:
        m = e.model
        if subject is not None and m.subject != subject:
            continue
        rows.append(
            {
                "date": m.date,
                "subject": m.subject,
                "subject_name": subject_name(repo, m),
                "kind": m.kind,
                "event": m.event,
                "participants": len(m.participants),
                "decisions": len(m.decisions),
                "open_actions": sum(1 for i in range(len(m.actions)) if (e.file, i) in opened),
                "file": e.file,
            }
        )
    return Report("meetings", rows, None, {"subject": subject})


def actions_report(repo: Repository, today: date) -> Report:
    """Open actions by owner (name), then due date."""
    rows = []
    for a in open_actions(repo):
        rows.append(
            {
                "owner": a.owner,
                "owner_name": repo.person_name(a.owner),
                "due": a.due,
                "overdue": a.overdue(today),
                "what": a.what,
                "subject": a.subject,
                "subject_name": subject_name(repo, repo.meetings[a.file].model),
                "meeting": a.meeting,
                "file": a.file,
            }
        )
    rows.sort(key=lambda r: (str(r["owner_name"]).casefold(), r["due"] or date.max))
    return Report("actions", rows, None, {})


def sources_report(repo: Repository, customer: str | None) -> Report:
    """The systems that hold customer data (of one customer), and whom to ask."""
    rows = []
    fields: dict[str, list[str]] = {}
    if customer is not None and customer in repo.customers:
        for fld, sid in repo.customers[customer].model.sources.items():
            fields.setdefault(sid, []).append(fld)
    if repo.sources is not None:
        for s in repo.sources.model.sources:
            if customer is not None and not s.serves(customer):
                continue
            owner = repo.person(s.owner) if s.owner else None
            rows.append(
                {
                    "id": s.id,
                    "name": s.name,
                    "holds": list(s.holds),
                    "fields": fields.get(s.id, []),
                    "owner": s.owner,
                    "owner_name": owner.name if owner else s.owner,
                    "owner_email": owner.email if owner else None,
                    "access": s.access,
                    "refreshed": s.refreshed,
                    "customers": s.customers if isinstance(s.customers, str) else list(s.customers),
                }
            )
    return Report("sources", rows, None, {"customer": customer})
