"""Find the data repository the way git finds its root."""

from __future__ import annotations

import os
from pathlib import Path

from asiakkuus_cli.config import CONFIG_NAME
from asiakkuus_cli.errors import UsageProblem


def is_root(path: Path) -> bool:
    return (path / CONFIG_NAME).is_file() or (path / "data" / "customers").is_dir()


def find_root(option: Path | None, cwd: Path | None = None) -> Path:
    """`--root`, else ASIAKKUUS_ROOT, else the nearest directory upward that is a root."""
    given = option or (Path(env) if (env := os.environ.get("ASIAKKUUS_ROOT")) else None)
    if given is not None:
        if not given.is_dir():
            raise UsageProblem("root.missing_dir", path=str(given))
        return given.resolve()
    here = (cwd or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if is_root(candidate):
            return candidate
    raise UsageProblem("root.not_found")
