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
ALL_MODULES: tuple[str, ...] = tuple(sorted({m for mods in COMMANDS.values() for m in mods}))


def register(modules: tuple[str, ...] = ALL_MODULES) -> None:
    """Import command modules; each import registers its commands on the app."""
    for name in modules:
        importlib.import_module(f"{__package__}.{name}")
