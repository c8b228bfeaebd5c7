"""Templates from a data repository (docs/SECURITY.md): Jinja2's sandbox, no file outside
the templates folder, Typst without links out or downloads; failures are exit 2."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from asiakkuus_cli import render as rendering

from .conftest import TODAY, Repo

SECRET = "secret-data-8d1f"

HOSTILE = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ namespace.__init__.__globals__['__builtins__'] }}",
    "{{ self._TemplateReference__context }}",
    "{{ customer.__class__.__init__.__globals__ }}",
    "{{ config }}{{ request }}",
    "{% include '/etc/passwd' %}",
    "{% include '../../secret.txt' %}",
    "{% extends '../secret.txt' %}",
    "{% for x in range(10**9) %}{% endfor %}",
    "{{ 1 / 0 }}",
    "{% include 'linked.j2' %}",
]


@pytest.fixture
def hostile_repo(repo: Repo, tmp_path: Path) -> Repo:
    repo.base()
    (tmp_path / "secret.txt").write_text(SECRET)
    (repo.root / "secret.txt").write_text(SECRET)
    (repo.root / "templates").mkdir()
    (repo.root / "templates" / "linked.j2").symlink_to(tmp_path / "secret.txt")
    return repo


def render_md(cli: Any, repo: Repo) -> Any:
    return cli("--root", str(repo.root), "--lang", "en", "--today", TODAY.isoformat(),
               "plan", "render", "vapaa-aika", "-f", "md", "-o", "-")  # fmt: skip


@pytest.mark.parametrize("template", HOSTILE)
def test_hostile_template_is_refused(hostile_repo: Repo, cli: Any, template: str) -> None:
    (hostile_repo.root / "templates" / "plan.md.j2").write_text(template)
    r = render_md(cli, hostile_repo)
    assert r.exit_code == 2, r.output
    assert "Traceback" not in r.output
    assert SECRET not in r.output
    assert "root:" not in r.output
    assert "uid=" not in r.output
    [line] = r.output.strip().splitlines()
    assert "plan.md.j2" in line or "linked.j2" in line


def test_a_benign_override_still_renders(hostile_repo: Repo, cli: Any) -> None:
    (hostile_repo.root / "templates" / "plan.md.j2").write_text("# {{ customer | md }}\n")
    r = render_md(cli, hostile_repo)
    assert r.exit_code == 0, r.output
    assert r.output == "# Vapaa-aikatoimiala\n"


def test_template_linked_out_is_not_used(hostile_repo: Repo, cli: Any, tmp_path: Path) -> None:
    (hostile_repo.root / "templates" / "plan.md.j2").symlink_to(tmp_path / "secret.txt")
    r = render_md(cli, hostile_repo)
    assert r.exit_code == 2
    assert "leads out of its templates folder" in r.output
    assert SECRET not in r.output


def test_template_linked_inside_is_used(hostile_repo: Repo, cli: Any) -> None:
    templates = hostile_repo.root / "templates"
    (templates / "real.j2").write_text("# {{ customer | md }}\n")
    (templates / "plan.md.j2").symlink_to(templates / "real.j2")
    r = render_md(cli, hostile_repo)
    assert r.exit_code == 0, r.output
    assert "Vapaa-aikatoimiala" in r.output


def test_new_plan_template_is_sandboxed(hostile_repo: Repo, cli: Any, tmp_path: Path) -> None:
    templates = hostile_repo.root / "templates"
    args = ("--root", str(hostile_repo.root), "--lang", "en", "plan", "new", "uusi", "--name",
            "U", "--type", "division", "--segment", "1", "--manager", "liisa-laine")  # fmt: skip
    for template in ("{{ ''.__class__.__mro__ }}", "{% include 'linked.j2' %}", "{{ 1/0 }}"):
        (templates / "new-plan.yaml").write_text(template)
        r = cli(*args)
        assert r.exit_code == 2, (template, r.output)
        assert SECRET not in r.output
    (templates / "new-plan.yaml").unlink()
    (templates / "new-plan.yaml").symlink_to(tmp_path / "secret.txt")
    r = cli(*args)
    assert r.exit_code == 2
    assert "leads out of its templates folder" in r.output
    assert not (hostile_repo.root / "data/customers/uusi.yaml").exists()


# --- Typst --------------------------------------------------------------------------------


def render_pdf(cli: Any, repo: Repo, tmp_path: Path) -> Any:
    return cli("--root", str(repo.root), "--lang", "en", "--today", TODAY.isoformat(),
               "plan", "render", "vapaa-aika", "-f", "pdf", "-o", str(tmp_path / "x.pdf"))  # fmt: skip


@pytest.mark.parametrize(
    "source", ['#read("/etc/passwd")', '#read("../secret.txt")', '#include "../../secret.txt"']
)
def test_typst_template_reads_nothing_outside(
    hostile_repo: Repo, cli: Any, tmp_path: Path, source: str
) -> None:
    (hostile_repo.root / "templates" / "linked.j2").unlink()
    (hostile_repo.root / "templates" / "plan.typ").write_text(source + "\n")
    r = render_pdf(cli, hostile_repo, tmp_path)
    assert r.exit_code == 2, r.output
    assert "plan.typ" in r.output
    assert not (tmp_path / "x.pdf").exists()


def test_typst_templates_with_a_link_out_are_refused(
    hostile_repo: Repo, cli: Any, tmp_path: Path
) -> None:
    (hostile_repo.root / "templates" / "plan.typ").write_text('#read("linked.j2")\n')
    r = render_pdf(cli, hostile_repo, tmp_path)
    assert r.exit_code == 2
    assert "leads out of templates/" in r.output
    assert not (tmp_path / "x.pdf").exists()


def test_typst_cannot_download_packages(
    hostile_repo: Repo, cli: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    (hostile_repo.root / "templates" / "linked.j2").unlink()
    (hostile_repo.root / "templates" / "plan.typ").write_text('#import "@preview/cetz:0.3.1"\n')
    monkeypatch.setenv("NO_PROXY", "*")
    monkeypatch.delenv("HTTPS_PROXY", raising=False)
    r = render_pdf(cli, hostile_repo, tmp_path)
    assert r.exit_code == 2
    assert "Connection refused" in r.output  # the proxy that cannot exist; DNS never asked
    assert os.environ.get("NO_PROXY") == "*"  # the environment is restored afterwards
    assert "HTTPS_PROXY" not in os.environ


def test_typst_sees_the_proxy_only_while_compiling(monkeypatch: Any) -> None:
    seen: dict[str, str | None] = {}

    def fake_compile(*_args: object, **_kw: object) -> bytes:
        seen.update({k: os.environ.get(k) for k in ("HTTPS_PROXY", "https_proxy", "NO_PROXY")})
        return b"%PDF"

    import typst

    monkeypatch.setattr(typst, "compile", fake_compile)
    monkeypatch.setenv("NO_PROXY", "packages.typst.org")
    assert rendering.render("plan", "pdf", {}, None) == b"%PDF"
    assert seen == {"HTTPS_PROXY": "http://127.0.0.1:0", "https_proxy": "http://127.0.0.1:0",
                    "NO_PROXY": None}  # fmt: skip
    assert os.environ["NO_PROXY"] == "packages.typst.org"


# --- the network --------------------------------------------------------------------------


def test_no_command_opens_a_socket(repo: Repo, cli: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """Python code of the tool never connects or resolves a name (Typst: the test above)."""
    import socket

    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("network use")

    repo.base()
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    base = ("--root", str(repo.root), "--lang", "en", "--today", TODAY.isoformat())
    for args in (
        ("validate", "--format", "sarif"),
        ("plan", "list", "-f", "csv"),
        ("plan", "show", "vapaa-aika"),
        ("plan", "render", "vapaa-aika", "-f", "html"),
        ("report", "segments", "-f", "json"),
        ("calendar", "--ics", str(tmp_path / "c.ics")),
        ("fmt", "--check"),
        ("schema", "--out", str(tmp_path / "schemas")),
    ):
        r = cli(*base, *args)
        assert r.exit_code in (0, 1), (args, r.output)
