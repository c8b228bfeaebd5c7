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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader
from jinja2.sandbox import SandboxedEnvironment

from ..errors import UsageProblem
from ..resources import contained, find_template, links_out, template_dirs
from ..runtime import source_date_epoch
from ..sandbox import TEMPLATE_ERRORS, sandbox, template_problem
from ..textsafe import md_escape


def pct(value: Any) -> str:
    """A fraction 0..1 as a CSS percentage with fixed decimals (stable bytes)."""
    return f"{max(0.0, min(1.0, float(value))) * 100:.2f}%"


def template_name(doc: str, fmt: str) -> str:
    return doc + FORMATS[fmt].suffix


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
def _environment(dirs: tuple[Path, ...]) -> SandboxedEnvironment:
    env = sandbox(
        ContainedLoader([str(d) for d in dirs]),
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = md_escape
    env.filters["pct"] = pct
    return env


def render_text(name: str, view: dict[str, Any], root: Path | None) -> str:
    """A Jinja2 template (`*.md.j2`, `*.html.j2`) filled with the view."""
    _locate(name, root)
    env = _environment(tuple(template_dirs(root)))
    try:
        text = env.get_template(name).render(view)
    except UsageProblem:
        raise
    except TEMPLATE_ERRORS as exc:
        # A template is the data repository's code: its failures are the template's.
        raise template_problem(name, exc) from None
    return text


def render_pdf(name: str, view: dict[str, Any], root: Path | None) -> bytes:
    """A static Typst template reading the view as JSON from `sys.inputs.data`."""
    import typst

    path = _locate(name, root)
    leak = links_out(path.parent)
    if leak is not None:
        raise UsageProblem("template.link_outside", path=str(leak))
    data = json.dumps(view, ensure_ascii=False, sort_keys=True)
    kwargs: dict[str, Any] = {}
    epoch = source_date_epoch()
    if epoch is not None:
        kwargs["timestamp"] = epoch
    try:
        with _offline():
            pdf = typst.compile(
                str(path),
                root=str(path.parent),
                sys_inputs={"data": data},
                ignore_system_fonts=True,
                format="pdf",
                **kwargs,
            )
    except Exception as exc:  # typst reports template errors as its own exception types
        raise template_problem(name, exc) from None
    if not isinstance(pdf, bytes):  # pragma: no cover - pdf is always one blob
        raise UsageProblem("doc.template_error", name=name, detail="no PDF produced")
    return pdf


#: Typst downloads `@preview` packages through these proxy variables when it is
#: asked to import one; a proxy on port 0 cannot exist, so no request leaves.
_PROXY_VARS = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")
_NO_PROXY_VARS = ("NO_PROXY", "no_proxy")
_NOWHERE = "http://127.0.0.1:0"


@contextmanager
def _offline() -> Iterator[None]:
    """While Typst compiles: every package download goes to a proxy that cannot exist."""
    saved = {k: os.environ.get(k) for k in (*_PROXY_VARS, *_NO_PROXY_VARS)}
    try:
        for k in _PROXY_VARS:
            os.environ[k] = _NOWHERE
        for k in _NO_PROXY_VARS:
            os.environ.pop(k, None)
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


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
