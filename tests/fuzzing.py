"""Shared by the property and mutation tests: the hypothesis profile, a tiny YAML
writer for generated files, the odd values people type, every read command, and
the never-crash checks that each command's result must pass.

The promise checked here (SPEC 3): no input, however broken, ends in a Python
traceback or an internal error (exit 3). Read commands exit 0 or 1 on any data;
`validate --format json` always prints a parseable report.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

import typer
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from asiakkuus_cli.cli.app import app
from asiakkuus_cli.config import Settings
from asiakkuus_cli.reading.loader import load_repository

TODAY = "2026-11-26"

#: ASIAKKUUS_FUZZ_SCALE=10 runs ten times the examples, on fresh random seeds
#: (a longer local hunt); unset, every run tests the same cases (CI stability).
SCALE = float(os.environ.get("ASIAKKUUS_FUZZ_SCALE", "1"))

FUZZ = settings(
    derandomize=SCALE == 1,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.large_base_example,
    ],
)


def examples(n: int) -> settings:
    """The profile with `n` examples (times ASIAKKUUS_FUZZ_SCALE)."""
    return settings(FUZZ, max_examples=max(1, int(n * SCALE)))


# --- a YAML writer whose leaves are exactly the text a person typed ------------------------


@dataclass(frozen=True)
class Raw:
    """A plain scalar, written verbatim (`1e309`, `~`, `15.1.2026`, `280 000 €`)."""

    text: str


@dataclass(frozen=True)
class Quoted:
    """A double-quoted scalar; `ascii` writes non-ASCII as \\u escapes (lone surrogates too)."""

    text: str
    ascii: bool = False


def scalar(value: object) -> str:
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, Quoted):
        return json.dumps(value.text, ensure_ascii=value.ascii)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if value is None:
        return "~"
    return json.dumps(str(value), ensure_ascii=False)


def _lines(value: object, indent: int, flow: bool) -> list[str]:
    """Block YAML of a mapping or list at `indent` (the caller writes the key)."""
    pad = " " * indent
    out: list[str] = []
    if isinstance(value, Mapping):
        for k, v in value.items():
            out.extend(_entry(f"{pad}{k}:", v, indent, flow))
    else:
        assert isinstance(value, list)
        for item in value:
            if isinstance(item, Mapping) and item:
                inner = _lines(item, indent + 2, flow)
                out.append(f"{pad}- {inner[0][indent + 2 :]}")
                out.extend(inner[1:])
            elif isinstance(item, list) and item:
                out.append(f"{pad}-")
                out.extend(_lines(item, indent + 2, flow))
            else:
                out.append(f"{pad}- {_flow(item)}")
    return out


def _entry(head: str, v: object, indent: int, flow: bool) -> list[str]:
    if isinstance(v, (Mapping, list)) and v:
        if flow and all(not isinstance(x, (Mapping, list)) for x in _values(v)):
            return [f"{head} {_flow(v)}"]
        return [head, *_lines(v, indent + 2, flow)]
    return [f"{head} {_flow(v)}"]


def _values(v: Mapping[str, object] | list[object]) -> Iterable[object]:
    return v.values() if isinstance(v, Mapping) else v


def _flow(v: object) -> str:
    if isinstance(v, Mapping):
        return "{" + ", ".join(f"{k}: {_flow(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(_flow(x) for x in v) + "]"
    return scalar(v)


def to_yaml(doc: Mapping[str, object], flow: bool = False, comments: bool = False) -> str:
    """The document as block YAML; `comments` adds full-line and end-of-line comments."""
    lines = _lines(doc, 0, flow)
    if comments:
        commented: list[str] = ["# tiedoston otsikko"]
        for i, line in enumerate(lines):
            if i % 3 == 0:
                indent = len(line) - len(line.lstrip(" -"))
                commented.append(" " * indent + f"# kommentti {i}")
            # An end-of-line comment only where it cannot land inside a scalar.
            if i % 4 == 1 and line.rstrip().endswith(":"):
                line = f"{line}  # loppukommentti {i}"
            commented.append(line)
        lines = commented
    return "\n".join(lines) + "\n"


def comment_lines(text: str) -> list[str]:
    """The comments of a file: full-line ones, and end-of-line ones (after ` #`), sorted.

    A heuristic (a ` #` inside a quoted string counts too), the same on both
    sides of an edit, which is all the comparison needs.
    """
    found = []
    for line in text.replace("\ufeff", "").splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            found.append(stripped)
        elif " #" in line:
            found.append(line[line.index(" #") :].strip())
    return sorted(found)


# --- the odd values people type --------------------------------------------------------------

ODD_PLAIN = [
    "1e309",
    "-1e309",
    "1e-400",
    "1E+999999999",
    ".inf",
    "-.inf",
    ".nan",
    "NaN",
    "1" + "0" * 39,
    "-" + "9" * 40,
    "9" * 5000,
    "0x" + "f" * 40,
    "0o777",
    "0x",
    "+0",
    "-0",
    "00",
    "1_000",
    "~",
    "null",
    "",
    "true",
    "yes",
    "no",
    "on",
    "KYLLÄ",
    "ei",
    "2026-13-45",
    "2026-02-30",
    "0000-00-00",
    "9999-12-31",
    "0001-01-01",
    "31.2.2026",
    "29.2.2023",
    "99.99.9999",
    "1.1.10000",
    "1.1.0",
    "2026-05",
    "2026-00",
    "10000-01",
    "0001-01",
    "9999-12",
    "12:30",
    "2026-01-15T10:00:00Z",
    "2026-01-15 10:00",
    "€",
    "1 000 000 €",
    "1,000.50",
    "--1",
    "1e3",
    "1e3 €",
    "9" * 60 + " €",
    "1e309 €",
    "Toukokuu",
    "toukokuuta",
    "MAY",
    "13",
    "0",
    "-1",
    "32",
    "a\tb",
    "Ä",
]

ODD_QUOTED = [
    Quoted("\t"),
    Quoted("a\tb\tc"),
    Quoted("\x00"),
    Quoted("\x07\x08\x1b[31mpunainen\x1b[0m"),
    Quoted("\u202eevil"),
    Quoted("\u0085\u2028\u2029"),
    Quoted("\ufeff"),
    Quoted("\ud800", ascii=True),
    Quoted("a\udfffb", ascii=True),
    Quoted("\U0001f600", ascii=True),
    Quoted("rivi\nrivi\r\nrivi"),
    Quoted("| pipe | cell |"),
    Quoted("<script>alert(1)</script>"),
    Quoted("{{ 7*7 }} {% if %}"),
    Quoted("#(panic())"),
    Quoted("x" * 3000),
    Quoted(""),
    Quoted(" "),
    Quoted("2026-13-45"),
    Quoted("1e309"),
    Quoted("9" * 5000),
]

#: Text a person might type, quoted so that anything goes (control characters,
#: tabs, lone surrogates as \\u escapes, which libyaml refuses: S001).
WILD_TEXT = st.builds(
    Quoted,
    st.text(st.characters(codec=None, exclude_categories=()), max_size=30),
    st.booleans(),
)
ODD = st.one_of(st.sampled_from([Raw(t) for t in ODD_PLAIN]), st.sampled_from(ODD_QUOTED))
WILD = st.one_of(ODD, ODD, WILD_TEXT, st.integers(), st.lists(ODD, max_size=2))


# --- running commands ---------------------------------------------------------------------------


class _Runner(CliRunner):
    """typer's CliRunner, minus rebuilding the click command tree on every call
    (a third of the time of a small command; the tree never changes)."""

    command = typer.main.get_command(app)

    def invoke(self, app: Any, *args: Any, **kwargs: Any) -> Any:
        with mock.patch("typer.testing._get_command", return_value=self.command):
            return super().invoke(app, *args, **kwargs)


RUNNER = _Runner()


def invoke(root: Path, lang: str, *args: str) -> Any:
    return RUNNER.invoke(
        app, ["--root", str(root), "--today", TODAY, "--lang", lang, "--no-color", *args]
    )


def assert_no_crash(result: Any, args: Sequence[str], allowed: tuple[int, ...] = (0, 1)) -> None:
    """Exit code in `allowed` (never 3), no traceback, no exception escaped the CLI."""
    shown = f"{' '.join(args)}\n--- exit {result.exit_code}\n{result.output[-3000:]}"
    exc = result.exception
    if exc is not None and not isinstance(exc, SystemExit):
        raise AssertionError(f"exception {type(exc).__name__}: {exc}\n{shown}") from exc
    assert "Traceback" not in result.output, shown
    assert result.exit_code in allowed, shown


#: Every read command, by name; `ids` fills in a customer or project id and a tmp path.
READ_COMMANDS: dict[str, tuple[str, ...]] = {
    "validate": ("validate",),
    "validate-sarif": ("validate", "--format", "sarif"),
    "validate-github": ("validate", "--format", "github", "--strict"),
    "plan-list": ("plan", "list"),
    "plan-list-json": ("plan", "list", "--format", "json"),
    "plan-list-stale": ("plan", "list", "--stale", "--format", "md"),
    "report-segments": ("report", "segments"),
    "report-segments-json": ("report", "segments", "--format", "json"),
    "report-managers": ("report", "managers", "--format", "md"),
    "report-managers-table": ("report", "managers", "--format", "table"),
    "report-needs": ("report", "needs"),
    "report-needs-json": ("report", "needs", "--format", "json"),
    "report-projects": ("report", "projects", "--format", "table"),
    "report-projects-json": ("report", "projects", "--format", "json"),
    "calendar": ("calendar",),
    "calendar-year-json": ("calendar", "--days", "3660", "--per-customer", "--format", "json"),
    "calendar-ics": ("calendar", "--ics", "{tmp}/kalenteri.ics", "--days", "400"),
    "plan-show": ("plan", "show", "{plan}"),
    "plan-render-md": ("plan", "render", "{plan}", "-o", "-"),
    "plan-render-html": ("plan", "render", "{plan}", "--format", "html", "-o", "-"),
    "project-list": ("project", "list"),
    "project-list-json": ("project", "list", "--format", "json"),
    "project-show": ("project", "show", "{project}"),
    "project-render-md": ("project", "render", "{project}", "-o", "-"),
    "project-render-html": ("project", "render", "{project}", "--format", "html", "-o", "-"),
}


def stems(root: Path, folder: str) -> list[str]:
    d = root / "data" / folder
    return sorted(p.stem for p in d.glob("*.yaml")) if d.is_dir() else []


def run_read(root: Path, lang: str, name: str, pick: int = 0) -> Any:
    """Run one read command on the repository at `root`, check it, return the result.

    `{plan}` / `{project}` become the `pick`-th file's stem: a customer whose file
    does not load is exit 1 (the command prints its findings), never 2 or 3. With
    no such file at all the command is skipped (that would be exit 2: no such id).
    """
    plans, projects = stems(root, "customers"), stems(root, "projects")
    args: list[str] = []
    for a in READ_COMMANDS[name]:
        if a == "{plan}":
            if not plans:
                return None
            a = plans[pick % len(plans)]
        elif a == "{project}":
            if not projects:
                return None
            a = projects[pick % len(projects)]
        args.append(a.replace("{tmp}", str(root)))
    result = invoke(root, lang, *args)
    assert_no_crash(result, args)
    if result.exit_code == 0 and args[-1] == "json":
        json.loads(result.stdout)
    if result.exit_code == 0 and "--ics" in args:
        assert (root / "kalenteri.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    return result


def validate_json(root: Path, lang: str) -> dict[str, Any]:
    """`validate --format json`: exit 0/1 matching its error count, and the report parses."""
    result = invoke(root, lang, "validate", "--format", "json")
    assert_no_crash(result, ["validate", "--format", "json"])
    doc: dict[str, Any] = json.loads(result.stdout)
    assert doc["version"] == 1
    assert set(doc["summary"]) == {"files", "errors", "warnings", "infos"}
    assert result.exit_code == (1 if doc["summary"]["errors"] else 0)
    for f in doc["findings"]:
        assert f["line"] >= 1, f
        assert f["column"] >= 1, f
        assert f["message"], f
    return doc


# --- what a file means, to compare before and after an edit -------------------------------------


def meaning(root: Path) -> dict[str, Any]:
    """Every loaded model of the repository, and which files failed to load."""
    repo = load_repository(root, Settings())
    return {
        "organisation": repo.organisation.model if repo.organisation else None,
        "people": {k: v.model for k, v in repo.people.items()},
        "customers": {k: v.model for k, v in repo.customers.items()},
        "projects": {k: v.model for k, v in repo.projects.items()},
        "failed": sorted(repo.failed),
    }


def snapshot(root: Path) -> dict[str, bytes]:
    """The bytes of every file under data/."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted((root / "data").rglob("*"))
        if p.is_file()
    }


def write(root: Path, files: Mapping[str, str | bytes]) -> None:
    """Write a repository's files; text goes out as UTF-8 with lone surrogates kept
    (`surrogatepass`), so a generated `\ud800` reaches the tool as invalid bytes."""
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))


COMMANDS = st.sampled_from(sorted(READ_COMMANDS))
LANGS = st.sampled_from(["fi", "en"])


def validate_and_read(files: Mapping[str, str | bytes], lang: str, command: str, pick: int) -> None:
    """In a fresh folder: `validate --format json`, then one read command; neither crashes."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write(root, files)
        validate_json(root, lang)
        run_read(root, lang, command, pick)
