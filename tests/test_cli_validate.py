"""`asiakkuus validate` through the Typer runner: exit codes, JSON shape, options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from asiakkuus_cli.cli.app import app

from .conftest import PLAN, Repo

runner = CliRunner()


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> tuple[int, str, str]:
    if cwd is not None:
        import os

        old = Path.cwd()
        os.chdir(cwd)
        try:
            r = runner.invoke(app, list(args), env=env)
        finally:
            os.chdir(old)
    else:
        r = runner.invoke(app, list(args), env=env)
    return r.exit_code, r.stdout, r.stderr


def broken(repo: Repo) -> Repo:
    repo.base().write("data/customers/vapaa-aika.yaml", PLAN.replace("segment: 1", "segment: 9"))
    return repo


def test_clean_repository_exits_0(repo: Repo) -> None:
    code, out, _ = run("--root", str(repo.base().root), "validate")
    assert code == 0
    assert "3" in out


def test_errors_exit_1_with_text_lines(repo: Repo) -> None:
    code, out, _ = run("--root", str(broken(repo).root), "--lang", "en", "validate")
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith("data/customers/vapaa-aika.yaml:4:10: R003 [error] ")
    assert "errors: 1" in out.splitlines()[-1]


def test_json_shape(repo: Repo) -> None:
    code, out, _ = run("--root", str(broken(repo).root), "validate", "--format", "json")
    assert code == 1
    doc = json.loads(out)
    assert doc["version"] == 1
    assert doc["summary"] == {"files": 3, "errors": 1, "warnings": 0, "infos": 0}
    (finding,) = doc["findings"]
    assert list(finding) == [
        "code",
        "name",
        "severity",
        "path",
        "line",
        "column",
        "message",
        "hint",
        "subject",
    ]
    assert finding["code"] == "R003"
    assert finding["name"] == "unknown-segment"
    assert (finding["line"], finding["column"]) == (4, 10)
    assert finding["subject"] == "vapaa-aika"


def test_messages_follow_lang(repo: Repo) -> None:
    broken(repo)
    _, fi, _ = run("--root", str(repo.root), "validate", "--format", "json")
    _, en, _ = run("--root", str(repo.root), "--lang", "en", "validate", "--format", "json")
    assert "määritelty" in json.loads(fi)["findings"][0]["message"]
    assert "not defined" in json.loads(en)["findings"][0]["message"]


def test_lang_from_config(repo: Repo) -> None:
    broken(repo).write("asiakkuus.toml", 'lang = "en"\n')
    _, out, _ = run("--root", str(repo.root), "validate")
    assert "not defined" in out


def test_unknown_config_key_exits_2_naming_it(repo: Repo) -> None:
    repo.base().write("asiakkuus.toml", "[rules]\nstale_days = 3\n")
    code, _, err = run("--root", str(repo.root), "--lang", "en", "validate")
    assert code == 2
    assert "rules.stale_days" in err


def test_unknown_severity_code_exits_2(repo: Repo) -> None:
    repo.base().write("asiakkuus.toml", '[rules.severity]\nX999 = "off"\n')
    code, _, err = run("--root", str(repo.root), "validate")
    assert code == 2
    assert "X999" in err


def test_severity_off_in_config(repo: Repo) -> None:
    broken(repo).write("asiakkuus.toml", '[rules.severity]\nR003 = "off"\n')
    assert run("--root", str(repo.root), "validate")[0] == 0


def test_bad_toml_exits_2(repo: Repo) -> None:
    repo.base().write("asiakkuus.toml", "lang = \n")
    assert run("--root", str(repo.root), "validate")[0] == 2


def test_no_repository_exits_2_and_says_init(tmp_path: Path) -> None:
    code, _, err = run("validate", cwd=tmp_path, env={"ASIAKKUUS_ROOT": ""})
    assert code == 2
    assert "asiakkuus init" in err


def test_root_found_upward_like_git(repo: Repo) -> None:
    broken(repo)
    code, _, _ = run("validate", cwd=repo.root / "data" / "customers", env={"ASIAKKUUS_ROOT": ""})
    assert code == 1


def test_root_from_environment(repo: Repo, tmp_path: Path) -> None:
    broken(repo)
    assert run("validate", cwd=tmp_path, env={"ASIAKKUUS_ROOT": str(repo.root)})[0] == 1


def test_missing_root_exits_2(tmp_path: Path) -> None:
    assert run("--root", str(tmp_path / "nope"), "validate")[0] == 2


def test_bad_today_and_lang_and_format_exit_2(repo: Repo) -> None:
    root = str(repo.base().root)
    assert run("--root", root, "--today", "26.11.2026", "validate")[0] == 2
    assert run("--root", root, "--lang", "de", "validate")[0] == 2
    assert run("--root", root, "validate", "--format", "xml")[0] == 2
    assert run("--root", root, "validate", "--no-such-option")[0] == 2


def test_paths_limit_the_report(repo: Repo) -> None:
    broken(repo).write(
        "data/customers/muu.yaml",
        PLAN.replace("vapaa-aika", "muu").replace("segment: 1", "segment: 8"),
    )
    code, out, _ = run(
        "--root",
        str(repo.root),
        "validate",
        "--format",
        "json",
        str(repo.root / "data/customers/muu.yaml"),
    )
    doc = json.loads(out)
    assert code == 1
    assert {f["path"] for f in doc["findings"]} == {"data/customers/muu.yaml"}
    assert doc["summary"]["files"] == 1
    code, out, _ = run(
        "--root",
        str(repo.root),
        "validate",
        "--format",
        "json",
        str(repo.root / "data/people.yaml"),
    )
    assert code == 0
    assert json.loads(out)["findings"] == []


def test_path_outside_repository_exits_2(repo: Repo, tmp_path: Path) -> None:
    assert run("--root", str(repo.base().root), "validate", str(tmp_path))[0] == 2


def test_select_and_ignore(repo: Repo) -> None:
    root = str(broken(repo).root)
    assert run("--root", root, "validate", "--ignore", "R")[0] == 0
    assert run("--root", root, "validate", "--select", "S,C")[0] == 0
    assert run("--root", root, "validate", "--select", "R003")[0] == 1


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0
    assert out.startswith("asiakkuus ")


def test_no_color_means_no_escape_codes(repo: Repo) -> None:
    _, out, _ = run("--root", str(broken(repo).root), "--no-color", "validate")
    assert "\x1b[" not in out


def test_internal_failure_is_one_line_and_exit_3(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    from asiakkuus_cli import service

    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(service, "validate", explode)
    monkeypatch.delenv("ASIAKKUUS_DEBUG", raising=False)
    code, _, err = run("--root", str(repo.base().root), "validate")
    assert code == 3
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "boom" in err


def test_today_from_environment(repo: Repo) -> None:
    root = str(repo.base().root)
    assert run("--root", root, "validate", env={"ASIAKKUUS_TODAY": "not-a-date"})[0] == 2


def test_file_system_refusal_is_exit_2_not_a_bug(repo: Repo, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = run(
        "--root", str(repo.base().root), "--lang", "en", "schema", "--out", str(blocker / "sub")
    )
    assert code == 2
    assert "could not use" in err
    assert "Traceback" not in err
