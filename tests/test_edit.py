"""plan touch and atomic writes: one line changes, comments and mode stay, broken files are left alone."""

from __future__ import annotations

import os
import stat
from datetime import date

import pytest

from asiakkuus_cli.editing.edit import BEFORE_UPDATED, atomic_write, touch_text

from .conftest import PLAN, Repo

COMMENTED = """\
# Hoitosuunnitelma
id: vapaa-aika
name: Vapaa-aikatoimiala   # asiakas
type: division
segment: 1
updated: 1.2.2025   # tarkistettu
account_manager: liisa-laine
customer_contact: anna-asiakas

charges:
  annual: 280 000€
"""


def test_touch_changes_only_the_updated_line(repo: Repo, cli) -> None:
    repo.base()
    path = repo.write("data/customers/vapaa-aika.yaml", COMMENTED)
    path.chmod(0o640)
    r = cli("--root", str(repo.root), "--today", "2026-11-26", "plan", "touch", "vapaa-aika")
    assert r.exit_code == 0, r.output
    new = path.read_text(encoding="utf-8").splitlines()
    old = COMMENTED.splitlines()
    changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    assert changed == [5]
    assert new[5] == "updated: 2026-11-26   # tarkistettu"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert repo.found() == []


def test_touch_twice_is_a_no_op(repo: Repo, cli) -> None:
    repo.base()
    args = ("--root", str(repo.root), "--today", "2026-11-26", "plan", "touch", "vapaa-aika")
    cli(*args)
    before = (repo.root / "data/customers/vapaa-aika.yaml").read_bytes()
    r = cli(*args)
    assert r.exit_code == 0
    assert (repo.root / "data/customers/vapaa-aika.yaml").read_bytes() == before


def test_touch_adds_a_missing_updated_after_segment() -> None:
    text = PLAN.replace("updated: 2026-11-01\n", "")
    new = touch_text(text, date(2026, 11, 26), BEFORE_UPDATED)
    assert new.splitlines()[4] == "updated: 2026-11-26"
    assert new.replace("updated: 2026-11-26\n", "") == text


def test_touch_fills_an_empty_updated() -> None:
    text = PLAN.replace("updated: 2026-11-01", "updated:  # kesken")
    new = touch_text(text, date(2026, 11, 26), BEFORE_UPDATED)
    assert "updated: 2026-11-26  # kesken" in new


def test_touch_keeps_crlf_and_quotes_replaced() -> None:
    text = PLAN.replace("updated: 2026-11-01", 'updated: "1.11.2026"').replace("\n", "\r\n")
    new = touch_text(text, date(2026, 11, 26), BEFORE_UPDATED)
    assert new == text.replace('"1.11.2026"', "2026-11-26")


@pytest.mark.parametrize(
    "change", [("updated: 2026-11-01\n", ""), ("updated: 2026-11-01", "updated:  # kesken")]
)
def test_touch_gives_a_plan_its_missing_updated(repo: Repo, cli, change) -> None:
    """A plan that lacks only `updated` does not load, and touch is how one adds it."""
    repo.base()
    text = PLAN.replace(*change)
    path = repo.write("data/customers/vapaa-aika.yaml", text)
    assert [code for code, _, _ in repo.found()] == ["S002"]  # missing: the plan does not load
    r = cli("--root", str(repo.root), "--today", "2026-11-26", "plan", "touch", "vapaa-aika")
    assert r.exit_code == 0, r.output
    assert "updated: 2026-11-26" in path.read_text(encoding="utf-8")
    assert repo.found() == []


def test_touch_missing_updated_and_another_error_untouched(repo: Repo, cli) -> None:
    repo.base()
    broken = PLAN.replace("updated: 2026-11-01\n", "").replace("type: division", "type: divison")
    path = repo.write("data/customers/vapaa-aika.yaml", broken)
    r = cli("--root", str(repo.root), "--lang", "en", "plan", "touch", "vapaa-aika")
    assert r.exit_code == 1
    assert path.read_text(encoding="utf-8") == broken


def test_touch_unknown_id_suggests(repo: Repo, cli) -> None:
    repo.base()
    r = cli("--root", str(repo.root), "--lang", "en", "plan", "touch", "vapaa-ika")
    assert r.exit_code == 2
    assert "vapaa-aika" in r.output


def test_touch_broken_file_untouched(repo: Repo, cli) -> None:
    repo.base()
    broken = PLAN.replace("type: division", "type: [division")
    path = repo.write("data/customers/vapaa-aika.yaml", broken)
    r = cli("--root", str(repo.root), "--lang", "en", "plan", "touch", "vapaa-aika")
    assert r.exit_code == 1
    assert "S001" in r.output
    assert path.read_text(encoding="utf-8") == broken


def test_touch_schema_error_untouched(repo: Repo, cli) -> None:
    repo.base()
    broken = PLAN.replace("account_manager:", "acount_manager:")
    path = repo.write("data/customers/vapaa-aika.yaml", broken)
    r = cli("--root", str(repo.root), "--lang", "en", "plan", "touch", "vapaa-aika")
    assert r.exit_code == 1
    assert "S002" in r.output
    assert "account_manager" in r.output
    assert path.read_text(encoding="utf-8") == broken


def test_atomic_write_keeps_mode_and_leaves_no_temp(tmp_path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a: 1\n")
    path.chmod(0o600)
    atomic_write(path, "a: 2\n")
    assert path.read_text() == "a: 2\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["x.yaml"]


def test_atomic_write_follows_a_symlink(tmp_path) -> None:
    """Inside the repository, a data file's link is followed (docs/SECURITY.md)."""
    real = tmp_path / "real.yaml"
    real.write_text("a: 1\n")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    atomic_write(link, "a: 2\n", within=tmp_path)
    assert link.is_symlink()
    assert real.read_text() == "a: 2\n"


# --- issue 12 items 7 and 11, issue 13: line breaks, empty updated, dates, the future -----------

TOUCH = ("--today", "2026-11-26", "plan", "touch", "vapaa-aika")
REL = "data/customers/vapaa-aika.yaml"


@pytest.mark.parametrize("brk", ["\r", "\r\n", "\x85", "\u2028", "\u2029"])
def test_touch_with_every_line_break_as_the_file_s_line_end(repo: Repo, cli, brk) -> None:
    """CR-only files made touch exit 3 (IndexError); libyaml's other breaks now work too."""
    repo.base()
    path = repo.root / REL
    path.write_bytes(
        PLAN.replace("updated: 2026-11-01", "updated: 1.2.2025").replace("\n", brk).encode()
    )
    r = cli("--root", str(repo.root), *TOUCH)
    assert r.exit_code == 0, r.output
    expected = PLAN.replace("updated: 2026-11-01", "updated: 2026-11-26").replace("\n", brk)
    assert path.read_bytes() == expected.encode()


@pytest.mark.parametrize("char", ["\x85", "\u2028", "\u2029", "\r"])
def test_touch_with_a_line_break_inside_a_quoted_name(repo: Repo, cli, char) -> None:
    """A break character in a quoted name made touch refuse; every other byte stays."""
    repo.base()
    text = PLAN.replace("name: Vapaa-aikatoimiala", f'name: "Vapaa{char}aika"')
    path = repo.root / REL
    path.write_bytes(text.encode())
    r = cli("--root", str(repo.root), *TOUCH)
    assert r.exit_code == 0, r.output
    assert path.read_bytes() == text.replace("2026-11-01", "2026-11-26").encode()


@pytest.mark.parametrize("empty", ['""', "''", '"  "'])
def test_touch_fills_an_empty_quoted_updated(repo: Repo, cli, empty) -> None:
    """docs/editing.md: an empty `updated` is touched; `updated: ""` was refused."""
    repo.base()
    path = repo.write(REL, PLAN.replace("2026-11-01", empty))
    r = cli("--root", str(repo.root), *TOUCH)
    assert r.exit_code == 0, r.output
    assert path.read_text(encoding="utf-8") == PLAN.replace("2026-11-01", "2026-11-26")


def test_touch_says_dates_in_the_language_s_form(repo: Repo, cli) -> None:
    repo.base()
    r = cli("--root", str(repo.root), "--lang", "fi", *TOUCH)
    assert r.stdout == f"{REL}: updated = 26.11.2026\n"
    r = cli("--root", str(repo.root), "--lang", "fi", *TOUCH)
    assert r.stdout == f"{REL}: updated on jo 26.11.2026; tiedostoa ei muutettu.\n"
    r = cli("--root", str(repo.root), "--lang", "en", *TOUCH)
    assert r.stdout == f"{REL}: updated is already 26 Nov 2026; the file was not changed.\n"


def test_touch_warns_about_an_updated_in_the_future(repo: Repo, cli) -> None:
    repo.base()
    path = repo.write(REL, PLAN.replace("2026-11-01", "2027-01-15"))
    r = cli("--root", str(repo.root), "--lang", "fi", *TOUCH)
    assert r.exit_code == 0
    assert "15.1.2027" in r.stderr
    assert "tulevaisuudessa" in r.stderr
    assert "updated: 2026-11-26" in path.read_text(encoding="utf-8")
    assert cli("--root", str(repo.root), *TOUCH).stderr == ""


def test_touch_adds_updated_below_the_header_and_above_an_ignore_comment() -> None:
    """With none of id..segment, `updated` comes first: the file's header stays above it,
    an ignore comment stays right above the key it silences."""
    text = "# Otsikko\n# asiakkuus: ignore[R001]\naccount_manager: x\n"
    new = touch_text(text, date(2026, 11, 26), BEFORE_UPDATED)
    assert new == "# Otsikko\nupdated: 2026-11-26\n# asiakkuus: ignore[R001]\naccount_manager: x\n"


def test_touch_keeps_line_ends_of_an_added_updated() -> None:
    text = PLAN.replace("updated: 2026-11-01\n", "").replace("\n", "\r\n")
    new = touch_text(text, date(2026, 11, 26), BEFORE_UPDATED)
    assert new == PLAN.replace("2026-11-01", "2026-11-26").replace("\n", "\r\n")
    no_final = PLAN.replace("updated: 2026-11-01\n", "").rstrip("\n")
    cut = no_final[: no_final.index("account_manager")].rstrip("\n")
    assert touch_text(cut, date(2026, 11, 26), BEFORE_UPDATED) == cut + "\nupdated: 2026-11-26"
