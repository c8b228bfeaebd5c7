"""Views in the terminal with rich. Every piece of data goes in as `Text` or escaped,
so `[bold]` in a plan is shown as typed, never read as markup; and every string of
a view passes `textsafe.visible` first, so escape sequences and bidi overrides in
the data are shown, not obeyed."""

from __future__ import annotations

import sys
from typing import Any

from rich import box
from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..textsafe import visible

_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def console(color: bool) -> Console:
    """Styles only when colour is wanted (a terminal, no --no-color, no NO_COLOR).

    Piped output gets 120 columns, not rich's 80, so the plan's wide tables stay readable.
    """
    width = None if sys.stdout.isatty() else 120
    return Console(
        file=sys.stdout,
        color_system="auto" if color else None,
        highlight=False,
        emoji=False,
        force_terminal=color or None,
        width=width,
    )


def _table(t: dict[str, Any], con: Console) -> None:
    con.print(Text(t["title"], style="bold underline"))
    if not t["rows"]:
        con.print(Text(t["empty"], style="dim"))
        con.print()
        return
    tbl = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for c in t["columns"]:
        tbl.add_column(Text(c["label"], style="bold"), justify=c["align"], overflow="fold")
    for r in t["rows"]:
        tbl.add_row(*[Text(r[c["key"]]) for c in t["columns"]])
    con.print(tbl)


def _findings(box_view: dict[str, Any], con: Console) -> None:
    entries = box_view["entries"]
    if not entries:
        body: Any = Text(box_view["none"], style="green")
    else:
        lines = []
        for f in entries:
            line = Text.assemble(
                (f"{f['severity_label']} {f['code']}", _SEVERITY_STYLE.get(f["severity"], "")),
                f" ({f['where']}): ",
                f["message"],
            )
            if f["hint"]:
                line.append(f" → {f['hint']}", style="dim")
            lines.append(line)
        body = Group(*lines)
    style = "red" if box_view["errors"] else ("yellow" if entries else "green")
    con.print(Panel(body, title=escape(box_view["title"]), title_align="left", border_style=style))


def _heading(view: dict[str, Any], subject: str, con: Console) -> None:
    con.print(Text.assemble((view["organisation"], "bold"), " · ", (view["internal"], "italic")))
    con.print(Text(f"{view['title']}: {subject}", style="bold reverse"))
    con.print(Text(view["as_of"], style="dim"))
    con.print()


def _facts(rows: list[dict[str, str]], con: Console) -> None:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for r in rows:
        grid.add_row(Text(r["label"]), Text(r["value"]))
    con.print(grid)
    con.print()


def inert(value: Any) -> Any:
    """A view with every string made safe for a terminal (containers copied)."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, dict):
        return {k: inert(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [inert(v) for v in value]
    return value


def show_plan(view: dict[str, Any], con: Console) -> None:
    view = inert(view)
    _heading(view, view["customer"], con)
    _facts(view["header"], con)
    _findings(view["findings"], con)
    con.print()
    _table(view["projects"], con)
    tl = view["timeline"]
    if tl["bars"]:
        con.print(Text(tl["title"], style="bold underline"))
        grid = Table.grid(padding=(0, 2))
        for _ in range(3):
            grid.add_column()
        for b in tl["bars"]:
            style = "red" if b["late"] else ("dim" if b["done"] else "blue")
            grid.add_row(
                Text(b["name"]), Text(b["bar"], style=style), Text(f"{b['start']} – {b['end']}")
            )
        con.print(grid)
        con.print()
    if tl["undated"]:
        con.print(Text(tl["undated"], style="dim"))
        con.print()
    for key in ("systems", "calendar", "upcoming", "needs"):
        _table(view[key], con)
    mk = view["marketing"]
    con.print(Text(mk["title"], style="bold underline"))
    if mk["text"]:
        con.print(Text(mk["text"]))
    for o in mk["offers"]:
        con.print(Text(f"  • {o}"))
    if not mk["text"] and not mk["offers"]:
        con.print(Text(mk["empty"], style="dim"))
    con.print()
    ag = view["agreements"]
    con.print(Text(ag["title"], style="bold underline"))
    for a in ag["entries"] or []:
        con.print(Text(f"  • {a}"))
    if not ag["entries"]:
        con.print(Text(ag["empty"], style="dim"))
    if view["notes"]["text"]:
        con.print()
        con.print(Text(view["notes"]["title"], style="bold underline"))
        con.print(Text(view["notes"]["text"]))


def show_guide(view: dict[str, Any], con: Console) -> None:
    view = inert(view)
    _heading(view, view["project"], con)
    _facts(view["facts"], con)
    con.print(Text(view["intro"], style="italic"))
    con.print()
    con.print(Text(view["board_title"], style="bold underline"))
    for r in view["roles"]:
        who = ", ".join(
            m["name"] + (f" ({m['detail']})" if m["detail"] else "") for m in r["members"]
        )
        title = Text.assemble((f"{r['term']} ({r['term_other']})", "bold"), f" · {r['side']}: ")
        title.append(
            who or r["unnamed"], style="" if who else ("bold red" if r["required"] else "dim")
        )
        con.print(title)
        con.print(Text(f"  {r['description']}", style="dim"))
        for d in r["duties"]:
            con.print(Text(f"  • {d}"))
        con.print()
    for key in ("meetings", "communication", "delivery"):
        con.print(Text(view[key]["title"], style="bold underline"))
        for line in view[key]["lines"]:
            con.print(Text(f"  {line}"))
        con.print()
    con.print(Text(view["pm_role"]["title"], style="bold underline"))
    con.print(Text(f"  {view['pm_role']['text']}"))
    con.print()
    _findings(view["findings"], con)


def show_glossary(view: dict[str, Any], con: Console) -> None:
    tbl = Table(title=escape(view["title"]), box=box.SIMPLE_HEAD, show_lines=False)
    for c in view["columns"]:
        tbl.add_column(Text(c["label"], style="bold"), overflow="fold")
    for term in view["terms"]:
        tbl.add_row(Text(term["fi"]), Text(term["en"]), Text(term["explain"]))
    con.print(tbl)
