"""The documentation of the rules, from one source: the registry, the catalogue
(`ruledoc.<CODE>.title` and `.text` in each language) and each rule's docstring
(its `Fails:` and `Passes:` YAML examples, which are language-neutral).

`asiakkuus rules` prints it; `docs/rules.md` is `markdown("en")`, and a test
keeps that file current.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from asiakkuus_cli.i18n import t
from asiakkuus_cli.rules import Rule, all_rules

_HEADER = re.compile(r"(Fails|Passes)\b[^:\n]*:[ \t]*$")
_WIDTH = 78
_FAMILIES = "SRCPO"


@dataclass(frozen=True)
class Examples:
    fails: str
    passes: str


def examples(r: Rule) -> Examples:
    """The `Fails:` and `Passes:` blocks of the rule's docstring (empty if absent)."""
    found = {"Fails": "", "Passes": ""}
    lines = r.doc.splitlines()
    i = 0
    while i < len(lines):
        m = _HEADER.match(lines[i])
        i += 1
        if not m:
            continue
        block: list[str] = []
        while i < len(lines) and (not lines[i].strip() or lines[i].startswith("    ")):
            block.append(lines[i])
            i += 1
        found[m[1]] = textwrap.dedent("\n".join(block)).strip("\n")
    return Examples(found["Fails"], found["Passes"])


def ordered() -> list[Rule]:
    """Every rule in the order of the specification: S, R, C, P, O, then by number."""
    return sorted(all_rules().values(), key=lambda r: (_family(r.code), r.code))


def _family(code: str) -> int:
    index = _FAMILIES.find(code[0])
    return index if index >= 0 else len(_FAMILIES)


def find(code_or_name: str) -> Rule | None:
    """A rule by code (any case) or by name."""
    rules = all_rules()
    wanted = code_or_name.strip()
    if wanted.upper() in rules:
        return rules[wanted.upper()]
    return next((r for r in rules.values() if r.name == wanted.lower()), None)


def title(r: Rule, lang: str) -> str:
    return t(f"ruledoc.{r.code}.title", lang)


def listing(lang: str) -> str:
    """One line per rule: code, name, default severity, what it finds."""
    rules = ordered()
    width = max(len(r.name) for r in rules)
    lines = [f"{r.code}  {r.name:<{width}}  {r.severity:<7}  {title(r, lang)}" for r in rules]
    lines += ["", t("rules.more", lang)]
    return "\n".join(lines) + "\n"


def explain(r: Rule, lang: str) -> str:
    """One rule in full: what it finds, why, and a failing and a passing example."""
    ex = examples(r)
    parts = [
        f"{r.code} {r.name} ({r.severity})",
        title(r, lang),
        "",
        textwrap.fill(t(f"ruledoc.{r.code}.text", lang), _WIDTH),
        "",
        t("rules.fails", lang),
        textwrap.indent(ex.fails, "    "),
        "",
        t("rules.passes", lang),
        textwrap.indent(ex.passes, "    "),
    ]
    return "\n".join(parts) + "\n"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def markdown(lang: str) -> str:
    """Every rule as one Markdown page (docs/rules.md is the English one)."""
    rules = ordered()
    out = [
        f"# {t('rules.heading', lang)}",
        "",
        t("rules.intro", lang),
        "",
        f"| {t('rules.col.code', lang)} | {t('rules.col.name', lang)} "
        f"| {t('rules.col.severity', lang)} | {t('rules.col.summary', lang)} |",
        "| --- | --- | --- | --- |",
    ]
    for r in rules:
        anchor = f"{r.code}-{r.name}".lower()
        out.append(f"| [{r.code}](#{anchor}) | {r.name} | {r.severity} | {_cell(title(r, lang))} |")
    for r in rules:
        out += ["", *_section(r, lang)]
    return "\n".join(out) + "\n"


def markdown_one(r: Rule, lang: str) -> str:
    """One rule as a Markdown section."""
    return "\n".join(_section(r, lang)) + "\n"


def _section(r: Rule, lang: str) -> list[str]:
    ex = examples(r)
    return [
        f"## {r.code} {r.name}",
        "",
        f"{t('rules.severity', lang, severity=r.severity)}. {title(r, lang)}",
        "",
        t(f"ruledoc.{r.code}.text", lang),
        "",
        t("rules.fails", lang),
        "",
        "```yaml",
        ex.fails,
        "```",
        "",
        t("rules.passes", lang),
        "",
        "```yaml",
        ex.passes,
        "```",
    ]
