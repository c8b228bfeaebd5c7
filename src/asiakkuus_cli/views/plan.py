"""The care plan as view data (appendix 4 of the study, and what it could not do)."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..findings import Result
from ..i18n import keys
from ..models import CalendarEvent, CustomerPlan, DevProject
from ..models.values import Month, day_in_month
from ..repository import Entry, Repository
from . import Fmt, View, event_key, findings_box, table
from .meetings import plan_section

BAR_CHARS = 30


def plan_view(
    repo: Repository,
    entry: Entry[CustomerPlan],
    result: Result,
    today: date,
    lang: str,
    findings: bool = True,
) -> View:
    """Everything a care-plan template needs, formatted for `lang`.

    The plan goes to the customer: its findings (rule codes, line numbers, other
    customers' names) are in `findings` only when asked for, else it is None.
    """
    fm = Fmt(lang)
    plan = entry.model
    org = repo.organisation.model.name if repo.organisation else ""
    events = merged_calendar(repo, plan)
    return {
        "kind": "plan",
        "lang": lang,
        "id": plan.id,
        "file": entry.file,
        "organisation": org,
        "internal": fm.t("doc.internal"),
        "title": fm.t("plan.title"),
        "page_label": fm.t("doc.page"),
        "as_of": fm.t("doc.as_of", date=today),
        "updated": fm.date(plan.updated),
        "customer": plan.name,
        "purpose": fm.t("plan.purpose", org=org),
        "header": _header(repo, plan, fm),
        "findings": internal_findings(result, entry.file, fm) if findings else None,
        "projects": _projects(repo, plan, fm),
        "timeline": timeline(plan.projects, today, fm),
        "systems": _systems(repo, plan, fm),
        "calendar": _calendar(events, fm),
        "upcoming": _upcoming(plan, events, today, fm),
        "meetings": plan_section(repo, plan.id, today, fm),
        "needs": _needs(plan, fm),
        "marketing": _marketing(plan, fm),
        "agreements": {
            "title": fm.t("plan.s.agreements"),
            "entries": list(plan.agreements),
            "empty": fm.t("doc.none"),
        },
        "notes": {"title": fm.t("plan.s.notes"), "text": plan.notes or ""},
    }


def internal_findings(result: Result, file: str, fm: Fmt, title_key: str = "doc.findings") -> View:
    """The findings box, with the heading and note of its own internal page."""
    box = findings_box(result, file, fm, title_key)
    box["page_title"] = fm.t("docs.findings_page")
    box["page_intro"] = fm.t("docs.findings_page_intro")
    return box


def _header(repo: Repository, plan: CustomerPlan, fm: Fmt) -> list[dict[str, str]]:
    seg = repo.segment_name(plan.segment)
    segment = plan.segment if seg == plan.segment else f"{plan.segment} – {seg}"
    kind = fm.t(keys.TERM["type"][plan.type])
    if not plan.direct:
        kind += f" ({fm.t('plan.indirect')})"
    charges = plan.charges
    head = plan.headcount
    pot = plan.potential
    headcount = ""
    if head and head.count is not None:
        headcount = fm.number(head.count)
        if head.change is not None:
            headcount += f" ({fm.number(head.change, signed=True)})"
    elif head and head.change is not None:
        headcount = f"({fm.number(head.change, signed=True)})"
    potential = ""
    if pot and pot.score is not None:
        potential = str(pot.score) + (f" ({pot.note})" if pot.note else "")
    elif pot and pot.note:
        potential = pot.note
    rows = [
        ("customer", "plan.h.customer", plan.name),
        ("updated", "plan.h.updated", fm.date(plan.updated)),
        ("segment", "plan.h.segment", segment),
        ("type", "plan.h.type", kind),
        ("manager", "plan.h.manager", repo.person_name(plan.account_manager)),
        ("contact", "plan.h.contact", repo.person_name(plan.customer_contact)),
        ("charges", "plan.h.charges", fm.money(charges.annual if charges else None)),
        (
            "charges_change",
            "plan.h.charges_change",
            fm.money(charges.change if charges else None, signed=True),
        ),
        ("headcount", "plan.h.headcount", headcount),
        ("potential", "plan.h.potential", potential),
    ]
    return [{"key": k, "label": fm.t(label), "value": v} for k, label, v in rows]


def _project_order(p: DevProject) -> tuple[bool, int, date, str]:
    return (p.done, p.priority or 10**6, p.start or date.max, p.name)


def _projects(repo: Repository, plan: CustomerPlan, fm: Fmt) -> View:
    rows = []
    for p in sorted(plan.projects, key=_project_order):
        rep = repo.person_name(p.it_representative) if p.it_representative else fm.t("plan.no_rep")
        rows.append(
            {
                "name": p.name + (f" ({fm.t('plan.done')})" if p.done else ""),
                "start": fm.date(p.start),
                "end": fm.date(p.end),
                "manager": repo.person_name(p.manager),
                "budget": fm.money(p.budget),
                "it_representative": rep,
                "action": p.action or "",
                "priority": str(p.priority) if p.priority is not None else "",
            }
        )
    cols = [
        ("name", "plan.c.project"),
        ("start", "plan.c.start"),
        ("end", "plan.c.end"),
        ("manager", "plan.c.pm"),
        ("budget", "plan.c.budget"),
        ("it_representative", "plan.c.it_rep"),
        ("action", "plan.c.action"),
        ("priority", "plan.c.priority"),
    ]
    return table(
        fm.t("plan.s.projects"),
        [(k, fm.t(v)) for k, v in cols],
        rows,
        fm.t("doc.none"),
        fm.t("plan.s.projects.intro"),
        numeric=("budget", "priority"),
    )


def timeline(projects: list[DevProject], today: date, fm: Fmt) -> View:
    """Gantt bars: each dated project as a fraction of whole years around them."""
    dated = [
        p for p in sorted(projects, key=_project_order) if p.start and p.end and p.end >= p.start
    ]
    undated = [p.name for p in projects if p not in dated]
    view: View = {
        "title": fm.t("plan.s.timeline"),
        "bars": [],
        "ticks": [],
        "today": None,
        "today_label": fm.t("plan.timeline.today"),
        "undated": fm.t("plan.timeline.undated", names=", ".join(undated)) if undated else "",
    }
    if not dated:
        return view
    first = date(min(p.start for p in dated if p.start).year, 1, 1)
    # The chart ends with the last year that has an end (not on 1 January after it,
    # which for an `end` in 9999 is no date).
    last_year = max(p.end for p in dated if p.end).year
    span = (date(last_year, 12, 31) - first).days + 1

    def frac(d: date) -> float:
        return round((d - first).days / span, 4)

    years = list(range(first.year, last_year + 1))
    step = max(1, len(years) // 6)
    view["ticks"] = [{"at": frac(date(y, 1, 1)), "label": str(y)} for y in years[::step]]
    view["start_label"] = str(first.year)
    view["end_label"] = str(last_year)
    if first.year <= today.year <= last_year:
        view["today"] = frac(today)
    for p in dated:
        assert p.start
        assert p.end
        offset = frac(p.start)
        width = max(round(frac(p.end) - offset, 4), 0.005)
        lo = min(int(offset * BAR_CHARS), BAR_CHARS - 1)
        hi = max(lo + 1, round((offset + width) * BAR_CHARS))
        bar = "·" * lo + "█" * (hi - lo) + "·" * (BAR_CHARS - hi)
        view["bars"].append(
            {
                "name": p.name,
                "start": fm.date(p.start),
                "end": fm.date(p.end),
                "offset": offset,
                "width": width,
                "done": p.done,
                "late": not p.done and p.end < today,
                "bar": bar,
                "label_at": _label_at(offset, width),
            }
        )
    return view


def _label_at(offset: float, width: float) -> str:
    """Where a bar's dates fit without being clipped, for templates that cannot measure
    text (HTML): `inside` a wide bar, else to its `right`, or `left` near the end."""
    if width >= 0.25:
        return "inside"
    return "right" if offset + width <= 0.7 else "left"


def _systems(repo: Repository, plan: CustomerPlan, fm: Fmt) -> View:
    rows = []
    for s in plan.critical_systems:
        contact = s.customer_contact
        if contact and repo.person(contact):
            contact = repo.person_name(contact)
        rows.append(
            {
                "name": s.name,
                "updates_per_year": "" if s.updates_per_year is None else str(s.updates_per_year),
                "next_update": fm.month_or_date(s.next_update),
                "customer_contact": contact or "",
                "vendor": s.vendor or "",
                "maintenance": fm.t(keys.PLAN_MAINTENANCE[s.maintenance]) if s.maintenance else "",
                "it_resources": "" if s.it_resources is None else str(s.it_resources),
                "notes": s.notes or "",
            }
        )
    cols = [
        ("name", "plan.c.system"),
        ("updates_per_year", "plan.c.updates"),
        ("next_update", "plan.c.next_update"),
        ("customer_contact", "plan.c.contact"),
        ("vendor", "plan.c.vendor"),
        ("maintenance", "plan.c.maintenance"),
        ("it_resources", "plan.c.it_resources"),
        ("notes", "plan.c.notes"),
    ]
    return table(
        fm.t("plan.s.systems"),
        [(k, fm.t(v)) for k, v in cols],
        rows,
        fm.t("doc.none"),
        fm.t("plan.s.systems.intro"),
        numeric=("updates_per_year", "it_resources"),
    )


def merged_calendar(repo: Repository, plan: CustomerPlan) -> list[CalendarEvent]:
    """The organisation's yearly events and the customer's own, duplicates removed, by month.

    Two events are the same when every field matches ignoring case and spacing, so a
    plan that copies the common calendar (as the study's template did) lists it once.
    """
    common = list(repo.organisation.model.calendar) if repo.organisation else []
    seen: set[tuple[str, ...]] = set()
    merged: list[CalendarEvent] = []
    for e in common + list(plan.calendar):
        k = event_key(e)
        if k not in seen:
            seen.add(k)
            merged.append(e)
    # sorted() is stable: within a month the common calendar comes first, in file order.
    return sorted(merged, key=lambda e: (e.month.month, e.month.year or 0, e.day or 0))


def _when(e: CalendarEvent, fm: Fmt) -> str:
    return fm.month(e.month, e.day)


def _calendar(events: list[CalendarEvent], fm: Fmt) -> View:
    rows = [
        {
            "what": e.what,
            "who": e.who,
            "to_whom": e.to_whom,
            "when": _when(e, fm),
            "where": e.where or "",
        }
        for e in events
    ]
    cols = [
        ("what", "plan.c.what"),
        ("who", "plan.c.who"),
        ("to_whom", "plan.c.to_whom"),
        ("when", "plan.c.when"),
        ("where", "plan.c.where"),
    ]
    return table(
        fm.t("plan.s.calendar"),
        [(k, fm.t(v)) for k, v in cols],
        rows,
        fm.t("doc.none"),
        fm.t("plan.s.calendar.intro"),
    )


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)


def _occurrence(m: Month, day: int | None, start: date, end: date) -> date | None:
    """The date of a (yearly or one-off) month within [start, end), if any."""
    year = m.year or (start.year if m.month >= start.month else start.year + 1)
    d = day_in_month(year, m.month, day)
    return d if start <= d < end else None


def _upcoming(plan: CustomerPlan, events: list[CalendarEvent], today: date, fm: Fmt) -> View:
    start = date(today.year, today.month, 1)
    end = _add_months(start, 12)
    found: list[tuple[date, int, str, str]] = []  # (date, order, when, text)

    def month_label(d: date) -> str:
        return fm.month(Month(d.month, d.year))

    for e in events:
        if (d := _occurrence(e.month, e.day, start, end)) is not None:
            when = fm.date(d) if e.day else month_label(d)
            text = fm.t("plan.up.calendar", what=e.what, who=e.who, to_whom=e.to_whom)
            found.append((d, 0, when, text + (f", {e.where}" if e.where else "")))
    for s in plan.critical_systems:
        nu = s.next_update
        if isinstance(nu, Month):
            if (d := _occurrence(nu, None, start, end)) is not None:
                found.append((d, 1, month_label(d), fm.t("plan.up.update", name=s.name)))
        elif nu is not None and start <= nu < end:
            found.append((nu, 1, fm.date(nu), fm.t("plan.up.update", name=s.name)))
    for p in plan.projects:
        if p.done:
            continue
        for day, key in ((p.start, "plan.up.start"), (p.end, "plan.up.end")):
            if day and max(start, today) <= day < end:
                found.append((day, 2, fm.date(day), fm.t(key, name=p.name)))
    found.sort(key=lambda x: (x[0], x[1]))
    rows = [{"when": when, "event": text} for _, _, when, text in found]
    return table(
        fm.t("plan.s.upcoming"),
        [("when", fm.t("plan.c.date")), ("event", fm.t("plan.c.event"))],
        rows,
        fm.t("doc.none"),
    )


def _needs(plan: CustomerPlan, fm: Fmt) -> View:
    needs = sorted(plan.needs, key=lambda n: n.observed, reverse=True)
    rows = [
        {
            "need": n.need,
            "impact": n.impact or "",
            "observed": fm.date(n.observed),
            "budgeted": fm.bool(n.budgeted),
            "fits_environment": fm.bool(n.fits_environment),
            "decision": n.decision or "",
        }
        for n in needs
    ]
    cols = [
        ("need", "plan.c.need"),
        ("impact", "plan.c.impact"),
        ("observed", "plan.c.observed"),
        ("budgeted", "plan.c.budgeted"),
        ("fits_environment", "plan.c.fits"),
    ]
    if any(n.decision for n in needs):
        cols.append(("decision", "plan.c.decision"))
    return table(
        fm.t("plan.s.needs"),
        [(k, fm.t(v)) for k, v in cols],
        rows,
        fm.t("doc.none"),
        fm.t("plan.s.needs.intro"),
    )


def _marketing(plan: CustomerPlan, fm: Fmt) -> View:
    mk = plan.marketing
    text = ""
    offers: list[str] = []
    if mk is not None:
        offers = list(mk.offers)
        if mk.growth_potential is True:
            text = fm.t("plan.growth.yes")
        elif mk.growth_potential is False:
            text = fm.t("plan.growth.no") + (" " + fm.t("plan.offers") if offers else "")
        elif offers:
            text = fm.t("plan.offers")
    out: dict[str, Any] = {
        "title": fm.t("plan.s.marketing"),
        "text": text,
        "offers": offers,
        "empty": fm.t("doc.none"),
    }
    return out
