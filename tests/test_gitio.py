"""Reading data through the real git: diff between revisions and against the working
tree, renames, changed-since, and the errors when git cannot answer."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from asiakkuus_cli.cli.app import app
from asiakkuus_cli.git.gitio import GitRepo

from .conftest import PLAN, Repo

PLAN_FILE = "data/customers/vapaa-aika.yaml"


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(cwd), *args], capture_output=True, text=True, check=True
    )
    return done.stdout


def init_git(top: Path) -> None:
    git(top, "init", "-q")
    git(top, "config", "user.name", "Testi")
    git(top, "config", "user.email", "testi@example.com")
    git(top, "config", "commit.gpgsign", "false")


def commit(top: Path, message: str = "change") -> None:
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", message)


def run(root: Path, *args: str) -> Any:
    return CliRunner().invoke(
        app, ["--root", str(root), "--lang", "en", "--today", "2026-11-26", *args]
    )


def diff_json(root: Path, *revs: str) -> dict[str, Any]:
    result = run(root, "diff", "--format", "json", *revs)
    assert result.exit_code == 0, result.output
    doc: dict[str, Any] = json.loads(result.stdout)
    return doc


def entity_rows(doc: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(e["kind"], e["id"], e["status"]) for e in doc["entities"]]


@pytest.fixture
def gitrepo(repo: Repo) -> Repo:
    """The base data repository, committed once."""
    repo.base()
    init_git(repo.root)
    commit(repo.root, "base")
    return repo


def test_diff_working_tree_and_between_revisions(gitrepo: Repo) -> None:
    root = gitrepo.root
    gitrepo.write(PLAN_FILE, PLAN + "charges:\n  annual: 300 000 €\n")
    doc = diff_json(root)
    assert doc["before"]["rev"] == "HEAD"
    assert doc["after"] == {"rev": None, "commit": None}
    assert entity_rows(doc) == [("customer", "vapaa-aika", "changed")]
    assert doc["entities"][0]["changes"][0]["field"] == "charges.annual"

    commit(root)
    assert diff_json(root)["entities"] == []
    doc = diff_json(root, "HEAD~1", "HEAD")
    assert entity_rows(doc) == [("customer", "vapaa-aika", "changed")]
    assert doc["before"]["commit"] == git(root, "rev-parse", "HEAD~1").strip()
    # One revision: that revision against the working tree.
    assert entity_rows(diff_json(root, "HEAD~1")) == [("customer", "vapaa-aika", "changed")]
    text = run(root, "--lang", "fi", "diff", "HEAD~1", "HEAD").stdout
    assert "charges.annual: — → 300\xa0000 €" in text


def test_rename_recognised_by_id(gitrepo: Repo) -> None:
    root = gitrepo.root
    git(root, "mv", PLAN_FILE, "data/customers/vapaa.yaml")
    commit(root, "rename")
    doc = diff_json(root, "HEAD~1", "HEAD")
    assert entity_rows(doc) == [("customer", "vapaa-aika", "renamed")]
    assert doc["entities"][0]["old_file"] == PLAN_FILE
    assert doc["entities"][0]["file"] == "data/customers/vapaa.yaml"


def test_data_repository_in_a_subdirectory(tmp_path: Path) -> None:
    top = tmp_path / "top"
    data_root = Repo(top / "asiakkuus").base().root
    (top / "README").write_text("other things\n", encoding="utf-8")
    init_git(top)
    commit(top, "base")
    gitrepo = GitRepo.open(data_root)
    assert gitrepo.prefix == "asiakkuus/"
    assert set(gitrepo.files_at("HEAD")) == {
        "data/organisation.yaml",
        "data/people.yaml",
        PLAN_FILE,
    }

    (data_root / PLAN_FILE).write_text(PLAN.replace("division", "company"), encoding="utf-8")
    (top / "README").write_text("changed\n", encoding="utf-8")
    assert gitrepo.changed_since("HEAD") == {PLAN_FILE}
    assert entity_rows(diff_json(data_root)) == [("customer", "vapaa-aika", "changed")]


def test_validate_changed_since(gitrepo: Repo) -> None:
    root = gitrepo.root
    faulty = PLAN.replace("customer_contact: anna-asiakas", "customer_contact: nobody")  # R001
    gitrepo.write("data/customers/vanha.yaml", faulty.replace("id: vapaa-aika", "id: vanha"))
    commit(root, "a faulty plan")
    base = git(root, "rev-parse", "HEAD").strip()
    # Staged, unstaged and untracked changes all count; the unchanged faulty plan does not.
    gitrepo.write("data/customers/uusi.yaml", faulty.replace("id: vapaa-aika", "id: uusi"))
    result = run(root, "validate", "--format", "json", "--changed-since", base)
    doc = json.loads(result.stdout)
    assert {f["path"] for f in doc["findings"]} == {"data/customers/uusi.yaml"}
    assert doc["summary"]["files"] == 1
    commit(root, "new plan")
    gitrepo.write(PLAN_FILE, faulty)
    git(root, "add", PLAN_FILE)
    result = run(root, "validate", "--format", "json", "--changed-since", base)
    paths = {f["path"] for f in json.loads(result.stdout)["findings"]}
    assert paths == {"data/customers/uusi.yaml", PLAN_FILE}
    # With PATHs too: the intersection.
    result = run(
        root, "validate", "--format", "json", "--changed-since", base, str(root / PLAN_FILE)
    )
    assert {f["path"] for f in json.loads(result.stdout)["findings"]} == {PLAN_FILE}
    assert (
        run(
            root, "validate", "--changed-since", "HEAD", str(root / "data/customers/vanha.yaml")
        ).exit_code
        == 0
    )


def test_broken_file_in_a_revision_is_reported(gitrepo: Repo) -> None:
    gitrepo.write(PLAN_FILE, PLAN + "charges: [\n")
    doc = diff_json(gitrepo.root)
    assert entity_rows(doc) == [("customer", "vapaa-aika", "unreadable")]
    assert [(p["side"], p["code"]) for p in doc["problems"]] == [("after", "S001")]


def test_bad_revision_is_exit_2(gitrepo: Repo) -> None:
    for args in (
        ("diff", "no-such-branch"),
        ("diff", "HEAD", "nope"),
        ("validate", "--changed-since", "nope"),
    ):
        result = run(gitrepo.root, *args)
        assert result.exit_code == 2, args
        assert "does not exist in git" in result.stderr


def test_not_a_git_repository_is_exit_2(repo: Repo) -> None:
    repo.base()
    result = run(repo.root, "diff")
    assert result.exit_code == 2
    assert "not in a git repository" in result.stderr


def test_git_missing_is_exit_2(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    repo.base()
    monkeypatch.setenv("PATH", str(repo.root / "no-bin"))
    result = run(repo.root, "validate", "--changed-since", "HEAD")
    assert result.exit_code == 2
    assert "git command was not found" in result.stderr


def test_changed_since_a_branch_that_moved_on(gitrepo: Repo) -> None:
    """Only what this branch changed counts, not what was merged to the base meanwhile."""
    root = gitrepo.root
    main = git(root, "rev-parse", "--abbrev-ref", "HEAD").strip()
    git(root, "checkout", "-q", "-b", "feature")
    gitrepo.write(PLAN_FILE, PLAN.replace("division", "company"))
    commit(root, "feature work")
    git(root, "checkout", "-q", main)
    gitrepo.write("data/organisation.yaml", "name: Muu\nsegments:\n  - id: 1\n    name: A\n")
    commit(root, "meanwhile on main")
    git(root, "checkout", "-q", "feature")
    assert GitRepo.open(root).changed_since(main) == {PLAN_FILE}


def test_git_hooks_of_the_repository_never_run(gitrepo: Repo, tmp_path: Path) -> None:
    """A repository's own `.git/config` may name commands (core.fsmonitor, an external
    diff, a textconv filter); the tool's git calls run none of them (docs/SECURITY.md)."""
    top = gitrepo.root
    marks = {name: tmp_path / f"ran-{name}" for name in ("fsmonitor", "external", "textconv")}
    hook = tmp_path / "fsmonitor.sh"
    hook.write_text(f"#!/bin/sh\ntouch {marks['fsmonitor']}\n")
    hook.chmod(0o755)
    git(top, "config", "core.fsmonitor", str(hook))
    git(top, "config", "diff.external", f"sh -c 'touch {marks['external']}' --")
    git(top, "config", "diff.evil.textconv", f"sh -c 'touch {marks['textconv']}; cat \"$0\"'")
    (top / ".gitattributes").write_text("*.yaml diff=evil\n")
    commit(top, "attributes")
    (top / PLAN_FILE).write_text(PLAN.replace("name: Vapaa-aikatoimiala", "name: Vapaa-aika"))
    # The trap is armed: plain git runs the external diff and the fsmonitor hook.
    subprocess.run(["git", "-C", str(top), "diff"], capture_output=True, check=False)
    subprocess.run(["git", "-C", str(top), "status"], capture_output=True, check=False)
    armed = {name for name, mark in marks.items() if mark.exists()}
    assert {"external", "fsmonitor"} <= armed
    for mark in marks.values():
        mark.unlink(missing_ok=True)

    assert run(top, "diff", "--format", "json").exit_code == 0
    assert run(top, "diff", "HEAD~1", "HEAD").exit_code == 0
    assert run(top, "validate", "--changed-since", "HEAD").exit_code in (0, 1)
    assert [name for name, mark in marks.items() if mark.exists()] == []
