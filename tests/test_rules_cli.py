"""`asiakkuus rules`, docs/rules.md, and the completeness of every rule's documentation."""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Any

import pytest
import yaml

from asiakkuus_cli.i18n import catalogue
from asiakkuus_cli.rules import all_rules
from asiakkuus_cli.rules import docs as ruledocs

from . import test_control, test_rules_org, test_rules_plans, test_rules_rosters
from .conftest import DEMO

CODES = sorted(all_rules())
DOCS = DEMO / "docs" / "rules.md"
SEVERITIES = {"error", "warning", "info"}

# S and R rules are tested with the loader and references; these modules name them.
TESTED_ELSEWHERE = {f"S00{n}" for n in range(1, 9)} | {f"R00{n}" for n in range(1, 5)}


def test_every_spec_code_is_registered_with_its_default_severity() -> None:
    expected = {
        **dict.fromkeys([f"S00{n}" for n in range(1, 8)], "error"),
        "S008": "info",
        **dict.fromkeys([f"R00{n}" for n in range(1, 5)], "error"),
        **dict.fromkeys([f"C00{n}" for n in (1, 2, 3, 4, 5, 6, 8)], "warning"),
        "C007": "info",
        "C009": "error",
        "C010": "info",
        **dict.fromkeys(["P001", "P002", "P003", "P004", "P008"], "error"),
        **dict.fromkeys(
            ["P005", "P006", "P007", "P009", "P011", "P012", "P013", "P014"], "warning"
        ),
        "P010": "info",
        "O001": "info",
        "O002": "info",
        "O003": "warning",
    }
    assert {code: r.severity for code, r in all_rules().items()} == expected


@pytest.mark.parametrize("code", CODES)
def test_rule_is_documented(code: str) -> None:
    r = all_rules()[code]
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", r.name)
    assert r.severity in SEVERITIES
    assert r.summary, "the docstring's first line says what the rule finds"
    ex = ruledocs.examples(r)
    assert ex.fails.strip(), "a Fails: example"
    assert ex.passes.strip(), "a Passes: example"
    if code not in {"S001", "S003", "S006"}:  # those fail by being broken YAML
        yaml.safe_load(ex.fails)
    yaml.safe_load(ex.passes)
    texts = catalogue()
    for part in ("title", "text"):
        fi, en = texts[f"ruledoc.{code}.{part}"]
        assert fi.strip()
        assert en.strip()
        assert fi != en


@pytest.mark.parametrize("code", CODES)
def test_rule_has_messages_in_both_languages(code: str) -> None:
    keys = [k for k in catalogue() if k == f"rule.{code}" or k.startswith(f"rule.{code}.")]
    assert any(not k.endswith(".hint") for k in keys), f"no message for {code}"
    for k in keys:
        fi, en = catalogue()[k]
        assert fi.strip()
        assert en.strip()
        names = {f for _, f, _, _ in string.Formatter().parse(fi) if f}
        assert names == {f for _, f, _, _ in string.Formatter().parse(en) if f}, k


def test_every_rule_has_test_cases() -> None:
    covered = (
        test_rules_plans.COVERED
        | test_rules_rosters.COVERED
        | test_rules_org.COVERED
        | test_control.COVERED
        | TESTED_ELSEWHERE
    )
    assert set(CODES) <= covered


def run(cli: Any, *args: str) -> Any:
    return cli(*args)


def test_list_names_every_rule(cli: Any) -> None:
    result = run(cli, "--lang", "en", "rules")
    assert result.exit_code == 0
    lines = [line for line in result.output.splitlines() if re.match(r"[A-Z]\d{3} ", line)]
    assert [line.split()[0] for line in lines] == [r.code for r in ruledocs.ordered()]
    c001 = next(line for line in lines if line.startswith("C001"))
    assert c001.split()[1:3] == ["stale-plan", "warning"]
    assert "The care plan has not been reviewed for too long." in c001


def test_list_in_finnish(cli: Any) -> None:
    result = run(cli, "--lang", "fi", "rules")
    assert "Hoitosuunnitelmaa ei ole päivitetty liian pitkään aikaan." in result.output


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_explain_one_rule(cli: Any, lang: str) -> None:
    result = run(cli, "--lang", lang, "rules", "c001")
    assert result.exit_code == 0
    out = result.output
    assert out.startswith("C001 stale-plan (warning)\n")
    texts = catalogue()
    assert texts["ruledoc.C001.title"][0 if lang == "fi" else 1] in out
    assert texts["rules.fails"][0 if lang == "fi" else 1] in out
    assert "    updated: 2015-03-20" in out
    assert "    updated: 2026-10-01" in out


def test_explain_by_name(cli: Any) -> None:
    assert run(cli, "rules", "stale-plan").output == run(cli, "rules", "C001").output


def test_unknown_code_is_a_usage_error(cli: Any) -> None:
    result = run(cli, "--lang", "en", "rules", "X999")
    assert result.exit_code == 2
    assert "X999" in result.output
    assert "Traceback" not in result.output


def test_unknown_format_is_a_usage_error(cli: Any) -> None:
    assert run(cli, "rules", "--format", "pdf").exit_code == 2


def test_works_outside_a_repository(cli: Any, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(cli, "rules").exit_code == 0


def test_markdown_of_one_rule(cli: Any) -> None:
    out = run(cli, "--lang", "en", "rules", "P007", "--format", "md").output
    assert out.startswith("## P007 supplier-without-authority\n")
    assert "```yaml\n" in out


def test_docs_rules_md_is_current(cli: Any) -> None:
    generated = run(cli, "--lang", "en", "rules", "--format", "md").output
    assert generated == ruledocs.markdown("en")
    assert DOCS.read_text(encoding="utf-8") == generated, (
        "docs/rules.md is out of date: run `asiakkuus --lang en rules --format md > docs/rules.md`"
    )
