"""`asiakkuus rules [CODE]`: the list of rules, or one rule explained with examples."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import typer

from asiakkuus_cli.rules import Rule
from asiakkuus_cli.rules import docs as ruledocs

from ..i18n import keys, t
from ..render import terminal
from .base import FORMAT_ALIASES, app, choice, fail, h, out, state


@dataclass(frozen=True)
class RulesFormat:
    """One output format of `asiakkuus rules`: all rules (lang, color), or one rule (rule, lang)."""

    every: Callable[[str, bool], str]
    one: Callable[[Rule, str], str]


#: `asiakkuus rules --format`: name -> renderer.
FORMATS: dict[str, RulesFormat] = {
    "text": RulesFormat(lambda lang, color: _listing(lang, color), ruledocs.explain),
    "md": RulesFormat(lambda lang, color: ruledocs.markdown(lang), ruledocs.markdown_one),
}


@app.command("rules", help=h("help.rules"))
def rules(
    ctx: typer.Context,
    code: str | None = typer.Argument(None, help=h("help.rules.code"), show_default=False),
    format: str = typer.Option("text", "--format", "-f", help=h("help.rules.format")),
) -> None:
    st = state(ctx)
    # The rules are the same everywhere: no data repository is needed, only a language.
    lang = st.lang_safe()
    format = str(choice(format, tuple(FORMATS), "format.bad", aliases=FORMAT_ALIASES))
    if code is None:
        out(FORMATS[format].every(lang, st.color))
        return
    found = ruledocs.find(code)
    if found is None:
        fail("code.bad", value=code)
    out(FORMATS[format].one(found, lang))


def _listing(lang: str, color: bool) -> str:
    """The rules as a table that fits the terminal (words never split), or into a pipe
    without COLUMNS one line per rule."""
    width = terminal.output_width()
    if width is None:
        return ruledocs.listing(lang)
    from io import StringIO

    from rich.console import Console
    from rich.text import Text

    cols = [
        terminal.Col(t(keys.RULES_COLUMN[k], lang)) for k in ("code", "name", "severity", "summary")
    ]
    rows = [[r.code, r.name, r.severity, ruledocs.title(r, lang)] for r in ruledocs.ordered()]
    con = Console(file=StringIO(), width=width, color_system="auto" if color else None,
                  force_terminal=color or None, highlight=False, emoji=False)  # fmt: skip
    con.print(terminal.fit(cols, rows, width).renderable)
    con.print()
    con.print(Text(t("rules.more", lang)))
    text = str(con.file.getvalue())  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in text.split("\n"))
