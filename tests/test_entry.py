"""The console script registers only the named command's module; the map must not drift."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import typer

from asiakkuus_cli.cli.app import app
from asiakkuus_cli.cli.commands import COMMANDS
from asiakkuus_cli.cli.entry import command_of

from .conftest import DEMO


def test_every_command_is_in_the_map() -> None:
    group = typer.main.get_command(app)
    assert set(group.commands) == set(COMMANDS)  # type: ignore[attr-defined]


def test_command_of_skips_global_options() -> None:
    assert (
        command_of(["--root", "x", "--lang", "en", "--no-color", "validate", "-f", "json"])
        == "validate"
    )
    assert command_of(["--today", "2026-01-01", "plan", "list"]) == "plan"
    assert command_of(["--root=x", "diff"]) == "diff"
    assert command_of(["--version"]) is None
    assert command_of([]) is None


def test_console_script_runs_one_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "asiakkuus_cli", "--root", str(DEMO), "--today", "2026-11-26",
         "validate", "--format", "json"],
        capture_output=True, text=True, check=False,
        env={"PYTHONPATH": str(DEMO / "src"), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"version": 1' in done.stdout


def test_version_is_answered_without_typer() -> None:
    from asiakkuus_cli import __version__

    probe = (
        "import sys; sys.argv = ['asiakkuus', '--lang', 'en', '--version'];"
        "from asiakkuus_cli.cli.entry import main; main();"
        "print('typer' in sys.modules, 'pydantic' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True, text=True, check=False,
        env={"PYTHONPATH": str(DEMO / "src"), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"asiakkuus {__version__}\nFalse False\n"


def test_version_through_the_app_says_the_same(cli: Any) -> None:
    from asiakkuus_cli import __version__

    assert cli("--version").output == f"asiakkuus {__version__}\n"
