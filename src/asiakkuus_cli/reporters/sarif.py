"""SARIF 2.1.0 for code-scanning tools: the rules as tool metadata, the findings as results.

Rule descriptions come from the catalogue in the run's language, the same
source as `asiakkuus rules`. Columns count Unicode code points.
"""

from __future__ import annotations

import json
from typing import Any

from asiakkuus_cli.rules.docs import ordered

from .. import __version__
from ..findings import Result
from ..i18n import t

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(result: Result, color: bool) -> str:
    lang = result.lang
    rules = ordered()
    index = {r.code: i for i, r in enumerate(rules)}
    descriptors: list[dict[str, Any]] = [
        {
            "id": r.code,
            "name": r.name,
            "shortDescription": {"text": t(f"ruledoc.{r.code}.title", lang)},
            "fullDescription": {"text": t(f"ruledoc.{r.code}.text", lang)},
            "defaultConfiguration": {"level": LEVELS[r.severity]},
        }
        for r in rules
    ]
    results: list[dict[str, Any]] = []
    for f in result.findings:
        text = f.message if not f.hint else f"{f.message} {f.hint}"
        item: dict[str, Any] = {
            "ruleId": f.code,
            "level": LEVELS[f.severity],
            "message": {"text": text},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.path, "uriBaseId": "%SRCROOT%"},
                        "region": {"startLine": f.line, "startColumn": f.column},
                    }
                }
            ],
        }
        if f.code in index:
            item["ruleIndex"] = index[f.code]
        if f.subject:
            item["properties"] = {"subject": f.subject}
        results.append(item)
    doc = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "asiakkuus",
                        "version": __version__,
                        "language": lang,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
