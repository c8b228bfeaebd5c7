"""The whole application, every command registered: what tests and tools import.

The console script starts from `entry.main` instead, which registers only the
module of the command being run.
"""

from __future__ import annotations

from .base import app
from .commands import register

register()

__all__ = ["app"]
