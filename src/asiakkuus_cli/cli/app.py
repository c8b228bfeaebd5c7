"""The console script: the app with every command module registered."""

from __future__ import annotations

from . import rules, validate  # noqa: F401  (each import registers its commands)
from .base import app

__all__ = ["app", "main"]


def main() -> None:
    app(prog_name="asiakkuus")
