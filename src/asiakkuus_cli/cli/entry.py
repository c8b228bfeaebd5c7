"""The console script. It imports only the command module that the command line
names, so that `asiakkuus validate` does not pay for loading the document,
report and git machinery; `--help`, `--version` and unknown commands get every
command."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .commands import ALL_MODULES, COMMANDS, register

# Global options that take a value (see base._global).
_VALUED = frozenset(("--root", "--lang", "--today"))


def command_of(argv: Sequence[str]) -> str | None:
    """The first word of the command line that is not a global option or its value."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUED:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def main() -> None:
    from .base import app

    register(COMMANDS.get(command_of(sys.argv[1:]) or "", ALL_MODULES))
    app(prog_name="asiakkuus")
