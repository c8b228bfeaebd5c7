"""Markdown and HTML documents through the one Jinja2 sandbox (`sandbox.py`).

Kept apart from `render/__init__.py` so that the table, ICS, diff and terminal
renderers, which every report and `calendar` load, start without Jinja2
(docs/PERFORMANCE.md, start-up).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader

from ..bounds import BoundedSandbox
from ..errors import UsageProblem
from ..resources import contained
from ..sandbox import render_bounded, sandbox
from ..textsafe import md_escape


def pct(value: Any) -> str:
    """A fraction 0..1 as a CSS percentage with fixed decimals (stable bytes)."""
    return f"{max(0.0, min(1.0, float(value))) * 100:.2f}%"


def _autoescape(name: str | None) -> bool:
    return name is not None and ".html" in name


class ContainedLoader(FileSystemLoader):
    """A FileSystemLoader that refuses a template (also an `include`d or `extends`ed
    one) whose file resolves out of its templates folder through a symlink.

    Jinja2 itself already refuses `..` and absolute names.
    """

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        if not any(contained(filename, d) for d in self.searchpath):
            raise UsageProblem("template.outside", name=template)
        return source, filename, uptodate


@cache
def _environment(dirs: tuple[Path, ...]) -> BoundedSandbox:
    env = sandbox(
        ContainedLoader([str(d) for d in dirs]),
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = md_escape
    env.filters["pct"] = pct
    return env


def fill(name: str, view: dict[str, Any], dirs: tuple[Path, ...]) -> str:
    """The template `name`, looked up in `dirs` (first wins), filled with the view."""
    env = _environment(dirs)
    return render_bounded(name, lambda: env.get_template(name).generate(view))
