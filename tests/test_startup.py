"""Start-up (issue 18): a command imports only what it uses. `people`, `segments` and
`validate` start without the round-trip parser, the template engine, the calendar and
PDF libraries; `fmt` without Jinja2 and Typst."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import DEMO

HEAVY = ("ruamel.yaml", "jinja2", "icalendar", "typst", "holidays")


@pytest.mark.parametrize(
    ("argv", "absent"),
    [
        (["people"], HEAVY),
        (["segments"], HEAVY),
        (["validate"], HEAVY),
        (["fmt", "--check", "data/people.yaml"], ("jinja2", "icalendar", "typst")),
    ],
)
def test_command_imports_only_what_it_uses(argv: list[str], absent: tuple[str, ...]) -> None:
    probe = (
        "import sys; from asiakkuus_cli.cli.entry import main\n"
        f"sys.argv = ['asiakkuus', '--root', {str(DEMO)!r}, *{argv!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print('LOADED', sorted(m for m in {absent!r} if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True, text=True, check=False, cwd=DEMO,
        env={"PYTHONPATH": str(DEMO / "src"), "PATH": "/usr/bin:/bin",
             "ASIAKKUUS_CACHE_DIR": "off"},
    )  # fmt: skip
    assert done.stdout.splitlines()[-1] == "LOADED []", done.stderr
