"""Bringing existing plans in: Word care plans, Excel or CSV registers and needs lists.

The Word and Excel libraries are an optional extra (`pip install 'asiakkuus[import]'`);
`require` turns their absence into a usage problem that says how to install them.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import UsageProblem

EXTRA = "asiakkuus[import]"


def require(module: str) -> ModuleType:
    """Import `module` (`docx`, `openpyxl`) or stop with a message on how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        package = {"docx": "python-docx"}.get(module, module)
        raise UsageProblem("import.missing_extra", package=package, extra=EXTRA) from None
