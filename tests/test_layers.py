"""The import contract (`[tool.importlinter]` in pyproject.toml) holds and catches a reversed import.

`lint-imports` runs on a copy of the package, so the test can break the copy's layering.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")


def lint(tmp_path: Path, change: tuple[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(ROOT / "src", tmp_path / "src", ignore=shutil.ignore_patterns("__pycache__"))
    if change is not None:
        rel, line = change
        module = tmp_path / "src/asiakkuus_cli" / rel
        module.write_text(module.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "src")}
    return subprocess.run(
        [str(LINT), "--no-cache"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_package_keeps_its_layers(tmp_path: Path) -> None:
    done = lint(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 kept, 0 broken" in done.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        # the core reaching up to the reader
        ("repository.py", "import asiakkuus_cli.reading.loader", "layers"),
        # the reader reaching up to the rules
        ("reading/yamlio.py", "from asiakkuus_cli.rules import engine", "layers"),
        # a view reaching up to a renderer
        ("views/plan.py", "import asiakkuus_cli.render.tables", "layers"),
        # the engine reaching up to the command line
        ("rules/engine.py", "import asiakkuus_cli.cli.base", "layers"),
        # two independent siblings: git and editing
        ("git/gitio.py", "import asiakkuus_cli.editing.atomic", "layers"),
        # an import loop between two views (calendar <- reports)
        ("views/calendar.py", "import asiakkuus_cli.views.reports", "acyclic"),
        # a view running the engine itself instead of receiving a Result
        ("views/reports.py", "from asiakkuus_cli.rules.engine import run", "one-way"),
        # the engine as a second loading front door
        ("rules/engine.py", "from asiakkuus_cli.reading.loader import load_repository", "one-way"),
    ],
)
def test_a_reversed_import_breaks_the_contract(
    tmp_path: Path, module: str, line: str, contract: str
) -> None:
    done = lint(tmp_path, (module, line))
    assert done.returncode == 1, done.stdout + done.stderr
    broken = done.stdout.split("Broken contracts", 1)[1]
    name = {
        "acyclic": "no import loops",
        "layers": "cli > site | importing > service",
        "one-way": "views get a Result",
    }[contract]
    assert name in broken
