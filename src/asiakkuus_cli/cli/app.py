"""The console script: the app with every command module registered."""

from __future__ import annotations

from . import validate  # noqa: F401  (each import registers its commands)
from . import workflow  # noqa: F401
from .base import app

__all__ = ["app", "main"]


def main() -> None:
    app(prog_name="asiakkuus")
