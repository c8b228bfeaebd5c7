"""`site build` and `site serve`: the centre's web view (docs/site.md)."""

from __future__ import annotations

from pathlib import Path

import typer

from ..i18n import t
from .base import State, _group, app, fail, h, state
from .documents import doc_today

site_app = _group("help.site")
app.add_typer(site_app, name="site")


def _out(st: State, out_opt: Path | None) -> Path:
    return out_opt if out_opt is not None else st.root() / "out" / "site"


def _lang(st: State, lang: str | None) -> str:
    if lang is None:
        return st.lang
    if lang not in ("fi", "en"):
        fail("lang.bad", value=lang)
    return lang


def build_once(st: State, out: Path, lang: str, pdf: bool, jobs: int | None = None) -> int:
    """Build the site into `out`; the number of pages."""
    from ..site.build import build_site

    return build_site(st.root(), st.settings(), lang, doc_today(st), out, pdf=pdf, jobs=jobs)


@site_app.command("build", help=h("help.site.build"))
def build(
    ctx: typer.Context,
    out_opt: Path | None = typer.Option(
        None, "--out", "-o", help=h("help.site.out"), show_default=False
    ),
    lang: str | None = typer.Option(None, "--lang", help=h("help.lang"), show_default=False),
    pdf: bool = typer.Option(False, "--pdf", help=h("help.site.pdf")),
) -> None:
    st = state(ctx)
    language = _lang(st, lang)
    out = _out(st, out_opt)
    pages = build_once(st, out, language, pdf)
    typer.echo(t("site.written", language, path=str(out), pages=pages), err=True)


@site_app.command("serve", help=h("help.site.serve"))
def serve(
    ctx: typer.Context,
    port: int = typer.Option(8765, "--port", "-p", help=h("help.site.port")),
    out_opt: Path | None = typer.Option(
        None, "--out", "-o", help=h("help.site.out"), show_default=False
    ),
    lang: str | None = typer.Option(None, "--lang", help=h("help.lang"), show_default=False),
) -> None:
    from ..site.serve import serve as run_server

    st = state(ctx)
    language = _lang(st, lang)
    if not 1 <= port <= 65535:
        fail("site.port_bad", port=port)
    out = _out(st, out_opt)
    run_server(
        st.root(),
        out,
        port,
        language,
        lambda: build_once(st, out, language, False, jobs=1),  # no fork beside threads
    )
