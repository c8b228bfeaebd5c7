"""`asiakkuus validate`."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from asiakkuus_cli import reporters
from asiakkuus_cli.i18n import t
from asiakkuus_cli.reading.loader import discover

from .base import FORMAT_ALIASES, app, choice, fail, h, out, state


def split_codes(values: list[str] | None) -> list[str]:
    """`--select C001,P --select O` -> ["C001", "P", "O"]."""
    return [c.strip().upper() for v in values or [] for c in v.split(",") if c.strip()]


def files_under(root: Path, paths: list[Path]) -> list[str]:
    """The data files named by PATH arguments, relative to the root."""
    all_files = discover(root)
    chosen: list[str] = []
    for p in paths:
        # Links are not resolved (unless needed to reach the root): a data file that is
        # a link, even one that loops or dangles, is named as itself, and reading it
        # reports it (S006).
        full = Path(os.path.abspath(p))  # noqa: PTH100 - resolve() would follow links
        if not full.is_relative_to(root):
            full = Path(os.path.realpath(full.parent)) / full.name
        if not os.path.lexists(full):
            fail("path.missing", path=str(p))
        if not full.is_relative_to(root):
            fail("path.outside", path=str(p), root=str(root))
        rel = full.relative_to(root).as_posix()
        if rel in all_files:  # a data file, whatever it is (a folder named *.yaml too)
            chosen.append(rel)
        elif full.is_dir():
            prefix = "" if rel == "." else rel + "/"
            chosen.extend(f for f in all_files if f.startswith(prefix))
        else:
            chosen.append(rel)
    return chosen


@app.command(help=h("help.validate"))
def validate(
    ctx: typer.Context,
    paths: list[Path] | None = typer.Argument(
        None, help=h("help.validate.paths"), show_default=False
    ),
    format: str = typer.Option("text", "--format", "-f", help=h("help.validate.format")),
    strict: bool = typer.Option(False, "--strict", help=h("help.validate.strict")),
    select: list[str] | None = typer.Option(None, "--select", help=h("help.validate.select")),
    ignore: list[str] | None = typer.Option(None, "--ignore", help=h("help.validate.ignore")),
    changed_since: str | None = typer.Option(
        None, "--changed-since", help=h("help.validate.changed_since")
    ),
) -> None:
    st = state(ctx)
    format = str(choice(format, tuple(reporters.REPORTERS), "format.bad", aliases=FORMAT_ALIASES))
    root = st.root()
    settings = st.settings()
    only = files_under(root, paths) if paths else None
    if changed_since is not None:
        from asiakkuus_cli.git.gitio import GitRepo  # only for --changed-since

        git = GitRepo.open(root)
        for folder in git.ignored:
            typer.echo(t("git.bare_ignored", st.lang, folder=folder, top=str(git.top)), err=True)
        changed = git.changed_since(changed_since)
        only = [f for f in only if f in changed] if only is not None else sorted(changed)
    from asiakkuus_cli import service  # the rules: `fmt`, `people` use files_under only

    result = service.validate(
        root,
        settings,
        st.today,
        st.lang,
        select=split_codes(select),
        ignore=split_codes(ignore),
        only_files=only,
    )
    out(reporters.get(format)(result, st.color))
    raise typer.Exit(result.exit_code(strict))
