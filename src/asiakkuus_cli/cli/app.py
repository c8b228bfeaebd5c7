"""The console script: the app with every command module registered."""

from __future__ import annotations

# Each import registers the commands of its module on the app.
from . import diff, documents, reports, rules, validate, workflow  # noqa: F401
from .base import app

__all__ = ["app", "main"]


def main() -> None:
    app(prog_name="asiakkuus")
