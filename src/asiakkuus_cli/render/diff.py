"""The semantic diff laid out: text for a terminal, Markdown for a pull request, JSON.

`FORMATS` is the registry of `asiakkuus diff --format`: name -> renderer.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from asiakkuus_cli.git.diff import DataDiff
from asiakkuus_cli.i18n import keys, t
from asiakkuus_cli.textsafe import md_escape, visible
from asiakkuus_cli.views.diff import Names, format_value, heading, status, summary, to_dict


def render_text(diff: DataDiff, lang: str, before: str, after: str, color: bool = False) -> str:
    names = Names(diff.new, diff.old)
    lines = [visible(t("diff.title", lang, before=before, after=after), lines=False)]
    if not diff.entities and not diff.problems:
        lines.append(t("diff.none", lang))
        return "\n".join(lines) + "\n"
    marks = {"added": "+", "removed": "-", "changed": "~", "renamed": "~", "unreadable": "!"}
    for e in diff.entities:
        head = f"{marks[e.status]} {heading(e, lang)} — {status(e, lang)}  [{e.file}]"
        lines.append("")
        lines.append(_paint(visible(head, lines=False), e.status, color))
        for c in e.changes:
            old, new = format_value(c, c.before, lang, names), format_value(c, c.after, lang, names)
            lines.append(visible(f"    {c.field}: {old} → {new}", lines=False))
    if diff.problems:
        lines.append("")
        lines.append(t("diff.problems", lang))
        for p in diff.problems:
            side = t(keys.DIFF_SIDE[p.side], lang)
            text = f"    {side}: {p.file}:{p.line}:{p.column}: {p.code} {p.message}"
            lines.append(visible(text, lines=False))
    lines.append("")
    lines.append(t("diff.summary", lang, summary=summary(diff, lang) or "-"))
    return "\n".join(lines) + "\n"


def _paint(text: str, status: str, color: bool) -> str:
    if not color:
        return text
    import typer

    colours = {"added": "green", "removed": "red", "unreadable": "magenta"}
    return typer.style(text, fg=colours.get(status, "yellow"), bold=True)


def md_cell(text: str) -> str:
    """Text safe in a Markdown table cell or heading: the one escaper, `textsafe.md_escape`."""
    return md_escape(text)


def _md_code(text: str) -> str:
    if "`" in text or "\n" in text or "\r" in text:
        return md_cell(text)
    return "`" + text.replace("|", "\\|") + "`"


def render_md(diff: DataDiff, lang: str, before: str, after: str) -> str:
    names = Names(diff.new, diff.old)
    out = [f"## {md_cell(t('diff.title', lang, before=before, after=after))}", ""]
    if not diff.entities and not diff.problems:
        out += [md_cell(t("diff.none", lang)), ""]
        return "\n".join(out)
    total = summary(diff, lang)
    out += [md_cell(total[:1].upper() + total[1:]), ""]
    for e in diff.entities:
        out.append(f"### {md_cell(heading(e, lang))} — {md_cell(status(e, lang))}")
        out.append("")
        out.append(_md_code(e.file))
        out.append("")
        if e.changes:
            cols = (
                t("diff.col.field", lang),
                t("diff.col.before", lang),
                t("diff.col.after", lang),
            )
            out.append(f"| {' | '.join(cols)} |")
            out.append("| --- | --- | --- |")
            for c in e.changes:
                old = md_cell(format_value(c, c.before, lang, names))
                new = md_cell(format_value(c, c.after, lang, names))
                out.append(f"| {_md_code(c.field)} | {old} | {new} |")
            out.append("")
    if diff.problems:
        out += [f"### {md_cell(t('diff.problems', lang))}", ""]
        for p in diff.problems:
            side = t(keys.DIFF_SIDE[p.side], lang)
            out.append(
                f"- {md_cell(side)}: {_md_code(f'{p.file}:{p.line}:{p.column}')} "
                f"{p.code} {md_cell(p.message)}"
            )
        out.append("")
    return "\n".join(out)


def render_json(
    diff: DataDiff, lang: str, before: Mapping[str, Any], after: Mapping[str, Any]
) -> str:
    return json.dumps(to_dict(diff, lang, before, after), ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class Sides:
    """What the two sides are called: labels for text and Markdown, objects for JSON."""

    label_a: str
    label_b: str
    before: Mapping[str, Any]
    after: Mapping[str, Any]


DiffRenderer = Callable[[DataDiff, str, Sides, bool], str]

#: `asiakkuus diff --format`: name -> renderer (diff, lang, sides, color).
FORMATS: dict[str, DiffRenderer] = {
    "text": lambda d, lang, s, color: render_text(d, lang, s.label_a, s.label_b, color),
    "md": lambda d, lang, s, color: render_md(d, lang, s.label_a, s.label_b),
    "json": lambda d, lang, s, color: render_json(d, lang, s.before, s.after),
}
