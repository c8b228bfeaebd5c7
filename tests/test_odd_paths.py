"""Every kind of odd path in data/ (issue 12, docs/SECURITY.md "Files and the file system"):
links that loop, dangle, lead out or stand for a folder; FIFOs, sockets, devices, folders
named *.yaml, a file where a data folder belongs. Each is that path's S006 finding, every
other file is still checked, and no command ends in a traceback."""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from asiakkuus_cli.cli.app import app

from .conftest import PLAN, TODAY, Repo

C = "data/customers"
FAULTY = PLAN.replace("id: vapaa-aika", "id: toinen").replace("anna-asiakas", "nobody")


def _loop(root: Path, out: Path) -> str:
    os.symlink("loop.yaml", root / C / "loop.yaml")
    return f"{C}/loop.yaml"


def _loop_of_two(root: Path, out: Path) -> str:
    """Two links to each other: both are reported (paths separated by a space)."""
    os.symlink("b.yaml", root / C / "a.yaml")
    os.symlink("a.yaml", root / C / "b.yaml")
    return f"{C}/a.yaml {C}/b.yaml"


def _dangling(root: Path, out: Path) -> str:
    os.symlink("nowhere.yaml", root / C / "kadonnut.yaml")
    return f"{C}/kadonnut.yaml"


def _link_out(root: Path, out: Path) -> str:
    (out / "ulko.yaml").write_text(PLAN.replace("vapaa-aika", "ulko"))
    os.symlink(out / "ulko.yaml", root / C / "ulko.yaml")
    return f"{C}/ulko.yaml"


def _folder_linked_out(root: Path, out: Path) -> str:
    (out / "projects").mkdir()
    (out / "projects" / "p.yaml").write_text("id: p\n")
    (root / "data/projects").rmdir()
    os.symlink(out / "projects", root / "data/projects")
    return "data/projects/p.yaml"


def _folder_loop(root: Path, out: Path) -> str:
    (root / "data/projects").rmdir()
    os.symlink("projects", root / "data/projects")
    return "data/projects"


def _folder_dangling(root: Path, out: Path) -> str:
    (root / "data/projects").rmdir()
    os.symlink("nowhere", root / "data/projects")
    return "data/projects"


def _file_for_folder(root: Path, out: Path) -> str:
    (root / "data/projects").rmdir()
    (root / "data/projects").write_text("id: x\n")
    return "data/projects"


def _fifo(root: Path, out: Path) -> str:
    os.mkfifo(root / C / "putki.yaml")
    return f"{C}/putki.yaml"


def _socket(root: Path, out: Path) -> str:
    here = Path.cwd()
    os.chdir(root / C)  # a socket's path is limited to ~100 bytes
    try:
        sock = socket.socket(socket.AF_UNIX)
        sock.bind("pistoke.yaml")
        sock.close()
    finally:
        os.chdir(here)
    return f"{C}/pistoke.yaml"


def _folder_named_yaml(root: Path, out: Path) -> str:
    (root / C / "kansio.yaml").mkdir()
    return f"{C}/kansio.yaml"


def _link_to_device(root: Path, out: Path) -> str:
    os.symlink("/dev/zero", root / C / "nolla.yaml")
    return f"{C}/nolla.yaml"


def _device(root: Path, out: Path) -> str:
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    os.mknod(root / C / "laite.yaml", stat.S_IFCHR | 0o600, os.makedev(1, 5))
    return f"{C}/laite.yaml"


def _unreadable(root: Path, out: Path) -> str:
    if os.geteuid() == 0:
        pytest.skip("root reads a file without read permission")
    path = root / C / "salainen.yaml"
    path.write_text(PLAN.replace("vapaa-aika", "salainen"))
    path.chmod(0)
    return f"{C}/salainen.yaml"


#: kind -> (make it, the S006 variant's words in the finding)
KINDS: dict[str, tuple[Callable[[Path, Path], str], str]] = {
    "loop": (_loop, "loops"),
    "loop of two": (_loop_of_two, "loops"),
    "dangling link": (_dangling, "target does not exist"),
    "link out": (_link_out, "leads out of the repository"),
    "folder linked out": (_folder_linked_out, "leads out of the repository"),
    "folder loop": (_folder_loop, "loops"),
    "folder dangling": (_folder_dangling, "target does not exist"),
    "file for a folder": (_file_for_folder, "should be a folder"),
    "fifo": (_fifo, "not a regular file"),
    "socket": (_socket, "not a regular file"),
    "folder named *.yaml": (_folder_named_yaml, "not a regular file"),
    "link to a device": (_link_to_device, "leads out of the repository"),
    "device": (_device, "not a regular file"),
    "unreadable": (_unreadable, "Permission denied"),
}

COMMANDS: list[tuple[str, ...]] = [
    ("plan", "list", "--format", "csv"),
    ("project", "list", "--format", "json"),
    ("report", "segments", "--format", "json"),
    ("report", "managers", "--format", "json"),
    ("report", "needs", "--format", "csv"),
    ("report", "projects", "--format", "json"),
    ("calendar", "--format", "csv"),
    ("plan", "show", "vapaa-aika"),
    ("plan", "render", "vapaa-aika", "--format", "md"),
    ("fmt", "--check"),
    ("fmt",),
    ("plan", "touch", "vapaa-aika"),
]


@pytest.fixture(params=sorted(KINDS))
def odd(request: pytest.FixtureRequest, repo: Repo, tmp_path: Path) -> tuple[Repo, str]:
    """The base repository, a second plan with an R001 error, and one odd path."""
    repo.base()
    repo.write(f"{C}/toinen.yaml", FAULTY)
    outside = tmp_path / "outside"
    outside.mkdir()
    make, _ = KINDS[request.param]
    rel = make(repo.root, outside)
    repo.kind = request.param  # type: ignore[attr-defined]
    return repo, rel


def invoke(root: Path, *args: str) -> Any:
    """The CLI in-process, with an alarm so that a hang fails the test."""

    def hung(signum: int, frame: object) -> None:
        raise TimeoutError(" ".join(args))

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    try:
        return CliRunner().invoke(
            app, ["--root", str(root), "--lang", "en", "--today", TODAY.isoformat(), *args]
        )
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_odd_path_is_its_own_finding(odd: tuple[Repo, str]) -> None:
    repo, rel = odd
    _, words = KINDS[repo.kind]  # type: ignore[attr-defined]
    r = invoke(repo.root, "validate", "--format", "json")
    assert r.exit_code == 1, r.output
    findings = json.loads(r.stdout)["findings"]
    s006 = [(f["path"], f["line"], f["column"]) for f in findings if f["code"] == "S006"]
    assert s006 == [(path, 1, 1) for path in rel.split()]
    assert all(words in f["message"] for f in findings if f["code"] == "S006")
    # Every other file is still checked: the second plan's R001 is there.
    assert ("R001", f"{C}/toinen.yaml") in {(f["code"], f["path"]) for f in findings}


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_passes_an_odd_path(odd: tuple[Repo, str], args: tuple[str, ...]) -> None:
    repo, _ = odd
    r = invoke(repo.root, *args)
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert r.exit_code in (0, 1), r.output
    if args == ("plan", "touch", "vapaa-aika"):
        assert r.exit_code == 0


def test_validate_names_an_odd_path_as_itself(odd: tuple[Repo, str]) -> None:
    """`validate PATH` with the odd path: its own finding, not a crash or its target's."""
    repo, rel = odd
    first = rel.split()[0]
    r = invoke(repo.root, "validate", "--format", "json", str(repo.root / first))
    assert r.exit_code == 1, r.output
    assert [f["path"] for f in json.loads(r.stdout)["findings"] if f["code"] == "S006"] == [first]


def test_diff_passes_an_odd_path(odd: tuple[Repo, str]) -> None:
    repo, _ = odd
    git = ["git", "-C", str(repo.root), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "data/organisation.yaml", "data/people.yaml", C + "/vapaa-aika.yaml"],
                   check=True)  # fmt: skip
    subprocess.run([*git, "commit", "-qm", "x"], check=True)
    r = invoke(repo.root, "diff", "--format", "json")
    assert r.exit_code == 0, r.output
    for args in (("diff",), ("validate", "--changed-since", "HEAD")):
        r = invoke(repo.root, *args)
        assert r.exit_code in (0, 1), r.output
