"""Output formats of `validate`: one module each, looked up by name.

A reporter takes the Result and returns the whole output as text. Adding a
format is one module and one entry in REPORTERS.

Reporters are renderers of a Result: they may import views and everything below them,
never cli or render (checked by `lint-imports`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from ..findings import Result

Reporter = Callable[[Result, bool], str]

REPORTERS: dict[str, str] = {
    "text": "text",
    "json": "json_",
    "github": "github",
    "sarif": "sarif",
}


def get(name: str) -> Reporter:
    module = importlib.import_module(f"{__name__}.{REPORTERS[name]}")
    render: Reporter = module.render
    return render
