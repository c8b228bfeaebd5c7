from __future__ import annotations

from typer.testing import CliRunner

from asiakkuus_cli.cli.app import app

from .conftest import DEMO, Repo


def test_demo_validates_without_errors() -> None:
    result = CliRunner().invoke(app, ["--root", str(DEMO), "--today", "2026-11-26", "validate"])
    assert result.exit_code == 0, result.output


def test_base_fixture_is_clean(repo: Repo) -> None:
    assert repo.base().found() == []
