"""The application's front door for checking: load a repository, then run the rules.

The one place that wires `reading` (the only loading front door) to `rules` (the engine,
which never loads). Imports reading, rules and the core; used by `cli`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Unpack

from asiakkuus_cli.config import Settings
from asiakkuus_cli.findings import Result
from asiakkuus_cli.reading.loader import load_repository
from asiakkuus_cli.rules import engine
from asiakkuus_cli.rules.engine import RunOptions


def validate(
    root: Path, settings: Settings, today: date, lang: str, **options: Unpack[RunOptions]
) -> Result:
    """Load the repository at `root` and check it (`options`: those of `engine.run`)."""
    return engine.run(load_repository(root, settings), today, lang, **options)
