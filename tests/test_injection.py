"""Output injection (docs/SECURITY.md): data is shown, never run, in every output."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import pypdf
import pytest
from rich.console import Console

from asiakkuus_cli.config import Settings
from asiakkuus_cli.findings import Finding, Result
from asiakkuus_cli.git import diff as diffing
from asiakkuus_cli.reading.loader import load_files, load_repository
from asiakkuus_cli.render import tables, terminal
from asiakkuus_cli.reporters import github, text
from asiakkuus_cli.textsafe import csv_cell, md_escape, visible
from asiakkuus_cli.views import reports as views

from .conftest import ORGANISATION, PEOPLE, PLAN, TODAY, Repo

ESC = "\x1b"
#: What a hostile name carries, as YAML double-quoted escapes.
HOSTILE_NAME = (
    r"<script>alert(1)</script> | # *bold* `code` \e[31mRED \e]8;;http://evil.example/\e\\"
    r"link\e]8;;\e\\ [bold red]M[/] \u202Eevil\u202C"
)
BIDI = ("\u202e", "\u202c")


def hostile(repo: Repo, name: str = HOSTILE_NAME, notes: str = "") -> Repo:
    repo.base()
    plan = PLAN.replace("name: Vapaa-aikatoimiala", f'name: "{name}"')
    plan += "charges:\n  annual: 280 000 €\n  change: -24 000 €\n"
    if notes:
        plan += f'notes: "{notes}"\n'
    repo.write("data/customers/vapaa-aika.yaml", plan)
    assert not repo.check().errors, repo.check().findings
    return repo


def run(cli: Any, repo: Repo, *args: str) -> Any:
    return cli("--root", str(repo.root), "--today", TODAY.isoformat(), "--lang", "en", *args)


def no_live_controls(output: str) -> None:
    """No escape sequence and no bidi override of the data reaches the output."""
    assert ESC not in output
    assert not any(c in output for c in BIDI)


# --- HTML --------------------------------------------------------------------------------


def test_html_is_autoescaped(repo: Repo, cli: Any) -> None:
    hostile(repo, notes=r"<img src=x onerror=alert(2)>\n<b>x</b>")
    r = run(cli, repo, "plan", "render", "vapaa-aika", "-f", "html", "-o", "-")
    assert r.exit_code == 0, r.output
    assert "<script>alert(1)" not in r.output
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.output
    assert "<img src=x" not in r.output
    assert "&lt;img src=x onerror=alert(2)&gt;" in r.output


# --- Markdown ----------------------------------------------------------------------------


def test_markdown_document_escapes_headings_and_cells(repo: Repo, cli: Any) -> None:
    hostile(repo, name=r"Evil | # *x* `y` <b>\nnext line")
    r = run(cli, repo, "plan", "render", "vapaa-aika", "-f", "md", "-o", "-")
    assert r.exit_code == 0, r.output
    escaped = r"Evil \| \# \*x\* \`y\` \<b\><br>next line"
    lines = r.output.splitlines()
    assert any(line.startswith("#") and escaped in line for line in lines), r.output
    assert "next line" not in [line.strip() for line in lines]  # no line of its own


def test_markdown_report_escapes_cells(repo: Repo, cli: Any) -> None:
    hostile(repo, name=r"# Evil | *x* `y` <b>\nnext")
    r = run(cli, repo, "plan", "list", "-f", "md")
    assert r.exit_code == 0, r.output
    rows = [line for line in r.output.splitlines() if line.startswith("|")]
    assert any(r"\# Evil \| \*x\* \`y\` \<b\><br>next" in row for row in rows)
    assert len({row.replace("\\|", "").count("|") for row in rows}) == 1
    assert not any(line.startswith("# Evil") for line in r.output.splitlines())


def test_md_escape_makes_controls_visible() -> None:
    assert md_escape("a\x1b[31mb\u202e\r\nc") == r"a\\x1b\[31mb\<U+202E\><br>c"


# --- CSV ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ('=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t'=1"),
        ("\r=1", "'\r'=1"),
        ("Vapaa-aikatoimiala;=1+1", "Vapaa-aikatoimiala;'=1+1"),
        ("=2+2;@SUM(1+1)", "'=2+2;'@SUM(1+1)"),
        ('a, "-x', "a, \"'-x"),
        ("a;-5", "a;-5"),
        ("-24000.00", "-24000.00"),
        ("+3", "+3"),
        ("-3", "-3"),
        ("Vapaa-aika", "Vapaa-aika"),
        ("", ""),
    ],
)
def test_csv_cell(cell: str, safe: str) -> None:
    assert csv_cell(cell) == safe


def test_csv_reports_neutralise_formulas_and_keep_numbers(repo: Repo, cli: Any) -> None:
    hostile(repo, name=r"=HYPERLINK(\"http://evil.example\",\"x\")")
    r = run(cli, repo, "plan", "list", "-f", "csv")
    assert r.exit_code == 0, r.output
    [row] = list(csv.DictReader(io.StringIO(r.output)))
    assert row["name"] == '\'=HYPERLINK("http://evil.example","x")'
    assert row["charges_change"] == "-24000.00"


def test_csv_neutralises_lists(repo: Repo) -> None:
    repo.base()
    plan = PLAN + 'needs:\n  - need: "@evil"\n    observed: 2026-01-01\n    tags: ["=1+1"]\n'
    repo.write("data/customers/vapaa-aika.yaml", plan)
    report = views.needs_report(load_repository(repo.root, Settings()), TODAY)
    out = tables.render(report, "csv", "en", title="t", subtitle="s")
    for row in csv.reader(io.StringIO(out)):
        assert all(not c.startswith(("=", "+", "@")) for c in row), row


# --- terminal ----------------------------------------------------------------------------


def test_visible() -> None:
    assert visible("a\x1b[31mb") == "a\\x1b[31mb"
    assert visible("\x9b31m\x07\x7f") == "\\x9b31m\\x07\\x7f"
    assert visible("x\u202ey\u2066z") == "x<U+202E>y<U+2066>z"
    assert visible("one\ntwo\tthree") == "one\ntwo\tthree"
    assert visible("one\ntwo\r", lines=False) == "one\\ntwo\\x0d"
    assert visible("Kärkkäinen – ok") == "Kärkkäinen – ok"


def test_plan_show_prints_data_literally(repo: Repo, cli: Any) -> None:
    hostile(repo, notes=r"line one\n\e[2Jcleared?")
    r = run(cli, repo, "plan", "show", "vapaa-aika")
    assert r.exit_code == 0, r.output
    no_live_controls(r.output)
    flat = " ".join(r.output.split())
    assert "[bold red]M[/]" in flat
    assert "\\x1b[31mRED" in flat
    assert "\\x1b]8;;http://evil.example/" in flat
    assert "<U+202E>evil<U+202C>" in flat
    assert "\\x1b[2Jcleared?" in flat


def test_plan_show_in_a_colour_terminal(repo: Repo) -> None:
    """With colours on, rich writes its own escapes, but none that come from the data."""
    from asiakkuus_cli.rules.engine import run as run_rules
    from asiakkuus_cli.views.plan import plan_view

    hostile(repo)
    loaded = load_repository(repo.root, Settings())
    result = run_rules(loaded, TODAY, "en")
    view = plan_view(loaded, loaded.customers["vapaa-aika"], result, TODAY, "en")
    con = Console(file=io.StringIO(), force_terminal=True, color_system="truecolor", width=200)
    terminal.show_plan(view, con)
    out = con.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[31mRED" not in out
    assert "\x1b]8;;http://evil" not in out
    assert "[bold red]M[/]" in out
    assert not any(c in out for c in BIDI)


@pytest.mark.parametrize("terminal_", [False, True], ids=["piped", "terminal"])
def test_report_tables_print_data_literally(repo: Repo, terminal_: bool) -> None:
    hostile(repo)
    report = views.plan_list(load_repository(repo.root, Settings()), TODAY)
    out = tables.render(report, "table", "en", title="Plans", subtitle="[blink]org[/]",
                        terminal=terminal_, color=terminal_)  # fmt: skip
    assert "\x1b[31mRED" not in out
    assert "\x1b]8;;" not in out
    assert not any(c in out for c in BIDI)
    # The table's own styles (a wrapped bold name gets them on every line) aside.
    flat = re.sub(r"\x1b\[[0-9;]*m", "", "".join(out.split()))
    assert "[boldred]M[/]" in flat
    assert "[blink]org[/]" in flat
    assert "\\x1b[31mRED" in flat


def test_validate_text_quotes_values_literally(repo: Repo, cli: Any) -> None:
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml",
        PLAN.replace("type: division", r'type: "\e[31mdivision\u202E"'),
    )
    r = run(cli, repo, "validate")
    assert r.exit_code == 1
    no_live_controls(r.output)
    assert "\\x1b[31mdivision<U+202E>" in r.output
    # JSON keeps the same visible text: the message is for people.
    j = json.loads(run(cli, repo, "validate", "--format", "json").output)
    assert any("\\x1b[31mdivision" in f["message"] for f in j["findings"])


def test_validate_text_shows_file_names_literally(repo: Repo, cli: Any) -> None:
    repo.base()
    repo.write("data/customers/x\x1b[2J\u202e.yaml", PLAN)
    r = run(cli, repo, "validate")
    no_live_controls(r.output)
    assert "data/customers/x\\x1b[2J<U+202E>.yaml:" in r.output


def finding(message: str, path: str = "data/customers/x.yaml") -> Finding:
    return Finding(code="S002", name="schema", severity="error", path=path, line=1, column=1,
                   message=message, hint=None, subject=None)  # fmt: skip


def test_text_reporter_keeps_one_line_per_finding() -> None:
    out = text.render(Result(1, [finding("a\nb\rc\x1b[1m\u2066")]), False)
    assert out.splitlines()[0].endswith("a\\nb\\x0dc\\x1b[1m<U+2066>")
    assert len(out.splitlines()) == 2


def test_github_reporter_shows_controls_literally() -> None:
    out = github.render(Result(1, [finding("x\n::error::injected \x1b[31m\u202e")]), False)
    assert out.count("\n") == 1
    assert ESC not in out
    assert "%0A::error::injected \\x1b[31m<U+202E>" in out


def test_diff_text_shows_controls_literally(repo: Repo) -> None:
    settings = Settings()

    base = {"data/organisation.yaml": ORGANISATION.encode(),
            "data/people.yaml": PEOPLE.encode()}  # fmt: skip
    old = load_files(repo.root, {**base, "data/customers/vapaa-aika.yaml": PLAN.encode()},
                     settings)  # fmt: skip
    changed = PLAN.replace("name: Vapaa-aikatoimiala", r'name: "\e[2JEvil\u202E"')
    new = load_files(repo.root, {**base, "data/customers/vapaa-aika.yaml": changed.encode()},
                     settings)  # fmt: skip
    out = diffing.render_text(diffing.compare(old, new, "en"), "en", "a", "b", color=True)
    assert "\\x1b[2JEvil<U+202E>" in out
    assert "\x1b[2J" not in out
    assert "\u202e" not in out


# --- Typst -------------------------------------------------------------------------------


def test_pdf_gets_typst_markup_as_text(repo: Repo, cli: Any, tmp_path: Any) -> None:
    name = r"#read(\"/etc/passwd\") #import \"x.typ\" $x$ *b* \\ #panic(\"p\")"
    hostile(repo, name=name)
    pdf = tmp_path / "x.pdf"
    r = run(cli, repo, "plan", "render", "vapaa-aika", "-f", "pdf", "-o", str(pdf))
    assert r.exit_code == 0, r.output
    body = "".join(
        "".join(p.extract_text().split())
        for p in pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages
    )
    assert '#read("/etc/passwd")#import"x.typ"$x$*b*\\#panic("p")' in body
    assert "root:" not in body
