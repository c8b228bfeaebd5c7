"""`asiakkuus diff`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from asiakkuus_cli.git import diff as diffing
from asiakkuus_cli.git.gitio import GitRepo
from asiakkuus_cli.reading.loader import load_files, load_repository

from ..config import Settings
from ..i18n import t
from ..repository import Repository
from .base import FORMAT_ALIASES, app, choice, h, out, state

FORMATS = ("text", "md", "json")


def _side(
    git: GitRepo, root: Path, settings: Settings, rev: str | None
) -> tuple[Repository, dict[str, Any]]:
    """The repository at a revision (None = the working tree) and how JSON names it."""
    if rev is None:
        return load_repository(root, settings), {"rev": None, "commit": None}
    commit = git.commit(rev)
    return load_files(root, git.files_at(commit), settings), {"rev": rev, "commit": commit}


@app.command(help=h("help.diff"))
def diff(
    ctx: typer.Context,
    rev_a: Annotated[str, typer.Argument(help=h("help.diff.rev_a"))] = "HEAD",
    rev_b: Annotated[
        str | None, typer.Argument(help=h("help.diff.rev_b"), show_default=False)
    ] = None,
    format: Annotated[str, typer.Option("--format", "-f", help=h("help.diff.format"))] = "text",
) -> None:
    st = state(ctx)
    format = str(choice(format, FORMATS, "format.bad", aliases=FORMAT_ALIASES))
    root, settings, lang = st.root(), st.settings(), st.lang
    git = GitRepo.open(root)
    old, before = _side(git, root, settings, rev_a)
    new, after = _side(git, root, settings, rev_b)
    result = diffing.compare(old, new, lang)
    label_a = rev_a
    label_b = rev_b if rev_b is not None else t("diff.worktree", lang)
    if format == "json":
        out(diffing.render_json(result, lang, before, after))
    elif format == "md":
        out(diffing.render_md(result, lang, label_a, label_b))
    else:
        out(diffing.render_text(result, lang, label_a, label_b, st.color))
