"""The github and sarif output formats, checked against their formats."""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
import pytest

from asiakkuus_cli import reporters
from asiakkuus_cli.findings import Finding, Result
from asiakkuus_cli.reporters.github import escape_data, escape_property
from asiakkuus_cli.rules import all_rules

from .conftest import PLAN, Repo

COMMAND = re.compile(
    r"::(?P<level>error|warning|notice) file=(?P<file>[^,:]+),line=(?P<line>\d+),"
    r"col=(?P<col>\d+),title=(?P<title>[A-Z]\d{3})::(?P<message>[^\r\n]*)\Z"
)


def finding(**kw: Any) -> Finding:
    base: dict[str, Any] = {
        "code": "C001",
        "name": "stale-plan",
        "severity": "warning",
        "path": "data/customers/vapaa-aika.yaml",
        "line": 5,
        "column": 10,
        "message": "old",
        "hint": None,
        "subject": "vapaa-aika",
    }
    base.update(kw)
    return Finding(**base)


def sample_repo(repo: Repo) -> Result:
    repo.base()
    plan = PLAN.replace("2026-11-01", "2015-03-20").replace("customer_contact: anna-asiakas\n", "")
    repo.write("data/customers/vapaa-aika.yaml", plan + "direct: maybe\n")
    repo.write("data/customers/satama.yaml", plan.replace("vapaa-aika", "satama"))
    return repo.check("fi")


def test_registry_names_every_format() -> None:
    assert set(reporters.REPORTERS) == {"text", "json", "github", "sarif"}


def test_github_one_command_per_finding(repo: Repo) -> None:
    result = sample_repo(repo)
    lines = reporters.get("github")(result, False).splitlines()
    assert len(lines) == len(result.findings) > 0
    for line, f in zip(lines, result.findings, strict=True):
        m = COMMAND.match(line)
        assert m, line
        assert m["level"] == {"error": "error", "warning": "warning", "info": "notice"}[f.severity]
        assert (m["file"], int(m["line"]), int(m["col"]), m["title"]) == (
            f.path,
            f.line,
            f.column,
            f.code,
        )
    assert {m["level"] for line in lines if (m := COMMAND.match(line))} == {
        "error",
        "warning",
        "notice",
    }


def test_github_escapes_data_and_properties() -> None:
    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    hostile = finding(
        message="Line\n::error file=x::injected 50%", hint="a, b: c", path="data/x,y:z.yaml"
    )
    out = reporters.get("github")(Result(files=1, findings=[hostile]), False)
    assert out.count("\n") == 1
    assert out.startswith("::warning file=data/x%2Cy%3Az.yaml,line=5,col=10,title=C001::")
    assert "Line%0A::error file=x::injected 50%25%0Aa, b: c" in out


def test_github_output_is_empty_without_findings() -> None:
    assert reporters.get("github")(Result(files=3, findings=[]), False) == ""


# The parts of the SARIF 2.1.0 schema this tool writes, with their required keys.
SARIF_SUBSET: dict[str, Any] = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "$schema": {"type": "string"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "version": {"type": "string"},
                                    "rules": {
                                        "type": "array",
                                        "items": {"$ref": "#/definitions/reportingDescriptor"},
                                    },
                                },
                            }
                        },
                    },
                    "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                    "results": {"type": "array", "items": {"$ref": "#/definitions/result"}},
                },
            },
        },
    },
    "definitions": {
        "message": {
            "type": "object",
            "required": ["text"],
            "properties": {"text": {"type": "string", "minLength": 1}},
        },
        "reportingDescriptor": {
            "type": "object",
            "required": [
                "id",
                "name",
                "shortDescription",
                "fullDescription",
                "defaultConfiguration",
            ],
            "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "shortDescription": {"$ref": "#/definitions/message"},
                "fullDescription": {"$ref": "#/definitions/message"},
                "defaultConfiguration": {
                    "type": "object",
                    "required": ["level"],
                    "properties": {"level": {"enum": ["none", "note", "warning", "error"]}},
                },
            },
        },
        "result": {
            "type": "object",
            "required": ["ruleId", "level", "message", "locations"],
            "properties": {
                "ruleId": {"type": "string"},
                "ruleIndex": {"type": "integer", "minimum": 0},
                "level": {"enum": ["none", "note", "warning", "error"]},
                "message": {"$ref": "#/definitions/message"},
                "locations": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "object",
                        "required": ["physicalLocation"],
                        "properties": {
                            "physicalLocation": {
                                "type": "object",
                                "required": ["artifactLocation", "region"],
                                "properties": {
                                    "artifactLocation": {
                                        "type": "object",
                                        "required": ["uri"],
                                        "properties": {"uri": {"type": "string"}},
                                    },
                                    "region": {
                                        "type": "object",
                                        "required": ["startLine", "startColumn"],
                                        "properties": {
                                            "startLine": {"type": "integer", "minimum": 1},
                                            "startColumn": {"type": "integer", "minimum": 1},
                                        },
                                    },
                                },
                            }
                        },
                    },
                },
            },
        },
    },
}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_sarif_document(repo: Repo, lang: str) -> None:
    result = sample_repo(repo)
    result = Result(result.files, result.findings, lang)
    doc = json.loads(reporters.get("sarif")(result, False))
    jsonschema.validate(doc, SARIF_SUBSET)
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "asiakkuus"
    rules = driver["rules"]
    assert {r["id"] for r in rules} == set(all_rules())
    by_id = {r["id"]: r for r in rules}
    assert by_id["C001"]["name"] == "stale-plan"
    assert by_id["C001"]["defaultConfiguration"]["level"] == "warning"
    assert by_id["C010"]["defaultConfiguration"]["level"] == "note"
    assert by_id["S002"]["defaultConfiguration"]["level"] == "error"
    results = run["results"]
    assert len(results) == len(result.findings)
    for item, f in zip(results, result.findings, strict=True):
        assert item["ruleId"] == f.code
        assert rules[item["ruleIndex"]]["id"] == f.code
        assert item["message"]["text"].startswith(f.message)
        loc = item["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == f.path
        assert (loc["region"]["startLine"], loc["region"]["startColumn"]) == (f.line, f.column)
    assert {r["level"] for r in results} == {"error", "warning", "note"}


def test_sarif_descriptions_follow_the_language() -> None:
    fi = json.loads(reporters.get("sarif")(Result(1, [], "fi"), False))
    en = json.loads(reporters.get("sarif")(Result(1, [], "en"), False))
    fi_c001 = next(r for r in fi["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "C001")
    en_c001 = next(r for r in en["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "C001")
    assert fi_c001["shortDescription"]["text"] != en_c001["shortDescription"]["text"]
    assert fi["runs"][0]["results"] == []


def test_cli_formats(cli: Any, repo: Repo) -> None:
    sample_repo(repo)
    base = ("--root", str(repo.root), "--today", "2026-11-26")
    gh = cli(*base, "validate", "--format", "github")
    assert gh.exit_code == 1
    assert all(COMMAND.match(line) for line in gh.output.splitlines())
    sarif = cli(*base, "validate", "--format", "sarif")
    assert sarif.exit_code == 1
    jsonschema.validate(json.loads(sarif.output), SARIF_SUBSET)
    bad = cli(*base, "validate", "--format", "xml")
    assert bad.exit_code == 2
    assert "github" in bad.output
