"""`path:line:column: CODE [severity] message`, one line each, then a summary."""

from __future__ import annotations

import typer

from ..findings import Result
from ..i18n import t

_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def render(result: Result, color: bool) -> str:
    lines: list[str] = []
    for f in result.findings:
        sev = f"[{f.severity}]"
        if color:
            sev = typer.style(sev, fg=_COLOURS[f.severity], bold=f.severity == "error")
        text = f"{f.path}:{f.line}:{f.column}: {f.code} {sev} {f.message}"
        if f.hint:
            text += f" → {f.hint}"
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
