"""Which command module registers which top-level command or group."""

from __future__ import annotations

import importlib

COMMANDS: dict[str, tuple[str, ...]] = {
    "validate": ("validate",),
    "rules": ("rules",),
    "plan": ("documents", "reports", "workflow"),
    "project": ("documents", "reports", "workflow"),
    "report": ("reports",),
    "calendar": ("reports",),
    "glossary": ("documents",),
    "diff": ("diff",),
    "fmt": ("workflow",),
    "init": ("workflow",),
    "schema": ("workflow",),
    "people": ("workflow",),
    "segments": ("workflow",),
    "import": ("importing",),
    "meeting": ("meetings",),
    "sources": ("meetings",),
    "site": ("site",),
}
#: The subcommands of a group whose commands live in several modules: `plan list`
#: registers only the reports module. A group or subcommand not named here (`plan`
#: alone, `--help`, a typo) registers every module of the group.
SUBCOMMANDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("plan", "list"): ("reports",),
    ("plan", "show"): ("documents",),
    ("plan", "render"): ("documents",),
    ("plan", "new"): ("workflow",),
    ("plan", "touch"): ("workflow",),
    ("project", "list"): ("reports",),
    ("project", "show"): ("documents",),
    ("project", "render"): ("documents",),
    ("project", "new"): ("workflow",),
}
ALL_MODULES: tuple[str, ...] = tuple(sorted({m for mods in COMMANDS.values() for m in mods}))


def modules_for(words: tuple[str | None, str | None]) -> tuple[str, ...]:
    """The command modules to import for a command line whose first two words (not
    options) are `words`: one command's, else every module."""
    group, sub = words
    if group is not None and sub is not None and (group, sub) in SUBCOMMANDS:
        return SUBCOMMANDS[(group, sub)]
    return COMMANDS.get(group or "", ALL_MODULES)


def register(modules: tuple[str, ...] = ALL_MODULES) -> None:
    """Import command modules; each import registers its commands on the app."""
    for name in modules:
        importlib.import_module(f"{__package__}.{name}")
