"""Start-up (issue 18): a command imports only what it uses, so that the gains measured
in docs/PERFORMANCE.md cannot silently regress. Each data command runs on the demo in a
fresh interpreter and names the modules it must not have imported."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from asiakkuus_cli import bounds, i18n, render
from asiakkuus_cli.cli.commands import COMMANDS, SUBCOMMANDS, modules_for
from asiakkuus_cli.cli.entry import words_of

from .conftest import DEMO

HEAVY = ("ruamel.yaml", "jinja2", "icalendar", "typst", "holidays")
#: Documents, terminal tables, worker processes, git: no reading command of the data needs them.
UNUSED = (
    "jinja2",
    "icalendar",
    "typst",
    "rich",
    "multiprocessing",
    "concurrent.futures",
    "asiakkuus_cli.cli.documents",
    "asiakkuus_cli.git.gitio",
    "tomllib",  # the demo has no asiakkuus.toml
)
#: Catalogue modules of other commands (the catalogue is read per key prefix).
OTHER_TEXTS = tuple(
    f"asiakkuus_cli.i18n.messages.{m}" for m in ("site", "importing", "guide", "schema", "glossary")
)
#: The pydantic models of asiakkuus.toml (the demo has none: the defaults need no validator).
SETTINGS = "asiakkuus_cli.config.Settings"
#: The models of the files that `people` and `segments` do not read.
OTHER_FILES = tuple(
    f"asiakkuus_cli.models.{m}" for m in ("CustomerPlan", "Project", "Meeting", "Sources")
)


def _run(argv: list[str], absent: tuple[str, ...]) -> str:
    """The modules of `absent` loaded after the command ran (a model class named by its
    dotted path, `asiakkuus_cli.models.Meeting`, counts when its validator was built)."""
    probe = (
        "import sys; from asiakkuus_cli.cli.entry import main\n"
        f"sys.argv = ['asiakkuus', '--root', {str(DEMO)!r}, *{argv!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "def loaded(name):\n"
        "    module, _, last = name.rpartition('.')\n"
        "    if last[:1].isupper():  # a model class: its validator built\n"
        "        return getattr(sys.modules[module], last).__pydantic_complete__\n"
        "    return name in sys.modules\n"
        f"print('LOADED', sorted(m for m in {absent!r} if loaded(m)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True, text=True, check=False, cwd=DEMO,
        env={"PYTHONPATH": str(DEMO / "src"), "PATH": "/usr/bin:/bin",
             "ASIAKKUUS_CACHE_DIR": "off", "ASIAKKUUS_TODAY": "2026-11-26"},
    )  # fmt: skip
    assert done.stdout.splitlines(), done.stderr
    return done.stdout.splitlines()[-1]


@pytest.mark.parametrize(
    ("argv", "absent"),
    [
        (["people"], (*HEAVY, *UNUSED, "asiakkuus_cli.rules", SETTINGS, *OTHER_FILES)),
        (
            ["segments"],
            (
                *HEAVY,
                *UNUSED,
                "asiakkuus_cli.rules",
                SETTINGS,
                *OTHER_FILES,
                "asiakkuus_cli.models.Person",
            ),
        ),
        (["validate"], (*HEAVY, *UNUSED, *OTHER_TEXTS, "asiakkuus_cli.editing.edit", SETTINGS)),
        (
            ["fmt", "--check", "data/people.yaml"],
            (
                "jinja2",
                "icalendar",
                "typst",
                "holidays",
                "rich",
                "multiprocessing",
                "concurrent.futures",
                "asiakkuus_cli.cli.documents",
            ),
        ),  # no SETTINGS: its cache keys on the settings' JSON, which builds their serializer
        (
            ["report", "segments", "--format", "csv"],
            (*HEAVY, *UNUSED, "asiakkuus_cli.cli.workflow", SETTINGS),
        ),
        (["report", "needs", "--format", "csv"], (*HEAVY, *UNUSED, SETTINGS)),
        (
            ["calendar", "--format", "csv"],
            ("ruamel.yaml", "jinja2", "icalendar", "typst", *UNUSED, SETTINGS),
        ),
        (["plan", "list", "--format", "csv"], (*HEAVY, *UNUSED, "asiakkuus_cli.cli.workflow")),
        (["project", "list", "--format", "csv"], (*HEAVY, *UNUSED, "asiakkuus_cli.cli.workflow")),
        (["meeting", "list", "--format", "csv"], (*HEAVY, *UNUSED)),
        (["sources", "--format", "csv"], (*HEAVY, *UNUSED)),
    ],
)
def test_command_imports_only_what_it_uses(argv: list[str], absent: tuple[str, ...]) -> None:
    assert _run(argv, absent) == "LOADED []"


def test_the_probe_sees_what_a_command_does_import() -> None:
    """The probe above is not blind: what a command needs shows up as loaded."""
    assert _run(
        ["calendar", "--format", "csv"], ("holidays", "pydantic", "jinja2", *OTHER_FILES)
    ) == ("LOADED ['asiakkuus_cli.models.CustomerPlan', 'asiakkuus_cli.models.Meeting', "
          "'asiakkuus_cli.models.Project', 'asiakkuus_cli.models.Sources', 'holidays', 'pydantic']")  # fmt: skip
    assert _run(["--lang", "en", "calendar", "--ics", "/dev/null"], ("icalendar",)) == (
        "LOADED ['icalendar']"
    )


def test_a_settings_file_is_validated_by_pydantic(tmp_path: Path) -> None:
    """Only the defaults skip the validator: a file is checked as before (exit 2, the key)."""
    (tmp_path / "data" / "customers").mkdir(parents=True)
    (tmp_path / "asiakkuus.toml").write_text("[rules]\nstale_plan_days = 0\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "asiakkuus_cli", "--root", str(tmp_path), "--lang", "en", "validate"],
        capture_output=True, text=True, check=False,
        env={"PYTHONPATH": str(DEMO / "src"), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert (done.returncode, "rules.stale_plan_days" in done.stderr) == (2, True), done.stderr


def test_nested_models_build_no_validator_of_their_own() -> None:
    """`defer_build`: a plan's validator includes its needs; `Need` alone is never built."""
    probe = (
        "from asiakkuus_cli import models as m\n"
        "before = (m.CustomerPlan.__pydantic_complete__, m.Meeting.__pydantic_complete__)\n"
        "m.CustomerPlan.model_validate({'id': 'a', 'name': 'A', 'type': 'company', 'segment': 1,"
        " 'updated': '2026-01-01', 'account_manager': 'b',"
        " 'needs': [{'need': 'x', 'observed': '1.1.2026'}]})\n"
        "print(before, m.CustomerPlan.__pydantic_complete__, m.Need.__pydantic_complete__,"
        " m.Meeting.__pydantic_complete__)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False,
        env={"PYTHONPATH": str(DEMO / "src"), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.stdout.split("\n")[0] == "(False, False) True False False", done.stderr


def test_every_subcommand_of_a_split_group_is_in_the_map() -> None:
    """`plan list` registers only reports: every subcommand of plan and project must be
    named in SUBCOMMANDS, with the module that registers it."""
    import typer

    from asiakkuus_cli.cli.app import app

    group = typer.main.get_command(app)
    split = {g for g, _ in SUBCOMMANDS}
    found = {
        (g, sub)
        for g in split
        for sub in group.commands[g].commands  # type: ignore[attr-defined]
    }
    assert found == set(SUBCOMMANDS)
    for (g, sub), modules in SUBCOMMANDS.items():
        assert set(modules) <= set(COMMANDS[g])
        callbacks = [
            c.callback.__module__
            for c in group.commands[g].commands.values()  # type: ignore[attr-defined]
            if c.name == sub and c.callback is not None
        ]
        assert callbacks == [f"asiakkuus_cli.cli.{modules[0]}"], (g, sub)


@pytest.mark.parametrize(
    ("argv", "modules"),
    [
        (["--lang", "en", "plan", "list", "-f", "csv"], ("reports",)),
        (["plan", "--root", "x", "touch", "a"], ("workflow",)),
        (["project", "show", "x"], ("documents",)),
        (["plan"], COMMANDS["plan"]),
        (["plan", "--help"], COMMANDS["plan"]),
        (["plan", "lsit"], COMMANDS["plan"]),
        (["validate", "data"], ("validate",)),
        (["--today", "2026-01-01"], tuple(sorted({m for ms in COMMANDS.values() for m in ms}))),
    ],
)
def test_the_modules_of_a_command_line(argv: list[str], modules: tuple[str, ...]) -> None:
    assert modules_for(words_of(argv)) == modules


def test_the_catalogue_read_per_prefix_is_the_whole_catalogue(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every key reads the same texts through the per-prefix path as from the whole
    catalogue, starting from nothing read; an unknown key is still unknown."""
    monkeypatch.setattr(i18n, "_LOADED", {})
    monkeypatch.setattr(i18n, "_PREFIXES", set())
    whole = i18n.catalogue()
    assert i18n.has("nope.key") is False
    assert {key: i18n._entry(key) for key in whole} == whole
    assert (i18n.has("rule.C001"), i18n.has("rule.C001.nope")) == (True, False)
    assert set(i18n._LOADED) == set(whole)


def test_a_messages_module_with_another_modules_key_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`help.py` holding a `site.*` key would never be read for that key: an error, as a
    key defined twice is."""
    real = importlib.import_module

    def fake(name: str, package: str | None = None) -> object:
        module = real(name, package)
        if name.endswith(".messages.help"):
            return type("M", (), {"MESSAGES": {**module.MESSAGES, "site.stray": ("x", "y")}})
        return module

    monkeypatch.setattr(i18n, "_LOADED", {})
    monkeypatch.setattr(i18n, "_PREFIXES", set())
    monkeypatch.setattr(i18n.importlib, "import_module", fake)
    with pytest.raises(RuntimeError, match=r"site\.stray outside"):
        i18n.text("help.app", "fi")


def test_the_typst_bound_is_the_template_bound() -> None:
    """render/__init__ writes the bound out so as not to import Jinja2 with bounds.py."""
    assert render.TYPST_SECONDS == bounds.MAX_SECONDS
