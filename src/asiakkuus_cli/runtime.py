"""Process-wide settings of a run: SOURCE_DATE_EPOCH, and the cycle collector paused
while a repository is built.

Core: imports only the standard library and `errors`.
"""

from __future__ import annotations

import gc
import importlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from asiakkuus_cli.errors import UsageProblem


def source_date_epoch() -> int | None:
    """SOURCE_DATE_EPOCH (reproducible builds) as seconds since 1970, None when unset.

    The one reading of the variable, for the PDF's timestamp, the ICS DTSTAMP and the
    date of a document. A value that is not a whole number of seconds is a usage error
    (exit 2) everywhere, never silently ignored.
    """
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise UsageProblem("reports.bad_epoch", value=raw)
    return int(raw)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cycle collector off while a repository is loaded or checked.

    Loading builds millions of small objects and no reference cycles; with the
    collector on, its full passes over the growing heap took a third to a half
    of `validate` on a large repository (docs/PERFORMANCE.md). Reference counting
    still frees everything. Afterwards what was built is moved to the permanent
    generation (`gc.freeze`), so that the collector, on again, does not walk it
    either, nor does the last collection at exit.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


#: The optional extra that holds the Word and Excel libraries.
EXTRA = "asiakkuus[import]"


def require(module: str) -> ModuleType:
    """Import `module` of an optional extra (`docx`, `openpyxl`) or stop with a message
    on how to install it (exit 2)."""
    try:
        return importlib.import_module(module)
    except ImportError:
        package = {"docx": "python-docx"}.get(module, module)
        raise UsageProblem("importing.missing_extra", package=package, extra=EXTRA) from None
