"""`meeting new|list|render` and `sources`: meeting records and where customer data lives."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import typer
from pydantic_core import PydanticCustomError

from asiakkuus_cli.editing.atomic import target_of
from asiakkuus_cli.editing.atomic import write_bytes as write_atomic
from asiakkuus_cli.lazy import lazy_module
from asiakkuus_cli.similar import suggestions

from ..errors import UsageProblem
from ..i18n import t
from ..meetings import customer_calendar, norm, open_actions
from ..models import MEETING_KINDS, Meeting
from ..models.values import SLUG_RE, parse_date
from ..render import FORMATS, render
from ..repository import MEETINGS_DIR, Entry, Repository
from ..views.meetings import meetings_report, minutes_view, sources_report
from .base import _group, app, fail, h, in_range, out, state
from .reports import _emit, _format, _load

if TYPE_CHECKING:
    from asiakkuus_cli.editing import edit, scaffold

    from .documents import Session
else:  # `meeting list` and `sources` start without ruamel.yaml and Jinja2 (docs/PERFORMANCE.md)
    edit = lazy_module("asiakkuus_cli.editing.edit")
    scaffold = lazy_module("asiakkuus_cli.editing.scaffold")

meeting_app = _group("help.meeting")
app.add_typer(meeting_app, name="meeting")

#: Documents go to `out/meetings/<id>/` under the repository root unless --out says.
MEETINGS_SUB = "meetings"


def _close(value: str, known: list[str], lang: str) -> str:
    close = suggestions(value, known)
    return " " + t("doc.did_you_mean", lang, ids=", ".join(close)) if close else ""


def _subject(repo: Repository, ident: str, lang: str) -> str:
    """'customer' or 'project' for an id; exit 2 naming the closest ids otherwise.
    An id that is both is taken as the customer."""
    if ident in repo.customers:
        return "customer"
    if ident in repo.projects:
        return "project"
    close = _close(ident, [*repo.customers, *repo.projects], lang)
    raise UsageProblem("meeting.unknown", value=ident, close=close)


def _day(value: str | None, today: date) -> date:
    if value is None:
        return today
    try:
        day = parse_date(value.strip())
    except PydanticCustomError as exc:
        if exc.type == "year_range":
            ctx = exc.context or {}
            fail("date.range", value=value, first=ctx.get("low"), last=ctx.get("high"))
        fail("meeting.bad_date", value=value)
    return in_range(day, value)


def participants(repo: Repository, ident: str, kind: str) -> list[str]:
    """The account manager and the customer contact, or the board and the project manager."""
    if kind == "customer":
        plan = repo.customers[ident].model
        found: list[str | None] = [plan.account_manager, plan.customer_contact]
    else:
        prj = repo.projects[ident].model
        found = [*(pid for _, _, pid in prj.board.members()), prj.project_manager]
    return list(dict.fromkeys(p for p in found if p))


def record_text(
    ident: str, subject: str, kind: str, day: date, event: str | None, people: list[str],
    carried: list[tuple[str, str, date | None]],
) -> str:  # fmt: skip
    """A new record's YAML: values quoted only where YAML needs it."""
    lines = [f"date: {day.isoformat()}", f"{subject}: {ident}", f"kind: {kind}"]
    if event is not None:
        lines.append(f"event: {scaffold.yaml_scalar(event)}")
    lines.append("participants:")
    lines += [f"  - {p}" for p in people]
    lines += ["topics: []", "decisions: []"]
    if carried:
        lines.append("actions:")
        for what, owner, due in carried:
            lines += [f"  - what: {scaffold.yaml_scalar(what)}", f"    owner: {owner}"]
            if due is not None:
                lines.append(f"    due: {due.isoformat()}")
    else:
        lines.append("actions: []")
    return "\n".join(lines) + "\n"


@meeting_app.command("new", help=h("help.meeting.new"))
def meeting_new(
    ctx: typer.Context,
    ident: str = typer.Argument(..., metavar="ID", help=h("help.meeting.id")),
    kind: str | None = typer.Option(
        None, "--kind", help=h("help.meeting.kind"), show_default=False
    ),
    event: str | None = typer.Option(
        None, "--event", help=h("help.meeting.event"), show_default=False
    ),
    day_opt: str | None = typer.Option(
        None, "--date", help=h("help.meeting.date"), show_default=False
    ),
    slug: str | None = typer.Option(
        None, "--slug", help=h("help.meeting.slug"), show_default=False
    ),
) -> None:
    st = state(ctx)
    lang = st.lang
    if kind is not None and kind.strip() not in MEETING_KINDS:
        fail("meeting.bad_kind", value=kind, allowed=", ".join(MEETING_KINDS))
    if slug is not None and not SLUG_RE.match(slug):
        fail("meeting.bad_slug", value=slug)
    if not SLUG_RE.match(ident):
        fail("doc.id_bad", value=ident)
    day = _day(day_opt, st.today)
    repo = _load(st)
    subject = _subject(repo, ident, lang)
    if event is not None and subject == "customer":
        events = [ev.what for _, ev, _ in customer_calendar(repo, ident)]
        match = next((w for w in events if norm(w) == norm(event)), None)
        if match is None:
            known = ", ".join(dict.fromkeys(events)) or "-"
            fail("meeting.unknown_event", value=event, known=known)
        event = match
    chosen = (kind or "").strip() or (
        "steering_group" if subject == "project" else "care_event" if event else "customer_meeting"
    )
    carried = [(a.what, a.owner, a.due) for a in open_actions(repo) if a.subject == ident]
    people = participants(repo, ident, subject)
    text = record_text(ident, subject, chosen, day, event, people, carried)
    name = day.isoformat() + (f"-{slug}" if slug else "")
    rel = f"{MEETINGS_DIR}/{ident}/{name}.yaml"
    try:
        edit.load_model(rel, text, repo.settings, Meeting)
    except edit.EditProblem as problem:  # pragma: no cover - the text is built from valid data
        codes = ", ".join(i.code for i in problem.issues)
        fail("workflow.template_broken", name="meeting", detail=codes)
    path = repo.root / rel
    target_of(path, repo.root)  # a folder linked out of the repository is refused first
    path.parent.mkdir(parents=True, exist_ok=True)
    target_of(path, repo.root)
    try:  # `x` mode: a file that exists, or appears meanwhile, is never overwritten
        with path.open("x", encoding="utf-8"):
            pass
    except FileExistsError:
        fail("meeting.exists", path=rel)
    try:
        write_atomic(path, text.encode("utf-8"), within=repo.root)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    out(
        t("meeting.created", lang, path=rel, participants=len(people), carried=len(carried))
        + "\n"
        + t("meeting.next", lang, path=rel)
        + "\n"
    )


@meeting_app.command("list", help=h("help.meeting.list"))
def meeting_list(
    ctx: typer.Context,
    ident: str | None = typer.Argument(
        None, metavar="ID", help=h("help.meeting.id"), show_default=False
    ),
    format: str | None = typer.Option(
        None, "--format", "-f", help=h("help.reports.format"), show_default=False
    ),
) -> None:
    st = state(ctx)
    fmt = _format(format)
    repo = _load(st)
    if ident is not None and not any(e.model.subject == ident for e in repo.meetings.values()):
        _subject(repo, ident, st.lang)  # exit 2 for an unknown id; a known one may have none
    _emit(st, repo, meetings_report(repo, ident, st.today), fmt)


def _record(session: Session, ident: str, day: str) -> Entry[Meeting]:
    """The record of `ident` on `day` (a date or a file name without .yaml)."""
    repo = session.repo
    folder = f"{MEETINGS_DIR}/{ident}/"
    mine = sorted(f for f in repo.files if f.startswith(folder))
    stem = day.strip()
    exact = [f for f in mine if f == f"{folder}{stem}.yaml"]
    if not exact:
        try:
            wanted = parse_date(stem).isoformat()
        except PydanticCustomError:
            wanted = stem
        exact = [f for f in mine if f.removeprefix(folder).startswith(wanted)]
    if not exact:
        if not mine and ident not in repo.customers and ident not in repo.projects:
            _subject(repo, ident, session.lang)
        days = ", ".join(f.removeprefix(folder).removesuffix(".yaml") for f in mine)
        known = t("meeting.known_days", session.lang, days=days) if mine else ""
        fail("meeting.no_record", id=ident, day=day, known=known)
    if len(exact) > 1:
        names = ", ".join(f.removeprefix(folder).removesuffix(".yaml") for f in exact)
        fail("meeting.several", id=ident, day=day, files=names)
    rel = exact[0]
    if rel in repo.failed or rel not in repo.meetings:
        typer.echo(t("meeting.record_failed", session.lang, file=rel), err=True)
        session.print_failed(rel)
        raise typer.Exit(1)
    return repo.meetings[rel]


@meeting_app.command("render", help=h("help.meeting.render"))
def meeting_render(
    ctx: typer.Context,
    ident: str = typer.Argument(..., metavar="ID", help=h("help.meeting.id")),
    day: str = typer.Argument(..., metavar="DATE", help=h("help.meeting.day")),
    fmt: str = typer.Option("md", "--format", "-f", help=h("help.doc.format")),
    out_opt: str | None = typer.Option(
        None, "--out", "-o", help=h("help.meeting.out"), show_default=False
    ),
) -> None:
    from .documents import Session, write_document  # the document machinery: render only

    if fmt not in FORMATS:
        fail("format.bad", value=fmt, allowed=", ".join(FORMATS))
    if not SLUG_RE.match(ident):
        fail("doc.id_bad", value=ident)
    session = Session(state(ctx))
    entry = _record(session, ident, day)
    view = minutes_view(session.repo, entry, session.result, session.today, session.lang)
    stem = entry.file.rsplit("/", 1)[-1].removesuffix(".yaml")
    write_document(
        session,
        lambda: render("meeting", fmt, view, session.root),
        fmt,
        out_opt,
        f"{MEETINGS_SUB}/{ident}",
        f"{stem}.{fmt}",
        in_folder=f"{ident}-{stem}.{fmt}",
    )


@app.command("sources", help=h("help.sources"))
def sources(
    ctx: typer.Context,
    customer: str | None = typer.Argument(
        None, metavar="CUSTOMER", help=h("help.sources.customer"), show_default=False
    ),
    format: str | None = typer.Option(
        None, "--format", "-f", help=h("help.reports.format"), show_default=False
    ),
) -> None:
    st = state(ctx)
    fmt = _format(format)
    repo = _load(st)
    lang = st.lang
    if customer is not None and customer not in repo.customers:
        fail(
            "sources.unknown_customer",
            value=customer,
            close=_close(customer, list(repo.customers), lang),
        )
    if repo.sources is None:
        notes = [t("reports.note.no_sources", lang)]
    elif customer is None:
        notes = [t("reports.note.sources_all", lang)]
    else:
        notes = [t("reports.note.sources_one", lang, name=repo.customers[customer].model.name)]
    report = sources_report(repo, customer)
    _emit(st, repo, report, fmt, notes=notes, meta={"customer": customer})
