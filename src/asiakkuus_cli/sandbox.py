"""The one Jinja2 sandbox: document templates (`render/`) and file templates (`init`, `new`).

A template may come from a data repository, so it is code from outside: it runs in
Jinja2's `SandboxedEnvironment` with strict undefined values, and whatever goes wrong in
it is the template's failure (exit 2, its first line shown), never a traceback.
Core: imports jinja2, `errors` and the standard library.
"""

from __future__ import annotations

from typing import Any

from jinja2 import BaseLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from asiakkuus_cli.errors import UsageProblem

#: What a template's own failure raises: sandbox refusals, a range over the sandbox's
#: limit, 1/0, a missing key.
TEMPLATE_ERRORS = (TemplateError, ArithmeticError, LookupError, TypeError, ValueError)


def sandbox(loader: BaseLoader, **options: Any) -> SandboxedEnvironment:
    """A sandboxed environment: strict undefined, trailing newline kept, `options` added."""
    return SandboxedEnvironment(
        loader=loader, undefined=StrictUndefined, keep_trailing_newline=True, **options
    )


def first_line(exc: BaseException) -> str:
    """An error's first line (its type when it says nothing)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def template_problem(name: str, exc: BaseException) -> UsageProblem:
    """The usage problem (exit 2) of a template `name` that failed with `exc`."""
    return UsageProblem("doc.template_error", name=name, detail=first_line(exc))
