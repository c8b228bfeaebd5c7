"""The one Jinja2 sandbox: document templates (`render/`) and file templates (`init`, `new`).

A template may come from a data repository, so it is code from outside: it runs in
Jinja2's `SandboxedEnvironment` with strict undefined values, and whatever goes wrong in
it is the template's failure (exit 2, its first line shown), never a traceback.
Every template also runs within the bounds of `bounds.py` (recursion, output size,
time, memory): `render_bounded` is the one way to run one.
Core: imports jinja2, `bounds`, `errors` and the standard library.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, TemplateError

from asiakkuus_cli.bounds import BoundedSandbox, bounded_run, joined
from asiakkuus_cli.errors import UsageProblem

#: What a template's own failure raises: sandbox refusals, a range over the sandbox's
#: limit, 1/0, a missing key.
TEMPLATE_ERRORS = (TemplateError, ArithmeticError, LookupError, TypeError, ValueError)


def sandbox(loader: BaseLoader, **options: Any) -> BoundedSandbox:
    """A bounded sandbox: strict undefined, trailing newline kept, `options` added."""
    return BoundedSandbox(
        loader=loader, undefined=StrictUndefined, keep_trailing_newline=True, **options
    )


def render_bounded(name: str, generate: Callable[[], Iterable[str]]) -> str:
    """The text of template `name` made by `generate` (a template's `generate(...)`),
    within every bound; any failure of the template is exit 2 naming it."""
    with bounded_run(name):
        try:
            return joined(generate())
        except UsageProblem:
            raise
        except TEMPLATE_ERRORS as exc:
            raise template_problem(name, exc) from None


def first_line(exc: BaseException) -> str:
    """An error's first line (its type when it says nothing)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def template_problem(name: str, exc: BaseException) -> UsageProblem:
    """The usage problem (exit 2) of a template `name` that failed with `exc`."""
    return UsageProblem("doc.template_error", name=name, detail=first_line(exc))
