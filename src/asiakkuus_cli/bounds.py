"""Bounds on a template of the data repository: how deep it may call itself, how much
text it may make, how long it may run and how much memory it may take (docs/SECURITY.md).

A template is code from the data repository; Jinja2's sandbox keeps it from reaching
Python, and these bounds keep it from exhausting the machine. Every bound that is hit
is a UsageProblem (exit 2) that names the template, never a traceback.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from types import FrameType
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

from asiakkuus_cli.errors import UsageProblem

#: Characters a template may produce, and the longest string or list it may build.
MAX_CHARS = 10_000_000
#: Seconds a Jinja2 template may run, and a Typst compile (docs/SECURITY.md).
MAX_SECONDS = 30
#: Memory a template may add, in MB (the process's address space, where it can be limited).
MAX_MEMORY_MB = 1024
#: Bits of an integer a template may compute (`10 ** 10 ** 10` would take minutes).
MAX_INT_BITS = 100_000

_SEQUENCES = (str, list, tuple)


class TemplateLimit(Exception):
    """A bound was hit; `key` is the catalogue message, `params` fill it."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def _too_large() -> TemplateLimit:
    return TemplateLimit("template.too_large", limit=MAX_CHARS)


class _BoundedGenerator(CodeGenerator):
    """Jinja2's code generator, with every `~` concatenation checked for its length."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.bounded(")
        super().visit_Concat(node, frame)
        self.write(")")


class BoundedSandbox(SandboxedEnvironment):
    """The sandbox, with `*`, `**`, `+` and `~` refusing results beyond the bounds."""

    code_generator_class = _BoundedGenerator
    intercepted_binops = frozenset({"*", "**", "+"})

    def bounded(self, value: Any) -> Any:
        if isinstance(value, _SEQUENCES) and len(value) > MAX_CHARS:
            raise _too_large()
        return value

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        ints = isinstance(left, int) and isinstance(right, int)
        if operator == "**" and ints and abs(left) > 1:
            if right * abs(left).bit_length() > MAX_INT_BITS:
                raise _too_large()
        elif operator == "*":
            if ints and left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise _too_large()
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, _SEQUENCES)
                    and isinstance(times, int)
                    and len(seq) * times > MAX_CHARS
                ):
                    raise _too_large()
        return self.bounded(super().call_binop(context, operator, left, right))


def joined(chunks: Iterable[str]) -> str:
    """The template's output, stopped as soon as it grows beyond MAX_CHARS."""
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_CHARS:
            raise _too_large()
        parts.append(chunk)
    return "".join(parts)


def _vm_bytes() -> int | None:
    """The process's address space now (Linux), or None where it cannot be read."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:  # noqa: PTH123
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


@contextlib.contextmanager
def _memory_limit() -> Iterator[None]:
    """The address space limited to what it is now plus MAX_MEMORY_MB, while inside."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        yield
        return
    now = _vm_bytes()
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if now is None:  # pragma: no cover - no /proc
        yield
        return
    limit = now + MAX_MEMORY_MB * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft != resource.RLIM_INFINITY:
        limit = min(limit, soft)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """TemplateLimit after `seconds` (a timer signal; only in the main thread)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "setitimer"
    ):  # pragma: no cover
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise TemplateLimit("template.too_slow", seconds=seconds)

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, expired)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:  # a timer of the caller's keeps running, less the time spent here
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 1e-3))


@contextlib.contextmanager
def bounded_run(name: str) -> Iterator[None]:
    """Run a template with every bound; a bound hit becomes exit 2 naming the template."""
    try:
        with _time_limit(MAX_SECONDS), _memory_limit():
            yield
    except TemplateLimit as limit:
        raise UsageProblem(limit.key, name=name, **limit.params) from None
    except RecursionError:
        raise UsageProblem("template.recursion", name=name) from None
    except MemoryError:
        raise UsageProblem("template.too_much_memory", name=name, limit=MAX_MEMORY_MB) from None
