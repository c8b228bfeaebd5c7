"""The pre-commit hook under the real `pre-commit try-repo` (opt-in: it pip-installs the project).

Run with ASIAKKUUS_SLOW=1; it needs the package index (for hatchling) and takes
about 15-60 s. The hook definition itself is checked always.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from .conftest import DEMO, TODAY


def test_hook_definition() -> None:
    hooks = yaml.safe_load((DEMO / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "asiakkuus-validate")
    assert hook["entry"] == "asiakkuus validate"
    assert hook["language"] == "python"
    assert hook["files"] == r"^data/.*\.yaml$"


@pytest.mark.skipif(
    not os.environ.get("ASIAKKUUS_SLOW"), reason="set ASIAKKUUS_SLOW=1: installs the project"
)
@pytest.mark.skipif(shutil.which("pre-commit") is None, reason="pre-commit is not installed")
def test_try_repo(cli, tmp_path: Path) -> None:
    root = tmp_path / "data-repo"
    assert cli("--today", TODAY.isoformat(), "init", str(root), "--example").exit_code == 0
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pc-home"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}  # fmt: skip

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(args, cwd=root, env=env, capture_output=True, text=True, timeout=600)

    run("git", "init", "-q")
    run("git", "add", "-A")
    run("git", "commit", "-qm", "init")
    ok = run("pre-commit", "try-repo", str(DEMO), "asiakkuus-validate", "--all-files")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    plan = root / "data/customers/esimerkki.yaml"
    plan.write_text(
        plan.read_text().replace("account_manager: liisa-laine", "account_manager: nobody")
    )
    bad = run("pre-commit", "try-repo", str(DEMO), "asiakkuus-validate", "--all-files")
    assert bad.returncode == 1
    assert "R001" in bad.stdout
