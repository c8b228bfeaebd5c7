"""The rule registry. A rule is a pure function of the run's Context that yields Issues.

A rule family is one module of this package plus its texts beside it:

    rules/plans.py           @rule("C001", "stale-plan", "warning") def stale_plan(ctx): ...
    rules/plans_messages.py  MESSAGES = {"ruledoc.C001.title": (fi, en), "ruledoc.C001.text":
                             ..., "rule.C001": ..., "rule.C001.hint": ...}

The rule's docstring holds only its examples, a `Fails:` and a `Passes:` block of YAML
fragments (docs/development.md, "Adding a rule"): every word of its documentation is in
the catalogue, in each language. `asiakkuus rules`, SARIF and docs/rules.md read both
through `rules.docs`; tests/test_rule_examples.py runs every example through the engine.
Every family module is imported by `all_rules()`, so a new family is one new module.

Imports: rule modules may import reading and the core (config, findings, i18n, models,
repository, ...), never views, renderers, editing, git or cli; views call the rules'
predicates (e.g. `plans.plan_is_stale`), never the other way (checked by `lint-imports`).
`engine` runs the rules and never loads files: `service.validate` wires loading to it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..config import Settings
from ..findings import Issue
from ..repository import Repository

Check = Callable[["Context"], Iterable[Issue]]


@dataclass(frozen=True)
class Context:
    """What a rule may look at: the repository, the run's today, the settings."""

    repo: Repository
    today: date

    @property
    def settings(self) -> Settings:
        return self.repo.settings


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    check: Check

    @property
    def examples(self) -> Examples:
        """The `Fails:` and `Passes:` blocks of the docstring (empty if absent)."""
        return parse_examples(inspect.getdoc(self.check) or "")


@dataclass(frozen=True)
class Examples:
    """A rule's failing and passing example: YAML fragments, language-neutral."""

    fails: str
    passes: str


_HEADER = re.compile(r"(Fails|Passes):[ \t]*$")


def parse_examples(doc: str) -> Examples:
    """The indented blocks under `Fails:` and `Passes:` of a docstring."""
    found = {"Fails": "", "Passes": ""}
    lines = doc.splitlines()
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


_REGISTRY: dict[str, Rule] = {}


def rule(code: str, name: str, severity: str) -> Callable[[Check], Check]:
    def register(func: Check) -> Check:
        if code in _REGISTRY:
            raise RuntimeError(f"rule code registered twice: {code}")
        _REGISTRY[code] = Rule(code, name, severity, func)
        return func

    return register


#: Modules of this package that hold no rules: the engine, the documentation, the texts.
_NOT_FAMILIES = frozenset({"engine", "docs"})


def _is_family(module: str) -> bool:
    return module not in _NOT_FAMILIES and not module.endswith("_messages")


@cache
def all_rules() -> dict[str, Rule]:
    """Every rule, by code, in code order."""
    for info in pkgutil.iter_modules(__path__):
        if _is_family(info.name):
            importlib.import_module(f"{__name__}.{info.name}")
    return dict(sorted(_REGISTRY.items()))
