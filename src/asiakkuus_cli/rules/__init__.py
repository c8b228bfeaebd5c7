"""The rule registry. A rule is a pure function of the run's Context that yields Issues.

    @rule("C001", "stale-plan", "warning")
    def stale_plan(ctx: Context) -> Iterator[Issue]:
        '''The care plan has not been reviewed for too long.'''

The docstring is the rule's documentation. Every module of this package is
imported by `all_rules()`, so a new family of rules is one new module.

Imports: rule modules may import reading and the core (config, findings, i18n, models,
repository, ...), never views, renderers, editing, git or cli; views call the rules'
predicates (e.g. `plans.plan_is_stale`), never the other way (checked by `lint-imports`).
`engine` runs the rules and never loads files: `service.validate` wires loading to it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
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
    def doc(self) -> str:
        return inspect.getdoc(self.check) or ""

    @property
    def summary(self) -> str:
        return self.doc.split("\n", 1)[0]


_REGISTRY: dict[str, Rule] = {}


def rule(code: str, name: str, severity: str) -> Callable[[Check], Check]:
    def register(func: Check) -> Check:
        if code in _REGISTRY:
            raise RuntimeError(f"rule code registered twice: {code}")
        _REGISTRY[code] = Rule(code, name, severity, func)
        return func

    return register


@cache
def all_rules() -> dict[str, Rule]:
    """Every rule, by code, in code order."""
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return dict(sorted(_REGISTRY.items()))
