"""The site's pages as view data: the repository and the rules' result -> one dict per page.

The pages reuse the document views (`views.plan`, `views.guide`, `views.glossary`),
the reports (`views.reports`) and the calendar (`views.calendar`); the findings
are the engine's result, so the site says exactly what `validate` says. Every
text comes from the catalogue or the data; the templates escape all of it.
"""

from __future__ import annotations

import calendar as _cal
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Any

from ..findings import Finding, Result
from ..i18n import format_month_short, keys, term
from ..meetings import OpenAction, open_actions
from ..models import ORG_TYPES, CustomerPlan, Project
from ..models.values import Month
from ..repository import (
    CUSTOMERS_DIR,
    MEETINGS_DIR,
    ORGANISATION_FILE,
    PEOPLE_FILE,
    PROJECTS_DIR,
    Repository,
)
from ..rules.organisation import managed_types
from ..views import Fmt, View
from ..views import calendar as cal_view
from ..views.glossary import glossary_view
from ..views.guide import ROLES, guide_view
from ..views.meetings import minutes_view, subject_name
from ..views.plan import plan_view
from ..views.reports import (
    managers_report,
    needs_report,
    plan_list,
    project_list,
    segments_report,
)
from . import charts
from .history import Entry as HistoryEntry
from .history import history_view

SEVERITIES = ("error", "warning", "info")
#: Lists on the front page show this many items and link to the whole list.
FRONT_LIMIT = 12
#: The project timeline of the front page shows at most this many open rosters.
TIMELINE_LIMIT = 25
#: Customer page sections by the plan's top-level field, for links to a finding's field.
PLAN_SECTIONS = {
    "projects": "s-projects",
    "critical_systems": "s-systems",
    "calendar": "s-calendar",
    "needs": "s-needs",
    "marketing": "s-marketing",
    "agreements": "s-agreements",
    "notes": "s-notes",
}
PROJECT_SECTIONS = {
    "board": "s-board",
    "meetings": "s-meetings",
    "communication": "s-communication",
    "partnership_manager_role": "s-pm-role",
    "guide_delivered": "s-delivery",
}
AGE_BUCKETS = (90, 180, 365, 730)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass
class Context:
    """What every page is made from."""

    repo: Repository
    result: Result
    lang: str
    today: date
    history: dict[str, list[HistoryEntry]] | None
    pdf: bool = False
    fm: Fmt = field(init=False)
    by_file: dict[str, list[Finding]] = field(init=False)
    rosters_of: dict[str, list[str]] = field(init=False)
    project_of_file: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.fm = Fmt(self.lang)
        self.by_file = defaultdict(list)
        for f in self.result.findings:
            self.by_file[f.path].append(f)
        self.rosters_of = defaultdict(list)
        self.project_of_file = {e.file: pid for pid, e in self.repo.projects.items()}
        for pid in sorted(self.repo.projects):
            cid = self.repo.projects[pid].model.customer
            if cid:
                self.rosters_of[cid].append(pid)

    def t(self, key: str, **params: Any) -> str:
        return self.fm.t(key, **params)

    @cached_property
    def meetings_by_subject(self) -> dict[str, list[str]]:
        """Meeting files by customer or project, newest first (made once, not per page)."""
        found: dict[str, list[str]] = defaultdict(list)
        ordered = sorted(self.repo.meetings.items(), key=lambda kv: (kv[1].model.date, kv[0]))
        for file, e in reversed(ordered):
            found[e.model.subject].append(file)
        return found

    @cached_property
    def open_actions_of(self) -> dict[str, list[OpenAction]]:
        """Open actions by customer or project, in `open_actions` order."""
        found: dict[str, list[OpenAction]] = defaultdict(list)
        for a in open_actions(self.repo):
            found[a.subject].append(a)
        return found

    def file_result(self, file: str) -> Result:
        return Result(1, self.by_file.get(file, []), self.lang)

    @property
    def org(self) -> str:
        return self.repo.organisation.model.name if self.repo.organisation else ""

    def term(self, kind: str, value: str | None) -> str:
        return term(kind, value, self.lang) if value else ""


# --- links -----------------------------------------------------------------------------


def customer_url(cid: str) -> str:
    return f"customers/{cid}.html"


def project_url(pid: str) -> str:
    return f"projects/{pid}.html"


def meeting_url(file: str) -> str:
    """`data/meetings/<id>/<name>.yaml` -> `meetings/<id>/<name>.html`."""
    return "meetings/" + file.removeprefix(MEETINGS_DIR + "/").removesuffix(".yaml") + ".html"


def person_url(pid: str) -> str:
    return f"people.html#p-{pid}"


def _section_of(repo: Repository, file: str, line: int, sections: dict[str, str]) -> str:
    """The page section of the top-level field that holds `line` of `file`."""
    tree = repo.trees.get(file)
    best, best_line = "", 0
    key_pos = getattr(tree, "key_pos", {})
    for key, (kline, _) in key_pos.items():
        if best_line < kline <= line:
            best, best_line = key, kline
    return sections.get(best, "s-summary")


def finding_link(ctx: Context, f: Finding) -> str:
    """Where on the site a finding's page and field are; '' when it has no page."""
    stem = f.path.rsplit("/", 1)[-1].removesuffix(".yaml")
    if f.path.startswith(CUSTOMERS_DIR + "/") and stem in ctx.repo.customers:
        return f"{customer_url(stem)}#{_section_of(ctx.repo, f.path, f.line, PLAN_SECTIONS)}"
    if f.path.startswith(PROJECTS_DIR + "/") and stem in ctx.repo.projects:
        return f"{project_url(stem)}#{_section_of(ctx.repo, f.path, f.line, PROJECT_SECTIONS)}"
    if f.path == PEOPLE_FILE and f.subject and f.subject in ctx.repo.people:
        return person_url(f.subject)
    if f.path == ORGANISATION_FILE:
        return "calendar.html"
    if f.path in ctx.repo.meetings:
        return meeting_url(f.path)
    return ""


def finding_view(ctx: Context, f: Finding, base: str = "") -> View:
    link = finding_link(ctx, f)
    return {
        "code": f.code,
        "severity": f.severity,
        "severity_label": cap(ctx.t(keys.SEVERITY[f.severity])),
        "message": f.message,
        "hint": f.hint or "",
        "where": f"{f.path}:{f.line}:{f.column}",
        "url": base + link if link else "",
    }


# --- the pages ---------------------------------------------------------------------------


def front(ctx: Context) -> View:
    repo, fm, today = ctx.repo, ctx.fm, ctx.today
    seg = segments_report(repo, today)
    seg_rows = []
    for r in seg.rows:
        seg_rows.append(
            {
                "name": _seg_label(r["segment"], r["name"]),
                "customers": str(r["customers"]),
                "types": ", ".join(
                    f"{ctx.term('type', k)} {n}" for k, n in sorted(r["by_type"].items())
                ),
                "charges": fm.money(r["charges_annual"]),
                "change": fm.money(r["charges_change"], signed=True),
                "stale": str(r["stale_plans"]),
                "open_projects": str(r["open_projects"]),
            }
        )
    total = seg.total or {}
    charge_chart = charts.hbars(
        [
            (
                _seg_label(r["segment"], r["name"]),
                float(r["charges_annual"]),
                fm.money(r["charges_annual"]),
            )
            for r in seg.rows
        ]
    )
    plans = plan_list(repo, today)
    ages = _age_buckets(ctx, [r["updated"] for r in plans.rows])
    stale_rows = sorted(
        (r for r in plans.rows if r["stale"]), key=lambda r: (r["updated"], r["id"])
    )
    open_projects = [
        r for r in project_list(repo, today).rows if r["status"] != "closed"
    ]  # fmt: skip
    month_start = date(today.year, today.month, 1)
    month_days = _cal.monthrange(today.year, today.month)[1]
    this_month = cal_view.upcoming(repo, month_start, month_days)
    timeline_items = sorted(
        (r for r in open_projects if r["start"] and r["end"]),
        key=lambda r: (r["end"], r["id"]),
    )
    shown = timeline_items[:TIMELINE_LIMIT]
    gantt = charts.gantt(
        [(r["name"], r["start"], r["end"], r["end"] < today) for r in shown], today
    )
    counts = {s: ctx.result.count(s) for s in SEVERITIES}
    return {
        "title": ctx.t("site.front.title"),
        "intro": ctx.t("site.front.intro", org=ctx.org),
        "figures": [
            {
                "label": ctx.t("site.front.customers"),
                "value": str(len(plans.rows)),
                "url": "customers.html",
            },
            {
                "label": ctx.t("site.front.charges"),
                "value": fm.money(total.get("charges_annual")),
                "url": "customers.html",
            },
            {
                "label": ctx.t("site.front.change"),
                "value": fm.money(total.get("charges_change"), signed=True),
                "url": "customers.html",
            },
            {
                "label": ctx.t("site.front.stale"),
                "value": str(len(stale_rows)),
                "url": "customers.html?stale=1",
            },
            {
                "label": ctx.t("site.front.open_projects"),
                "value": str(len(open_projects)),
                "url": "#s-projects",
            },
            {
                "label": ctx.t("site.front.errors"),
                "value": str(counts["error"]),
                "url": "findings.html",
            },
        ],
        "segments": {
            "title": ctx.t("site.front.segments"),
            "columns": _cols(
                ctx,
                [
                    ("name", "site.col.segment", False),
                    ("customers", "site.col.customers", True),
                    ("types", "site.col.types", False),
                    ("charges", "site.col.charges", True),
                    ("change", "site.col.change", True),
                    ("stale", "site.col.stale_plans", True),
                    ("open_projects", "site.col.open_projects", True),
                ],
            ),
            "rows": seg_rows,
            "empty": fm.t("doc.none"),
        },
        "charges_chart": {
            "title": ctx.t("site.chart.charges"),
            "desc": ctx.t("site.chart.charges.desc"),
            "chart": charge_chart,
        },
        "age_chart": ages,
        "stale": {
            "title": ctx.t("site.front.stale_list", days=seg.meta["stale_plan_days"]),
            "items": [
                {
                    "text": r["name"],
                    "url": customer_url(r["id"]),
                    "detail": ctx.t("site.front.updated", date=r["updated"]),
                }
                for r in stale_rows[:FRONT_LIMIT]
            ],
            "more": _more(ctx, len(stale_rows), "customers.html?stale=1"),
            "empty": ctx.t("site.front.stale_none"),
        },
        "attention": {
            "title": ctx.t("site.front.month", month=fm.month(Month(today.month, today.year))),
            "items": [
                {"text": _event_text(ctx, e), "url": _event_url(ctx, e), "detail": fm.date(e.date)}
                for e in this_month[:FRONT_LIMIT]
            ],
            "more": _more(ctx, len(this_month), f"calendar.html#m-{today.month}"),
            "empty": ctx.t("site.front.month_none"),
        },
        "projects": {
            "title": ctx.t("site.front.projects"),
            "chart": gantt,
            "desc": ctx.t("site.chart.timeline.desc"),
            "today_label": ctx.t("site.chart.today"),
            "caption": ctx.t("site.chart.timeline", shown=len(shown), total=len(open_projects)),
            "columns": _cols(
                ctx,
                [
                    ("name", "site.col.project", False),
                    ("customer", "site.col.customer", False),
                    ("status", "site.col.status", False),
                    ("start", "site.col.start", False),
                    ("end", "site.col.end", False),
                ],
            ),
            "rows": [
                {
                    "name": r["name"],
                    "url": project_url(r["id"]),
                    "customer": r["customer_name"] or ctx.t("site.internal_project"),
                    "status": ctx.term("status", r["status"]),
                    "start": fm.date(r["start"]),
                    "end": fm.date(r["end"]),
                    "late": bool(r["end"] and r["end"] < today),
                }
                for r in shown
            ],
            "empty": fm.t("doc.none"),
        },
    }


def _seg_label(sid: str, name: str) -> str:
    return name if name == sid else f"{sid} – {name}"


def _cols(ctx: Context, spec: list[tuple[str, str, bool]]) -> list[View]:
    return [
        {"key": k, "label": ctx.t(label), "align": "right" if num else "left"}
        for k, label, num in spec
    ]


def _more(ctx: Context, total: int, url: str) -> View | None:
    if total <= FRONT_LIMIT:
        return None
    return {"text": ctx.t("site.more", n=total - FRONT_LIMIT), "url": url}


def _age_buckets(ctx: Context, updated: list[date]) -> View:
    labels = [
        ctx.t("site.age.0"),
        ctx.t("site.age.1"),
        ctx.t("site.age.2"),
        ctx.t("site.age.3"),
        ctx.t("site.age.4"),
    ]
    counts = [0] * 5
    for d in updated:
        days = (ctx.today - d).days
        i = next((n for n, limit in enumerate(AGE_BUCKETS) if days <= limit), 4)
        counts[i] += 1
    return {
        "title": ctx.t("site.chart.age"),
        "desc": ctx.t("site.chart.age.desc"),
        "chart": charts.columns(list(zip(labels, counts, strict=True))),
        "rows": [
            {"label": label, "value": str(n)} for label, n in zip(labels, counts, strict=True)
        ],
        "col_age": ctx.t("site.col.age"),
        "col_count": ctx.t("site.col.customers"),
    }


def _whom(ctx: Context, e: cal_view.Event) -> str:
    """The customer of an event; all customers for the common calendar; else internal."""
    if e.customer_name:
        return e.customer_name
    return ctx.t("site.all_customers" if e.kind == "care" else "site.internal_project")


def _event_text(ctx: Context, e: cal_view.Event) -> str:
    return f"{ctx.t(keys.SITE_EVENT[e.kind])}: {e.what} – {_whom(ctx, e)}"


def _event_url(ctx: Context, e: cal_view.Event) -> str:
    """The page of the plan or roster an event comes from ('' for the common calendar)."""
    if e.file.startswith(CUSTOMERS_DIR + "/") and e.customer in ctx.repo.customers:
        return customer_url(e.customer)
    pid = ctx.project_of_file.get(e.file)
    return project_url(pid) if pid else ""


def customers(ctx: Context) -> View:
    repo, fm = ctx.repo, ctx.fm
    plans = plan_list(repo, ctx.today)
    rows = []
    for r in plans.rows:
        rows.append(
            {
                "id": r["id"],
                "url": customer_url(r["id"]),
                "name": r["name"],
                "segment": _seg_label(r["segment"], r["segment_name"]),
                "segment_id": r["segment"],
                "type": ctx.term("type", r["type"]),
                "type_id": r["type"],
                "manager": r["account_manager_name"],
                "manager_id": r["account_manager"],
                "updated": fm.date(r["updated"]),
                "updated_sort": r["updated"].isoformat(),
                "stale": r["stale"],
                "stale_text": fm.bool(r["stale"]),
                "charges": fm.money(r["charges_annual"]),
                "charges_sort": _num(r["charges_annual"]),
                "change": fm.money(r["charges_change"], signed=True),
                "change_sort": _num(r["charges_change"]),
                "open_projects": str(r["open_projects"]),
            }
        )

    def options(key: str, label: str) -> list[View]:
        seen = {row[key + "_id"]: row[label] for row in rows}
        return [
            {"value": k, "label": v}
            for k, v in sorted(seen.items(), key=lambda kv: (kv[1].casefold(), kv[0]))
        ]

    return {
        "title": ctx.t("site.customers.title"),
        "intro": ctx.t("site.customers.intro", n=len(rows)),
        "columns": _cols(
            ctx,
            [
                ("name", "site.col.customer", False),
                ("segment", "site.col.segment", False),
                ("type", "site.col.type", False),
                ("manager", "site.col.manager", False),
                ("updated", "site.col.updated", False),
                ("stale_text", "site.col.stale", False),
                ("charges", "site.col.charges", True),
                ("change", "site.col.change", True),
                ("open_projects", "site.col.open_projects", True),
            ],
        ),
        "rows": rows,
        "filters": {
            "label": ctx.t("site.filter.title"),
            "text": ctx.t("site.filter.text"),
            "segment": ctx.t("site.col.segment"),
            "type": ctx.t("site.col.type"),
            "manager": ctx.t("site.col.manager"),
            "stale": ctx.t("site.filter.stale"),
            "all": ctx.t("site.filter.all"),
            "segments": options("segment", "segment"),
            "types": [
                {"value": ty, "label": ctx.term("type", ty)}
                for ty in ORG_TYPES
                if any(r["type_id"] == ty for r in rows)
            ],
            "managers": options("manager", "manager"),
            "shown": ctx.t("site.filter.shown"),
            "sort": ctx.t("site.sort"),
        },
        "empty": fm.t("doc.none"),
    }


def _num(v: Decimal | None) -> str:
    return "" if v is None else str(v)


def customer(ctx: Context, cid: str, needs_index: dict[tuple[str, str], int]) -> View:
    repo = ctx.repo
    entry = repo.customers[cid]
    plan: CustomerPlan = entry.model
    view = plan_view(repo, entry, ctx.file_result(entry.file), ctx.today, ctx.lang)
    base = "../"
    findings = [finding_view(ctx, f, base) for f in ctx.by_file.get(entry.file, [])]
    tl = view["timeline"]
    gantt = None
    from ..views.plan import _project_order

    bars = [
        (p.name, p.start, p.end, not p.done and p.end < ctx.today)
        for p in sorted(plan.projects, key=_project_order)
        if p.start is not None and p.end is not None and p.end >= p.start
    ]
    if bars:
        gantt = charts.gantt(bars, ctx.today)
    roster_ids = [p.project for p in plan.projects if p.project and p.project in repo.projects]
    roster_ids += ctx.rosters_of.get(cid, [])
    links: list[View] = [
        {"text": repo.projects[pid].model.name, "url": base + project_url(pid),
         "kind": ctx.t("site.link.roster")}
        for pid in dict.fromkeys(roster_ids)
    ]  # fmt: skip
    people = []
    for role_key, pid in (
        ("plan.h.manager", plan.account_manager),
        ("plan.h.contact", plan.customer_contact),
    ):
        if pid and pid in repo.people:
            people.append({"text": repo.person_name(pid), "url": base + person_url(pid),
                           "kind": ctx.t(role_key)})  # fmt: skip
    need_links = []
    for n in plan.needs:
        g = needs_index.get((cid, n.need))
        if g is not None:
            need_links.append({"text": n.need, "url": f"{base}needs.html#n-{g}",
                               "kind": ctx.t("site.link.need")})  # fmt: skip
    hist = None
    meetings = meetings_box(ctx, cid, base)
    if ctx.history is not None:
        hist = history_view(ctx.history.get(cid, []), repo, ctx.lang)
    return {
        "doc": view,
        "title": view["customer"],
        "findings": findings,
        "gantt": gantt,
        "timeline_undated": tl["undated"],
        "links": links + people + need_links,
        "pdf": f"{cid}.pdf" if ctx.pdf else "",
        "history": hist,
        "meetings": meetings,
        "history_labels": {
            "title": ctx.t("site.history.title"),
            "intro": ctx.t("site.history.intro"),
            "none": ctx.t("site.history.none"),
            "no_git": ctx.t("site.history.no_git"),
            "added": ctx.t("site.history.added"),
            "removed": ctx.t("site.history.removed"),
            "unreadable": ctx.t("site.history.unreadable"),
            "date": ctx.t("site.col.date"),
            "author": ctx.t("site.col.author"),
            "change": ctx.t("site.col.what_changed"),
        },
    }


def project(ctx: Context, pid: str) -> View:
    repo = ctx.repo
    entry = repo.projects[pid]
    p: Project = entry.model
    view = guide_view(repo, entry, ctx.file_result(entry.file), ctx.today, ctx.lang)
    base = "../"
    for role in view["roles"]:
        for m in role["members"]:
            m["url"] = base + person_url(m["id"]) if m["id"] in repo.people else ""
    back = None
    if p.customer and p.customer in repo.customers:
        back = {"text": repo.customers[p.customer].model.name,
                "url": base + customer_url(p.customer)}  # fmt: skip
    pm = p.project_manager
    return {
        "doc": view,
        "title": view["project"],
        "findings": [finding_view(ctx, f, base) for f in ctx.by_file.get(entry.file, [])],
        "back": back,
        "pm": {"text": repo.person_name(pm), "url": base + person_url(pm)}
        if pm in repo.people
        else None,
        "pdf": f"{pid}.pdf" if ctx.pdf else "",
        "meetings": meetings_box(ctx, pid, base),
    }


def meetings_box(ctx: Context, subject: str, base: str) -> View:
    """A customer's or project's meeting records (newest first) and open actions."""
    repo, fm = ctx.repo, ctx.fm
    records = [repo.meetings[f] for f in ctx.meetings_by_subject.get(subject, [])]
    opened = ctx.open_actions_of.get(subject, [])
    return {
        "title": ctx.t("site.meetings.title"),
        "records_title": ctx.t("site.meetings.records"),
        "actions_title": fm.t("meeting.plan.actions"),
        "none": fm.t("meeting.plan.none"),
        "no_actions": fm.t("doc.none"),
        "labels": {
            "date": fm.t("meeting.c.date"),
            "kind": fm.t("meeting.c.kind"),
            "event": fm.t("meeting.c.event"),
            "what": fm.t("meeting.c.what"),
            "owner": fm.t("meeting.c.owner"),
            "due": fm.t("meeting.c.due"),
            "state": fm.t("meeting.c.state"),
            "meeting": ctx.t("site.meetings.recorded_in"),
        },
        "records": [
            {
                "date": fm.date(e.model.date),
                "url": base + meeting_url(e.file),
                "kind": fm.t(keys.MEETING_KIND[e.model.kind]),
                "event": e.model.event or "",
            }
            for e in records
        ],
        "actions": [
            {
                "what": a.what,
                "owner": repo.person_name(a.owner),
                "owner_url": base + person_url(a.owner) if a.owner in repo.people else "",
                "due": fm.date(a.due),
                "overdue": a.overdue(ctx.today),
                "state": fm.t("meeting.overdue" if a.overdue(ctx.today) else "meeting.open"),
                "meeting": fm.date(a.meeting),
                "meeting_url": base + meeting_url(a.file),
            }
            for a in opened
        ],
    }


def meeting(ctx: Context, file: str) -> View:
    """One meeting record: the minutes as `meeting render` shows them, with links back."""
    repo = ctx.repo
    entry = repo.meetings[file]
    m = entry.model
    view = minutes_view(repo, entry, ctx.file_result(file), ctx.today, ctx.lang)
    base = "../../"
    back = None
    if m.customer and m.customer in repo.customers:
        back = {"text": repo.customers[m.customer].model.name, "kind": ctx.t("site.col.customer"),
                "url": base + customer_url(m.customer) + "#s-meetings"}  # fmt: skip
    elif m.project and m.project in repo.projects:
        back = {"text": repo.projects[m.project].model.name, "kind": ctx.t("site.col.project"),
                "url": base + project_url(m.project) + "#s-meeting-records"}  # fmt: skip
    return {
        "doc": view,
        "title": f"{view['title']}: {view['subject']} {view['date']}",
        "findings": [finding_view(ctx, f, base) for f in ctx.by_file.get(file, [])],
        "back": back,
    }


def people(ctx: Context) -> View:
    repo = ctx.repo
    report = managers_report(repo, ctx.today)
    covered = managed_types(repo)
    coverage_findings: dict[str, list[Finding]] = defaultdict(list)
    for f in ctx.by_file.get(PEOPLE_FILE, []):
        if f.code in ("O001", "O003") and f.subject:
            coverage_findings[f.subject].append(f)
    managers = []
    for r in report.rows:
        mid = r["manager"]
        deputy = r["deputy"]
        managers.append(
            {
                "id": mid,
                "name": r["name"],
                "url": person_url(mid) if mid in repo.people else "",
                "customers": [
                    {"text": repo.customers[c].model.name, "url": customer_url(c)}
                    for c in r["customer_ids"]
                ],
                "deputy": {
                    "text": r["deputy_name"],
                    "url": person_url(deputy) if deputy in repo.people else "",
                }
                if deputy
                else None,
                "types": ", ".join(
                    ctx.term("type", ty) for ty in ORG_TYPES if ty in covered.get(mid, set())
                ),
                "charges": ctx.fm.money(r["charges_annual"]),
                "stale": str(r["stale_plans"]),
                "findings": [finding_view(ctx, f) for f in coverage_findings.get(mid, [])],
            }
        )
    roles: dict[str, list[View]] = defaultdict(list)
    for pid in sorted(repo.projects):
        pr = repo.projects[pid].model
        roles[pr.project_manager].append(
            {"text": pr.name, "url": project_url(pid), "role": ctx.t("site.people.pm")}
        )
        for fieldname, _key, _side in ROLES:
            value = getattr(pr.board, fieldname)
            ids = [value] if isinstance(value, str) else list(value or [])
            for person in dict.fromkeys(ids):
                roles[person].append(
                    {
                        "text": pr.name,
                        "url": project_url(pid),
                        "role": ctx.term("board", fieldname),
                    }
                )
    everyone = []
    for pid in sorted(repo.people, key=lambda i: (repo.people[i].model.name.casefold(), i)):
        person = repo.people[pid].model
        if person.is_it:
            org = ctx.org
        elif person.organisation in repo.customers:
            org = repo.customers[person.organisation].model.name
        else:
            org = person.organisation
        everyone.append(
            {
                "id": pid,
                "name": person.name,
                "title": person.title or "",
                "organisation": org,
                "org_url": customer_url(person.organisation)
                if person.organisation in repo.customers
                else "",
                "roles": ", ".join(ctx.term("role", ro) for ro in person.roles),
                "board": roles.get(pid, []),
            }
        )
    return {
        "title": ctx.t("site.people.title"),
        "managers_title": ctx.t("site.people.managers"),
        "managers_intro": ctx.t("site.people.managers_intro"),
        "managers": managers,
        "labels": {
            "customers": ctx.t("site.col.customers"),
            "deputy": ctx.t("site.col.deputy"),
            "no_deputy": ctx.t("site.people.no_deputy"),
            "types": ctx.t("site.col.types"),
            "charges": ctx.t("site.col.charges"),
            "stale": ctx.t("site.col.stale_plans"),
            "coverage": ctx.t("site.people.coverage"),
            "coverage_ok": ctx.t("site.people.coverage_ok"),
            "name": ctx.t("site.col.name"),
            "title": ctx.t("site.col.title"),
            "organisation": ctx.t("site.col.organisation"),
            "roles": ctx.t("site.col.roles"),
            "board": ctx.t("site.col.board_roles"),
        },
        "everyone_title": ctx.t("site.people.everyone"),
        "everyone": everyone,
        "empty": ctx.fm.t("doc.none"),
    }


def needs(ctx: Context) -> tuple[View, dict[tuple[str, str], int]]:
    """The needs page, and (customer, need text) -> its group's number for links."""
    repo, fm = ctx.repo, ctx.fm
    report = needs_report(repo, ctx.today)
    # Where O002 (shared-need) reported, by the engine's result: (file, line).
    flagged = {(f.path, f.line) for f in ctx.result.findings if f.code == "O002"}

    def o002(cid: str, text: str) -> bool:
        entry = repo.customers[cid]
        return any(
            (entry.file, repo.position(entry.file, ("needs", i, "need"))[0]) in flagged
            for i, n in enumerate(entry.model.needs)
            if n.need == text
        )

    index: dict[tuple[str, str], int] = {}
    groups = []
    for i, r in enumerate(report.rows, start=1):
        for n in r["needs"]:
            index.setdefault((n["customer"], n["need"]), i)
        groups.append(
            {
                "n": i,
                "title": r["group"],
                "shared": r["shared"],
                "tags": ", ".join(r["tags"]),
                "customers": [
                    {"text": repo.customers[c].model.name, "url": customer_url(c)}
                    for c in r["customers"]
                ],
                "undecided": r["undecided"],
                "needs": [
                    {
                        "need": n["need"],
                        "customer": repo.customers[n["customer"]].model.name,
                        "url": customer_url(n["customer"]) + "#s-needs",
                        "observed": fm.date(n["observed"]),
                        "budgeted": fm.bool(n["budgeted"]),
                        "fits": fm.bool(n["fits_environment"]),
                        "decision": n["decision"] or "",
                        "o002": o002(n["customer"], n["need"]),
                    }
                    for n in r["needs"]
                ],
            }
        )
    total = report.total or {}
    view = {
        "title": ctx.t("site.needs.title"),
        "intro": ctx.t(
            "site.needs.intro",
            groups=total.get("groups", 0),
            shared=total.get("shared_groups", 0),
            needs=total.get("needs_count", 0),
        ),
        "groups": groups,
        "labels": {
            "shared": ctx.t("site.needs.shared"),
            "undecided": ctx.t("site.needs.undecided"),
            "o002": ctx.t("site.needs.o002"),
            "tags": ctx.t("site.col.tags"),
            "customers": ctx.t("site.col.customers"),
            "need": fm.t("plan.c.need"),
            "customer": ctx.t("site.col.customer"),
            "observed": fm.t("plan.c.observed"),
            "budgeted": fm.t("plan.c.budgeted"),
            "fits": fm.t("plan.c.fits"),
            "decision": fm.t("plan.c.decision"),
        },
        "empty": fm.t("doc.none"),
    }
    return view, index


def calendar(ctx: Context) -> View:
    repo, fm, today = ctx.repo, ctx.fm, ctx.today
    year = today.year
    start = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - start).days
    events = cal_view.upcoming(repo, start, days)
    months: list[list[cal_view.Event]] = [[] for _ in range(12)]
    for e in events:
        months[e.date.month - 1].append(e)
    names = [fm.month(Month(m, None)) for m in range(1, 13)]
    short = [cap(format_month_short(m, ctx.lang)) for m in range(1, 13)]
    wheel = charts.wheel([len(m) for m in months], names, today.month - 1, short)
    return {
        "title": ctx.t("site.calendar.title", year=year),
        "year": str(year),
        "intro": ctx.t("site.calendar.intro"),
        "wheel": wheel,
        "wheel_title": ctx.t("site.calendar.wheel"),
        "wheel_desc": ctx.t(
            "site.calendar.wheel_desc",
            counts="; ".join(f"{n} {len(m)}" for n, m in zip(names, months, strict=True)),
        ),
        "ics": "calendar.ics",
        "ics_text": ctx.t("site.calendar.ics"),
        "months": [
            {
                "n": i + 1,
                "name": f"{names[i]} {year}",
                "current": i == today.month - 1,
                "events": [
                    {
                        "date": fm.date(e.date),
                        "kind": ctx.t(keys.SITE_EVENT[e.kind]),
                        "what": e.what,
                        "customer": _whom(ctx, e),
                        "url": _event_url(ctx, e),
                        "who": e.who or "",
                        "to_whom": e.to_whom or "",
                        "done": fm.t("meeting.done_on", date=e.done) if e.done else "",
                    }
                    for e in months[i]
                ],
            }
            for i in range(12)
        ],
        "labels": {
            "date": ctx.t("site.col.date"),
            "kind": ctx.t("site.col.kind"),
            "what": fm.t("plan.c.what"),
            "customer": ctx.t("site.col.customer"),
            "who": fm.t("plan.c.who"),
            "to_whom": fm.t("plan.c.to_whom"),
            "done": fm.t("meeting.c.state"),
            "count": ctx.t("site.calendar.count"),
        },
        "empty": ctx.t("site.calendar.empty"),
    }


def calendar_ics(ctx: Context) -> bytes:
    """The same file as `calendar --ics` of the same day: one writer for both."""
    from ..render.ics import build, stamp_from_env

    events = cal_view.for_export(ctx.repo, ctx.today, cal_view.EXPORT_DAYS)
    name = ctx.t("reports.ics.calname", org=ctx.org or "asiakkuus")
    return build(events, ctx.lang, name, stamp_from_env())


def findings(ctx: Context) -> View:
    repo = ctx.repo
    groups: dict[str | None, list[Finding]] = defaultdict(list)
    for f in ctx.result.findings:
        groups[_manager_of(repo, f)].append(f)
    order = sorted(
        groups, key=lambda m: (m is None, repo.person_name(m).casefold() if m else "", m or "")
    )
    out = []
    for m in order:
        sev = []
        for s in SEVERITIES:
            items = [finding_view(ctx, f) for f in groups[m] if f.severity == s]
            if items:
                sev.append({"severity": s, "label": cap(ctx.t(keys.SEVERITY[s])),
                            "count": len(items), "items": items})  # fmt: skip
        out.append(
            {
                "id": f"m-{m}" if m else "m-none",
                "name": repo.person_name(m) if m else ctx.t("site.findings.nobody"),
                "url": person_url(m) if m and m in repo.people else "",
                "count": len(groups[m]),
                "severities": sev,
            }
        )
    return {
        "title": ctx.t("site.findings.title"),
        "intro": ctx.t(
            "site.findings.intro",
            errors=ctx.result.errors,
            warnings=ctx.result.warnings,
            infos=ctx.result.infos,
        ),
        "managers": out,
        "labels": {
            "code": ctx.t("site.col.code"),
            "message": ctx.t("site.col.message"),
            "where": ctx.t("site.col.where"),
        },
        "empty": ctx.fm.t("doc.findings_none"),
    }


def _manager_of(repo: Repository, f: Finding) -> str | None:
    """The partnership manager a finding belongs to: the customer's, or the person's own."""
    stem = f.path.rsplit("/", 1)[-1].removesuffix(".yaml")
    if f.path.startswith(CUSTOMERS_DIR + "/"):
        c = repo.customers.get(stem)
        return c.model.account_manager if c else None
    if f.path.startswith(PROJECTS_DIR + "/"):
        p = repo.projects.get(stem)
        if p and p.model.customer and p.model.customer in repo.customers:
            return repo.customers[p.model.customer].model.account_manager
        return None
    if f.path == PEOPLE_FILE and f.code in ("O001", "O003"):
        return f.subject
    if f.path in repo.meetings:
        subject = repo.meetings[f.path].model.subject
        c = repo.customers.get(subject)
        if c is None and subject in repo.projects:
            c = repo.customers.get(repo.projects[subject].model.customer or "")
        return c.model.account_manager if c else None
    return None


def glossary(ctx: Context) -> View:
    view = glossary_view(ctx.lang)
    return {"title": view["title"], "doc": view, "intro": ctx.t("site.glossary.intro")}


def search(ctx: Context) -> View:
    return {
        "title": ctx.t("site.search.title"),
        "intro": ctx.t("site.search.intro"),
        "noscript": ctx.t("site.search.noscript"),
        "none": ctx.t("site.search.none"),
        "found": ctx.t("site.search.found"),
        "kinds": {
            **{k: ctx.t(keys.SITE_KIND[k]) for k in KINDS},
            "meeting": ctx.t("site.kind.meeting"),
        },
    }


KINDS = ("customer", "project", "person", "need", "system")


def search_index(ctx: Context) -> list[list[str]]:
    """[kind, title, detail, url] for everything the search finds."""
    repo = ctx.repo
    items: list[list[str]] = []
    for cid in sorted(repo.customers):
        plan = repo.customers[cid].model
        items.append(["customer", plan.name, f"{cid} · {ctx.term('type', plan.type)} · "
                      f"{repo.person_name(plan.account_manager)}", customer_url(cid)])  # fmt: skip
        for n in plan.needs:
            items.append(["need", n.need, f"{plan.name} · {' '.join(n.tags)}",
                          customer_url(cid) + "#s-needs"])  # fmt: skip
        for s in plan.critical_systems:
            items.append(["system", s.name, f"{plan.name} · {s.vendor or ''}",
                          customer_url(cid) + "#s-systems"])  # fmt: skip
    for pid in sorted(repo.projects):
        p = repo.projects[pid].model
        whom = (
            repo.customers[p.customer].model.name
            if p.customer and p.customer in repo.customers
            else (p.customer or ctx.t("site.internal_project"))
        )
        items.append(["project", p.name, f"{pid} · {whom}", project_url(pid)])
    for file in sorted(repo.meetings):
        m = repo.meetings[file].model
        title = f"{subject_name(repo, m)} {ctx.fm.date(m.date)}"
        detail = " · ".join([ctx.t(keys.MEETING_KIND[m.kind]), *([m.event] if m.event else []),
                             *m.topics])  # fmt: skip
        items.append(["meeting", title, detail, meeting_url(file)])
    for pid in sorted(repo.people):
        person = repo.people[pid].model
        items.append(["person", person.name, " · ".join(x for x in (pid, person.title) if x),
                      person_url(pid)])  # fmt: skip
    return items


def nav(ctx: Context) -> list[tuple[str, str]]:
    """(file, label) of the main navigation, in order."""
    return [
        ("index.html", ctx.t("site.nav.front")),
        ("customers.html", ctx.t("site.nav.customers")),
        ("people.html", ctx.t("site.nav.people")),
        ("needs.html", ctx.t("site.nav.needs")),
        ("calendar.html", ctx.t("site.nav.calendar")),
        ("findings.html", ctx.t("site.nav.findings")),
        ("glossary.html", ctx.t("site.nav.glossary")),
        ("search.html", ctx.t("site.nav.search")),
    ]
