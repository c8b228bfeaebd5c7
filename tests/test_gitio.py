"""Reading data through the real git: diff between revisions and against the working
tree, renames, changed-since, and the errors when git cannot answer."""

from __future__ import annotations

import json
import os
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


# --- a pull request that may not run code (issue 12; docs/SECURITY.md) ------------------


def embed_bare_repository(data_root: Path, marks: Path, *, lose_tree: bool) -> None:
    """Make `data_root` hold a bare repository's files, as a pull request could commit
    them: its `config` names a clean filter for every file and a promisor remote with an
    `ext::` URL. With `lose_tree`, HEAD's tree object is missing, so reading HEAD there
    needs a lazy fetch from that remote."""
    init_git(data_root)
    commit(data_root, "inner")
    tree = git(data_root, "rev-parse", "HEAD^{tree}").strip()
    # Same content, another time: `git diff` must hash the file, through the filter.
    os.utime(data_root / "data/people.yaml", (1_000_000_000, 1_000_000_000))
    dot = data_root / ".git"
    for entry in dot.iterdir():
        entry.rename(data_root / entry.name)
    dot.rmdir()
    for hook in (data_root / "hooks").iterdir():
        hook.unlink()
    if lose_tree:
        (data_root / "objects" / tree[:2] / tree[2:]).unlink()
    (data_root / "config").write_text(
        "[core]\n\trepositoryformatversion = 1\n\tbare = false\n\tworktree = .\n"
        f'[filter "evil"]\n\tclean = "touch {marks}/filter; cat"\n'
        f'[remote "origin"]\n\turl = "ext::sh -c touch% {marks}/ext"\n'
        "\tpromisor = true\n\tpartialclonefilter = blob:none\n"
        '[protocol "ext"]\n\tallow = always\n[extensions]\n\tpartialClone = origin\n'
    )
    (data_root / "info").mkdir(exist_ok=True)
    (data_root / "info" / "attributes").write_text("* filter=evil\n")


@pytest.fixture
def embedded(tmp_path: Path) -> tuple[Path, Path]:
    """(data root, folder of marker files): a data repository in `top/sub`, committed
    to `top` together with the files of a bare repository in `sub`."""
    marks = tmp_path / "marks"
    marks.mkdir()
    data_root = Repo(tmp_path / "top" / "sub").base().root
    return data_root, marks


def commit_top(data_root: Path) -> None:
    top = data_root.parent
    init_git(top)
    commit(top, "base")


def test_embedded_bare_repository_filter_never_runs(embedded: tuple[Path, Path]) -> None:
    data_root, marks = embedded
    embed_bare_repository(data_root, marks, lose_tree=False)
    commit_top(data_root)
    (data_root / PLAN_FILE).write_text(PLAN.replace("division", "company"))
    # Armed: plain git in the data root takes it for a repository and runs the filter.
    subprocess.run(["git", "-C", str(data_root), "diff", "--name-only", "HEAD", "--"],
                   capture_output=True, check=False)  # fmt: skip
    assert (marks / "filter").exists()
    (marks / "filter").unlink()

    result = run(data_root, "validate", "--format", "json", "--changed-since", "HEAD")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["files"] == 1  # the outer repository's view
    assert "sub holds the files of a bare git repository" in result.stderr
    assert sorted(p.name for p in marks.iterdir()) == []


def test_embedded_bare_repository_lazy_fetch_never_runs(embedded: tuple[Path, Path]) -> None:
    data_root, marks = embedded
    embed_bare_repository(data_root, marks, lose_tree=True)
    commit_top(data_root)
    # Armed: plain git reads HEAD of the embedded repository and fetches through `ext::`.
    subprocess.run(["git", "-C", str(data_root), "ls-tree", "HEAD", "--"],
                   capture_output=True, check=False)  # fmt: skip
    assert (marks / "ext").exists()
    (marks / "ext").unlink()

    result = run(data_root, "diff", "--format", "json", "HEAD")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["entities"] == []
    assert "not used (their settings could run commands)" in result.stderr
    assert run(data_root, "validate", "--changed-since", "HEAD").exit_code == 0
    assert sorted(p.name for p in marks.iterdir()) == []


def test_bare_repository_with_no_work_tree_around_is_refused(
    embedded: tuple[Path, Path],
) -> None:
    data_root, marks = embedded
    embed_bare_repository(data_root, marks, lose_tree=True)
    for args in (("diff", "HEAD"), ("validate", "--changed-since", "HEAD")):
        result = run(data_root, *args)
        assert result.exit_code == 2, result.output
        [line] = result.stderr.strip().splitlines()
        assert "holds the files of a bare git repository" in line
    assert sorted(p.name for p in marks.iterdir()) == []


def test_filter_drivers_of_the_repository_never_run(gitrepo: Repo, tmp_path: Path) -> None:
    """A `.gitattributes` of a pull request can pick any filter driver the configuration
    defines (here the repository's own); the tool's git runs none of them."""
    top = gitrepo.root
    mark = tmp_path / "ran-filter"
    git(top, "config", "filter.evil.clean", f"touch {mark}; cat")
    git(top, "config", "filter.evil.required", "true")
    (top / ".gitattributes").write_text("*.yaml filter=evil\n")
    commit(top, "attributes")
    mark.unlink()
    (top / PLAN_FILE).write_text(PLAN.replace("division", "company"))
    subprocess.run(["git", "-C", str(top), "diff", "--name-only", "HEAD"],
                   capture_output=True, check=False)  # fmt: skip
    assert mark.exists()  # armed
    mark.unlink()
    result = run(top, "validate", "--format", "json", "--changed-since", "HEAD")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["files"] == 1
    assert run(top, "diff", "HEAD").exit_code == 0
    assert not mark.exists()


def test_git_takes_no_program_from_the_environment(
    gitrepo: Repo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    top = gitrepo.root
    mark = tmp_path / "ran"
    hook = tmp_path / "hook.sh"
    hook.write_text(f"#!/bin/sh\ntouch {mark}\n")
    hook.chmod(0o755)
    monkeypatch.setenv("GIT_EXTERNAL_DIFF", str(hook))
    monkeypatch.setenv("GIT_CONFIG_PARAMETERS", f"'core.fsmonitor'='{hook}'")
    monkeypatch.setenv("GIT_CONFIG_COUNT", "1")
    monkeypatch.setenv("GIT_CONFIG_KEY_0", "core.fsmonitor")
    monkeypatch.setenv("GIT_CONFIG_VALUE_0", str(hook))
    monkeypatch.setenv("GIT_DIR", str(tmp_path / "elsewhere"))
    (top / PLAN_FILE).write_text(PLAN.replace("division", "company"))
    assert entity_rows(diff_json(top)) == [("customer", "vapaa-aika", "changed")]
    assert run(top, "validate", "--changed-since", "HEAD").exit_code == 0
    assert not mark.exists()


def test_missing_object_of_a_partial_clone_is_not_fetched(gitrepo: Repo) -> None:
    """No transport is allowed, so an object a partial clone lacks is a clear exit 2."""
    top = gitrepo.root
    oid = git(top, "rev-parse", f"HEAD:{PLAN_FILE}").strip()
    (top / ".git" / "objects" / oid[:2] / oid[2:]).unlink()
    result = run(top, "diff", "HEAD")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert f"The git object {oid} is not in the local repository" in line
