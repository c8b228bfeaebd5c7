"""Render every page and write the site in one step.

The whole site is made in memory first (path -> bytes), then written to a new
folder beside the target, which replaces the target only when complete; a
failed build leaves the previous site as it was. An existing target is replaced
only when it is empty or holds the marker file of a site this tool made, so a
mistyped `--out` never deletes someone's folder.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import TemplateError
from markupsafe import Markup

from .. import engine
from ..config import Settings
from ..errors import UsageProblem
from ..loader import load_repository
from ..render import _environment, render
from ..resources import contained, template_dirs
from ..views.guide import ROLES, guide_view
from ..views.plan import plan_view
from . import pages
from .history import plan_histories

MARKER = ".asiakkuus-site"
ASSETS = ("site.css", "site.js")
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; base-uri 'none'"
)

Files = dict[str, bytes]


def _asset(name: str, root: Path | None) -> bytes:
    """A static asset from `templates/site/assets/`, the repository's own first."""
    for d in template_dirs(root):
        path = d / "site" / "assets" / name
        if path.is_file():
            if not contained(path, d):
                raise UsageProblem("template.outside", name=f"site/assets/{name}")
            return path.read_bytes()
    raise UsageProblem("doc.template_missing", name=f"site/assets/{name}")


class Renderer:
    """The site's Jinja2 environment (sandboxed, autoescaped) and the shared page frame."""

    def __init__(self, ctx: pages.Context, root: Path | None) -> None:
        self.ctx = ctx
        self.env = _environment(tuple(template_dirs(root)))
        self.nav = pages.nav(ctx)
        self.frame = {
            "lang": ctx.lang,
            "csp": CSP,
            "org": ctx.org,
            "internal": ctx.t("doc.internal"),
            "skip": ctx.t("site.skip"),
            "nav_label": ctx.t("site.nav.label"),
            "search_label": ctx.t("site.search.label"),
            "search_button": ctx.t("site.search.button"),
            "as_of": ctx.t("doc.as_of", date=ctx.today),
            "site_name": ctx.t("site.name", org=ctx.org) if ctx.org else ctx.t("site.name_plain"),
            "labels": _labels(ctx),
        }
        # The role descriptions and duties are the same on every project page: made once.
        fragment = self.env.get_template("site/_duties.html.j2")
        self.frame["duties"] = {
            key: Markup(fragment.render(  # noqa: S704 - an autoescaped template's output
                description=ctx.t(f"guide.role.{key}"),
                duties=ctx.t(f"guide.duties.{key}").splitlines(),
            ))
            for _field, key, _side in ROLES
        }  # fmt: skip

    def page(self, template: str, path: str, view: dict[str, Any], current: str) -> bytes:
        depth = path.count("/")
        base = "../" * depth
        data = {
            **self.frame,
            "base": base,
            "page": view,
            "nav": [
                {"url": base + url, "label": label, "current": url == current}
                for url, label in self.nav
            ],
        }
        name = f"site/{template}.html.j2"
        try:
            text = self.env.get_template(name).render(data)
        except UsageProblem:
            raise
        except (TemplateError, ArithmeticError, LookupError, TypeError, ValueError) as exc:
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise UsageProblem("doc.template_error", name=name, detail=detail) from None
        return text.encode("utf-8")


def _labels(ctx: pages.Context) -> dict[str, str]:
    keys = (
        "findings",
        "findings_none",
        "history",
        "links",
        "pdf",
        "back",
        "timeline",
        "chart_table",
        "today",
        "project_manager",
        "shared",
        "more",
    )
    return {k: ctx.t(f"site.label.{k}") for k in keys}


def generate(
    root: Path,
    settings: Settings,
    lang: str,
    today: date,
    *,
    pdf: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Files:
    """The whole site as {relative path: bytes}."""
    repo = load_repository(root, settings)
    result = engine.run(repo, today, lang)
    history = plan_histories(repo)
    ctx = pages.Context(repo, result, lang, today, history, pdf)
    r = Renderer(ctx, root)
    files: Files = {}
    needs_view, needs_index = pages.needs(ctx)
    files["index.html"] = r.page("index", "index.html", pages.front(ctx), "index.html")
    files["customers.html"] = r.page(
        "customers", "customers.html", pages.customers(ctx), "customers.html"
    )
    files["people.html"] = r.page("people", "people.html", pages.people(ctx), "people.html")
    files["needs.html"] = r.page("needs", "needs.html", needs_view, "needs.html")
    files["calendar.html"] = r.page(
        "calendar", "calendar.html", pages.calendar(ctx), "calendar.html"
    )
    files["calendar.ics"] = pages.calendar_ics(ctx)
    files["findings.html"] = r.page(
        "findings", "findings.html", pages.findings(ctx), "findings.html"
    )
    files["glossary.html"] = r.page(
        "glossary", "glossary.html", pages.glossary(ctx), "glossary.html"
    )
    files["search.html"] = r.page("search", "search.html", pages.search(ctx), "search.html")
    for name in ASSETS:
        files[f"assets/{name}"] = _asset(name, root)
    index = json.dumps(pages.search_index(ctx), ensure_ascii=True, separators=(",", ":"))
    # Never markup, even if someone inlines the file into a page: no `<`, `>` or `&`.
    index = index.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    files["assets/search-index.js"] = f"window.ASIAKKUUS_INDEX={index};\n".encode("ascii")
    total = len(repo.customers) + len(repo.projects)
    done = 0
    for cid in sorted(repo.customers):
        path = pages.customer_url(cid)
        files[path] = r.page("customer", path, pages.customer(ctx, cid, needs_index), "")
        if pdf:
            view = plan_view(repo, repo.customers[cid], ctx.file_result(
                repo.customers[cid].file), today, lang)  # fmt: skip
            files[f"customers/{cid}.pdf"] = render("plan", "pdf", view, root)
        done += 1
        if progress:
            progress(done, total)
    for pid in sorted(repo.projects):
        path = pages.project_url(pid)
        files[path] = r.page("project", path, pages.project(ctx, pid), "")
        if pdf:
            entry = repo.projects[pid]
            view = guide_view(repo, entry, ctx.file_result(entry.file), today, lang)
            files[f"projects/{pid}.pdf"] = render("guide", "pdf", view, root)
        done += 1
        if progress:
            progress(done, total)
    files[MARKER] = b"asiakkuus site build\n"
    return files


def write_site(files: Files, out: Path) -> None:
    """Write `files` as the folder `out`, replacing a previous site in one rename."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise UsageProblem("site.out_not_dir", path=str(out))
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise UsageProblem("site.out_not_site", path=str(out), marker=MARKER)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".site-", dir=out.parent))
    try:
        epoch = _epoch()
        for rel, data in sorted(files.items()):
            target = tmp / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            if epoch is not None:
                os.utime(target, (epoch, epoch))
        tmp.chmod(0o755)
        old = None
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=".site-old-", dir=out.parent))
            old.rmdir()
            out.rename(old)
        tmp.rename(out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _epoch() -> int | None:
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(raw) if raw.isdigit() else None
