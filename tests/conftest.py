"""Shared helpers: small repositories written from YAML snippets, the CLI runner."""

from __future__ import annotations

import os
import re
import shutil
import textwrap
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from asiakkuus_cli import service
from asiakkuus_cli.cli.app import app
from asiakkuus_cli.config import Settings
from asiakkuus_cli.findings import Result

DEMO = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 26)

ORGANISATION = """\
name: IT-palvelut
segments:
  - id: 1
    name: Hyvinvointi
  - id: 2
    name: Sivistys
"""

PEOPLE = """\
people:
  - id: liisa-laine
    name: Liisa Laine
    organisation: it
    roles: [partnership_manager]
    deputy: pekka-puro
  - id: pekka-puro
    name: Pekka Puro
    organisation: it
    roles: [partnership_manager]
    deputy: liisa-laine
  - id: olli-omistaja
    name: Olli Omistaja
    organisation: vapaa-aika
  - id: anna-asiakas
    name: Anna Asiakas
    organisation: vapaa-aika
  - id: timo-toimittaja
    name: Timo Toimittaja
    organisation: it
    roles: [unit_head]
    resource_authority: true
  - id: erja-ekspertti
    name: Erja Ekspertti
    organisation: it
    roles: [expert]
  - id: paula-pm
    name: Paula Projektipäällikkö
    organisation: it
    roles: [project_manager]
"""


def swap(text: str, old: str, new: str) -> str:
    """`text` with `old` replaced by `new`; fails when `old` is not there (a test that
    edits a fixture must not silently test the fixture unchanged)."""
    assert old in text, f"{old!r} is not in the text"
    return text.replace(old, new)


#: The ids of PEOPLE, for tests that pick people (one list, so it cannot drift).
PERSON_IDS = re.findall(r"(?m)^  - id: (\S+)$", PEOPLE)

PLAN = """\
id: vapaa-aika
name: Vapaa-aikatoimiala
type: division
segment: 1
updated: 2026-11-01
account_manager: liisa-laine
customer_contact: anna-asiakas
"""


class Repo:
    """A data repository in a temporary directory, built file by file."""

    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "data" / "customers").mkdir(parents=True)
        (root / "data" / "projects").mkdir(parents=True)

    def write(self, rel: str, text: str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def base(self) -> Repo:
        self.write("data/organisation.yaml", ORGANISATION)
        self.write("data/people.yaml", PEOPLE)
        self.write("data/customers/vapaa-aika.yaml", PLAN)
        return self

    def check(self, lang: str = "en", today: date = TODAY, **kw: object) -> Result:
        return service.validate(self.root, Settings(), today, lang, **kw)  # type: ignore[arg-type]

    def found(self, lang: str = "en", **kw: object) -> list[tuple[str, int, int]]:
        """Findings as (code, line, column)."""
        return [(f.code, f.line, f.column) for f in self.check(lang, **kw).findings]


@pytest.fixture(autouse=True, scope="session")
def _fmt_cache_off() -> None:
    """No test reads or writes the user's `fmt` cache (editing/cache.py): it is off unless a
    test points ASIAKKUUS_CACHE_DIR somewhere itself."""
    os.environ["ASIAKKUUS_CACHE_DIR"] = "off"


@pytest.fixture(autouse=True)
def _no_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables into a pipe follow COLUMNS when it is set: no test depends on the width of
    the terminal it was started from (tests that want a width pass COLUMNS themselves)."""
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    return Repo(tmp_path / "repo")


@pytest.fixture
def cli() -> Callable[..., object]:
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None) -> object:
        return runner.invoke(app, list(args), env=env)

    return invoke


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A copy of the demo repository's data/ (its people, segments and plans)."""
    root = tmp_path / "demo"
    root.mkdir()
    shutil.copytree(DEMO / "data", root / "data")
    return root


def run(root: Path, *args: str) -> tuple[int, str, str]:
    """`asiakkuus` in English on 2026-11-26 against `root`: (exit code, stdout, stderr);
    an exception other than an exit fails the test."""
    result = CliRunner().invoke(
        app, ["--root", str(root), "--lang", "en", "--today", "2026-11-26", *args]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every property and fuzz test (hypothesis) is `slow`: `-m "not slow"` leaves them out.

    A plain `python -m pytest` (and CI) runs them all; docs/development.md says how.
    """
    for item in items:
        test = getattr(item, "obj", None)
        if getattr(test, "is_hypothesis_test", False):
            item.add_marker(pytest.mark.slow)
