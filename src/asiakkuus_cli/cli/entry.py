"""The console script. It imports only the command module that the command line
names, so that `asiakkuus validate` does not pay for loading the document,
report and git machinery; `--help` and unknown commands get every command.
`--version` is answered before Typer is imported."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .commands import modules_for, register

# Global options that take a value (see base._global).
_VALUED = frozenset(("--root", "--lang", "--today"))


def command_of(argv: Sequence[str]) -> str | None:
    """The first word of the command line that is not a global option or its value."""
    return words_of(argv)[0]


def words_of(argv: Sequence[str]) -> tuple[str | None, str | None]:
    """The first two words of the command line that are not options or a global
    option's value: the command, and the subcommand of a group (`plan`, `list`)."""
    words: list[str | None] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUED:
            skip = True
        elif not arg.startswith("-"):
            words.append(arg)
            if len(words) == 2:
                break
    words += [None, None]
    return words[0], words[1]


def main() -> None:
    argv = sys.argv[1:]
    if "--version" in argv and "--help" not in argv and command_of(argv) is None:
        # The one answer that needs no command line machinery: as fast as Python starts.
        from .. import __version__

        sys.stdout.write(f"asiakkuus {__version__}\n")
        return
    from .base import app

    register(modules_for(words_of(argv)))
    app(prog_name="asiakkuus")
