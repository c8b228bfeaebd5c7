"""Files and the file system (docs/SECURITY.md): odd files where data is expected,
symlinks out of the repository, atomic writes that survive failures and SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from asiakkuus_cli.editing import atomic
from asiakkuus_cli.errors import UsageProblem

from .conftest import TODAY, Repo

SRC = Path(__file__).resolve().parents[1] / "src"
FIFO = "data/customers/putki.yaml"


def run_cli(repo: Repo, *args: str, timeout: float = 10) -> subprocess.CompletedProcess[str]:
    """The CLI in a child process, so that a hang fails the test instead of the suite."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "asiakkuus_cli", "--root", str(repo.root), "--lang", "en",
           "--today", TODAY.isoformat(), *args]  # fmt: skip
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env,
                          cwd=repo.root, stdin=subprocess.DEVNULL, check=False)  # fmt: skip


def s006(output: str, path: str) -> list[dict[str, Any]]:
    doc = json.loads(output)
    return [f for f in doc["findings"] if f["code"] == "S006" and f["path"] == path]


# --- a FIFO, a folder or a device where a YAML file is expected ---------------------------


def test_fifo_is_reported_not_read(repo: Repo) -> None:
    repo.base()
    os.mkfifo(repo.root / FIFO)
    r = run_cli(repo, "validate", "--format", "json")
    assert r.returncode == 1, r.stderr
    [finding] = s006(r.stdout, FIFO)
    assert "not a regular file" in finding["message"]


@pytest.mark.parametrize(
    "args",
    [
        ("plan", "list", "--format", "csv"),
        ("report", "segments", "--format", "json"),
        ("plan", "render", "vapaa-aika", "--format", "md"),
        ("plan", "show", "vapaa-aika"),
        ("calendar", "--format", "csv"),
        ("fmt", "--check"),
        ("plan", "touch", "putki"),
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_every_reading_command_passes_a_fifo(repo: Repo, args: tuple[str, ...]) -> None:
    repo.base()
    os.mkfifo(repo.root / FIFO)
    r = run_cli(repo, *args)  # a hang raises TimeoutExpired
    assert r.returncode in (0, 1), r.stderr
    assert "Traceback" not in r.stderr


def test_diff_passes_a_fifo(repo: Repo) -> None:
    repo.base()
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q"], cwd=repo.root, check=True)
    subprocess.run(["git", "add", "-A"], cwd=repo.root, check=True)
    subprocess.run([*git, "commit", "-qm", "x"], cwd=repo.root, check=True)
    os.mkfifo(repo.root / FIFO)
    r = run_cli(repo, "diff", "--format", "json")
    assert r.returncode == 0, r.stderr
    problems = json.loads(r.stdout)["problems"]
    assert [(p["path"], p["code"]) for p in problems] == [(FIFO, "S006")]


def test_fifo_in_place_of_organisation_is_reported(repo: Repo) -> None:
    repo.base()
    (repo.root / "data/organisation.yaml").unlink()
    os.mkfifo(repo.root / "data/organisation.yaml")
    r = run_cli(repo, "validate", "--format", "json")
    assert s006(r.stdout, "data/organisation.yaml")


def test_folder_named_like_a_data_file(repo: Repo) -> None:
    repo.base()
    (repo.root / "data/customers/kansio.yaml").mkdir()
    found = repo.check().findings
    assert [(f.code, f.path) for f in found if f.code == "S006"] == [
        ("S006", "data/customers/kansio.yaml")
    ]
    assert "not a regular file" in found[0].message


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_device_inside_the_repository(repo: Repo) -> None:
    repo.base()
    os.mknod(repo.root / "data/customers/nolla.yaml", stat.S_IFCHR | 0o600, os.makedev(1, 5))
    found = [(f.code, f.path) for f in repo.check().findings]
    assert ("S006", "data/customers/nolla.yaml") in found


def test_link_to_a_device_outside_is_not_read(repo: Repo) -> None:
    repo.base()
    os.symlink("/dev/zero", repo.root / "data/customers/nolla.yaml")
    found = [(f.code, f.path) for f in repo.check().findings]
    assert ("S006", "data/customers/nolla.yaml") in found


def test_link_inside_to_a_fifo_inside(repo: Repo) -> None:
    repo.base()
    os.mkfifo(repo.root / "putki")
    os.symlink(repo.root / "putki", repo.root / "data/customers/putki.yaml")
    r = run_cli(repo, "validate", "--format", "json")
    assert s006(r.stdout, FIFO)


# --- writing: no link out of the repository; user-named output links are replaced -----


def outside_dir(tmp_path: Path) -> Path:
    d = tmp_path / "outside"
    d.mkdir()
    return d


def test_write_through_a_link_out_of_the_repository_is_refused(repo: Repo, tmp_path: Path) -> None:
    repo.base()
    victim = outside_dir(tmp_path) / "victim.yaml"
    victim.write_text("keep\n")
    link = repo.root / "data/customers/linkki.yaml"
    link.symlink_to(victim)
    with pytest.raises(UsageProblem) as caught:
        atomic.write_text(link, "x: 1\n", within=repo.root)
    assert caught.value.key == "write.outside"
    assert victim.read_text() == "keep\n"


def test_write_into_a_folder_linked_out_is_refused(repo: Repo, tmp_path: Path) -> None:
    out = outside_dir(tmp_path)
    (repo.root / "data" / "linked").symlink_to(out, target_is_directory=True)
    with pytest.raises(UsageProblem) as caught:
        atomic.write_text(repo.root / "data" / "linked" / "x.yaml", "x\n", within=repo.root)
    assert caught.value.key == "write.outside"
    assert list(out.iterdir()) == []


def test_plan_new_refuses_a_customers_folder_linked_out(
    repo: Repo, tmp_path: Path, cli: Any
) -> None:
    repo.base()
    out = outside_dir(tmp_path)
    customers = repo.root / "data/customers"
    (customers / "vapaa-aika.yaml").rename(out / "vapaa-aika.yaml")
    customers.rmdir()
    customers.symlink_to(out, target_is_directory=True)
    r: Any = cli("--root", str(repo.root), "--lang", "en", "plan", "new", "uusi", "--name", "U",
                 "--type", "division", "--segment", "1", "--manager", "liisa-laine")  # fmt: skip
    assert r.exit_code == 2, r.output
    assert "leads out of the repository" in r.output
    assert sorted(p.name for p in out.iterdir()) == ["vapaa-aika.yaml"]


def test_schema_refuses_a_schemas_folder_linked_out(repo: Repo, tmp_path: Path, cli: Any) -> None:
    repo.base()
    out = outside_dir(tmp_path)
    (repo.root / "schemas").symlink_to(out, target_is_directory=True)
    r: Any = cli("--root", str(repo.root), "--lang", "en", "schema")
    assert r.exit_code == 2
    assert "leads out of the repository" in r.output
    assert list(out.iterdir()) == []


def test_fmt_and_touch_refuse_a_data_file_linked_out(repo: Repo, tmp_path: Path, cli: Any) -> None:
    repo.base()
    victim = outside_dir(tmp_path) / "victim.yaml"
    plan = repo.root / "data/customers/vapaa-aika.yaml"
    victim.write_text(plan.read_text().replace("updated: 2026-11-01", "updated: 1.11.2026"))
    before = victim.read_text()
    plan.unlink()
    plan.symlink_to(victim)
    for args in (("fmt",), ("plan", "touch", "vapaa-aika")):
        r: Any = cli("--root", str(repo.root), "--lang", "en", "--today", "2026-11-26", *args)
        assert r.exit_code == 1, r.output
        assert "S006" in r.output
    assert victim.read_text() == before
    assert plan.is_symlink()


def test_data_file_linked_inside_is_edited_through_the_link(repo: Repo, cli: Any) -> None:
    repo.base()
    plan = repo.root / "data/customers/vapaa-aika.yaml"
    real = repo.root / "shared-plan.yaml"
    plan.rename(real)
    plan.symlink_to(real)
    r: Any = cli("--root", str(repo.root), "--today", "2026-11-26", "plan", "touch", "vapaa-aika")
    assert r.exit_code == 0, r.output
    assert plan.is_symlink()
    assert "updated: 2026-11-26" in real.read_text()


def test_output_symlink_is_replaced_not_followed(repo: Repo, tmp_path: Path, cli: Any) -> None:
    repo.base()
    victim = outside_dir(tmp_path) / "victim.txt"
    victim.write_text("keep\n")
    link = tmp_path / "plan.md"
    link.symlink_to(victim)
    r: Any = cli("--root", str(repo.root), "plan", "render", "vapaa-aika", "-o", str(link))
    assert r.exit_code == 0, r.output
    assert not link.is_symlink()
    assert "Vapaa-aikatoimiala" in link.read_text()
    assert victim.read_text() == "keep\n"


def test_ics_symlink_is_replaced_not_followed(repo: Repo, tmp_path: Path, cli: Any) -> None:
    repo.base()
    victim = outside_dir(tmp_path) / "victim.ics"
    victim.write_text("BEGIN:VCALENDAR\nkeep\n")
    link = tmp_path / "cal.ics"
    link.symlink_to(victim)
    r: Any = cli("--root", str(repo.root), "calendar", "--ics", str(link))
    assert r.exit_code == 0, r.output
    assert not link.is_symlink()
    assert victim.read_text() == "BEGIN:VCALENDAR\nkeep\n"


def test_output_link_to_a_device_is_refused(repo: Repo, tmp_path: Path, cli: Any) -> None:
    repo.base()
    link = tmp_path / "plan.md"
    link.symlink_to("/dev/null")
    r: Any = cli("--root", str(repo.root), "--lang", "en", "plan", "render", "vapaa-aika",
                 "-o", str(link))  # fmt: skip
    assert r.exit_code == 2
    assert "not a regular file" in r.output
    assert link.is_symlink()


@pytest.mark.parametrize(
    "args", [("plan", "render", "vapaa-aika", "-o"), ("calendar", "--ics")], ids=["render", "ics"]
)
def test_output_fifo_is_refused_without_hanging(
    repo: Repo, tmp_path: Path, args: tuple[str, ...]
) -> None:
    repo.base()
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    r = run_cli(repo, *args, str(fifo))
    assert r.returncode == 2, r.stderr
    assert "not a regular file" in r.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


# --- atomic writes: fsync, mode, no temporary files, failures and SIGKILL -----------------


def test_write_fsyncs_the_file_and_its_folder(tmp_path: Path, monkeypatch: Any) -> None:
    kinds: list[str] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        kinds.append("dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    atomic.write_text(tmp_path / "x.yaml", "a: 1\n")
    assert kinds == ["file", "dir"]


def test_new_file_mode_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        atomic.write_text(tmp_path / "x.yaml", "a: 1\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "x.yaml").stat().st_mode) == 0o640


@pytest.mark.parametrize("failing", ["fsync", "replace", "chmod"])
def test_failed_write_keeps_the_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: Any, failing: str
) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("old\n")

    def boom(*_args: object, **_kw: object) -> None:
        raise OSError(28, "No space left on device")

    target = Path if failing == "chmod" else os
    monkeypatch.setattr(target, failing, boom)
    with pytest.raises(OSError, match="No space left"):
        atomic.write_text(path, "new\n")
    monkeypatch.undo()
    assert path.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["x.yaml"]


def test_failed_write_in_a_command_is_one_line_exit_2(
    repo: Repo, monkeypatch: Any, cli: Any
) -> None:
    repo.base()
    plan = repo.root / "data/customers/vapaa-aika.yaml"
    before = plan.read_text()

    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    r: Any = cli("--root", str(repo.root), "--lang", "en", "--today", "2026-11-26",
                 "plan", "touch", "vapaa-aika")  # fmt: skip
    monkeypatch.undo()
    assert r.exit_code == 2
    assert "No space left on device" in r.output
    assert "Traceback" not in r.output
    assert plan.read_text() == before
    assert sorted(os.listdir(plan.parent)) == ["vapaa-aika.yaml"]


CHILD = textwrap.dedent(
    """\
    import os, sys, time
    from pathlib import Path
    from asiakkuus_cli.editing import atomic

    def slow_replace(self, target):
        Path(sys.argv[2]).write_text("ready")
        time.sleep(60)

    Path.replace = slow_replace
    atomic.write_text(Path(sys.argv[1]), "new: 1\\n")
    """
)


def test_sigkill_mid_write_leaves_the_old_file_whole(repo: Repo, tmp_path: Path) -> None:
    repo.base()
    plan = repo.root / "data/customers/vapaa-aika.yaml"
    before = plan.read_text()
    ready = tmp_path / "ready"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(plan), str(ready)], env=env)
    try:
        deadline = time.monotonic() + 10
        while not ready.exists():
            assert time.monotonic() < deadline, "the child never reached the rename"
            assert child.poll() is None, "the child ended early"
            time.sleep(0.02)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert plan.read_text() == before
    [leftover] = atomic.leftovers(plan)
    assert leftover.name.startswith(".vapaa-aika.yaml.asiakkuus-tmp-")
    assert leftover.read_text() == "new: 1\n"
    # No command reads the leftover: the repository validates as before.
    assert [f.path for f in repo.check().findings if f.code.startswith("S")] == []
    # A young leftover may be another process's write in progress: kept.
    atomic.write_text(plan, before)
    assert atomic.leftovers(plan) == [leftover]
    # An old one is removed by the next write of the same file.
    old = time.time() - 3600
    os.utime(leftover, (old, old))
    atomic.write_text(plan, before)
    assert atomic.leftovers(plan) == []
    assert plan.read_text() == before


# --- the settings file --------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "link_out", "folder"])
def test_odd_settings_file_is_a_clear_exit_2(repo: Repo, tmp_path: Path, kind: str) -> None:
    repo.base()
    config = repo.root / "asiakkuus.toml"
    if kind == "fifo":
        os.mkfifo(config)
    elif kind == "folder":
        config.mkdir()
    else:
        (tmp_path / "elsewhere.toml").write_text('lang = "en"\n')
        config.symlink_to(tmp_path / "elsewhere.toml")
    r = run_cli(repo, "validate")
    assert r.returncode == 2, r.stderr
    assert "asiakkuus.toml" in r.stderr
    assert "Traceback" not in r.stderr
