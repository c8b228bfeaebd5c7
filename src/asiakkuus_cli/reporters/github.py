"""GitHub Actions workflow commands: one annotation per finding.

    ::error file=data/customers/x.yaml,line=5,col=10,title=C001::message

Severities map to `error`, `warning` and `notice`. Data and properties are
escaped as GitHub's toolkit does, so no text in a finding can end the command
early or start another one; control and bidi characters are shown as escapes, so
none reaches the log viewer as a live terminal sequence.
"""

from __future__ import annotations

from ..findings import Result
from ..textsafe import visible

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(result: Result, color: bool) -> str:
    lines: list[str] = []
    for f in result.findings:
        props = ",".join(
            (
                f"file={escape_property(f.path)}",
                f"line={f.line}",
                f"col={f.column}",
                f"title={escape_property(f.code)}",
            )
        )
        message = f.message if not f.hint else f"{f.message}\n{f.hint}"
        lines.append(f"::{LEVELS[f.severity]} {props}::{escape_data(message)}")
    return "".join(line + "\n" for line in lines)
