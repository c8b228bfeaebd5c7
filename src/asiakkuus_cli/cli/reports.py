"""`plan list`, `project list`, `report segments|managers|needs|projects|actions`,
`calendar`."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import typer
from pydantic_core import PydanticCustomError

from asiakkuus_cli.reading.loader import load_repository

from ..i18n import format_date, keys, t
from ..models import ORG_TYPES
from ..models.values import parse_date
from ..render import tables
from ..repository import Repository
from ..rules import engine
from ..views import Report
from ..views import calendar as cal_view
from ..views import reports as views
from .base import (
    FORMAT_ALIASES,
    State,
    app,
    choice,
    fail,
    h,
    in_range,
    out,
    plan_app,
    project_app,
    report_app,
    state,
)

_FORMAT_HELP = "help.reports.format"


def _format(value: str | None) -> str:
    """The asked format; by default a table in a terminal and CSV when piped (SPEC 5)."""
    default = "table" if sys.stdout.isatty() else "csv"
    return str(
        choice(value or default, (*tables.FORMATS, "xlsx"), "format.bad", aliases=FORMAT_ALIASES)
    )


#: `-o FILE`: where the report goes (an .xlsx needs it; other formats default to stdout).
_OUT = typer.Option(None, "--out", "-o", help=h("help.reports.out"), show_default=False)


def _load(st: State) -> Repository:
    repo = load_repository(st.root(), st.settings())
    if repo.failed:
        # The report covers what could be read; say what was left out.
        typer.echo(t("reports.load_failed", st.lang, count=len(repo.failed)), err=True)
    return repo


def _subtitle(repo: Repository, text: str) -> str:
    org = repo.organisation.model.name if repo.organisation else ""
    return f"{org} · {text}" if org else text


def _emit(st: State, repo: Repository, report: Report, fmt: str, *,
          notes: list[str] | None = None, meta: dict[str, Any] | None = None,
          subtitle: str | None = None, out_file: Path | None = None) -> None:  # fmt: skip
    lang = st.lang
    if fmt == "xlsx" or out_file is not None:
        from ..render import xlsx

        xlsx.emit(report, fmt, out_file, lang, title=t(keys.REPORT_TITLE[report.kind], lang),
                  subtitle=subtitle or _subtitle(repo, format_date(st.today, lang)),
                  notes=notes or [], meta={"today": st.today, **(meta or {})})  # fmt: skip
        typer.echo(t("xlsx.written", lang, path=str(out_file)), err=True)
        return
    out(tables.render(
        report, fmt, lang,
        title=t(keys.REPORT_TITLE[report.kind], lang),
        subtitle=subtitle or _subtitle(repo, format_date(st.today, lang)),
        notes=notes, meta={"today": st.today, **(meta or {})},
        terminal=sys.stdout.isatty(), color=st.color,
    ))  # fmt: skip


def _stale_note(st: State, repo: Repository) -> list[str]:
    return [t("reports.note.stale", st.lang, days=repo.settings.rules.stale_plan_days)]


@plan_app.command("list", help=h("help.reports.plan_list"))
def plan_list(
    ctx: typer.Context,
    segment: str | None = typer.Option(
        None, "--segment", help=h("help.reports.segment"), show_default=False
    ),
    manager: str | None = typer.Option(
        None, "--manager", help=h("help.reports.plan_manager"), show_default=False
    ),
    type_: str | None = typer.Option(
        None, "--type", help=h("help.reports.type"), show_default=False
    ),
    stale: bool = typer.Option(False, "--stale", help=h("help.reports.stale")),
    format: str | None = typer.Option(
        None, "--format", "-f", help=h(_FORMAT_HELP), show_default=False
    ),
    out_file: Path | None = _OUT,
) -> None:
    st = state(ctx)
    fmt = _format(format)
    kind = choice(type_, ORG_TYPES, "reports.bad_type", kind="type")
    repo = _load(st)
    seg = segment.strip() if segment is not None else None
    if seg is not None and seg not in repo.segment_ids() | {
        p.model.segment for p in repo.customers.values()
    }:
        fail(
            "reports.unknown_segment", value=segment, allowed=", ".join(sorted(repo.segment_ids()))
        )
    if (
        manager is not None
        and manager not in repo.people
        and manager not in {p.model.account_manager for p in repo.customers.values()}
    ):
        fail("reports.unknown_person", value=manager)
    report = views.plan_list(repo, st.today, segment=seg, manager=manager, type_=kind, stale=stale)
    filters = {"segment": seg, "manager": manager, "type": kind, "stale": stale}
    _emit(st, repo, report, fmt, notes=_stale_note(st, repo), meta={"filters": filters},
          out_file=out_file)  # fmt: skip


@project_app.command("list", help=h("help.reports.project_list"))
def project_list(
    ctx: typer.Context,
    customer: str | None = typer.Option(
        None, "--customer", help=h("help.reports.customer"), show_default=False
    ),
    status: str | None = typer.Option(
        None, "--status", help=h("help.reports.status"), show_default=False
    ),
    manager: str | None = typer.Option(
        None, "--manager", help=h("help.reports.project_manager"), show_default=False
    ),
    format: str | None = typer.Option(
        None, "--format", "-f", help=h(_FORMAT_HELP), show_default=False
    ),
    out_file: Path | None = _OUT,
) -> None:
    st = state(ctx)
    fmt = _format(format)
    stat = choice(status, views.PROJECT_STATUSES, "reports.bad_status", kind="status")
    repo = _load(st)
    if (
        customer is not None
        and customer not in repo.customers
        and customer not in {p.model.customer for p in repo.projects.values()}
    ):
        fail("reports.unknown_customer", value=customer)
    if (
        manager is not None
        and manager not in repo.people
        and manager not in {p.model.project_manager for p in repo.projects.values()}
    ):
        fail("reports.unknown_person", value=manager)
    report = views.project_list(repo, st.today, customer=customer, status=stat, manager=manager)
    filters = {"customer": customer, "status": stat, "manager": manager}
    _emit(st, repo, report, fmt, meta={"filters": filters}, out_file=out_file)


@report_app.command("segments", help=h("help.reports.segments"))
def report_segments(
    ctx: typer.Context,
    format: str | None = typer.Option(
        None, "--format", "-f", help=h(_FORMAT_HELP), show_default=False
    ),
    out_file: Path | None = _OUT,
) -> None:
    st = state(ctx)
    fmt = _format(format)
    repo = _load(st)
    _emit(st, repo, views.segments_report(repo, st.today), fmt, notes=_stale_note(st, repo),
          out_file=out_file)  # fmt: skip


@report_app.command("managers", help=h("help.reports.managers"))
def report_managers(
    ctx: typer.Context,
    format: str | None = typer.Option(
        None, "--format", "-f", help=h(_FORMAT_HELP), show_default=False
    ),
    out_file: Path | None = _OUT,
) -> None:
    st = state(ctx)
    fmt = _format(format)
    repo = _load(st)
    notes = [*_stale_note(st, repo), t("reports.note.events", st.lang)]
    _emit(st, repo, views.managers_report(repo, st.today), fmt, notes=notes, out_file=out_file)


@report_app.command("needs", help=h("help.reports.needs"))
def report_needs(
    ctx: typer.Context,
    format: str | None = typer.Option(
        None, "--format", "-f", help=h(_FORMAT_HELP), show_default=False
    ),
    out_file: Path | None = _OUT,
) -> None:
    st = state(ctx)
    fmt = _format(format)
    repo = _load(st)
    _emit(st, repo, views.needs_report(repo, st.today), fmt,
          notes=[t("reports.note.needs", st.lang)], out_file=out_file)  # fmt: skip


@report_app.command("projects", help=h("help.reports.projects"))
def report_projects(
    ctx: typer.Context,
    format: str | None = typer.Option(
        None, "--format", "-f", help=h(_FORMAT_HELP), show_default=False
    ),
    out_file: Path | None = _OUT,
) -> None:
    st = state(ctx)
    fmt = _format(format)
    repo = _load(st)
    _emit(
        st,
        repo,
        views.projects_report(repo, engine.run(repo, st.today, st.lang)),
        fmt,
        out_file=out_file,
    )


@report_app.command("actions", help=h("help.report.actions"))
def report_actions(
    ctx: typer.Context,
    format: str | None = typer.Option(
        None, "--format", "-f", help=h(_FORMAT_HELP), show_default=False
    ),
) -> None:
    from ..views.meetings import actions_report

    st = state(ctx)
    fmt = _format(format)
    repo = _load(st)
    notes = [t("reports.note.actions", st.lang)]
    _emit(st, repo, actions_report(repo, st.today), fmt, notes=notes)


def _parse_from(value: str | None, today: date) -> date:
    if value is None:
        return today
    try:
        day = parse_date(value.strip())
    except PydanticCustomError as exc:
        if exc.type == "year_range":  # a date, of a year the tool does not compute with
            ctx = exc.context or {}
            fail("date.range", value=value, first=ctx.get("low"), last=ctx.get("high"))
        fail("reports.bad_from", value=value)
    return in_range(day, value)


@app.command("calendar", help=h("help.reports.calendar"))
def calendar(
    ctx: typer.Context,
    from_: str | None = typer.Option(
        None, "--from", help=h("help.reports.from"), show_default=False
    ),
    days: int | None = typer.Option(
        None, "--days", help=h("help.reports.days"), show_default=False
    ),
    per_customer: bool = typer.Option(False, "--per-customer", help=h("help.reports.per_customer")),
    ics_file: str | None = typer.Option(
        None, "--ics", help=h("help.reports.ics"), show_default=False
    ),
    format: str | None = typer.Option(
        None, "--format", "-f", help=h(_FORMAT_HELP), show_default=False
    ),
    out_file: Path | None = _OUT,
) -> None:
    st = state(ctx)
    fmt = _format(format)
    start = _parse_from(from_, st.today)
    if days is None:  # a listing looks 90 days ahead; an export covers a year
        days = 90 if ics_file is None else cal_view.EXPORT_DAYS
    if not 1 <= days <= 3660:
        fail("reports.bad_days", value=days)
    lang = st.lang
    repo = _load(st)
    if ics_file is not None:
        from ..render import ics  # icalendar: only for an export (docs/PERFORMANCE.md)

        events = cal_view.for_export(repo, start, days, per_customer)
        name = repo.organisation.model.name if repo.organisation else "asiakkuus"
        data = ics.build(
            events, lang, t("reports.ics.calname", lang, org=name), ics.stamp_from_env()
        )
        ics.write_atomic(Path(ics_file), data)
        typer.echo(t("reports.ics_written", lang, path=str(ics_file), count=len(events)), err=True)
        return
    report = cal_view.calendar_report(repo, start, days, per_customer)
    last = start + timedelta(days=days - 1)
    span = f"{format_date(start, lang)} – {format_date(last, lang)}"
    _emit(st, repo, report, fmt, subtitle=_subtitle(repo, span),
          meta={"per_customer": per_customer}, out_file=out_file)  # fmt: skip
