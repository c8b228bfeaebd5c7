"""The JSON document of SPEC 5.1: version, summary, findings."""

from __future__ import annotations

import json

from ..findings import Result


def render(result: Result, color: bool) -> str:
    doc = {
        "version": 1,
        "summary": {
            "files": result.files,
            "errors": result.errors,
            "warnings": result.warnings,
            "infos": result.infos,
        },
        "findings": [f.to_dict() for f in result.findings],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
