"""The git workflow commands: `plan touch`, `plan new`, `project new`, `fmt`, `schema`, `init`."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from .. import edit, scaffold
from ..findings import Finding, Result
from ..i18n import help_lang, t
from ..lines import Lines
from ..loader import discover, load_repository
from ..models import ORG_TYPES
from ..models.values import SLUG_RE
from ..reporters import text as text_reporter
from ..repository import CUSTOMERS_DIR
from ..schema import SCHEMA_DIR, write_schemas
from ..textsafe import visible
from ..yamlio import position
from .base import app, fail, h, out, plan_app, project_app, state
from .validate import files_under


def _problem_report(rel: str, problem: edit.EditProblem, lang: str, color: bool) -> str:
    """The loading findings of a file that cannot be edited, as `validate` prints them."""
    from ..engine import message_key
    from ..i18n import has
    from ..rules import all_rules

    rules = all_rules()
    findings: list[Finding] = []
    lines = Lines(problem.text or "")
    for issue in problem.issues:
        if issue.pos is not None:
            line, col = issue.pos
        elif problem.tree is not None:
            line, col = position(problem.tree, issue.at, issue.key)
        else:
            line, col = 1, 1
        line, col = lines.editor((line, col))
        key = message_key(issue)
        rule = rules.get(issue.code)
        findings.append(
            Finding(
                code=issue.code,
                name=rule.name if rule else "",
                severity=rule.severity if rule else "error",
                path=issue.file,
                line=line,
                column=col,
                message=t(key, lang, **issue.params),
                hint=t(key + ".hint", lang, **issue.params) if has(key + ".hint") else None,
                subject=issue.subject,
            )
        )
    findings.sort(key=Finding.sort_key)
    header = t("workflow.broken", lang, path=rel) + "\n"
    return header + text_reporter.render(Result(files=1, findings=findings, lang=lang), color)


@plan_app.command("touch", help=h("help.touch"))
def plan_touch(ctx: typer.Context, id: str = typer.Argument(..., help=h("help.touch.id"))) -> None:
    st = state(ctx)
    root, settings, lang = st.root(), st.settings(), st.lang
    rel = f"{CUSTOMERS_DIR}/{id}.yaml"
    # lexists: a FIFO or a link out of the repository is reported by loading (S006), not as unknown
    if not SLUG_RE.match(id) or not os.path.lexists(root / rel):
        known = [Path(f).stem for f in discover(root) if f.startswith(CUSTOMERS_DIR + "/")]
        fail("workflow.unknown_customer", id=id, close=scaffold.did_you_mean(id, known, lang))
    today = st.today
    try:
        done = edit.touch_plan(root, rel, settings, today)
    except edit.EditProblem as problem:
        typer.echo(_problem_report(rel, problem, lang, st.color), nl=False, err=True)
        raise typer.Exit(1) from None
    except edit.Unsafe as unsafe:
        typer.echo(f"{rel}: {t(unsafe.key, lang, **unsafe.params)}", err=True)
        raise typer.Exit(1) from None
    if done.future is not None:
        typer.echo(t("editing.touch.future", lang, path=rel, was=done.future, date=today), err=True)
    key = "workflow.touched" if done.changed else "workflow.touch.unchanged"
    out(t(key, lang, path=rel, date=today) + "\n")


@app.command("fmt", help=h("help.fmt"))
def fmt(
    ctx: typer.Context,
    paths: list[Path] | None = typer.Argument(None, help=h("help.fmt.paths"), show_default=False),
    check: bool = typer.Option(False, "--check", help=h("help.fmt.check")),
    diff: bool = typer.Option(False, "--diff", help=h("editing.help.fmt.diff")),
) -> None:
    st = state(ctx)
    root, settings, lang = st.root(), st.settings(), st.lang
    check = check or diff
    rels = files_under(root, paths) if paths else discover(root)
    changed = failed = 0
    for rel in dict.fromkeys(rels):
        if edit.model_for(rel) is None:
            typer.echo(t("workflow.fmt.not_data", lang, path=rel), err=True)
            failed += 1
            continue
        try:
            done = edit.format_file(root, rel, settings, check)
        except edit.EditProblem as problem:
            typer.echo(_problem_report(rel, problem, lang, st.color), nl=False, err=True)
            failed += 1
            continue
        except edit.Unsafe as unsafe:
            reason = t(unsafe.key, lang, **unsafe.params)
            typer.echo(t("workflow.fmt.refused", lang, path=rel, reason=reason), err=True)
            failed += 1
            continue
        if done.changed:
            changed += 1
            if diff:
                out(_diff_text(rel, done, lang, st.color))
            else:
                key = "workflow.fmt.would_change" if check else "workflow.fmt.changed"
                out(t(key, lang, path=rel) + "\n")
    summary = "workflow.fmt.check_summary" if check else "workflow.fmt.summary"
    out(t(summary, lang, files=len(set(rels)), changed=changed, failed=failed) + "\n")
    raise typer.Exit(1 if failed or (check and changed) else 0)


def _diff_text(rel: str, done: edit.FileFormat, lang: str, color: bool) -> str:
    """The unified diff of one file, coloured like git's when colour is on."""
    diff = edit.unified_diff(rel, done.before, done.after)
    if not diff:
        return t("editing.fmt.diff_line_ends", lang, path=rel) + "\n"
    shown: list[str] = []
    for line in diff:
        text = visible(line, lines=False)
        if color and line.startswith(("+++ ", "--- ")):
            text = typer.style(text, bold=True)
        elif color and line[:1] in _DIFF_COLOURS:
            text = typer.style(text, fg=_DIFF_COLOURS[line[0]])
        shown.append(text)
    return "".join(line + "\n" for line in shown)


_DIFF_COLOURS = {"+": "green", "-": "red", "@": "cyan"}


def _created(created: scaffold.Created, next_key: str, lang: str) -> None:
    lines = [
        t("workflow.created", lang, path=created.rel),
        t("workflow.next", lang),
        "  - " + t(next_key, lang),
        t("workflow.next.validate", lang, path=created.rel),
    ]
    if created.schemas_missing:
        lines.append(t("workflow.no_schemas", lang))
    out("\n".join(lines) + "\n")


def _required(**options: str | None) -> dict[str, str]:
    """The options, all given; else exit 2 naming the missing ones."""
    missing = [f"--{name.replace('_', '-')}" for name, value in options.items() if value is None]
    if missing:
        fail("workflow.missing_options", options=", ".join(missing))
    return {name: value for name, value in options.items() if value is not None}


@plan_app.command("new", help=h("help.plan_new"))
def plan_new(
    ctx: typer.Context,
    id: str = typer.Argument(..., help=h("help.new.id")),
    name: str | None = typer.Option(None, "--name", help=h("help.new.name"), show_default=False),
    type: str | None = typer.Option(
        None,
        "--type",
        help=t("help.new.type", help_lang(), types=", ".join(ORG_TYPES)),
        show_default=False,
    ),
    segment: str | None = typer.Option(
        None, "--segment", help=h("help.new.segment"), show_default=False
    ),
    manager: str | None = typer.Option(
        None, "--manager", help=h("help.new.manager"), show_default=False
    ),
) -> None:
    st = state(ctx)
    lang = st.lang
    scaffold.check_id(id)
    given = _required(name=name, type=type, segment=segment, manager=manager)
    repo = load_repository(st.root(), st.settings())
    req = scaffold.PlanRequest(id=id, **given)
    _created(scaffold.new_plan(repo, req, st.today, lang), "workflow.next.plan", lang)


@project_app.command("new", help=h("help.project_new"))
def project_new(
    ctx: typer.Context,
    id: str = typer.Argument(..., help=h("help.new.id")),
    name: str | None = typer.Option(None, "--name", help=h("help.new.name"), show_default=False),
    customer: str | None = typer.Option(
        None, "--customer", help=h("help.new.customer"), show_default=False
    ),
    project_manager: str | None = typer.Option(
        None, "--project-manager", help=h("help.new.project_manager"), show_default=False
    ),
    internal: bool = typer.Option(False, "--internal", help=h("help.new.internal")),
    executive: str | None = typer.Option(
        None, "--executive", help=h("help.new.executive"), show_default=False
    ),
    senior_user: list[str] | None = typer.Option(
        None, "--senior-user", help=h("help.new.senior_user"), show_default=False
    ),
    senior_supplier: list[str] | None = typer.Option(
        None, "--senior-supplier", help=h("help.new.senior_supplier"), show_default=False
    ),
) -> None:
    st = state(ctx)
    lang = st.lang
    scaffold.check_id(id)
    given = _required(name=name, project_manager=project_manager)
    repo = load_repository(st.root(), st.settings())
    req = scaffold.ProjectRequest(
        id=id,
        name=given["name"],
        project_manager=given["project_manager"],
        customer=customer,
        internal=internal,
        executive=executive,
        senior_users=list(senior_user or []),
        senior_suppliers=list(senior_supplier or []),
    )
    _created(scaffold.new_project(repo, req, st.today, lang), "workflow.next.project", lang)


@app.command("schema", help=h("help.schema"))
def schema(
    ctx: typer.Context,
    out_dir: Path | None = typer.Option(
        None, "--out", help=h("help.schema.out"), show_default=False
    ),
) -> None:
    st = state(ctx)
    folder = out_dir if out_dir is not None else st.root() / SCHEMA_DIR
    lang = st.lang_safe()
    if folder.exists() and not folder.is_dir():
        fail("workflow.init.not_dir", path=str(folder))
    for path, changed in write_schemas(folder, within=st.root() if out_dir is None else None):
        key = "workflow.schema.written" if changed else "workflow.schema.current"
        out(t(key, lang, path=str(path)) + "\n")


@app.command("init", help=h("help.init"))
def init(
    ctx: typer.Context, directory: Path = typer.Argument(..., help=h("help.init.dir"))
) -> None:
    st = state(ctx)
    scaffold.init_repository(directory, st.today)
    out(t("workflow.init.done", st.lang_safe(), path=str(directory)) + "\n")
