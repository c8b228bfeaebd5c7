"""`asiakkuus rules`, docs/rules.md, and the completeness of every rule's documentation."""

from __future__ import annotations

import importlib
import inspect
import re
import string
from pathlib import Path
from typing import Any

import pytest

from asiakkuus_cli.i18n import catalogue
from asiakkuus_cli.i18n.locales import sv
from asiakkuus_cli.rules import all_rules
from asiakkuus_cli.rules import docs as ruledocs

from .conftest import DEMO

CODES = sorted(all_rules())
DOCS = DEMO / "docs" / "rules.md"
SEVERITIES = {"error", "warning", "info"}


@pytest.mark.parametrize("code", CODES)
def test_rule_is_one_unit(code: str) -> None:
    """Code, name and severity in the registry; its texts in the messages module beside
    its family; its examples in its docstring (run by test_rule_examples.py)."""
    r = all_rules()[code]
    assert re.fullmatch(r"[SRCPOM]\d{3}", code)
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", r.name)
    assert r.severity in SEVERITIES
    beside = importlib.import_module(f"{r.check.__module__}_messages").MESSAGES
    own = [
        k for k in catalogue() if k.split(".")[1] == code and k.startswith(("rule.", "ruledoc."))
    ]
    assert f"ruledoc.{code}.title" in own
    assert f"ruledoc.{code}.text" in own
    assert [k for k in own if k not in beside] == []
    for part in ("title", "text"):
        fi, en = beside[f"ruledoc.{code}.{part}"]
        assert fi.strip()
        assert en.strip()
        assert fi != en
    doc = inspect.getdoc(r.check) or ""
    assert doc.startswith("Fails:"), "the docstring holds the examples only, no prose"


def test_names_are_unique() -> None:
    names = [r.name for r in all_rules().values()]
    assert len(names) == len(set(names))


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


@pytest.mark.parametrize("code", CODES)
def test_rule_has_its_texts_in_swedish(code: str) -> None:
    """Title, explanation, messages and hints of every rule in the Swedish locale file,
    with the same placeholders as the English text."""
    keys = [
        k
        for k in catalogue()
        if k.startswith((f"ruledoc.{code}.", f"rule.{code}.")) or k == f"rule.{code}"
    ]
    for k in keys:
        text = sv.MESSAGES.get(k, "")
        assert text.strip(), f"{k} has no Swedish text"
        names = {f for _, f, _, _ in string.Formatter().parse(text) if f}
        assert names == {f for _, f, _, _ in string.Formatter().parse(catalogue()[k][1]) if f}, k


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


def test_every_code_the_loader_emits_is_a_registered_rule() -> None:
    """The loader emits only codes; their name, severity and texts are the rule's own."""
    reading = DEMO / "src" / "asiakkuus_cli" / "reading"
    emitted = {
        m[1]
        for path in reading.glob("*.py")
        for m in re.finditer(r"(?:Issue|YamlProblem)\(\s*\"([A-Z]\d{3})\"", path.read_text())
    }
    assert emitted >= {"S001", "S002", "S003", "S004", "S005", "S006", "S007"}
    assert emitted <= set(all_rules())
