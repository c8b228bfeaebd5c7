"""`asiakkuus rules [CODE]`: the list of rules, or one rule explained with examples."""

from __future__ import annotations

import typer

from .. import ruledocs
from .base import app, fail, h, out, state

FORMATS = ("text", "md")


@app.command("rules", help=h("help.rules"))
def rules(
    ctx: typer.Context,
    code: str | None = typer.Argument(None, help=h("help.rules.code"), show_default=False),
    format: str = typer.Option("text", "--format", "-f", help=h("help.rules.format")),
) -> None:
    st = state(ctx)
    # The rules are the same everywhere: no data repository is needed, only a language.
    lang = st.lang_safe()
    if format not in FORMATS:
        fail("format.bad", value=format, allowed=", ".join(FORMATS))
    if code is None:
        out(ruledocs.markdown(lang) if format == "md" else ruledocs.listing(lang))
        return
    found = ruledocs.find(code)
    if found is None:
        fail("code.bad", value=code)
    out(ruledocs.markdown_one(found, lang) if format == "md" else ruledocs.explain(found, lang))
