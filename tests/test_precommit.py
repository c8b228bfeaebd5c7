"""The pre-commit hook, run the way pre-commit runs it, offline.

`pre-commit try-repo` would pip-install the project from the package index, which CI
(offline) cannot; what it then does is run the hook's `entry` in the data repository's
root with no file names (`pass_filenames: false`) whenever a file matching `files`
changed. This test does exactly that with the installed `asiakkuus`, so CI runs it.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from .conftest import DEMO, TODAY


def _hook() -> dict[str, Any]:
    hooks = yaml.safe_load((DEMO / ".pre-commit-hooks.yaml").read_text())
    hook: dict[str, Any] = next(h for h in hooks if h["id"] == "asiakkuus-validate")
    return hook


def test_hook_definition() -> None:
    hook = _hook()
    assert hook["entry"] == "asiakkuus validate"
    assert hook["language"] == "python"
    assert hook["files"] == r"^data/.*\.yaml$"
    assert hook["pass_filenames"] is False


def test_hook_files_select_the_data_files() -> None:
    files = re.compile(_hook()["files"])
    chosen = [p for p in ("data/people.yaml", "data/customers/a.yaml", "README.md",
                          "asiakkuus.toml", "templates/plan.md.j2") if files.search(p)]  # fmt: skip
    assert chosen == ["data/people.yaml", "data/customers/a.yaml"]


def test_hook_entry_passes_a_clean_repository_and_fails_a_broken_one(
    cli: Any, tmp_path: Path
) -> None:
    root = tmp_path / "data-repo"
    assert cli("--today", TODAY.isoformat(), "init", str(root), "--example").exit_code == 0
    command = shlex.split(_hook()["entry"])
    # pre-commit runs the entry from the hook's environment, where the package is installed.
    command[0] = str(Path(sys.executable).with_name(command[0]))
    env = {**os.environ, "ASIAKKUUS_TODAY": TODAY.isoformat()}

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, cwd=root, env=env, capture_output=True, text=True,
                              timeout=120, check=False)  # fmt: skip

    ok = run()
    assert ok.returncode == 0, ok.stdout + ok.stderr
    plan = root / "data/customers/esimerkki.yaml"
    text = plan.read_text()
    assert "account_manager: liisa-laine" in text
    plan.write_text(text.replace("account_manager: liisa-laine", "account_manager: nobody"))
    bad = run()
    assert bad.returncode == 1
    assert "R001" in bad.stdout
