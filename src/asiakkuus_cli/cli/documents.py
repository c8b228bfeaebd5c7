"""`plan show|render`, `project show|render` and `glossary`: documents from the data."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import typer

from asiakkuus_cli import reporters
from asiakkuus_cli.editing.atomic import target_of
from asiakkuus_cli.editing.atomic import write_bytes as write_atomic
from asiakkuus_cli.reading.loader import load_repository
from asiakkuus_cli.rules import engine

from ..errors import UsageProblem
from ..findings import Result
from ..i18n import t
from ..models.values import SLUG_RE
from ..render import FORMATS, render, terminal
from ..repository import CUSTOMERS_DIR, PROJECTS_DIR, Repository
from ..runtime import source_date_epoch
from ..similar import suggestions
from ..views import View
from ..views.glossary import glossary_view
from ..views.guide import guide_view
from ..views.plan import plan_view
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
    state,
)

# kind -> (directory of its files, catalogue key of "unknown id", document name)
_KINDS = {
    "plan": (CUSTOMERS_DIR, "doc.unknown_customer", "plan"),
    "project": (PROJECTS_DIR, "doc.unknown_project", "guide"),
}

#: The output folder under the data repository root (`init` lists `/out/` in
#: `.gitignore`): documents go to `out/plans/` and `out/projects/` unless `--out` says.
OUT_DIR = "out"
_OUT_SUB = {"plan": "plans", "project": "projects"}
#: `--out -`: the document goes to standard output.
STDOUT = "-"


def doc_today(st: State) -> date:
    """The reference date of a document: --today / ASIAKKUUS_TODAY, else the date of
    SOURCE_DATE_EPOCH (reproducible builds), else the real date."""
    if st.today_option or os.environ.get("ASIAKKUUS_TODAY"):
        return st.today
    epoch = source_date_epoch()
    if epoch is not None:
        try:
            day = datetime.fromtimestamp(epoch, tz=UTC).date()
        except (ValueError, OverflowError, OSError):  # beyond the year 9999
            day = date.max
        return in_range(day, f"SOURCE_DATE_EPOCH={epoch}")
    return st.today


class Session:
    """One command's loaded repository, its findings and language."""

    def __init__(self, st: State) -> None:
        self.st = st
        self.root = st.root()
        self.lang = st.lang
        self.today = doc_today(st)
        self.repo: Repository = load_repository(self.root, st.settings())
        self.result: Result = engine.run(self.repo, self.today, self.lang)

    def ids(self, kind: str) -> list[str]:
        index = self.repo.customers if kind == "plan" else self.repo.projects
        return sorted(index)

    def failed(self, kind: str) -> list[str]:
        prefix = _KINDS[kind][0] + "/"
        return sorted(f for f in self.repo.failed if f.startswith(prefix))

    def check_id(self, kind: str, value: str) -> None:
        """Exit 2 unless `value` names a loadable document; exit 1 if its file is broken."""
        if not SLUG_RE.match(value):
            fail("doc.id_bad", value=value)
        folder, unknown, _ = _KINDS[kind]
        file = f"{folder}/{value}.yaml"
        if file in self.repo.failed:
            self.print_failed(file)
            raise typer.Exit(1)
        if value not in self.ids(kind):
            known = self.ids(kind) + [Path(f).stem for f in self.failed(kind)]
            close = suggestions(value, known)
            if close:
                hint = t("doc.did_you_mean", self.lang, ids=", ".join(close))
            elif known:
                hint = t("doc.known_ids", self.lang, ids=", ".join(sorted(known)[:10]))
            else:
                hint = t("doc.none_known", self.lang)
            fail("doc.unknown_with", message=t(unknown, self.lang, value=value), suggestion=hint)

    def print_failed(self, file: str) -> None:
        typer.echo(t("doc.load_failed", self.lang, file=file), err=True)
        only = [f for f in self.result.findings if f.path == file]
        text = reporters.get("text")(Result(1, only, self.lang), False)
        sys.stderr.write(text)

    def view(self, kind: str, ident: str, findings: bool = True) -> View:
        """The view of one document; `findings=False` leaves the internal findings out."""
        if kind == "plan":
            entry = self.repo.customers[ident]
            return plan_view(self.repo, entry, self.result, self.today, self.lang, findings)
        project = self.repo.projects[ident]
        return guide_view(self.repo, project, self.result, self.today, self.lang, findings)


def _check_format(fmt: str) -> str:
    return str(choice(fmt, tuple(FORMATS), "format.bad", aliases=FORMAT_ALIASES))


def _default_dir(session: Session, sub: str) -> Path:
    """`out/<sub>` (`out/plans`, `out/projects`, `out/meetings/<id>`) under the data
    repository root, created if missing."""
    folder = session.root / OUT_DIR / sub
    target_of(folder / "x", within=session.root)  # no link out of the repository
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail("docs.out_mkdir", path=_shown(folder), detail=exc.strerror or str(exc))
    return folder


def _shown(path: Path) -> str:
    """A path as the user best finds it: relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _target(
    session: Session, sub: str, out_opt: str | None, name: str, in_folder: str | None = None
) -> tuple[Path, Path | None]:
    """Where one document goes (not standard output), and the folder it must stay in:
    the default `out/<sub>/<name>` is a file of the data repository, `--out` is the
    user's (a folder there takes `in_folder`, else `name`)."""
    if out_opt is None:
        return _default_dir(session, sub) / name, session.root
    path = Path(out_opt)
    if path.is_dir():
        return path / (in_folder or name), None
    if not path.parent.is_dir():
        fail("doc.out_parent", path=str(path.parent))
    return path, None


def write_document(
    session: Session,
    data_of: Callable[[], bytes],
    fmt: str,
    out_opt: str | None,
    sub: str,
    name: str,
    in_folder: str | None = None,
) -> None:
    """Put one rendered document where `--out` says: standard output for `-`, else the
    file `_target` names (the document is rendered once the place is known to be good)."""
    if out_opt == STDOUT:
        data = data_of()
        if FORMATS[fmt].binary:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            out(data.decode("utf-8"))
        return
    target, within = _target(session, sub, out_opt, name, in_folder)
    write_atomic(target, data_of(), within=within)
    typer.echo(t("doc.written", session.lang, path=_shown(target)), err=True)


def _render_one(
    session: Session,
    kind: str,
    ident: str | None,
    every: bool,
    fmt: str,
    out_opt: str | None,
    findings: bool,
) -> None:
    fmt = _check_format(fmt)
    if every == (ident is not None):
        fail("doc.id_or_all")
    doc = _KINDS[kind][2]

    def data_of(i: str) -> bytes:
        return render(doc, fmt, session.view(kind, i, findings), session.root)

    if ident is not None:
        session.check_id(kind, ident)
        name = f"{ident}.{fmt}"
        write_document(session, lambda: data_of(ident), fmt, out_opt, _OUT_SUB[kind], name)
        return
    if out_opt == STDOUT:
        fail("docs.all_not_stdout")
    inside: Path | None = None  # the default folder is the repository's: no link out
    if out_opt is None:
        folder, inside = _default_dir(session, _OUT_SUB[kind]), session.root
    else:
        folder = Path(out_opt)
        if folder.exists() and not folder.is_dir():
            fail("doc.out_not_dir", path=str(folder))
        if not folder.parent.is_dir():
            fail("doc.out_parent", path=str(folder.parent))
        folder.mkdir(exist_ok=True)
    ids = session.ids(kind)

    def one(i: str) -> None:
        write_atomic(folder / f"{i}.{fmt}", data_of(i), within=inside)

    _with_progress(ids, one, t("doc.progress", session.lang))
    typer.echo(t("doc.written_all", session.lang, count=len(ids), path=_shown(folder)), err=True)
    broken = session.failed(kind)
    for f in broken:
        session.print_failed(f)
    if broken:
        raise typer.Exit(1)


def _with_progress(ids: list[str], work: Callable[[str], None], label: str) -> None:
    """Run `work` for each id, with a progress bar only when stderr is a terminal."""
    if not sys.stderr.isatty():
        for i in ids:
            work(i)
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(file=sys.stderr), transient=True) as progress:
        task = progress.add_task(label, total=len(ids))
        for i in ids:
            work(i)
            progress.advance(task)


def _show(ctx: typer.Context, kind: str, ident: str) -> None:
    session = Session(state(ctx))
    session.check_id(kind, ident)
    view = session.view(kind, ident)  # the terminal is the manager's own: findings shown
    console = terminal.console(session.st.color)
    (terminal.show_plan if kind == "plan" else terminal.show_guide)(view, console)


_FORMAT = typer.Option("md", "--format", "-f", help=h("help.doc.format"))
_OUT = typer.Option(None, "--out", "-o", help=h("help.doc.out"), show_default=False)
_ALL = typer.Option(False, "--all", help=h("help.doc.all"))
_FINDINGS = typer.Option(False, "--findings", help=h("docs.help.findings"))


@plan_app.command("show", help=h("help.doc.plan_show"))
def plan_show(
    ctx: typer.Context,
    ident: str = typer.Argument(..., help=h("help.doc.customer_id")),
) -> None:
    _show(ctx, "plan", ident)


@plan_app.command("render", help=h("help.doc.plan_render"))
def plan_render(
    ctx: typer.Context,
    ident: str | None = typer.Argument(None, help=h("help.doc.customer_id"), show_default=False),
    every: bool = _ALL,
    fmt: str = _FORMAT,
    out_opt: str | None = _OUT,
    findings: bool = _FINDINGS,
) -> None:
    _render_one(Session(state(ctx)), "plan", ident, every, fmt, out_opt, findings)


@project_app.command("show", help=h("help.doc.project_show"))
def project_show(
    ctx: typer.Context,
    ident: str = typer.Argument(..., help=h("help.doc.project_id")),
) -> None:
    _show(ctx, "project", ident)


@project_app.command("render", help=h("help.doc.project_render"))
def project_render(
    ctx: typer.Context,
    ident: str | None = typer.Argument(None, help=h("help.doc.project_id"), show_default=False),
    every: bool = _ALL,
    fmt: str = _FORMAT,
    out_opt: str | None = _OUT,
    findings: bool = _FINDINGS,
) -> None:
    _render_one(Session(state(ctx)), "project", ident, every, fmt, out_opt, findings)


@app.command("glossary", help=h("help.doc.glossary"))
def glossary(
    ctx: typer.Context,
    fmt: str = typer.Option("table", "--format", "-f", help=h("help.doc.glossary_format")),
) -> None:
    st = state(ctx)
    fmt = str(choice(fmt, tuple(GLOSSARY_FORMATS), "format.bad", aliases=FORMAT_ALIASES))
    GLOSSARY_FORMATS[fmt](st, glossary_view(st.lang_safe()))


def _glossary_md(st: State, view: View) -> None:
    root: Path | None
    try:
        root = st.root()
    except UsageProblem:
        root = None  # the glossary needs no data repository
    out(render("glossary", "md", view, root).decode("utf-8"))


#: `asiakkuus glossary --format`: name -> renderer.
GLOSSARY_FORMATS: dict[str, Callable[[State, View], None]] = {
    "table": lambda st, view: terminal.show_glossary(view, terminal.console(st.color)),
    "md": _glossary_md,
}
