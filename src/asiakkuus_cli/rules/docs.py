"""The documentation of the rules, from one source: the registry (code, name, default
severity), the rule's texts beside its family (`ruledoc.<CODE>.title` and `.text` in
`rules/<family>_messages.py`, in each language) and the rule's docstring, which holds
only its `Fails:` and `Passes:` examples (language-neutral YAML fragments, run as tests
by tests/test_rule_examples.py).

`asiakkuus rules` prints it, the SARIF reporter describes the rules with it, and
`docs/rules.md` is `markdown("en")`; a test keeps that file current.
"""

from __future__ import annotations

import textwrap

from asiakkuus_cli.i18n import t
from asiakkuus_cli.rules import Rule, all_rules

_WIDTH = 78
_FAMILIES = "SRCPOM"


def ordered() -> list[Rule]:
    """Every rule in the order of the specification: S, R, C, P, O, M, then by number."""
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
    """What the rule finds, in one line."""
    return t(f"ruledoc.{r.code}.title", lang)


def text(r: Rule, lang: str) -> str:
    """Why it matters and how to fix it, in a paragraph."""
    return t(f"ruledoc.{r.code}.text", lang)


def listing(lang: str) -> str:
    """One line per rule: code, name, default severity, what it finds."""
    rules = ordered()
    width = max(len(r.name) for r in rules)
    lines = [f"{r.code}  {r.name:<{width}}  {r.severity:<7}  {title(r, lang)}" for r in rules]
    lines += ["", t("rules.more", lang)]
    return "\n".join(lines) + "\n"


def explain(r: Rule, lang: str) -> str:
    """One rule in full: what it finds, why, and a failing and a passing example."""
    ex = r.examples
    parts = [
        f"{r.code} {r.name} ({r.severity})",
        title(r, lang),
        "",
        textwrap.fill(text(r, lang), _WIDTH),
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
    ex = r.examples
    return [
        f"## {r.code} {r.name}",
        "",
        f"{t('rules.severity', lang, severity=r.severity)}. {title(r, lang)}",
        "",
        text(r, lang),
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
