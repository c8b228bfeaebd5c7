"""Process-wide settings of a run: the cycle collector paused while a repository is built.

Core: imports only the standard library.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
