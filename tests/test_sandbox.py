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
    """The proxy that cannot exist is in the Typst child's environment, not the tool's."""
    monkeypatch.setenv("NO_PROXY", "packages.typst.org")
    env = rendering._offline_env()
    assert {k: env.get(k) for k in ("HTTPS_PROXY", "https_proxy", "NO_PROXY")} == {
        "HTTPS_PROXY": "http://127.0.0.1:0", "https_proxy": "http://127.0.0.1:0",
        "NO_PROXY": None}  # fmt: skip
    assert os.environ["NO_PROXY"] == "packages.typst.org"
    assert "HTTPS_PROXY" not in os.environ or os.environ["HTTPS_PROXY"] != "http://127.0.0.1:0"


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


# --- a templates folder from elsewhere (issue 12) -----------------------------------------


@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_templates_folder_linked_out_is_refused(
    repo: Repo, cli: Any, tmp_path: Path, fmt: str
) -> None:
    """`templates -> /elsewhere`: neither its Jinja2 nor its Typst templates are used, so a
    Typst template there cannot read a file next to it, outside the repository."""
    repo.base()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "secret.txt").write_text(SECRET)
    (elsewhere / "plan.typ").write_text('#read("secret.txt")\n')
    (elsewhere / "plan.md.j2").write_text("{% include 'secret.txt' %}\n")
    (elsewhere / "new-plan.yaml").write_text("{% include 'secret.txt' %}\n")
    (repo.root / "templates").symlink_to(elsewhere)
    out = tmp_path / "x.out"
    base = ("--root", str(repo.root), "--lang", "en", "--today", TODAY.isoformat())
    r = cli(*base, "plan", "render", "vapaa-aika", "-f", fmt, "-o", str(out))
    assert r.exit_code == 2, r.output
    [line] = r.output.strip().splitlines()
    assert "templates is a symbolic link that leads out of the repository" in line
    assert SECRET not in r.output
    assert not out.exists()


@pytest.mark.parametrize("target", ["templates", "nowhere"])
def test_templates_folder_that_loops_or_dangles_is_refused(
    repo: Repo, cli: Any, target: str
) -> None:
    repo.base()
    (repo.root / "templates").symlink_to(target)
    r = render_md(cli, repo)
    assert r.exit_code == 2, r.output
    assert "loops or leads nowhere" in r.output


def test_templates_folder_linked_inside_is_used(repo: Repo, cli: Any) -> None:
    repo.base()
    (repo.root / "own").mkdir()
    (repo.root / "own" / "plan.md.j2").write_text("# {{ customer | md }}\n")
    (repo.root / "templates").symlink_to("own")
    r = render_md(cli, repo)
    assert (r.exit_code, r.output) == (0, "# Vapaa-aikatoimiala\n")


def test_typst_root_holds_only_copies_of_the_templates(
    repo: Repo, cli: Any, tmp_path: Path
) -> None:
    """Typst compiles in a fresh folder: a FIFO in templates/ is not there (reading it
    would block), and what Typst reads is the copy made before it started."""
    repo.base()
    templates = repo.root / "templates"
    templates.mkdir()
    os.mkfifo(templates / "putki.txt")
    (templates / "plan.typ").write_text('#read("putki.txt")\n')
    r = render_pdf(cli, repo, tmp_path)
    assert r.exit_code == 2, r.output
    assert "plan.typ" in r.output
    assert "putki.txt" in r.output  # not found: it was not copied
    (templates / "plan.typ").write_text('#import "common.typ": x\n#x\n')
    (templates / "common.typ").write_text("#let x = [ok]\n")
    assert render_pdf(cli, repo, tmp_path).exit_code == 0


# --- bounds: recursion, size, time, memory (issue 12) ---------------------------------------

BOUNDED = {
    "{% include 'plan.md.j2' %}": "calls itself too deeply",
    "{% macro m(x) %}{{ m(x) }}{% endmacro %}{{ m(1) }}": "calls itself too deeply",
    "{% include 'a.j2' %}": "calls itself too deeply",  # a.j2 and b.j2 include each other
    "{{ 'x' * 10**9 }}": "more text than the limit",
    "{{ [0] * 10**9 }}": "more text than the limit",
    "{{ 7 ** 10000000 }}": "more text than the limit",
    "{% set ns = namespace(s='x') %}{% for i in range(40) %}"
    "{% set ns.s = ns.s ~ ns.s %}{% endfor %}": "more text than the limit",
    "{% set ns = namespace(s='x') %}{% for i in range(40) %}"
    "{% set ns.s = ns.s + ns.s %}{% endfor %}": "more text than the limit",
    "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}": "more text than the limit",
    "{{ 'x' | center(2000000000) }}": "too much memory",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}":
        "longer than 2 s",
}  # fmt: skip


@pytest.mark.parametrize("template", BOUNDED)
def test_unbounded_template_is_exit_2_naming_it(
    repo: Repo, cli: Any, template: str, monkeypatch: Any
) -> None:
    from asiakkuus_cli import bounds

    monkeypatch.setattr(bounds, "MAX_SECONDS", 2)
    repo.base()
    templates = repo.root / "templates"
    templates.mkdir()
    (templates / "plan.md.j2").write_text(template)
    (templates / "a.j2").write_text("{% include 'b.j2' %}")
    (templates / "b.j2").write_text("{% include 'a.j2' %}")
    r = render_md(cli, repo)
    assert r.exit_code == 2, r.output
    [line] = r.output.strip().splitlines()
    assert "Template 'plan.md.j2' failed" in line
    assert BOUNDED[template] in line


def test_new_plan_template_is_bounded(repo: Repo, cli: Any) -> None:
    repo.base()
    (repo.root / "templates").mkdir()
    (repo.root / "templates" / "new-plan.yaml").write_text(
        "{% macro m(x) %}{{ m(x) }}{% endmacro %}{{ m(1) }}"
    )
    r = cli("--root", str(repo.root), "--lang", "en", "plan", "new", "uusi", "--name", "U",
            "--type", "division", "--segment", "1", "--manager", "liisa-laine")  # fmt: skip
    assert r.exit_code == 2, r.output
    assert "Template 'new-plan.yaml' failed: it calls itself too deeply" in r.output
    assert not (repo.root / "data/customers/uusi.yaml").exists()


def test_a_timer_of_the_caller_survives_a_template() -> None:
    """The template's time limit uses the interval timer; one already set keeps running."""
    import signal

    from asiakkuus_cli import bounds

    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        with bounds.bounded_run("x"):
            pass
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 90 < left <= 100
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


TYPST_BOUNDED = {
    "#let f(x) = f(x)\n#f(1)\n": "plan.typ",  # Typst's own call depth limit
    "#for i in range(100000) { for j in range(100000) { } }\n": "longer than 1 s",
}


@pytest.mark.parametrize("source", TYPST_BOUNDED)
def test_unbounded_typst_template_is_exit_2_naming_it(
    repo: Repo, cli: Any, tmp_path: Path, source: str, monkeypatch: Any
) -> None:
    monkeypatch.setattr(rendering, "TYPST_SECONDS", 1)
    repo.base()
    (repo.root / "templates").mkdir()
    (repo.root / "templates" / "plan.typ").write_text(source)
    r = render_pdf(cli, repo, tmp_path)
    assert r.exit_code == 2, r.output
    [line] = r.output.strip().splitlines()
    assert "Template 'plan.typ' failed" in line
    assert TYPST_BOUNDED[source] in line
    assert not (tmp_path / "x.pdf").exists()
