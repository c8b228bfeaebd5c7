"""Crashes the property and mutation tests found, each pinned by its exact input.

Every one of these ended in exit 3 ("internal error") before its fix.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from icalendar import Calendar

from .conftest import Repo

TODAY = "2026-11-26"


def run(cli: Any, repo: Repo, *args: str) -> Any:
    result = cli("--root", str(repo.root), "--today", TODAY, "--lang", "en", *args)
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result


def test_5000_digit_integer_is_a_schema_error_not_a_crash(cli: Any, repo: Repo) -> None:
    """`count: 999…9` (5000 digits): Python refuses int() of more than 4300 digits
    (ValueError in yamlio.resolve_plain). Such a scalar now stays text: S002."""
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml",
        "id: vapaa-aika\nname: V\ntype: division\nsegment: 1\nupdated: 2026-11-01\n"
        "account_manager: liisa-laine\nheadcount:\n  count: " + "9" * 5000 + "\n",
    )
    result = run(cli, repo, "validate")
    assert result.exit_code == 1
    assert "S002" in result.output
    for command in (("report", "segments"), ("plan", "show", "vapaa-aika")):
        run(cli, repo, *command)


def test_huge_hex_integer_in_a_text_field_is_text(cli: Any, repo: Repo) -> None:
    """`name: 0xfff…f` (5000 hex digits) made an int too long to print again."""
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml",
        "id: vapaa-aika\nname: 0x" + "f" * 5000 + "\ntype: division\nsegment: 1\n"
        "updated: 2026-11-01\naccount_manager: liisa-laine\n",
    )
    assert run(cli, repo, "validate").exit_code == 0
    run(cli, repo, "plan", "render", "vapaa-aika")
    run(cli, repo, "plan", "list")


def test_ics_calendar_name_with_a_line_break(cli: Any, repo: Repo, tmp_path: Path) -> None:
    """`name: "IT\\nPalvelut"` in organisation.yaml: X-WR-CALNAME was not escaped and
    icalendar asserted "Content line can not contain unescaped new line characters"."""
    repo.base()
    repo.write(
        "data/organisation.yaml", 'name: "IT\\nPalvelut"\nsegments:\n  - id: 1\n    name: H\n'
    )
    out = tmp_path / "k.ics"
    assert run(cli, repo, "calendar", "--ics", str(out)).exit_code == 0
    cal = Calendar.from_ical(out.read_bytes())
    assert "IT" in str(cal.get("x-wr-calname"))


def test_huge_exponent_does_not_hang(cli: Any, repo: Repo) -> None:
    """`count: 1E+999999999`: a Decimal that pydantic turned into an int with a billion
    digits (the command never finished). Such a number now stays text: S002."""
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml",
        "id: vapaa-aika\nname: V\ntype: division\nsegment: 1\nupdated: 2026-11-01\n"
        "account_manager: liisa-laine\nheadcount:\n  count: 1E+999999999\n"
        "potential:\n  score: 1e-999999999\n",
    )
    result = run(cli, repo, "validate")
    assert result.exit_code == 1
    assert result.output.count("S002") == 2


def test_40_digit_budget_is_not_money(cli: Any, repo: Repo) -> None:
    """`budget: 1000000000000000000000000000000000000000` (40 digits) and `9…9 €` (5000
    digits): reports quantized past the 28-digit decimal context (InvalidOperation) and
    fmt printed an int of over 4300 digits. Money is now below 10**15 €, else S002."""
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml",
        "id: vapaa-aika\nname: V\ntype: division\nsegment: 1\nupdated: 2026-11-01\n"
        "account_manager: liisa-laine\nprojects:\n  - name: A\n    budget: 1" + "0" * 39 + "\n"
        "  - name: B\n    budget: " + "9" * 5000 + " €\n"
        "  - name: C\n    budget: 999 999 999 999 999,99 €\n",
    )
    result = run(cli, repo, "--lang", "en", "validate")
    assert result.output.count("is not an amount of money") == 2
    for command in (("report", "segments", "--format", "json"), ("plan", "show", "vapaa-aika")):
        run(cli, repo, *command)
    assert run(cli, repo, "fmt").exit_code == 1  # the broken plan is left alone


def test_40_digit_integers_are_formatted(cli: Any, repo: Repo) -> None:
    """`headcount: {count: 10**40}` and `priority: 10**40` twice: Babel's format_decimal
    raised InvalidOperation (28-digit decimal context) in reports and messages."""
    big = "1" + "0" * 40
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml",
        "id: vapaa-aika\nname: V\ntype: division\nsegment: 1\nupdated: 2026-11-01\n"
        f"account_manager: liisa-laine\nheadcount: {{count: {big}, change: -{big}}}\n"
        f"projects:\n  - name: A\n    priority: {big}\n  - name: B\n    priority: {big}\n",
    )
    result = run(cli, repo, "validate")
    assert "C008" in result.output
    for lang in ("fi", "en"):
        for command in (
            ("report", "segments", "--format", "table"),
            ("plan", "show", "vapaa-aika"),
        ):
            run(cli, repo, "--lang", lang, *command)


def test_dates_at_the_ends_of_the_calendar_on_the_command_line(cli: Any, repo: Repo) -> None:
    """`--today 9999-12-31 calendar`, `--today 0001-01-01 report segments`, `calendar --from
    31.12.9999` and SOURCE_DATE_EPOCH=99999999999999999 ran off the ends of `date`
    (OverflowError). The command line now takes the years 1900-2999: else exit 2."""
    repo.base()
    for args in (
        ("--today", "9999-12-31", "calendar"),
        ("--today", "0001-01-01", "report", "segments"),
        ("--today", "9999-08-09", "plan", "show", "vapaa-aika"),
        ("calendar", "--from", "31.12.9999"),
        ("calendar", "--from", "0001-06-04", "--ics", str(repo.root / "k.ics")),
    ):
        result = cli("--root", str(repo.root), "--lang", "en", *args)
        assert result.exit_code == 2, (args, result.output)
        assert "give a day in the years 1900–2999" in result.output
    result = cli(
        "--root", str(repo.root), "--lang", "en", "plan", "render", "vapaa-aika",
        env={"SOURCE_DATE_EPOCH": "99999999999999999"},
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    for edge in ("2999-12-31", "1900-01-01"):
        for command in (("calendar", "--days", "3660"), ("plan", "show", "vapaa-aika")):
            assert cli("--root", str(repo.root), "--today", edge, *command).exit_code == 0


def test_project_ending_in_9999_on_the_timeline(cli: Any, repo: Repo) -> None:
    """`end: 31.12.9999` (a common way to say "open-ended") made the plan's timeline
    build 1 January 10000 (ValueError) in plan show/render. Years outside 1900-2999 are
    now S002 (issue 12), so the plan is refused with its finding: exit 1, never 3."""
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml",
        "id: vapaa-aika\nname: V\ntype: division\nsegment: 1\nupdated: 2026-11-01\n"
        "account_manager: liisa-laine\nprojects:\n  - name: A\n    start: 1.1.0001\n"
        "    end: 31.12.9999\n    it_representative: pekka-puro\n",
    )
    for command in (("plan", "show", "vapaa-aika"), ("plan", "render", "vapaa-aika", "-f", "html")):
        result = run(cli, repo, *command)
        assert result.exit_code == 1
        assert "S002" in result.output


def test_stale_plan_days_beyond_the_calendar(cli: Any, repo: Repo) -> None:
    """`stale_plan_days = 999999` in asiakkuus.toml: today - 999999 days is before the
    year 1 (OverflowError in plan list and report segments)."""
    repo.base()
    repo.write("asiakkuus.toml", "[rules]\nstale_plan_days = 999999\n")
    for command in (("plan", "list", "--stale"), ("report", "segments"), ("report", "managers")):
        assert run(cli, repo, *command).exit_code == 0


def test_fmt_of_a_tab_after_a_colon(cli: Any, repo: Repo) -> None:
    """`id:\\tvapaa-aika`: libyaml (validate) reads it, ruamel (fmt) raised ScannerError
    "found character '\\t' that cannot start any token" (exit 3). fmt now leaves the file
    alone and says why (exit 1)."""
    repo.base()
    text = (
        "id:\tvapaa-aika\nname: V\ntype: division\nsegment: 1\nupdated: 2026-11-01\n"
        "account_manager: liisa-laine\n"
    )
    path = repo.write("data/customers/vapaa-aika.yaml", text)
    assert run(cli, repo, "validate").exit_code == 0
    result = run(cli, repo, "fmt")
    assert result.exit_code == 1
    assert "Replace the tabs with spaces" in result.output
    assert path.read_text(encoding="utf-8") == text


def test_quoted_5000_digit_integer_is_the_whole_number_message(cli: Any, repo: Repo) -> None:
    """A quoted 5000-digit integer reaches pydantic as text, which refuses it with
    `int_parsing_size`: the catalogue's "must be a whole number", not pydantic's English."""
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml",
        "id: vapaa-aika\nname: V\ntype: division\nsegment: 1\nupdated: 2026-11-01\n"
        'account_manager: liisa-laine\nheadcount:\n  count: "' + "9" * 5000 + '"\n',
    )
    assert repo.found() == [("S002", 8, 10)]
    result = run(cli, repo, "--lang", "en", "validate")
    assert "must be a whole number" in result.output
    assert "exceeded maximum size" not in result.output
