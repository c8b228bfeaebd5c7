"""Control over findings: ignore comments, S008, --select/--ignore, severities, --strict."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .conftest import PLAN, Repo

STALE = PLAN.replace("updated: 2026-11-01", "updated: 2015-03-20")  # C001 at (5, 10)

Cli = Callable[..., Any]


def run(cli: Cli, repo: Repo, *args: str) -> Any:
    return cli("--root", str(repo.root), "--today", "2026-11-26", "--lang", "en", *args)


def codes(cli: Cli, repo: Repo, *args: str) -> list[str]:
    result = run(cli, repo, "validate", "--format", "json", *args)
    return [f["code"] for f in json.loads(result.output)["findings"]]


def test_ignore_comment_on_the_line(repo: Repo) -> None:
    repo.base()
    plan = STALE.replace("updated: 2015-03-20", "updated: 2015-03-20  # asiakkuus: ignore[C001]")
    repo.write("data/customers/vapaa-aika.yaml", plan)
    assert repo.found() == []


def test_ignore_comment_on_the_line_above(repo: Repo) -> None:
    repo.base()
    plan = STALE.replace("updated:", "# asiakkuus: ignore[C001]\nupdated:")
    repo.write("data/customers/vapaa-aika.yaml", plan)
    assert repo.found() == []


def test_ignore_comment_two_lines_above_does_not_reach(repo: Repo) -> None:
    repo.base()
    plan = STALE.replace("updated:", "# asiakkuus: ignore[C001]\n\nupdated:")
    repo.write("data/customers/vapaa-aika.yaml", plan)
    assert repo.found() == [("S008", 5, 1), ("C001", 7, 10)]


def test_ignore_comment_with_several_codes_and_prefixes(repo: Repo) -> None:
    repo.base()
    plan = STALE.replace("customer_contact: anna-asiakas\n", "")
    plan = plan.replace("updated: 2015-03-20", "updated: 2015-03-20  # asiakkuus: ignore[c010, C0]")
    repo.write("data/customers/vapaa-aika.yaml", plan)
    # C0 silences C001 here; C010 is at line 1, so that token silences nothing.
    assert repo.found() == [("C010", 1, 1), ("S008", 5, 22)]


def test_unused_ignore_is_reported_at_the_comment(repo: Repo) -> None:
    repo.base()
    plan = PLAN.replace("updated: 2026-11-01", "updated: 2026-11-01  # asiakkuus: ignore[C001]")
    repo.write("data/customers/vapaa-aika.yaml", plan)
    assert repo.found() == [("S008", 5, 22)]
    (f,) = repo.check("en").findings
    assert "C001" in f.message
    assert f.severity == "info"


def test_unused_ignore_with_a_code_that_does_not_exist(repo: Repo) -> None:
    repo.base()
    plan = PLAN.replace("updated: 2026-11-01", "updated: 2026-11-01  # asiakkuus: ignore[C0001]")
    repo.write("data/customers/vapaa-aika.yaml", plan)
    assert repo.found() == [("S008", 5, 22)]
    # Even when only some rules run: no rule can ever use it.
    assert repo.found(select=["C", "S"]) == [("S008", 5, 22)]


def test_ignore_for_a_rule_that_did_not_run_is_not_unused(repo: Repo) -> None:
    repo.base()
    plan = PLAN.replace("updated: 2026-11-01", "updated: 2026-11-01  # asiakkuus: ignore[P001]")
    repo.write("data/customers/vapaa-aika.yaml", plan)
    assert repo.found(select=["C", "S"]) == []
    assert repo.found(ignore=["P"]) == []


def test_select_and_ignore_by_code_and_prefix(cli: Cli, repo: Repo) -> None:
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml", STALE.replace("customer_contact: anna-asiakas\n", "")
    )
    assert codes(cli, repo) == ["C010", "C001"]
    assert codes(cli, repo, "--select", "C001") == ["C001"]
    assert codes(cli, repo, "--select", "c00") == ["C001"]
    assert codes(cli, repo, "--select", "C001,C010") == ["C010", "C001"]
    assert codes(cli, repo, "--ignore", "C00") == ["C010"]
    assert codes(cli, repo, "--select", "C", "--ignore", "C010") == ["C001"]


def test_severity_override_and_off(cli: Cli, repo: Repo) -> None:
    repo.base()
    repo.write("data/customers/vapaa-aika.yaml", STALE)
    assert run(cli, repo, "validate").exit_code == 0
    repo.write("asiakkuus.toml", '[rules.severity]\nC001 = "error"\n')
    result = run(cli, repo, "validate", "--format", "json")
    assert result.exit_code == 1
    (finding,) = json.loads(result.output)["findings"]
    assert finding["severity"] == "error"
    repo.write("asiakkuus.toml", '[rules.severity]\nC001 = "off"\n')
    result = run(cli, repo, "validate")
    assert result.exit_code == 0
    assert "C001" not in result.output


def test_severity_override_of_an_unknown_code_is_a_usage_error(cli: Cli, repo: Repo) -> None:
    repo.base()
    repo.write("asiakkuus.toml", '[rules.severity]\nC999 = "off"\n')
    result = run(cli, repo, "validate")
    assert result.exit_code == 2
    assert "C999" in result.output


def test_off_rule_leaves_its_ignore_comments_alone(cli: Cli, repo: Repo) -> None:
    repo.base()
    plan = PLAN.replace("updated: 2026-11-01", "updated: 2026-11-01  # asiakkuus: ignore[C001]")
    repo.write("data/customers/vapaa-aika.yaml", plan)
    repo.write("asiakkuus.toml", '[rules.severity]\nC001 = "off"\n')
    assert codes(cli, repo) == []


def test_strict_fails_on_warnings_only(cli: Cli, repo: Repo) -> None:
    repo.base()
    assert run(cli, repo, "validate", "--strict").exit_code == 0
    repo.write("data/customers/vapaa-aika.yaml", STALE)
    assert run(cli, repo, "validate").exit_code == 0
    assert run(cli, repo, "validate", "--strict").exit_code == 1
    # Infos do not fail even in strict mode.
    repo.write(
        "data/customers/vapaa-aika.yaml", PLAN.replace("customer_contact: anna-asiakas\n", "")
    )
    assert run(cli, repo, "validate", "--strict").exit_code == 0


def test_path_arguments_limit_the_report(cli: Cli, repo: Repo) -> None:
    repo.base()
    repo.write("data/customers/vapaa-aika.yaml", STALE)
    assert codes(cli, repo, str(repo.root / "data/people.yaml")) == []
    assert codes(cli, repo, str(repo.root / "data/customers")) == ["C001"]
