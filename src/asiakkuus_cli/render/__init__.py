"""Views -> documents: Markdown and HTML through sandboxed Jinja2, PDF through Typst.

Templates are looked up by file name with `resources.find_template`, so a data
repository's own `templates/` overrides a built-in template of the same name.
Typst never sees data spliced into markup: the view goes to a static template
as JSON through `sys.inputs.data`.

A repository's templates are code from the data repository, so they are
contained (docs/SECURITY.md): Jinja2 runs in its sandbox and loads only files
that resolve inside a templates folder; Typst reads only inside the template's
folder, which may hold no link leading out of it, and cannot download packages.

Renderers may import views, editing (the atomic writer), git, rules, reading and the
core; never cli or reporters (checked by `lint-imports`).
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UsageProblem
from ..resources import find_template, links_out, template_dirs
from ..runtime import source_date_epoch

if TYPE_CHECKING:
    from .jinja import ContainedLoader, pct

__all__ = ["FORMATS", "ContainedLoader", "DocumentFormat", "pct", "render", "render_text"]


def __getattr__(name: str) -> Any:
    """`ContainedLoader` and `pct` (which the site uses too) from `render/jinja.py`,
    imported when first asked for."""
    if name in ("ContainedLoader", "pct"):
        from . import jinja

        return getattr(jinja, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def template_name(doc: str, fmt: str) -> str:
    return doc + FORMATS[fmt].suffix


def render_text(name: str, view: dict[str, Any], root: Path | None) -> str:
    """A Jinja2 template (`*.md.j2`, `*.html.j2`) filled with the view.

    Jinja2 is imported here, when a document is made (`render/jinja.py`): the tables
    and calendars of this package start without it.
    """
    from . import jinja

    _locate(name, root)
    return jinja.fill(name, view, tuple(template_dirs(root)))


def render_pdf(name: str, view: dict[str, Any], root: Path | None) -> bytes:
    """A static Typst template reading the view as JSON from `sys.inputs.data`.

    Typst runs in a child process (so that its time and memory can be bounded) on a
    fresh folder that holds only copies of the template folder's regular files: its
    root, which it cannot read out of, holds nothing but what the tool put there.
    """
    path = _locate(name, root)
    leak = links_out(path.parent)
    if leak is not None:
        raise UsageProblem("template.link_outside", path=str(leak))
    job: dict[str, Any] = {"data": json.dumps(view, ensure_ascii=False, sort_keys=True)}
    epoch = source_date_epoch()
    if epoch is not None:
        job["timestamp"] = epoch
    with tempfile.TemporaryDirectory(prefix="asiakkuus-typst-") as tmp:
        fresh = Path(tmp) / "root"
        _copy_regular_files(path.parent, fresh)
        for empty in ("packages", "cache"):  # no package of the user's machine either
            (Path(tmp) / empty).mkdir()
        job.update(
            input=str(fresh / path.name),
            root=str(fresh),
            package_path=str(Path(tmp) / "packages"),
            package_cache_path=str(Path(tmp) / "cache"),
        )
        return _compile_in_child(name, job)


#: What the child process runs: one compile, the PDF to stdout, a failure's first
#: line to stderr (exit 1). Isolated mode: no PYTHON* variables, no user site.
_CHILD = """
import json, sys
job = json.loads(sys.stdin.buffer.read())
import typst
try:
    pdf = typst.compile(job["input"], root=job["root"], sys_inputs={"data": job["data"]},
                        ignore_system_fonts=True, format="pdf", timestamp=job.get("timestamp"),
                        package_path=job["package_path"],
                        package_cache_path=job["package_cache_path"])
except MemoryError:
    sys.exit(4)
except Exception as exc:
    text = str(exc).strip()
    sys.stderr.write(text.splitlines()[0] if text else type(exc).__name__)
    sys.exit(1)
sys.stdout.buffer.write(pdf)
"""
#: Seconds a Typst compile may take (wall clock, and CPU): the bound of a Jinja2
#: template, `bounds.MAX_SECONDS`, written out so that this module does not import
#: Jinja2 (a test checks that the two agree).
TYPST_SECONDS = 30
#: Address space the Typst child may use, in MB (virtual: fonts and threads reserve much).
TYPST_MEMORY_MB = 4096


def _limit_child() -> None:  # pragma: no cover - runs in the child
    import resource

    memory = TYPST_MEMORY_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (TYPST_SECONDS, TYPST_SECONDS + 5))


def _compile_in_child(name: str, job: dict[str, Any]) -> bytes:
    try:
        proc = subprocess.run(
            [sys.executable, "-I", "-c", _CHILD],
            input=json.dumps(job).encode("utf-8"),
            capture_output=True,
            env=_offline_env(),
            timeout=TYPST_SECONDS,
            preexec_fn=_limit_child if os.name == "posix" else None,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise UsageProblem("template.too_slow", name=name, seconds=TYPST_SECONDS) from None
    if proc.returncode == -signal.SIGXCPU:
        raise UsageProblem("template.too_slow", name=name, seconds=TYPST_SECONDS)
    if proc.returncode == 1:
        detail = proc.stderr.decode("utf-8", "replace").strip() or "typst"
        raise UsageProblem("doc.template_error", name=name, detail=detail.splitlines()[0])
    if proc.returncode != 0 or not proc.stdout.startswith(b"%PDF"):
        # Out of memory: Python's MemoryError (4), or Typst aborting (SIGABRT).
        raise UsageProblem("template.too_much_memory", name=name, limit=TYPST_MEMORY_MB)
    return proc.stdout


#: Largest templates folder copied for Typst, in bytes.
MAX_TEMPLATE_BYTES = 64 * 1024 * 1024


def _copy_regular_files(folder: Path, into: Path) -> None:
    """Copies of the regular files under `folder` (links inside it followed, as checked
    by `links_out`); a FIFO, a device or a socket is left out without being opened."""
    total = 0
    for current, _dirs, files in os.walk(folder, followlinks=False):
        rel = os.path.relpath(current, folder)
        target = into / rel
        target.mkdir(parents=True, exist_ok=True)
        for file in files:
            source = os.path.join(current, file)  # noqa: PTH118
            try:
                fd = os.open(source, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
            except OSError:
                continue
            with open(fd, "rb") as handle:  # noqa: PTH123
                info = os.fstat(fd)
                if not stat.S_ISREG(info.st_mode):
                    continue
                total += info.st_size
                if total > MAX_TEMPLATE_BYTES:
                    raise UsageProblem(
                        "template.folder_too_large", path=str(folder), limit=MAX_TEMPLATE_BYTES
                    )
                (target / file).write_bytes(handle.read(MAX_TEMPLATE_BYTES + 1))


#: Typst downloads `@preview` packages through these proxy variables when it is
#: asked to import one; a proxy on port 0 cannot exist, so no request leaves.
_PROXY_VARS = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")
_NO_PROXY_VARS = ("NO_PROXY", "no_proxy")
_NOWHERE = "http://127.0.0.1:0"


def _offline_env() -> dict[str, str]:
    """The Typst child's environment: every package download goes to a proxy that
    cannot exist (the tool's own environment is left as it is)."""
    env = {k: v for k, v in os.environ.items() if k not in _NO_PROXY_VARS}
    env.update(dict.fromkeys(_PROXY_VARS, _NOWHERE))
    # Few threads and malloc arenas: each reserves address space, which is limited
    # (TYPST_MEMORY_MB), and a machine with many cores would reserve much of it.
    env.update(RAYON_NUM_THREADS="2", MALLOC_ARENA_MAX="2")
    return env


def _text_bytes(name: str, view: dict[str, Any], root: Path | None) -> bytes:
    return render_text(name, view, root).encode("utf-8")


@dataclass(frozen=True)
class DocumentFormat:
    """One document format: its templates' file-name suffix and the renderer that fills one."""

    suffix: str
    make: Callable[[str, dict[str, Any], Path | None], bytes]
    binary: bool = False


#: The document formats (`plan render`, `project render`): name -> how it is made.
FORMATS: dict[str, DocumentFormat] = {
    "md": DocumentFormat(".md.j2", _text_bytes),
    "html": DocumentFormat(".html.j2", _text_bytes),
    "pdf": DocumentFormat(".typ", render_pdf, binary=True),
}


def render(doc: str, fmt: str, view: dict[str, Any], root: Path | None) -> bytes:
    """The document `doc` (plan, guide, glossary) in `fmt` as bytes."""
    return FORMATS[fmt].make(template_name(doc, fmt), view, root)


def _locate(name: str, root: Path | None) -> Path:
    try:
        return find_template(name, root)
    except (FileNotFoundError, ValueError):
        raise UsageProblem("doc.template_missing", name=name) from None
