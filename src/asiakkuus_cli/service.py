"""The application's front door for checking: load a repository, then run the rules.

The one place that wires `reading` (the only loading front door) to `rules` (the engine,
which never loads). Imports reading, rules and the core; used by `cli`.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from pathlib import Path

from asiakkuus_cli.config import Settings
from asiakkuus_cli.findings import Result
from asiakkuus_cli.reading.loader import load_repository
from asiakkuus_cli.rules import engine


def validate(
    root: Path,
    settings: Settings,
    today: date,
    lang: str,
    *,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    only_files: Collection[str] | None = None,
) -> Result:
    """Load the repository at `root` and check it."""
    repo = load_repository(root, settings)
    return engine.run(repo, today, lang, select=select, ignore=ignore, only_files=only_files)
