"""The first hour (issue 13): an empty `init` that validates clean, CI lines that install
the tool, the choices of `plan new` (prompts, completion, `people`, `segments`), and
command-line text that cannot break a file written from a template (issue 12, item 11)."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from asiakkuus_cli.cli import workflow
from asiakkuus_cli.cli.app import app
from asiakkuus_cli.config import Settings
from asiakkuus_cli.editing import scaffold
from asiakkuus_cli.i18n import t
from asiakkuus_cli.reading.loader import load_repository

from .conftest import DEMO, TODAY, Repo
from .fuzzing import examples

INDEX = "asiakkuus==0.1.0"
GIT = "asiakkuus @ git+https://git.example.fi/it/asiakkuus.git@0123abc"


def _init(cli, root: Path, *extra: str):
    r = cli("--today", TODAY.isoformat(), "--lang", "en", "init", str(root), *extra)
    assert r.exit_code == 0, r.output
    return r


# --- init ---------------------------------------------------------------------------------


def test_init_without_example_is_clean_and_empty(cli, tmp_path: Path) -> None:
    root = tmp_path / "uusi"
    r = _init(cli, root)
    assert "data/organisation.yaml" in r.output
    assert sorted(p.name for p in root.iterdir() if not p.name.startswith(".")) == [
        "README.md", "asiakkuus.toml", "data", "out", "schemas"]  # fmt: skip
    assert sorted(p.name for p in (root / "data").iterdir()) == [
        "customers",
        "organisation.yaml",
        "people.yaml",
        "projects",
    ]
    assert list((root / "data/customers").iterdir()) == []
    assert list((root / "data/projects").iterdir()) == []
    for rel in ("data/organisation.yaml", "data/people.yaml"):
        assert "esimerkki" not in (root / rel).read_text(), rel
        assert "liisa" not in yaml.safe_load((root / rel).read_text()).__repr__(), rel
    v = cli("--root", str(root), "--today", TODAY.isoformat(), "--lang", "en", "validate")
    assert (v.exit_code, v.output) == (0, "Files checked: 2; nothing to report.\n")
    assert cli("--root", str(root), "fmt", "--check").exit_code == 0
    assert (root / ".gitignore").read_text().splitlines()[-1] == "/out/"
    assert (root / "out").is_dir()
    assert not (root / "gitignore").exists()


def test_init_example_is_opt_in(cli, tmp_path: Path) -> None:
    root = tmp_path / "esim"
    _init(cli, root, "--example")
    assert (root / "data/customers/esimerkki.yaml").is_file()
    assert (root / "data/projects/esimerkki-portaali.yaml").is_file()
    assert "liisa-laine" in (root / "data/people.yaml").read_text()
    v = cli("--root", str(root), "--today", TODAY.isoformat(), "validate")
    assert v.exit_code == 0, v.output
    assert (root / ".gitignore").is_file()


# --- where CI installs the tool from (PEP 610) -----------------------------------------------


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (None, INDEX),
        (
            {"url": "https://git.example.fi/it/asiakkuus.git",
             "vcs_info": {"vcs": "git", "commit_id": "0123abc", "requested_revision": "v0.1.0"}},
            GIT,
        ),
        (
            {"url": "https://user:s3cret@git.example.fi/it/asiakkuus.git",
             "vcs_info": {"vcs": "git", "commit_id": "0123abc"}},
            GIT,
        ),
        (
            {"url": "ssh://git@git.example.fi/it/asiakkuus.git",
             "vcs_info": {"vcs": "git", "commit_id": "0123abc"}},
            "asiakkuus @ git+ssh://git@git.example.fi/it/asiakkuus.git@0123abc",
        ),
        (
            {"url": "https://files.example.fi/asiakkuus-0.1.0-py3-none-any.whl",
             "archive_info": {"hashes": {}}},
            "asiakkuus @ https://files.example.fi/asiakkuus-0.1.0-py3-none-any.whl",
        ),
        ({"url": "file:///home/liisa/asiakkuus", "dir_info": {"editable": True}}, None),
        ({"url": "file:///tmp/asiakkuus-0.1.0.whl", "archive_info": {}}, None),
        ({"url": "https://hg.example.fi/x", "vcs_info": {"vcs": "hg", "commit_id": "1"}}, None),
        ("not json", None),
    ],
)  # fmt: skip
def test_pip_spec_from_the_install_record(record: object, expected: str | None) -> None:
    text = None if record is None else record if isinstance(record, str) else json.dumps(record)
    assert scaffold.pip_spec(text, "0.1.0") == expected


def test_installed_pip_spec_reads_direct_url_json(monkeypatch: pytest.MonkeyPatch) -> None:
    record = json.dumps({"url": "https://git.example.fi/it/asiakkuus.git",
                         "vcs_info": {"vcs": "git", "commit_id": "0123abc"}})  # fmt: skip
    fake = SimpleNamespace(version="0.1.0", read_text=lambda name: record)
    monkeypatch.setattr("importlib.metadata.distribution", lambda name: fake)
    assert scaffold.installed_pip_spec() == GIT


def _fake_pip(tmp_path: Path) -> dict[str, str]:
    """PATH with a `pip` that records its arguments instead of installing."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    pip = bin_dir / "pip"
    pip.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{tmp_path}/pip-args"\n')
    pip.chmod(pip.stat().st_mode | stat.S_IXUSR)
    return {"PATH": f"{bin_dir}:{os.environ['PATH']}"}


def _ci_scripts(root: Path) -> list[tuple[str, str, str]]:
    """(file, install script, ASIAKKUUS_PIP) of the GitHub and GitLab jobs."""
    gh = yaml.safe_load((root / ".github/workflows/asiakkuus.yml").read_text())
    job = gh["jobs"]["validate"]
    step = next(s for s in job["steps"] if "pip install" in s.get("run", ""))
    gl = yaml.safe_load((root / ".gitlab-ci.yml").read_text())["asiakkuus-validate"]
    return [
        (".github/workflows/asiakkuus.yml", step["run"], job["env"]["ASIAKKUUS_PIP"]),
        (".gitlab-ci.yml", gl["script"][0], gl["variables"]["ASIAKKUUS_PIP"]),
    ]


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
@pytest.mark.parametrize("pip", [INDEX, GIT, None])
def test_ci_installs_the_tool_or_says_what_to_set(tmp_path: Path, pip: str | None) -> None:
    root = tmp_path / "repo"
    scaffold.init_repository(root, TODAY, pip=pip)
    for file, script, value in _ci_scripts(root):
        assert value == (pip or ""), file
        env = {**os.environ, **_fake_pip(tmp_path), "ASIAKKUUS_PIP": value}
        (tmp_path / "pip-args").unlink(missing_ok=True)
        run = subprocess.run(["sh", "-c", script], env=env, capture_output=True, text=True,
                             check=False)  # fmt: skip
        if pip:
            assert run.returncode == 0, run.stdout + run.stderr
            assert (tmp_path / "pip-args").read_text() == f"install\n{pip}\n"
        else:
            assert run.returncode == 1
            assert f"Set ASIAKKUUS_PIP in {file}" in run.stdout
            assert not (tmp_path / "pip-args").exists()
    hooks = yaml.safe_load((root / ".pre-commit-config.yaml").read_text())["repos"][0]
    assert hooks["repo"] == "local"
    hook = hooks["hooks"][0]
    assert (hook["id"], hook["entry"]) == ("asiakkuus-validate", "asiakkuus validate")
    if pip:
        assert (hook["language"], hook["additional_dependencies"]) == ("python", [pip])
    else:
        assert hook["language"] == "system"


def test_init_says_where_ci_installs_from(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(scaffold, "installed_pip_spec", lambda: GIT)
    r = _init(cli, tmp_path / "a")
    assert f"CI installs the tool with: {GIT}" in r.output
    monkeypatch.setattr(scaffold, "installed_pip_spec", lambda: None)
    r = _init(cli, tmp_path / "b")
    assert "set ASIAKKUUS_PIP in .github/workflows/asiakkuus.yml" in " ".join(r.output.split())
    assert max(len(line) for line in r.output.splitlines()[1:-1]) <= 79


# --- plan new: the choices ------------------------------------------------------------------


def _base(repo: Repo) -> tuple[str, ...]:
    repo.base()
    return ("--root", str(repo.root), "--today", TODAY.isoformat(), "--lang", "en")


def test_people_and_segments_list_the_ids(repo: Repo, cli) -> None:
    base = _base(repo)
    r = cli(*base, "segments")
    assert (r.exit_code, r.output) == (0, "1  Hyvinvointi\n2  Sivistys\n")
    r = cli(*base, "people", "--role", "partnership_manager")
    assert r.exit_code == 0
    assert r.output.splitlines() == [
        "liisa-laine  Liisa Laine (it; partnership manager)",
        "pekka-puro   Pekka Puro (it; partnership manager)",
    ]
    r = cli(*base, "people")
    assert len(r.output.splitlines()) == 7
    assert "olli-omistaja    Olli Omistaja (vapaa-aika)" in r.output
    assert cli(*base, "people", "--role", "boss").exit_code == 2
    r = cli(*base, "people", "--role", "service_manager")
    assert (r.exit_code, r.output.startswith("No people with the role service_manager")) == (
        0,
        True,
    )


def test_plan_new_asks_for_what_is_missing_at_a_terminal(repo: Repo, cli, monkeypatch) -> None:
    base = _base(repo)
    monkeypatch.setattr(workflow, "_interactive", lambda: True)
    r = CliRunner().invoke(app, [*base, "plan", "new", "uusi"],
                           input="Uusi asiakas\nMunicipal Enterprise\n7\n2\nnobody\npekka-puro\n")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "  2  Sivistys" in r.output
    assert "  pekka-puro   Pekka Puro" in r.output
    assert "Choose one of: 1, 2" in r.output
    plan = yaml.safe_load((repo.root / "data/customers/uusi.yaml").read_text())
    assert (plan["name"], plan["type"], plan["segment"], plan["account_manager"]) == (
        "Uusi asiakas", "municipal_enterprise", 2, "pekka-puro")  # fmt: skip


def test_plan_new_without_a_terminal_names_the_missing_options(repo: Repo, cli) -> None:
    r = cli(*_base(repo), "plan", "new", "uusi", "--name", "U", "--type", "company")
    assert r.exit_code == 2
    assert "--segment, --manager" in r.output


def test_plan_new_prompt_with_no_choices_says_what_to_add(cli, tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "tyhja"
    _init(cli, root)
    monkeypatch.setattr(workflow, "_interactive", lambda: True)
    r = cli("--root", str(root), "--lang", "en", "plan", "new", "uusi", "--name", "U",
            "--type", "company")  # fmt: skip
    assert r.exit_code == 2
    assert "data/organisation.yaml has no segments" in r.output


def _complete(root: Path, words: str) -> list[str]:
    env = {**os.environ, "_ASIAKKUUS_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split(" ")) - 1), "ASIAKKUUS_ROOT": str(root)}  # fmt: skip
    run = subprocess.run([sys.executable, "-m", "asiakkuus_cli"], env=env, capture_output=True,
                         text=True, timeout=60, check=False)  # fmt: skip
    assert run.returncode == 0, run.stderr
    return run.stdout.splitlines()


def test_shell_completion_offers_the_ids(repo: Repo) -> None:
    repo.base()
    assert _complete(repo.root, "asiakkuus plan new x --segment ") == ["1", "2"]
    assert _complete(repo.root, "asiakkuus plan new x --manager p") == ["pekka-puro"]
    assert _complete(repo.root, "asiakkuus project new x --project-manager ") == ["paula-pm"]
    assert _complete(repo.root, "asiakkuus project new x --customer v") == ["vapaa-aika"]
    assert "company" in _complete(repo.root, "asiakkuus plan new x --type c")


# --- project new ----------------------------------------------------------------------------


def test_project_new_asks_for_the_board_only_when_it_was_not_given(repo: Repo, cli) -> None:
    base = (*_base(repo), "project", "new")
    given = ("--customer", "vapaa-aika", "--project-manager", "paula-pm")
    r = cli(*base, "a", "--name", "A", *given)
    assert r.exit_code == 0, r.output
    assert "the board (board:" in r.output
    r = cli(*base, "b", "--name", "B", *given, "--executive", "olli-omistaja",
            "--senior-user", "anna-asiakas", "--senior-supplier", "timo-toimittaja")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "board" not in r.output.replace("data/projects", "")
    assert "the schedule (start, end)" in r.output
    r = cli(*base, "c", "--name", "C", *given, "--executive", "olli-omistaja")
    assert "on the board still: senior_users, senior_suppliers" in r.output


# --- command-line text into files (issue 12, item 11) ----------------------------------------


def test_a_name_with_line_breaks_makes_a_valid_plan(repo: Repo, cli) -> None:
    base = _base(repo)
    for n, name in enumerate(
        ("007", "A\rB", "A\u2028B", "A\x85B", "A\x00B", "A\nB", "A\x1bB", "\ufeffA")
    ):
        r = cli(*base, "plan", "new", f"p{n}", "--name", name, "--type", "company",
                "--segment", "1", "--manager", "liisa-laine")  # fmt: skip
        assert r.exit_code == 0, (name, r.output)
        text = (repo.root / f"data/customers/p{n}.yaml").read_text(encoding="utf-8")
        assert load_repository(repo.root, Settings()).customers[f"p{n}"].model.name == name
        header = text.splitlines()[1]
        assert header.startswith("# Asiakkuuksien hoitosuunnitelma: ")
        assert header.endswith(". Sisäiseen käyttöön.")
    r = cli(*base, "plan", "new", "tyhja", "--name", "  ", "--type", "company",
            "--segment", "1", "--manager", "liisa-laine")  # fmt: skip
    assert r.exit_code == 2
    assert t("firsthour.bad_text", "en", option="--name") in r.output


_NAMES = st.text(st.characters(codec="utf-8"), min_size=0, max_size=40)


@given(name=_NAMES, project=st.booleans())
@examples(60)
def test_any_name_makes_a_valid_file_or_a_clear_refusal(tmp_path_factory, name: str,
                                                         project: bool) -> None:  # fmt: skip
    repo = Repo(tmp_path_factory.mktemp("r") / "repo").base()
    base = ["--root", str(repo.root), "--lang", "en"]
    if project:
        args = ["project", "new", "x", "--name", name, "--internal", "--project-manager",
                "paula-pm"]  # fmt: skip
    else:
        args = ["plan", "new", "x", "--name", name, "--type", "company", "--segment", "1",
                "--manager", "liisa-laine"]  # fmt: skip
    r = CliRunner().invoke(app, base + args)
    if not name.strip():
        assert r.exit_code == 2, r.output
        assert "--name" in r.output
        return
    assert r.exit_code == 0, r.output
    loaded = load_repository(repo.root, Settings())
    entry = (loaded.projects if project else loaded.customers)["x"]
    assert entry.model.name == name
    assert [f for f in repo.check().findings if f.code.startswith("S")] == []


def test_a_repositorys_own_template_gets_one_line_text_too(repo: Repo, cli) -> None:
    base = _base(repo)
    own = (DEMO / "templates/new-plan.yaml").read_text(encoding="utf-8")
    # A keeper's template that puts the raw name into a comment and a plain value.
    repo.write("templates/new-plan.yaml", own.replace("{{ name | yaml }}", '"{{ name }}"')
               + "# {{ name }}\n")  # fmt: skip
    r = cli(*base, "plan", "new", "oma", "--name", "Oma\r\u2028# x\nasiakas", "--type", "company",
            "--segment", "1", "--manager", "liisa-laine")  # fmt: skip
    assert r.exit_code == 0, r.output
    text = (repo.root / "data/customers/oma.yaml").read_text(encoding="utf-8")
    assert text.endswith("# Oma  # x asiakas\n")
    assert load_repository(repo.root, Settings()).customers["oma"].model.name == "Oma  # x asiakas"


def test_plan_new_names_where_the_ids_are(repo: Repo, cli) -> None:
    r = cli(*_base(repo), "plan", "new", "uusi", "--name", "U", "--type", "company")
    assert r.exit_code == 2
    assert "--segment, --manager" in r.output
    assert "asiakkuus segments and asiakkuus people --role partnership_manager" in r.output
