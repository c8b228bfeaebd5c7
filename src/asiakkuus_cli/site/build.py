"""Render every page and put the site in place in one step.

Pages are written as they are made into a new folder beside the target, which
replaces the target in one rename when complete; a failed build leaves the
previous site as it was. Large sites render their customer and project pages
in forked worker processes, each writing its own files. An existing target is replaced
only when it is empty or holds the marker file of a site this tool made, so a
mistyped `--out` never deletes someone's folder.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, TemplateError
from jinja2.bccache import Bucket, BytecodeCache
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from asiakkuus_cli.reading.loader import load_repository
from asiakkuus_cli.rules import engine

from ..config import Settings
from ..editing.parallel import workers
from ..errors import UsageProblem
from ..i18n import keys
from ..render import ContainedLoader, pct, render
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


def _asset(name: str, root: Path | None) -> bytes:
    """A static asset from `templates/site/assets/`, the repository's own first."""
    for d in template_dirs(root):
        path = d / "site" / "assets" / name
        if path.is_file():
            if not contained(path, d):
                raise UsageProblem("template.outside", name=f"site/assets/{name}")
            return path.read_bytes()
    raise UsageProblem("doc.template_missing", name=f"site/assets/{name}")


class SiteEnvironment(SandboxedEnvironment):
    """The documents' sandbox, with `view.key` on a plain dict looked up as the key first.

    That is what `view["key"]` does (and what the sandbox allows for any dict); only
    the order differs from Jinja's (attribute first), which costs an exception for
    every lookup: most of the time of rendering seven thousand pages.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


class _CompiledTemplates(BytecodeCache):
    """Compiled templates kept in memory for the process, checked against their source:
    a rebuild (`site serve`) reads every template again but compiles only a changed one."""

    def __init__(self) -> None:
        self.codes: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.codes.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)  # Jinja drops it if the source's checksum differs

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.codes[bucket.key] = bucket.bytecode_to_string()


#: Only `site_environment`'s environments use it: the options that shape the compiled
#: code (trim_blocks, autoescape, the sandbox) are the same for all of them.
_COMPILED = _CompiledTemplates()


def site_environment(dirs: tuple[Path, ...]) -> SandboxedEnvironment:
    """A new environment for each build. Within a build the templates are loaded once:
    no check of each template file on every page (`auto_reload` off); the next build
    loads them again, so `site serve` shows an edited template."""
    env = SiteEnvironment(
        loader=ContainedLoader([str(d) for d in dirs]),
        undefined=StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=_COMPILED,
    )
    env.filters["pct"] = pct
    return env


class Renderer:
    """The site's Jinja2 environment (sandboxed, autoescaped) and the shared page frame."""

    def __init__(self, ctx: pages.Context, root: Path | None) -> None:
        self.ctx = ctx
        self.env = site_environment(tuple(template_dirs(root)))
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
                description=ctx.t(keys.GUIDE_ROLE[key]),
                duties=ctx.t(keys.GUIDE_DUTIES[key]).splitlines(),
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
    return {name: ctx.t(key) for name, key in keys.SITE_LABEL.items()}


class Writer:
    """Files into a folder: each parent made once; mtimes from SOURCE_DATE_EPOCH when set."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.epoch = _epoch()
        self.made: set[Path] = set()
        self.pages = 0

    def write(self, rel: str, data: bytes) -> None:
        target = self.folder / rel
        if target.parent not in self.made:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.made.add(target.parent)
        # The plain system calls (open, write, close): thousands of small files, and
        # Python's file object adds two more calls to each.
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            if self.epoch is not None:
                os.utime(fd, (self.epoch, self.epoch))
        finally:
            os.close(fd)
        if rel.endswith(".html"):
            self.pages += 1


class Site:
    """One build: the loaded repository, the rules' result, the renderer."""

    def __init__(
        self, root: Path, settings: Settings, lang: str, today: date, pdf: bool = False
    ) -> None:
        repo = load_repository(root, settings)
        result = engine.run(repo, today, lang)
        self.root = root
        self.ctx = pages.Context(repo, result, lang, today, plan_histories(repo), pdf)
        self.renderer = Renderer(self.ctx, root)
        self.needs_view, self.needs_index = pages.needs(self.ctx)

    def shared(self, w: Writer) -> None:
        """The pages and assets that are not one customer's or one project's."""
        ctx, r = self.ctx, self.renderer
        for template, name, make in (
            ("index", "index.html", pages.front),
            ("customers", "customers.html", pages.customers),
            ("people", "people.html", pages.people),
            ("needs", "needs.html", lambda _ctx: self.needs_view),
            ("calendar", "calendar.html", pages.calendar),
            ("findings", "findings.html", pages.findings),
            ("glossary", "glossary.html", pages.glossary),
            ("search", "search.html", pages.search),
        ):
            w.write(name, r.page(template, name, make(ctx), name))
        w.write("calendar.ics", pages.calendar_ics(ctx))
        for name in ASSETS:
            w.write(f"assets/{name}", _asset(name, self.root))
        index = json.dumps(pages.search_index(ctx), ensure_ascii=True, separators=(",", ":"))
        # Never markup, even if someone inlines the file into a page: no `<`, `>` or `&`.
        index = index.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        w.write("assets/search-index.js", f"window.ASIAKKUUS_INDEX={index};\n".encode("ascii"))
        w.write(MARKER, b"asiakkuus site build\n")

    def one(self, w: Writer, kind: str, ident: str) -> None:
        """The page of one customer (`c`), project (`p`) or meeting record (`m`, by its
        file), and the PDF of a plan or roster with --pdf."""
        ctx, r, repo = self.ctx, self.renderer, self.ctx.repo
        if kind == "m":
            path = pages.meeting_url(ident)
            w.write(path, r.page("meeting", path, pages.meeting(ctx, ident), ""))
            return
        if kind == "c":
            path = pages.customer_url(ident)
            w.write(
                path, r.page("customer", path, pages.customer(ctx, ident, self.needs_index), "")
            )
            if ctx.pdf:
                entry = repo.customers[ident]
                view = plan_view(repo, entry, ctx.file_result(entry.file), ctx.today, ctx.lang)
                w.write(f"customers/{ident}.pdf", render("plan", "pdf", view, self.root))
            return
        path = pages.project_url(ident)
        w.write(path, r.page("project", path, pages.project(ctx, ident), ""))
        if ctx.pdf:
            roster = repo.projects[ident]
            view = guide_view(repo, roster, ctx.file_result(roster.file), ctx.today, ctx.lang)
            w.write(f"projects/{ident}.pdf", render("guide", "pdf", view, self.root))

    def work(self) -> list[tuple[str, str]]:
        repo = self.ctx.repo
        return (
            [("c", i) for i in sorted(repo.customers)]
            + [("p", i) for i in sorted(repo.projects)]
            + [("m", f) for f in sorted(repo.meetings)]
        )


#: Below this many customer, project and meeting pages, one process does everything.
PARALLEL_FROM = 400
_WORKER: tuple[Site, Path] | None = None


def _work_chunk(chunk: list[tuple[str, str]]) -> tuple[int, tuple[str, dict[str, Any]] | None]:
    """In a forked worker: write the pages of `chunk`; (pages, a usage problem or None)."""
    assert _WORKER is not None
    site, folder = _WORKER
    w = Writer(folder)
    w.made.add(folder / "customers")
    w.made.add(folder / "projects")
    try:
        for kind, ident in chunk:
            if kind == "shared":
                site.shared(w)
            else:
                site.one(w, kind, ident)
    except UsageProblem as p:
        return w.pages, (p.key, dict(p.params))
    return w.pages, None


def jobs_for(count: int) -> int:
    """Worker processes for `count` pages: forked workers on Linux for large sites, as
    many as `fmt` uses (`ASIAKKUUS_WORKERS`, else the cores not busy already), at most 4."""
    if count < PARALLEL_FROM or not sys.platform.startswith("linux"):
        return 1
    return max(1, min(workers(), 4))


def build_into(site: Site, folder: Path, jobs: int = 1) -> int:
    """Write the whole site into the empty `folder`; the number of HTML pages."""
    with _collector_off():
        return _build_into(site, folder, jobs)


@contextmanager
def _collector_off() -> Iterator[None]:
    """The cycle collector off while the pages are made: they are many short-lived
    objects and no cycles worth a pass over the loaded repository (about 5 % of a
    build). On again afterwards, nothing frozen (`site serve` builds again and again)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _build_into(site: Site, folder: Path, jobs: int) -> int:
    global _WORKER
    w = Writer(folder)
    work = site.work()
    if jobs <= 1:
        site.shared(w)
        for kind, ident in work:
            site.one(w, kind, ident)
        return w.pages
    for sub in ("customers", "projects"):
        (folder / sub).mkdir(exist_ok=True)
    size = max(1, len(work) // (jobs * 8))
    # The shared pages (the longest single task) first, then the pages in chunks.
    chunks = [[("shared", "")]] + [work[i : i + size] for i in range(0, len(work), size)]
    _WORKER = (site, folder)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            results = pool.map(_work_chunk, chunks, chunksize=1)
    finally:
        _WORKER = None
    for _, problem in results:
        if problem is not None:
            raise UsageProblem(problem[0], **problem[1])
    return w.pages + sum(n for n, _ in results)


def build_site(
    root: Path,
    settings: Settings,
    lang: str,
    today: date,
    out: Path,
    *,
    pdf: bool = False,
    jobs: int | None = None,
) -> int:
    """Build the site and put it at `out` in one step; the number of HTML pages."""
    _check_out(out)
    site = Site(root, settings, lang, today, pdf)
    if jobs is None:
        repo = site.ctx.repo
        jobs = jobs_for(len(repo.customers) + len(repo.projects) + len(repo.meetings))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".site-", dir=out.parent))
    try:
        count = build_into(site, tmp, jobs)
        tmp.chmod(0o755)
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return count


def _check_out(out: Path) -> None:
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise UsageProblem("site.out_not_dir", path=str(out))
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise UsageProblem("site.out_not_site", path=str(out), marker=MARKER)


def _swap(new: Path, out: Path) -> None:
    """Put the folder `new` at `out`; a previous site there is removed after the rename."""
    _check_out(out)  # again: the folder may have changed during the build
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=".site-old-", dir=out.parent))
        old.rmdir()
        out.rename(old)
    new.rename(out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _epoch() -> int | None:
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(raw) if raw.isdigit() else None
