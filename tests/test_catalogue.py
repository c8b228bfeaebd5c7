"""The catalogue as a whole: further languages are one file each, and they fit the base."""

from __future__ import annotations

import ast
import importlib
import json
import string
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

import asiakkuus_cli
from asiakkuus_cli import i18n
from asiakkuus_cli.cli.app import app
from asiakkuus_cli.i18n import (
    BASE_LANGS,
    LANGS,
    catalogue,
    format_date,
    format_money,
    format_month,
    format_number,
    locale,
    overlay,
    t,
)

from .conftest import PLAN, Repo

OVERLAYS = [lang for lang in LANGS if lang not in BASE_LANGS]


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_swedish_is_a_language() -> None:
    assert LANGS == ("fi", "en", "sv")
    assert locale("sv").babel == "sv_FI"
    assert locale("sv").fallback == "fi"


@pytest.mark.parametrize("lang", OVERLAYS)
def test_a_locale_file_has_only_known_keys_with_the_base_placeholders(lang: str) -> None:
    base = catalogue()
    unknown = sorted(set(overlay(lang)) - set(base))
    assert unknown == []
    wrong = [
        key
        for key, text in overlay(lang).items()
        if not text.strip() or fields(text) != fields(base[key][0])
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", OVERLAYS)
def test_a_locale_file_declares_a_base_fallback(lang: str) -> None:
    assert locale(lang).fallback in BASE_LANGS


def test_a_key_the_locale_lacks_falls_back_to_finnish() -> None:
    assert "problem.os" not in overlay("sv")
    assert t("problem.os", "sv", path="p", detail="d") == t(
        "problem.os", "fi", path="p", detail="d"
    )


def test_an_unknown_language_is_finnish() -> None:
    assert t("value.yes", "xx") == "kyllä"
    assert format_date(date(2015, 1, 1), "xx") == "1.1.2015"


def test_swedish_values_in_the_finland_swedish_conventions() -> None:
    assert t("value.no", "sv") == "nej"
    assert format_date(date(2015, 1, 1), "sv") == "1.1.2015"
    assert format_money(Decimal(280000), "sv").replace("\u00a0", " ") == "280 000 €"
    assert format_money(Decimal("-1500.5"), "sv").replace("\u00a0", " ") == "-1 500,50 €"
    assert format_number(12345, "sv", signed=True).replace("\u00a0", " ") == "+12 345"


def test_months_by_babel_in_each_language() -> None:
    assert [format_month(5, lang) for lang in LANGS] == ["toukokuu", "May", "maj"]
    assert format_month(5, "fi", 2026) == "toukokuu 2026"
    assert format_month(5, "en", 2026, day=5) == "5 May 2026"
    assert format_month(5, "fi", day=5) == "5. toukokuu"
    assert format_month(5, "sv", day=5) == "5 maj"


def test_only_the_catalogue_formats_for_a_locale() -> None:
    """Babel is called in i18n only: every other module formats through it."""
    users = [
        str(path.relative_to(SRC))
        for path in _code_files()
        if not path.is_relative_to(I18N)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, (ast.Import, ast.ImportFrom))
        and any(
            (getattr(node, "module", None) or alias.name).startswith("babel")
            for alias in node.names
        )
    ]
    assert users == []


def test_the_catalogue_collects_the_messages_beside_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    from asiakkuus_cli.i18n import _message_modules

    for name in ("plans.py", "plans_messages.py", "family/messages.py", "family/checks.py"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("MESSAGES = {}\n")
    rules = SimpleNamespace(name="asiakkuus_cli.rules", submodule_search_locations=[str(tmp_path)])
    monkeypatch.setattr(i18n.importlib.util, "find_spec", lambda name: rules)
    beside = [m for m in _message_modules() if m.startswith("asiakkuus_cli.rules")]
    assert beside == ["asiakkuus_cli.rules.family.messages", "asiakkuus_cli.rules.plans_messages"]


def test_a_message_module_holds_the_keys_of_its_name() -> None:
    """`help.*` in messages/help.py, `schema.*` in messages/schema.py: a key's first part
    names its file. Rule texts (`rule.*`, `ruledoc.*`) go beside the rules instead."""
    from asiakkuus_cli.i18n import _message_modules

    elsewhere = [
        f"{name}: {key}"
        for name in _message_modules()
        if ".i18n.messages." in name
        for key in importlib.import_module(name).MESSAGES
        if not key.startswith(RULE_PREFIXES) and key.split(".", 1)[0] != name.rsplit(".", 1)[1]
    ]
    assert elsewhere == []


# --- --lang sv on the command line ---------------------------------------------------

runner = CliRunner()


def _validate(repo: Repo, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    r = runner.invoke(
        app, ["--root", str(repo.root), *args, "validate", "--format", "json"], env=env
    )
    return r.exit_code, r.stdout


def _broken(repo: Repo) -> Repo:
    return repo.base().write(
        "data/customers/vapaa-aika.yaml", PLAN.replace("segment: 1", "segment: 9")
    )


def test_lang_sv_shows_the_swedish_text_and_finnish_where_it_has_none(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    _broken(repo)
    _, fi = _validate(repo, "--lang", "fi")
    monkeypatch.setattr(i18n, "overlay", lambda lang: {})
    assert _validate(repo, "--lang", "sv") == (1, fi)
    swedish = {key: "SV " + texts[0] for key, texts in catalogue().items()}
    monkeypatch.setattr(i18n, "overlay", lambda lang: swedish if lang == "sv" else {})
    _, sv = _validate(repo, "--lang", "sv")
    finding = json.loads(fi)["findings"][0]
    assert json.loads(sv)["findings"][0] == {
        **finding,
        "message": "SV " + finding["message"],
        "hint": "SV " + finding["hint"],
    }


def test_sv_from_the_environment_and_the_settings(repo: Repo) -> None:
    _broken(repo)
    _, fi = _validate(repo, "--lang", "fi")
    _, en = _validate(repo, "--lang", "en")
    assert _validate(repo, env={"ASIAKKUUS_LANG": "sv"})[1] != en
    r = runner.invoke(app, ["--root", str(repo.root), "--lang", "sv", "validate"])
    assert r.stdout.endswith("Granskade filer 3: fel 1, varningar 0, observationer 0.\n"), r.stdout
    repo.write("asiakkuus.toml", 'lang = "sv"\n')
    assert _validate(repo)[1] == _validate(repo, "--lang", "sv")[1]
    assert fi != en


def test_an_unknown_language_names_every_language(repo: Repo) -> None:
    r = runner.invoke(app, ["--root", str(repo.base().root), "--lang", "de", "validate"])
    assert (r.exit_code, r.stderr) == (
        2,
        "virhe: Kieli 'de' ei ole tuettu; valitse jokin näistä: fi, en, sv.\n",
    )
    repo.write("asiakkuus.toml", 'lang = "de"\n')
    r = runner.invoke(app, ["--root", str(repo.root), "--lang", "en", "validate"])
    assert r.exit_code == 2
    assert "Input should be 'fi', 'en' or 'sv'" in r.stderr


# --- every key findable -------------------------------------------------------------

SRC = Path(asiakkuus_cli.__file__).parent
I18N = SRC / "i18n"
#: Functions whose first argument is a message key.
KEY_FUNCS = frozenset(
    {"t", "h", "has", "text", "fail", "UsageProblem", "EditProblem", "YamlProblem", "prose"}
)
#: The rules' keys (`rule.CODE[.variant][.hint]`, `ruledoc.CODE.*`) follow the rule
#: registry and the `variant` of each Issue; they are checked against those below.
RULE_PREFIXES = ("rule.", "ruledoc.")


def _code_files() -> list[Path]:
    """The modules of src/ that use keys: all but the message and locale files."""
    skip = (I18N / "messages", I18N / "locales")
    return [
        p
        for p in sorted(SRC.rglob("*.py"))
        if not p.is_relative_to(skip[0])
        and not p.is_relative_to(skip[1])
        and not (p.is_relative_to(SRC / "rules") and p.stem.endswith("messages"))
    ]


def _strings(node: ast.AST) -> set[str]:
    """The whole string literals in `node` (not the pieces of an f-string)."""
    if isinstance(node, ast.JoinedStr):  # only what its {...} parts hold
        parts = [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
        return set().union(*(_strings(part) for part in parts))
    if isinstance(node, ast.Constant):
        return {node.value} if isinstance(node.value, str) else set()
    return set().union(*(_strings(child) for child in ast.iter_child_nodes(node)))


def _callee(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


@cache
def _scan() -> tuple[set[str], set[str], list[str]]:
    """(every string literal of the code, the literals passed as keys, f-string keys)."""
    literals: set[str] = set()
    passed: set[str] = set()
    built: list[str] = []
    prefixes = {key.split(".", 1)[0] + "." for key in catalogue()}
    for path in _code_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        literals |= _strings(tree)
        where = path.relative_to(SRC)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args and _callee(node) in KEY_FUNCS:
                passed |= _strings(node.args[0])
            if isinstance(node, ast.keyword) and (node.arg or "").endswith("key"):
                passed |= _strings(node.value)
            if isinstance(node, ast.JoinedStr) and node.values:
                head = node.values[0]
                if (
                    isinstance(head, ast.Constant)
                    and str(head.value).startswith(tuple(prefixes))
                    and not str(head.value).startswith(RULE_PREFIXES)
                ):
                    built.append(f"{where}:{node.lineno}: {ast.unparse(node)}")
    tables = ast.parse((I18N / "keys.py").read_text(encoding="utf-8"))
    passed |= {s for s in _strings(tables) if "." in s}
    return literals, passed, built


def test_no_key_is_built_at_run_time() -> None:
    assert _scan()[2] == []


def test_every_key_used_is_defined() -> None:
    _, passed, _ = _scan()
    prefixes = {key.split(".", 1)[0] for key in catalogue()}
    keys = {s for s in passed if "." in s and s.split(".", 1)[0] in prefixes}
    assert sorted(keys - set(catalogue())) == []


def _rule_key_used(key: str, literals: set[str]) -> bool:
    from asiakkuus_cli.rules import all_rules

    parts = key.split(".")
    if parts[-1] == "hint":
        parts = parts[:-1]
    if parts[1] not in all_rules():
        return False
    if parts[0] == "ruledoc":
        return parts[2:] in (["title"], ["text"])
    return len(parts) == 2 or (len(parts) == 3 and parts[2] in literals)


def test_every_key_defined_is_used() -> None:
    literals, _, _ = _scan()
    unused = [
        key
        for key in catalogue()
        if key not in literals
        and not (key.startswith(RULE_PREFIXES) and _rule_key_used(key, literals))
    ]
    assert sorted(unused) == []


def test_every_rule_has_its_title_and_text() -> None:
    from asiakkuus_cli.rules import all_rules

    missing = [
        f"ruledoc.{code}.{part}"
        for code in all_rules()
        for part in ("title", "text")
        if f"ruledoc.{code}.{part}" not in catalogue()
    ]
    assert missing == []


def test_every_report_kind_has_its_title_and_column_headings() -> None:
    """A report kind's title and headings are looked up in the tables (`KeyError 'done'`
    once, for a column the tables lacked); a meeting's kind is a calendar event's kind."""
    from asiakkuus_cli.i18n import keys
    from asiakkuus_cli.models.meetings import MEETING_KINDS
    from asiakkuus_cli.render import tables

    missing = [
        f"{kind}.{column.key}"
        for kind, columns in tables.COLUMNS.items()
        for column in columns
        if column.key not in keys.REPORT_COLUMN.get(kind, {})
    ]
    missing += [f"title {kind}" for kind in tables.COLUMNS if kind not in keys.REPORT_TITLE]
    missing += [
        f"kind {kind}"
        for kind in MEETING_KINDS
        if kind not in keys.EVENT_KIND or kind not in keys.MEETING_KIND
    ]
    assert missing == []
