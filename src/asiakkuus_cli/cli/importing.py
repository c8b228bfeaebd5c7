"""`asiakkuus import docx|xlsx|csv`: existing Word plans and Excel figures in."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from asiakkuus_cli.editing import atomic
from asiakkuus_cli.reading.loader import load_repository

from ..findings import Finding, Result
from ..i18n import fmt, keys, t
from ..models.values import SLUG_RE
from ..reporters import text as text_reporter

if TYPE_CHECKING:
    from ..importing.people import Proposal
from ..repository import PEOPLE_FILE
from ..textsafe import visible
from .base import _group, app, fail, h, state

import_app = _group("help.import")
app.add_typer(import_app, name="import")


def _say(text: str, err: bool) -> None:
    typer.echo(visible(text, lines=False) if "\n" not in text else text, err=err)


@import_app.command("docx", help=h("help.import.docx"))
def import_docx(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(..., help=h("help.import.files"), show_default=False),
    dry_run: bool = typer.Option(False, "--dry-run", help=h("help.import.dry_run")),
    force: bool = typer.Option(False, "--force", help=h("help.import.force")),
    id: str | None = typer.Option(None, "--id", help=h("help.import.id"), show_default=False),
    add_people: bool = typer.Option(False, "--add-people", help=h("help.import.add_people")),
) -> None:
    from ..importing import require
    from ..importing.apply import check, diff_lines, people_with
    from ..importing.word import directory_of, prepare

    st = state(ctx)
    lang, root, settings = st.lang, st.root(), st.settings()
    if id is not None and len(files) > 1:
        fail("importing.id_many")
    if id is not None and not SLUG_RE.match(id):
        fail("importing.id_bad", value=id)
    require("docx")
    repo = load_repository(root, settings)
    people = directory_of(repo)
    report = dry_run  # with --dry-run stdout carries only YAML; the report goes to stderr
    failed = incomplete = 0
    done: dict[str, Path] = {}
    ready = []
    for source in files:
        prepared = prepare(source, repo, people, settings, lang, id)
        if prepared.problem is not None:
            p = prepared.problem
            problem = t(p.key, lang, **p.params)
            _say(
                f"{t('problem.prefix', lang)}: {t('importing.file.error', lang, path=str(source), problem=problem)}",
                True,
            )
            failed += 1
            continue
        if prepared.rel in done:
            _say(
                f"{t('problem.prefix', lang)}: {t('importing.same_id', lang, source=str(source), id=prepared.id)}",
                True,
            )
            failed += 1
            continue
        target = root / prepared.rel
        if (target.exists() or target.is_symlink()) and not dry_run and not force:
            _say(
                f"{t('problem.prefix', lang)}: {t('importing.exists', lang, path=prepared.rel)}",
                True,
            )
            failed += 1
            continue
        done[prepared.rel] = source
        ready.append(prepared)
    proposals = [p for prep in ready for p in prep.proposals]
    proposals = list(dict.fromkeys(proposals))
    overlay = {prep.rel: prep.text for prep in ready}
    people_text = people_with(root, settings, proposals) if proposals and add_people else None
    if people_text is not None:
        overlay[PEOPLE_FILE] = people_text
    errors = check(root, settings, st.today, lang, overlay) if ready else {}
    for prep in ready:
        draft = prep.draft
        assert draft is not None
        target = root / prep.rel
        if dry_run:
            sys.stdout.write(f"# {prep.rel}\n" if len(ready) > 1 else "")
            sys.stdout.write(
                prep.text + ("---\n" if len(ready) > 1 and prep is not ready[-1] else "")
            )
        if target.exists():
            if dry_run and not force:
                _say(t("importing.exists", lang, path=prep.rel), report)
            try:
                old_text = target.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                old_text = ""
            lines = diff_lines(prep.rel, old_text, prep.text, settings, lang, repo)
            if lines is None:
                _say(t("importing.diff.unreadable", lang, path=prep.rel), report)
            elif lines:
                _say(t("importing.diff.title", lang, path=prep.rel), report)
                for line in lines:
                    _say(line, report)
            else:
                _say(t("importing.diff.none", lang, path=prep.rel), report)
        if not dry_run:
            atomic.write_text(target, prep.text, within=root)
        summary = t(
            "importing.summary",
            lang,
            source=str(prep.source),
            target=prep.rel,
            mapped=draft.mapped,
            guessed=draft.guessed,
            notes=len(draft.notes),
        )
        _say(summary, report)
        if errors.get(prep.rel):
            incomplete += 1
            _incomplete(prep.rel, errors[prep.rel], lang, report)
    _people_outcome(root, lang, proposals, people_text, add_people, dry_run, report)
    _say(
        t(
            "importing.total",
            lang,
            ok=len(ready),
            total=len(files),
            failed=failed,
            incomplete=incomplete,
        ),
        report,
    )
    if dry_run:
        _say(t("importing.dry_run", lang), True)
    raise typer.Exit(2 if failed else (1 if incomplete else 0))


def _incomplete(rel: str, found: list[Finding], lang: str, report: bool) -> None:
    """What an imported file still needs: its errors, as `validate` lists them."""
    _say(t("importing.complete", lang, path=rel), report)
    listing = text_reporter.render(Result(files=1, findings=found, lang=lang), False)
    for line in listing.splitlines()[:-1]:
        _say("  " + line, report)


def _people_outcome(
    root: Path,
    lang: str,
    proposals: list[Proposal],
    people_text: str | None,
    add_people: bool,
    dry_run: bool,
    report: bool,
) -> None:
    """The people an import names who are not in people.yaml: appended (`--add-people`,
    not a dry run), or listed with the lines to add."""
    if not proposals:
        return
    from ..importing.apply import people_lines

    if people_text is not None and not dry_run:
        atomic.write_text(root / PEOPLE_FILE, people_text, within=root)
        _say(t("importing.people.added", lang, n=len(proposals), path=PEOPLE_FILE), report)
        return
    key = (
        "importing.people.unwritable"
        if add_people and people_text is None
        else "importing.people.add"
    )
    _say(t(key, lang, path=PEOPLE_FILE), report)
    for line in people_lines(proposals):
        _say(line, report)


def _sheet_command(
    ctx: typer.Context, file: Path, sheet: str | None, dry_run: bool, add_people: bool
) -> None:
    from ..importing import register as reg
    from ..importing.apply import check, diff_lines, people_with
    from ..importing.files import FileProblem
    from ..importing.sheet import read_sheet
    from ..importing.word import directory_of

    st = state(ctx)
    lang, root, settings = st.lang, st.root(), st.settings()
    report = dry_run  # with --dry-run stdout carries only the YAML of new plans
    try:
        data = read_sheet(file, sheet)
        found = reg.detect(data)
        if found is None:
            raise FileProblem("importing.file.unknown_kind", found=reg.headers_of(data))
    except FileProblem as p:
        problem = t(p.key, lang, **p.params)
        fail("importing.file.error", path=str(file), problem=problem)
    kind, start, columns = found
    repo = load_repository(root, settings)
    people = directory_of(repo)
    if kind == "register":
        outcome = reg.apply_register(data, start, columns, repo, people, settings, lang)
    else:
        outcome = reg.apply_needs(data, start, columns, repo, settings)
    _say(
        t(
            "importing.register.read",
            lang,
            source=str(file),
            sheet=data.name,
            kind=t(keys.IMPORT_REGISTER_KIND[kind], lang),
            rows=outcome.rows,
        ),
        report,
    )
    for row, key, params in outcome.skipped:
        problem = t(key, lang, **params)
        _say(
            t("importing.register.row_skipped", lang, source=str(file), row=row, problem=problem),
            True,
        )
    for key, params in outcome.notes:
        _say(t(key, lang, **params), report)
    proposals = list(dict.fromkeys(people.proposed.values()))
    overlay = {c.rel: c.new_text for c in outcome.changes.values()}
    people_text = people_with(root, settings, proposals) if proposals and add_people else None
    if people_text is not None:
        overlay[PEOPLE_FILE] = people_text
    errors = check(root, settings, st.today, lang, overlay)
    created = updated = 0
    for change in outcome.changes.values():
        for key, params in change.messages:
            _say(t(key, lang, **params), report)
        if change.old_text is None:
            created += 1
            if dry_run:  # several new plans: one YAML stream, each after a comment naming it
                sys.stdout.write(("---\n" if created > 1 else "") + f"# {change.rel}\n")
                sys.stdout.write(change.new_text)
        else:
            updated += 1
            lines = diff_lines(change.rel, change.old_text, change.new_text, settings, lang, repo)
            if lines is None:  # the plan did not load before (or after): show what was set
                _say(t("importing.diff.unreadable", lang, path=change.rel), report)
                for name, value in change.fields.items():
                    _say(f"    {name}: {fmt(value, lang)}", report)
            else:
                _say(t("importing.diff.title", lang, path=change.rel), report)
                for line in lines:
                    _say(line, report)
        if not dry_run:
            atomic.write_text(root / change.rel, change.new_text, within=root)
        if errors.get(change.rel):
            _incomplete(change.rel, errors[change.rel], lang, report)
    _people_outcome(root, lang, proposals, people_text, add_people, dry_run, report)
    _say(
        t(
            "importing.register.total",
            lang,
            created=created,
            updated=updated,
            skipped=len(outcome.skipped),
        ),
        report,
    )
    if dry_run:
        _say(t("importing.dry_run", lang), True)
    incomplete = any(errors.get(c.rel) for c in outcome.changes.values())
    raise typer.Exit(1 if outcome.skipped or incomplete else 0)


@import_app.command("xlsx", help=h("help.import.xlsx"))
def import_xlsx(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help=h("help.import.file"), show_default=False),
    sheet: str | None = typer.Option(
        None, "--sheet", help=h("help.import.sheet"), show_default=False
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help=h("help.import.dry_run")),
    add_people: bool = typer.Option(False, "--add-people", help=h("help.import.add_people")),
) -> None:
    _sheet_command(ctx, file, sheet, dry_run, add_people)


@import_app.command("csv", help=h("help.import.csv"))
def import_csv(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help=h("help.import.file"), show_default=False),
    dry_run: bool = typer.Option(False, "--dry-run", help=h("help.import.dry_run")),
    add_people: bool = typer.Option(False, "--add-people", help=h("help.import.add_people")),
) -> None:
    _sheet_command(ctx, file, None, dry_run, add_people)
