"""Per-file work on every core: `fmt` of a whole repository (issue 18).

Each file is formatted on its own, so the files are shared between worker
processes (forked: they start with the parent's loaded modules, settings and
cache, nothing is pickled but the paths going out and the small results coming
back). Results come back in the order of the files, so the output is the same
as from one process. Below MIN_FILES files, on one core, or where `fork` does not
exist, everything runs in this process: starting workers would cost more than
it saves. `ASIAKKUUS_WORKERS=N` sets the number of workers (1: none).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

__all__ = ["MIN_FILES", "parallel_map", "workers"]

#: Fewer files than this are done in this process (measured: docs/PERFORMANCE.md).
MIN_FILES = 400
ENV = "ASIAKKUUS_WORKERS"

T = TypeVar("T")
R = TypeVar("R")


def workers() -> int:
    """How many processes to use: ASIAKKUUS_WORKERS, else the cores this process may use
    that are not busy already (by the load average: on a machine whose cores are all
    taken, workers only add their start and the results' transport)."""
    chosen = os.environ.get(ENV, "").strip()
    if chosen.isdigit() and int(chosen) > 0:
        return int(chosen)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    try:
        busy = int(os.getloadavg()[0])
    except (AttributeError, OSError):  # pragma: no cover - Windows
        busy = 0
    return max(1, min(cores, cores - busy + 1))


def parallel_map(
    func: Callable[[T], R],
    items: Sequence[T],
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
    min_items: int | None = None,
) -> Iterator[R]:
    """`map(func, items)` in order, in worker processes when that pays.

    `initializer(*initargs)` prepares each process (this one too when there are no
    workers); `func` must be a module-level function.
    """
    count = min(workers(), len(items))
    threshold = MIN_FILES if min_items is None else min_items
    pool_size = count if count >= 2 and len(items) >= threshold else 1
    if pool_size > 1:
        # Imported only here: `fmt` of a few files starts without them (docs/PERFORMANCE.md).
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover - Windows
            pool_size = 1
    if pool_size == 1:
        initializer(*initargs)
        yield from map(func, items)
        return
    context = multiprocessing.get_context("fork")
    chunk = max(1, min(64, len(items) // (count * 8)))
    gc.freeze()  # the workers share the parent's objects: no collector pass copies their pages
    try:
        with ProcessPoolExecutor(count, context, initializer, initargs) as pool:
            yield from pool.map(func, items, chunksize=chunk)
    finally:
        gc.unfreeze()
