"""Views in the terminal with rich. Every piece of data goes in as `Text` or escaped,
so `[bold]` in a plan is shown as typed, never read as markup; and every string of
a view passes `textsafe.visible` first, so escape sequences and bidi overrides in
the data are shown, not obeyed."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..textsafe import visible

_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def output_width() -> int | None:
    """The columns a table must fit: the terminal's width (COLUMNS first, like every
    terminal tool); into a pipe COLUMNS when it is set, else no limit."""
    if sys.stdout.isatty():
        return max(shutil.get_terminal_size().columns, 20)
    raw = os.environ.get("COLUMNS", "").strip()
    return max(int(raw), 20) if raw.isdigit() and int(raw) > 0 else None


def console(color: bool) -> Console:
    """Styles only when colour is wanted (a terminal, no --no-color, no NO_COLOR).

    Piped output gets COLUMNS, else 120 columns (not rich's 80), so the plan's wide
    tables stay readable.
    """
    return Console(
        file=sys.stdout,
        color_system="auto" if color else None,
        highlight=False,
        emoji=False,
        force_terminal=color or None,
        width=output_width() or 120,
    )


# --- tables that fit ------------------------------------------------------------------
#
# Every table of the tool goes through `fit`: a column is never narrower than its
# longest word (so a word is never split), figures never wrap, headers wrap at spaces.
# When the columns do not fit side by side even so, the rarely needed ones are left out
# (the caller says how to see them), and when that is not enough, each row is shown
# as a block of "heading  value" lines (a stacked layout, like psql's expanded mode).

#: Between two columns of a SIMPLE_HEAD table without edges and with collapsed padding.
_GAP = 2


@dataclass(frozen=True)
class Col:
    """A column of a terminal table: its heading, figures (right-aligned, never
    wrapped), and whether it may be left out when the terminal is narrow."""

    label: str
    numeric: bool = False
    optional: bool = False


def _longest_word(text: str) -> int:
    return max((cell_len(w) for w in text.split()), default=0)


def _longest_line(text: str) -> int:
    return max((cell_len(line) for line in text.splitlines()), default=0)


def _widths(cols: Sequence[Col], rows: Sequence[Sequence[str]], width: int | None
            ) -> list[int] | None:  # fmt: skip
    """Column widths that fit `width`, or None when even the narrowest do not."""
    lows, highs = [], []
    for i, c in enumerate(cols):
        values = [r[i] for r in rows]
        high = max([_longest_line(c.label), *(_longest_line(v) for v in values)])
        fixed = max([0, *(_longest_line(v) for v in values)]) if c.numeric else 0
        low = max([_longest_word(c.label), fixed, *(_longest_word(v) for v in values), 1])
        lows.append(low)
        highs.append(max(high, low))
    if width is None:
        return highs
    room = width - _GAP * (len(cols) - 1)
    if sum(highs) <= room:
        return highs
    if sum(lows) > room:
        return None
    widths = list(lows)
    for _ in range(room - sum(lows)):
        # The column that lacks most of its natural width gets the next space.
        i = max(range(len(cols)), key=lambda k: (highs[k] - widths[k]) / highs[k])
        if widths[i] >= highs[i]:
            break
        widths[i] += 1
    return widths


def _side_by_side(cols: Sequence[Col], rows: Sequence[Sequence[str]], widths: list[int],
                  total: Sequence[str] | None) -> Table:  # fmt: skip
    tbl = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, collapse_padding=True,
                header_style="bold")  # fmt: skip
    for c, w in zip(cols, widths, strict=True):
        # A figure column is as wide as its longest figure, so only its heading wraps.
        tbl.add_column(Text(c.label), justify="right" if c.numeric else "left", width=w,
                       overflow="fold")  # fmt: skip
    for i, row in enumerate(rows):
        tbl.add_row(*map(Text, row), end_section=total is not None and i == len(rows) - 1)
    if total is not None:
        tbl.add_row(*map(Text, total), style="bold")
    return tbl


def _stacked(cols: Sequence[Col], rows: Sequence[Sequence[str]], width: int,
             total: Sequence[str] | None) -> Group:  # fmt: skip
    label_w = min(max(cell_len(c.label) for c in cols), max(width // 3, 8))
    parts: list[Any] = []
    for row in [*rows, *([total] if total is not None else [])]:
        grid = Table.grid(padding=(0, 2, 0, 0))
        grid.add_column(width=label_w)
        grid.add_column(width=max(width - label_w - 2, 10), overflow="fold")
        for i, (c, value) in enumerate(zip(cols, row, strict=True)):
            if value:
                style = "bold" if i == 0 else ""
                grid.add_row(Text(c.label, style=style or "dim"), Text(value, style=style))
        parts += [grid, Text("")]
    return Group(*parts)


@dataclass(frozen=True)
class Fitted:
    """A table laid out for a width, and the headings of the columns left out."""

    renderable: Any
    hidden: list[str]


def fit(cols: Sequence[Col], rows: Sequence[Sequence[str]], width: int | None,
        total: Sequence[str] | None = None) -> Fitted:  # fmt: skip
    """The table for `width` columns (None: no limit): side by side when every word
    fits, else without the optional columns, else stacked."""
    rows = [[v.replace("\n", " ") for v in r] for r in rows]
    total = [v.replace("\n", " ") for v in total] if total is not None else None
    everything = [*rows, *([total] if total is not None else [])]
    widths = _widths(cols, everything, width)
    if widths is not None:
        return Fitted(_side_by_side(cols, rows, widths, total), [])
    assert width is not None
    # Leave out optional columns one at a time, from the right, until the rest fits.
    keep = list(range(len(cols)))
    for drop in reversed([i for i, c in enumerate(cols) if c.optional and i > 0]):
        keep.remove(drop)
        sub = [cols[i] for i in keep]
        widths = _widths(sub, [[r[i] for i in keep] for r in everything], width)
        if widths is not None:
            hidden = [c.label for i, c in enumerate(cols) if i not in keep]
            sub_rows = [[r[i] for i in keep] for r in rows]
            sub_total = [total[i] for i in keep] if total is not None else None
            return Fitted(_side_by_side(sub, sub_rows, widths, sub_total), hidden)
    return Fitted(_stacked(cols, rows, width, total), [])


def _table(t: dict[str, Any], con: Console) -> None:
    con.print(Text(t["title"], style="bold underline"))
    if not t["rows"]:
        con.print(Text(t["empty"], style="dim"))
        con.print()
        return
    cols = [Col(c["label"], numeric=c.get("align") == "right") for c in t["columns"]]
    rows = [[r[c["key"]] for c in t["columns"]] for r in t["rows"]]
    con.print(fit(cols, rows, con.width).renderable)


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


def _indented(text: str, *, bullet: bool = False, style: str = "") -> Any:
    """A line indented by two (with a bullet: four), its wrapped lines aligned under
    its first word (a hanging indent), not at the left edge."""
    from rich.padding import Padding

    if not bullet:
        return Padding(Text(text, style=style), (0, 0, 0, 2))
    grid = Table.grid()
    grid.add_column(width=4, no_wrap=True)
    grid.add_column()
    grid.add_row(Text("  •"), Text(text, style=style))
    return grid


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
        # The bar and its dates never wrap; the name wraps at words in what is left.
        bar_w = max(cell_len(b["bar"]) for b in tl["bars"])
        dates_w = max(cell_len(f"{b['start']} – {b['end']}") for b in tl["bars"])
        names_w = max(_longest_word(b["name"]) for b in tl["bars"])
        grid.add_column(max_width=max(con.width - bar_w - dates_w - 4, names_w, 8))
        grid.add_column(no_wrap=True)
        grid.add_column(no_wrap=True)
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
        con.print(_indented(o, bullet=True))
    if not mk["text"] and not mk["offers"]:
        con.print(Text(mk["empty"], style="dim"))
    con.print()
    ag = view["agreements"]
    con.print(Text(ag["title"], style="bold underline"))
    for a in ag["entries"] or []:
        con.print(_indented(a, bullet=True))
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
        con.print(_indented(r["description"], style="dim"))
        for d in r["duties"]:
            con.print(_indented(d, bullet=True))
        con.print()
    for key in ("meetings", "communication", "delivery"):
        con.print(Text(view[key]["title"], style="bold underline"))
        for line in view[key]["lines"]:
            con.print(_indented(line))
        con.print()
    con.print(Text(view["pm_role"]["title"], style="bold underline"))
    con.print(_indented(view["pm_role"]["text"]))
    con.print()
    _findings(view["findings"], con)


def show_glossary(view: dict[str, Any], con: Console) -> None:
    con.print(Text(view["title"], style="bold underline"))
    cols = [Col(c["label"]) for c in view["columns"]]
    rows = [[term["fi"], term["en"], term["explain"]] for term in view["terms"]]
    con.print(fit(cols, rows, con.width).renderable)
