"""What rules say (Issue) and what users see (Finding, Result)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: `# asiakkuus: ignore[C001,P]`, the suppression comment: the engine honours it,
#: `fmt` keeps it above its key (editing/comments.py).
IGNORE_RE = re.compile(r"#\s*asiakkuus:\s*ignore\[([A-Za-z0-9_,\s]*)\]")

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Issue:
    """A rule's statement: what is wrong, in which file, at which path of it.

    The engine turns it into a Finding: position, severity, message text.
    `variant` selects a message of the rule (`rule.S002.missing`); `params`
    fill the message; `pos` is set only where no path exists (syntax errors).
    """

    code: str
    file: str
    at: tuple[str | int, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)
    subject: str | None = None
    variant: str | None = None
    key: bool = False
    pos: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    name: str
    severity: str
    path: str
    line: int
    column: int
    message: str
    hint: str | None
    subject: str | None

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "hint": self.hint,
            "subject": self.subject,
        }


@dataclass(frozen=True)
class Result:
    files: int
    findings: list[Finding]
    lang: str = "fi"

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def errors(self) -> int:
        return self.count("error")

    @property
    def warnings(self) -> int:
        return self.count("warning")

    @property
    def infos(self) -> int:
        return self.count("info")

    def exit_code(self, strict: bool = False) -> int:
        if self.errors or (strict and self.warnings):
            return 1
        return 0
