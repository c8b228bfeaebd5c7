"""fmt on large repositories (issue 18): the content cache and the worker processes.

The cache may only skip work for content proven canonical: a hit skips parsing,
a changed file, other settings, a forged or foreign entry and an unsafe cache
directory all fall back to the full check. Worker processes give the same
output, in the same order, as one process.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from asiakkuus_cli.editing import edit, parallel
from asiakkuus_cli.editing.cache import FILE, KEY_FILE

from .conftest import Repo
from .test_fmt import CANONICAL, MESSY

REL = "data/customers/vapaa-aika.yaml"
OTHER = "data/customers/toinen.yaml"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("ASIAKKUUS_CACHE_DIR", str(directory))
    return directory


def _repo(repo: Repo) -> Repo:
    repo.base()
    repo.write(REL, CANONICAL)
    repo.write(OTHER, CANONICAL.replace("vapaa-aika", "toinen"))
    return repo


def _check(cli, repo: Repo, *extra: str):  # type: ignore[no-untyped-def]
    return cli("--root", str(repo.root), "--lang", "en", "fmt", "--check", *extra)


def _entries(directory: Path) -> list[str]:
    return list(json.loads((directory / FILE).read_text(encoding="utf-8"))["canonical"])


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("parsed a file the cache knows")

    monkeypatch.setattr(edit, "format_text", refuse)


def test_cache_skips_only_content_proven_canonical(repo: Repo, cli, cache_dir, monkeypatch) -> None:
    _repo(repo).write("data/projects/messy.yaml", "id: messy\nname: x\n")  # not loadable
    assert _check(cli, repo).exit_code == 1
    # the organisation, people and the two plans: the broken roster is not remembered
    assert len(_entries(cache_dir)) == 4
    assert (cache_dir / KEY_FILE).stat().st_mode & 0o777 == 0o600
    (repo.root / "data/projects/messy.yaml").unlink()
    with monkeypatch.context() as m:
        _no_parsing(m)
        r = _check(cli, repo)
    assert (r.exit_code, r.output.splitlines()[-1]) == (
        0,
        "4 files, 0 would change, 0 not handled.",
    )
    repo.write(REL, MESSY)  # changed content misses and is checked again
    r = _check(cli, repo)
    assert (r.exit_code, r.output.splitlines()[0]) == (1, f"would change: {REL}")


def test_cache_misses_with_other_settings(repo: Repo, cli, cache_dir, monkeypatch) -> None:
    assert _check(cli, _repo(repo)).exit_code == 0
    repo.write("asiakkuus.toml", "[limits]\nmax_file_bytes = 100000\n")
    calls: list[str] = []
    real = edit.format_text
    monkeypatch.setattr(
        edit, "format_text", lambda rel, *a, **k: calls.append(rel) or real(rel, *a, **k)
    )
    assert _check(cli, repo).exit_code == 0
    assert len(calls) == 4


def test_forged_or_foreign_entries_skip_nothing(repo: Repo, cli, cache_dir) -> None:
    _repo(repo)
    assert _check(cli, repo).exit_code == 0
    repo.write(REL, MESSY)
    # entries written without the key: a plain hash of the messy text, and the old entries
    import hashlib

    forged = hashlib.sha256(MESSY.encode()).hexdigest()
    (cache_dir / FILE).write_text(json.dumps({"canonical": [forged, *_entries(cache_dir)]}))
    assert _check(cli, repo).exit_code == 1
    # another key (a cache copied from elsewhere): the same content no longer matches
    (cache_dir / KEY_FILE).write_bytes(os.urandom(32))
    repo.write(REL, CANONICAL)
    before = set(_entries(cache_dir))
    assert _check(cli, repo).exit_code == 0
    assert not before & set(_entries(cache_dir)[:4])


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
@pytest.mark.parametrize("what", ["dir-open", "key-open", "key-link", "file-open"])
def test_cache_that_others_can_write_is_not_used(
    repo: Repo, cli, cache_dir, monkeypatch, what
) -> None:
    assert _check(cli, _repo(repo)).exit_code == 0
    if what == "dir-open":
        cache_dir.chmod(0o777)
    elif what == "key-open":
        (cache_dir / KEY_FILE).chmod(0o644)
    elif what == "key-link":
        (cache_dir / "elsewhere").write_bytes((cache_dir / KEY_FILE).read_bytes())
        (cache_dir / KEY_FILE).unlink()
        (cache_dir / KEY_FILE).symlink_to(cache_dir / "elsewhere")
    else:
        (cache_dir / FILE).chmod(0o666)
    calls: list[str] = []
    real = edit.format_text
    monkeypatch.setattr(
        edit, "format_text", lambda rel, *a, **k: calls.append(rel) or real(rel, *a, **k)
    )
    assert _check(cli, repo).exit_code == 0
    assert len(calls) == 4  # every file checked in full


def test_cache_off(repo: Repo, cli, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ASIAKKUUS_CACHE_DIR", "off")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert _check(cli, _repo(repo)).exit_code == 0
    assert not (tmp_path / "home").exists()
    assert not (tmp_path / "xdg").exists()


def test_workers_give_the_output_of_one_process(repo: Repo, cli, monkeypatch, tmp_path) -> None:
    """Two worker processes, a file that changes, one that is refused and one unchanged."""
    _repo(repo)
    repo.write(REL, MESSY)
    repo.write("data/projects/messy.yaml", "id: messy\nname: x\n")
    for n in range(6):
        repo.write(f"data/customers/c{n}.yaml", CANONICAL.replace("vapaa-aika", f"c{n}"))
    runs = {}
    real = edit.format_file
    pids: list[int] = []

    def spy(*args: object, **kwargs: object) -> object:
        pids.append(os.getpid())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(edit, "format_file", spy)
    monkeypatch.setattr(parallel, "MIN_FILES", 2)
    for workers in ("1", "2"):
        monkeypatch.setenv("ASIAKKUUS_WORKERS", workers)
        pids.clear()
        r = cli("--root", str(repo.root), "--lang", "en", "--no-color", "fmt", "--diff")
        runs[workers] = (r.exit_code, r.output)
        # in this process alone, or (forked: the spy's list stays in the workers) not here
        assert (len(pids) == 0) == (workers == "2")
    assert runs["1"] == runs["2"]
    assert runs["1"][0] == 1
    assert f"+++ b/{REL}" in runs["1"][1]


def test_workers_leave_busy_cores_alone(monkeypatch) -> None:
    monkeypatch.delenv("ASIAKKUUS_WORKERS", raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    loads = {0.3: 2, 1.4: 2, 2.2: 1, 6.0: 1}
    found = {}
    for load, _ in loads.items():
        monkeypatch.setattr(os, "getloadavg", lambda load=load: (load, load, load))
        found[load] = parallel.workers()
    assert found == loads
    monkeypatch.setenv("ASIAKKUUS_WORKERS", "3")
    assert parallel.workers() == 3
