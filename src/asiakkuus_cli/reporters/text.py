"""`path:line:column: CODE [severity] message`, one line each, then a summary.

A finding is one line whatever it quotes: control and bidi characters in paths
and messages are shown as escapes (`textsafe.visible`), never sent to the terminal.
"""

from __future__ import annotations

import typer

from ..findings import Result
from ..i18n import t
from ..textsafe import visible

_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def render(result: Result, color: bool) -> str:
    lines: list[str] = []
    for f in result.findings:
        sev = f"[{f.severity}]"
        if color:
            sev = typer.style(sev, fg=_COLOURS[f.severity], bold=f.severity == "error")
        message = visible(f.message, lines=False)
        text = f"{visible(f.path, lines=False)}:{f.line}:{f.column}: {f.code} {sev} {message}"
        if f.hint:
            text += f" → {visible(f.hint, lines=False)}"
        lines.append(text)
    if result.findings:
        summary = t(
            "validate.summary",
            result.lang,
            files=result.files,
            errors=result.errors,
            warnings=result.warnings,
            infos=result.infos,
        )
    else:
        summary = t("validate.clean", result.lang, files=result.files)
    lines.append(summary)
    return "\n".join(lines) + "\n"
