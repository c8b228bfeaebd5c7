"""The git workflow commands: `plan touch`, `plan new`, `project new`, `fmt`, `schema`, `init`,
and `people` / `segments`, which list the ids that `plan new` and `project new` take."""

from __future__ import annotations

import os
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from asiakkuus_cli.lazy import lazy_module
from asiakkuus_cli.reading.loader import discover, load_repository
from asiakkuus_cli.reading.yamlio import position

from ..findings import Finding, Result
from ..i18n import help_lang, keys, t, term
from ..lines import Lines
from ..models import ORG_TYPES, ROLES
from ..models.values import SLUG_RE
from ..reporters import text as text_reporter
from ..repository import CUSTOMERS_DIR, ORGANISATION_FILE, PEOPLE_FILE, Repository
from ..textsafe import visible
from .base import app, choice, fail, h, out, plan_app, project_app, state
from .validate import files_under

if TYPE_CHECKING:
    from asiakkuus_cli.config import Settings
    from asiakkuus_cli.editing import edit, scaffold
    from asiakkuus_cli.editing import schema as schemas
    from asiakkuus_cli.editing.cache import CanonicalCache
else:  # `people` and `segments` start without ruamel.yaml and Jinja2 (docs/PERFORMANCE.md)
    edit = lazy_module("asiakkuus_cli.editing.edit")
    scaffold = lazy_module("asiakkuus_cli.editing.scaffold")
    schemas = lazy_module("asiakkuus_cli.editing.schema")


def _problem_report(rel: str, problem: edit.EditProblem, lang: str, color: bool) -> str:
    """The loading findings of a file that cannot be edited, as `validate` prints them."""
    from asiakkuus_cli.rules.engine import to_finding

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
        findings.append(to_finding(issue, line, col, lang))
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
    from asiakkuus_cli.editing.cache import CanonicalCache
    from asiakkuus_cli.editing.parallel import parallel_map

    st = state(ctx)
    root, settings, lang = st.root(), st.settings(), st.lang
    check = check or diff
    rels = list(dict.fromkeys(files_under(root, paths) if paths else discover(root)))
    cache = CanonicalCache.open(settings)
    job = _FmtJob(root, settings, lang, st.color, check, diff, cache)
    changed = failed = 0
    added: list[str] = []
    used: list[str] = []
    for done in parallel_map(_fmt_one, rels, _fmt_start, (job,)):
        if done.err:
            typer.echo(done.err, nl=False, err=True)
        if done.out:
            out(done.out)
        changed += done.changed
        failed += done.failed
        if done.entry is not None:
            (used if done.hit else added).append(done.entry)
    cache.save(added, used)
    summary = "workflow.fmt.check_summary" if check else "workflow.fmt.summary"
    out(t(summary, lang, files=len(rels), changed=changed, failed=failed) + "\n")
    raise typer.Exit(1 if failed or (check and changed) else 0)


@dataclass(frozen=True)
class _FmtJob:
    root: Path
    settings: Settings
    lang: str
    color: bool
    check: bool
    diff: bool
    cache: CanonicalCache


@dataclass(frozen=True)
class _FmtDone:
    """One file's part of `fmt`'s output: small, so that workers send it back cheaply."""

    out: str = ""
    err: str = ""
    changed: int = 0
    failed: int = 0
    entry: str | None = None  # the cache entry of a canonical file
    hit: bool = False  # known from the cache


_JOB: _FmtJob | None = None


def _fmt_start(job: _FmtJob) -> None:
    global _JOB
    _JOB = job


def _fmt_one(rel: str) -> _FmtDone:
    """`fmt` of one file (in a worker process or this one; editing/parallel.py)."""
    job = _JOB
    assert job is not None
    lang = job.lang
    if edit.model_for(rel) is None:
        return _FmtDone(err=t("workflow.fmt.not_data", lang, path=rel) + "\n", failed=1)
    try:
        done = edit.format_file(job.root, rel, job.settings, job.check, job.cache)
    except edit.EditProblem as problem:
        return _FmtDone(err=_problem_report(rel, problem, lang, job.color), failed=1)
    except edit.Unsafe as unsafe:
        reason = t(unsafe.key, lang, **unsafe.params)
        return _FmtDone(
            err=t("workflow.fmt.refused", lang, path=rel, reason=reason) + "\n", failed=1
        )
    if not done.changed:
        return _FmtDone(entry=done.entry, hit=done.entry in job.cache)
    if job.diff:
        return _FmtDone(out=_diff_text(rel, done, lang, job.color), changed=1)
    key = "workflow.fmt.would_change" if job.check else "workflow.fmt.changed"
    return _FmtDone(out=t(key, lang, path=rel) + "\n", changed=1)


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


def _created(created: scaffold.Created, next_key: str, lang: str, extra: str = "") -> None:
    lines = [t("workflow.created", lang, path=created.rel), t("workflow.next", lang)]
    for item in (t(next_key, lang), extra):
        if item:  # wrapped between words, so an 80-column terminal does not split one
            lines.append(textwrap.fill(item, 79, initial_indent="  - ", subsequent_indent="    "))
    lines.append(t("workflow.next.validate", lang, path=created.rel))
    if created.schemas_missing:
        lines.append(t("workflow.no_schemas", lang))
    out("\n".join(lines) + "\n")


def _required(role: str, **options: str | None) -> dict[str, str]:
    """The options, all given; else exit 2 naming the missing ones and where to find ids."""
    missing = [f"--{name.replace('_', '-')}" for name, value in options.items() if value is None]
    if missing:
        fail("firsthour.missing_choices", options=", ".join(missing), role=role)
    return {name: value for name, value in options.items() if value is not None}


# --- the choices of plan new / project new ---------------------------------------------------


def _interactive() -> bool:
    """Whether missing options are asked for: only when a person is at the keyboard."""
    return sys.stdin.isatty()


def _choice_repo(ctx: typer.Context, only: tuple[str, ...] | None) -> Repository | None:
    """The repository for shell completion, only the files `only` when given (a key
    press for a person id need not read every plan): quietly none when it cannot be
    loaded."""
    from asiakkuus_cli.reading.discovery import find_root

    from ..config import load_settings

    top: typer.Context = ctx
    while isinstance(top.parent, typer.Context):
        top = top.parent
    raw = top.params.get("root")
    try:
        root = find_root(Path(raw) if raw else None)
        return load_repository(root, load_settings(root), only=only)
    except Exception:  # completion must never print a traceback into the shell
        return None


def segment_choices(repo: Repository) -> list[tuple[str, str]]:
    """(id, name) of every segment, in the file's order."""
    if repo.organisation is None:
        return []
    return [(str(s.id), s.name) for s in repo.organisation.model.segments]


def people_choices(repo: Repository, role: str | None = None) -> list[tuple[str, str]]:
    """(id, name) of every person (with `role`: of the service centre holding it), by id."""
    found = []
    for pid in sorted(repo.people):
        person = repo.people[pid].model
        if role is None or (person.is_it and role in person.roles):
            found.append((pid, person.name))
    return found


def _complete(found: list[tuple[str, str]], incomplete: str) -> list[tuple[str, str]]:
    return [(i, name) for i, name in found if i.startswith(incomplete)]


def complete_segment(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    repo = _choice_repo(ctx, (ORGANISATION_FILE,))
    return _complete(segment_choices(repo), incomplete) if repo else []


def complete_manager(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    repo = _choice_repo(ctx, (PEOPLE_FILE,))
    return _complete(people_choices(repo, "partnership_manager"), incomplete) if repo else []


def complete_project_manager(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    repo = _choice_repo(ctx, (PEOPLE_FILE,))
    return _complete(people_choices(repo, "project_manager"), incomplete) if repo else []


def complete_person(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    repo = _choice_repo(ctx, (PEOPLE_FILE,))
    return _complete(people_choices(repo), incomplete) if repo else []


def complete_customer(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    repo = _choice_repo(ctx, None)
    if repo is None:
        return []
    found = [(c, repo.customers[c].model.name) for c in sorted(repo.customers)]
    return _complete(found, incomplete)


def complete_type(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    lang = help_lang()
    return _complete([(k, t(keys.TERM["type"][k], lang)) for k in ORG_TYPES], incomplete)


def _ask(lang: str, prompt_key: str) -> str:
    """One missing text from the person at the keyboard."""
    return str(typer.prompt(t(prompt_key, lang), err=True))


def _choose(lang: str, prompt_key: str, choices: list[tuple[str, str]], none_key: str) -> str:
    """One of `choices` (id, name), listed first; with none to choose from, exit 2."""
    if not choices:
        fail(none_key)
    lines = [t("firsthour.prompt.choices", lang)]
    width = max(len(i) for i, _ in choices)
    lines += [f"  {i:<{width}}  {name}" for i, name in choices]
    typer.echo("\n".join(lines), err=True)
    ids = [i for i, _ in choices]
    # The id, or the name shown beside it (`toimiala` for `division`), in any case.
    by_word = {name.casefold(): i for i, name in choices} | {i.casefold(): i for i in ids}
    while True:
        answer = str(typer.prompt(t(prompt_key, lang), default=ids[0] if len(ids) == 1 else None,
                                  err=True)).strip()  # fmt: skip
        if answer.casefold() in by_word:
            return by_word[answer.casefold()]
        typer.echo(t("firsthour.prompt.pick", lang, ids=", ".join(ids)), err=True)


@plan_app.command("new", help=h("help.plan_new"))
def plan_new(
    ctx: typer.Context,
    id: str = typer.Argument(..., help=h("help.new.id")),
    name: str | None = typer.Option(None, "--name", help=h("help.new.name"), show_default=False),
    type: str | None = typer.Option(
        None,
        "--type",
        help=t(
            "help.new.type",
            help_lang(),
            types=", ".join(t(keys.TERM["type"][x], help_lang()) for x in ORG_TYPES),
        ),
        show_default=False,
        autocompletion=complete_type,
    ),
    segment: str | None = typer.Option(
        None,
        "--segment",
        help=h("help.new.segment"),
        show_default=False,
        autocompletion=complete_segment,
    ),
    manager: str | None = typer.Option(
        None,
        "--manager",
        help=h("help.new.manager"),
        show_default=False,
        autocompletion=complete_manager,
    ),
) -> None:
    st = state(ctx)
    type = choice(type, ORG_TYPES, "reports.bad_type", kind="type")
    lang = st.lang
    scaffold.check_id(id)
    repo = load_repository(st.root(), st.settings())
    if _interactive():
        if name is None:
            name = _ask(lang, "firsthour.prompt.name")
        if type is None:
            types = [(k, t(keys.TERM["type"][k], lang)) for k in ORG_TYPES]
            type = _choose(lang, "firsthour.prompt.type", types, "firsthour.prompt.type")
        if segment is None:
            segment = _choose(lang, "firsthour.prompt.segment", segment_choices(repo),
                           "firsthour.no_choices.segment")  # fmt: skip
        if manager is None:
            managers = people_choices(repo, "partnership_manager")
            manager = _choose(lang, "firsthour.prompt.manager", managers,
                           "firsthour.no_choices.partnership_manager")  # fmt: skip
    given = _required("partnership_manager", name=name, type=type, segment=segment,
                      manager=manager)  # fmt: skip
    req = scaffold.PlanRequest(id=id, **given)
    _created(scaffold.new_plan(repo, req, st.today, lang), "workflow.next.plan", lang)


_BOARD = ("executive", "senior_users", "senior_suppliers")


@project_app.command("new", help=h("help.project_new"))
def project_new(
    ctx: typer.Context,
    id: str = typer.Argument(..., help=h("help.new.id")),
    name: str | None = typer.Option(None, "--name", help=h("help.new.name"), show_default=False),
    customer: str | None = typer.Option(
        None,
        "--customer",
        help=h("help.new.customer"),
        show_default=False,
        autocompletion=complete_customer,
    ),
    project_manager: str | None = typer.Option(
        None,
        "--project-manager",
        help=h("help.new.project_manager"),
        show_default=False,
        autocompletion=complete_project_manager,
    ),
    internal: bool = typer.Option(False, "--internal", help=h("help.new.internal")),
    executive: str | None = typer.Option(
        None,
        "--executive",
        help=h("help.new.executive"),
        show_default=False,
        autocompletion=complete_person,
    ),
    senior_user: list[str] | None = typer.Option(
        None,
        "--senior-user",
        help=h("help.new.senior_user"),
        show_default=False,
        autocompletion=complete_person,
    ),
    senior_supplier: list[str] | None = typer.Option(
        None,
        "--senior-supplier",
        help=h("help.new.senior_supplier"),
        show_default=False,
        autocompletion=complete_person,
    ),
) -> None:
    st = state(ctx)
    lang = st.lang
    scaffold.check_id(id)
    repo = load_repository(st.root(), st.settings())
    if _interactive():
        if name is None:
            name = _ask(lang, "firsthour.prompt.project_name")
        if project_manager is None:
            pms = people_choices(repo, "project_manager")
            project_manager = _choose(lang, "firsthour.prompt.project_manager", pms,
                                   "firsthour.no_choices.project_manager")  # fmt: skip
    given = _required("project_manager", name=name, project_manager=project_manager)
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
    created = scaffold.new_project(repo, req, st.today, lang)
    board = {"executive": bool(executive), "senior_users": bool(senior_user),
             "senior_suppliers": bool(senior_supplier)}  # fmt: skip
    if not any(board.values()):
        _created(created, "workflow.next.project", lang)
        return
    missing = ", ".join(role for role in _BOARD if not board[role])
    extra = t("firsthour.next.project_board_rest", lang, missing=missing) if missing else ""
    _created(created, "firsthour.next.project_board_given", lang, extra)


@app.command("people", help=h("help.people"))
def people(
    ctx: typer.Context,
    role: str | None = typer.Option(None, "--role", help=h("help.people.role"), show_default=False),
) -> None:
    st = state(ctx)
    lang = st.lang
    if role is not None and role not in ROLES:
        fail("firsthour.people.bad_role", value=role, allowed=", ".join(ROLES))
    repo = load_repository(st.root(), st.settings(), only=(PEOPLE_FILE,))
    found = people_choices(repo, role)
    if not found:
        with_role = t("firsthour.people.with_role", lang, role=role) if role else ""
        out(t("firsthour.people.none", lang, role=with_role) + "\n")
        return
    width = max(len(i) for i, _ in found)
    lines = []
    for pid, name in found:
        person = repo.people[pid].model
        roles = ", ".join(term("role", r, lang) for r in person.roles)
        org = "it" if person.is_it else person.organisation
        lines.append(f"{pid:<{width}}  {name} ({org}{'; ' + roles if roles else ''})")
    out("\n".join(lines) + "\n")


@app.command("segments", help=h("help.segments"))
def segments(ctx: typer.Context) -> None:
    st = state(ctx)
    lang = st.lang
    repo = load_repository(st.root(), st.settings(), only=(ORGANISATION_FILE,))
    found = segment_choices(repo)
    if not found:
        out(t("firsthour.segments.none", lang) + "\n")
        return
    width = max(len(i) for i, _ in found)
    out("\n".join(f"{sid:<{width}}  {name}" for sid, name in found) + "\n")


@app.command("schema", help=h("help.schema"))
def schema(
    ctx: typer.Context,
    out_dir: Path | None = typer.Option(
        None, "--out", help=h("help.schema.out"), show_default=False
    ),
) -> None:
    st = state(ctx)
    folder = out_dir if out_dir is not None else st.root() / schemas.SCHEMA_DIR
    lang = st.lang_safe()
    if folder.exists() and not folder.is_dir():
        fail("workflow.init.not_dir", path=str(folder))
    for path, changed in schemas.write_schemas(
        folder, within=st.root() if out_dir is None else None
    ):
        key = "workflow.schema.written" if changed else "workflow.schema.current"
        out(t(key, lang, path=str(path)) + "\n")


@app.command("init", help=h("help.init"))
def init(
    ctx: typer.Context,
    directory: Path = typer.Argument(..., help=h("help.init.dir")),
    example: bool = typer.Option(False, "--example", help=h("help.init.example")),
) -> None:
    st = state(ctx)
    lang = st.lang_safe()
    pip = scaffold.installed_pip_spec()
    scaffold.init_repository(directory, st.today, example=example, pip=pip)

    def prose(key: str) -> str:  # wrapped between words; commands and paths stay whole
        return textwrap.fill(t(key, lang), 79, break_on_hyphens=False)

    lines = [t("workflow.init.done", lang, path=str(directory))]
    lines.append(prose("firsthour.init.example" if example else "firsthour.init.fill"))
    if pip:
        lines.append(t("firsthour.init.pip_known", lang, pip=pip))
    else:
        lines.append(prose("firsthour.init.pip_unknown"))
    lines.append(t("firsthour.init.next", lang, path=str(directory)))
    out("\n".join(lines) + "\n")


if os.environ.get("_ASIAKKUUS_COMPLETE"):
    # The app is made without Typer's --install-completion, which is what registers the
    # shells; register them for `eval "$(_ASIAKKUUS_COMPLETE=bash_source asiakkuus)"`.
    try:
        from typer._completion_classes import completion_init
    except ImportError:  # a Typer that moved it: completion is a convenience, not a promise
        pass
    else:
        completion_init()
