"""Views -> documents: Markdown and HTML through sandboxed Jinja2, PDF through Typst.

Templates are looked up by file name with `resources.find_template`, so a data
repository's own `templates/` overrides a built-in template of the same name.
Typst never sees data spliced into markup: the view goes to a static template
as JSON through `sys.inputs.data`.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from ..errors import UsageProblem
from ..resources import find_template, template_dirs
from ..textsafe import md_escape

FORMATS = ("md", "html", "pdf")

def pct(value: Any) -> str:
    """A fraction 0..1 as a CSS percentage with fixed decimals (stable bytes)."""
    return f"{max(0.0, min(1.0, float(value))) * 100:.2f}%"


def template_name(doc: str, fmt: str) -> str:
    return f"{doc}.typ" if fmt == "pdf" else f"{doc}.{fmt}.j2"


def _autoescape(name: str | None) -> bool:
    return name is not None and ".html" in name


@cache
def _environment(dirs: tuple[Path, ...]) -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=FileSystemLoader([str(d) for d in dirs]),
        undefined=StrictUndefined,
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
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
    except TemplateError as exc:
        raise UsageProblem("doc.template_error", name=name, detail=_first_line(exc)) from None
    return text


def render_pdf(name: str, view: dict[str, Any], root: Path | None) -> bytes:
    """A static Typst template reading the view as JSON from `sys.inputs.data`."""
    import typst

    path = _locate(name, root)
    data = json.dumps(view, ensure_ascii=False, sort_keys=True)
    kwargs: dict[str, Any] = {}
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        kwargs["timestamp"] = int(epoch)
    try:
        pdf = typst.compile(
            str(path),
            root=str(path.parent),
            sys_inputs={"data": data},
            ignore_system_fonts=True,
            format="pdf",
            **kwargs,
        )
    except Exception as exc:  # typst reports template errors as its own exception types
        raise UsageProblem("doc.template_error", name=name, detail=_first_line(exc)) from None
    if not isinstance(pdf, bytes):  # pragma: no cover - pdf is always one blob
        raise UsageProblem("doc.template_error", name=name, detail="no PDF produced")
    return pdf


def render(doc: str, fmt: str, view: dict[str, Any], root: Path | None) -> bytes:
    """The document `doc` (plan, guide, glossary) in `fmt` as bytes."""
    name = template_name(doc, fmt)
    if fmt == "pdf":
        return render_pdf(name, view, root)
    return render_text(name, view, root).encode("utf-8")


def _locate(name: str, root: Path | None) -> Path:
    try:
        return find_template(name, root)
    except (FileNotFoundError, ValueError):
        raise UsageProblem("doc.template_missing", name=name) from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
