"""Reading the data at a git revision, and the paths changed since one, through `git`.

Every call runs the real `git` with a fixed argument list (no shell), from the
top level of the git repository that holds the data repository; the data
repository may be a subdirectory of it, so paths are mapped between the two:
callers see paths relative to the data repository's root (`data/people.yaml`).
Problems become UsageProblems (exit 2) with catalogue keys `git.*`.
"""

from __future__ import annotations

import os
import posixpath
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from asiakkuus_cli.errors import UsageProblem
from asiakkuus_cli.repository import (
    CUSTOMERS_DIR,
    MEETINGS_DIR,
    ORGANISATION_FILE,
    PEOPLE_FILE,
    PROJECTS_DIR,
    SOURCES_FILE,
)

DATA_DIR = "data"
_SYMLINK_MODE = "120000"

#: Settings given on every git command line. The command line wins over every
#: configuration file, so a repository's own `.git/config` (or an embedded one)
#: cannot name a program for git to run: no fsmonitor, hooks, pager, editor,
#: credential helper, askpass or ssh command; no transport protocol at all (so no
#: lazy fetch of a partial clone, no `ext::` URL); and git refuses to use a bare
#: repository it merely discovers (files `HEAD`, `objects/`, `refs/` committed
#: into a data folder). Filter and diff drivers are pinned per name (`_driver_pins`).
_SAFE_CONFIG = (
    "safe.bareRepository=explicit",
    "core.fsmonitor=false",
    "core.hooksPath=/dev/null",
    "core.pager=cat",
    "core.editor=false",
    "sequence.editor=false",
    "core.askPass=",
    "core.sshCommand=false",
    "credential.helper=",
    "protocol.allow=never",
    *(f"protocol.{p}.allow=never" for p in ("ext", "file", "fd", "git", "ssh", "http", "https")),
    "fetch.recurseSubmodules=false",
    "diff.ignoreSubmodules=all",
)
#: Environment variables of the calling process that could name a program, a
#: configuration or another repository for git; they are dropped.
_DROPPED_ENV = frozenset(
    (
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_COMMON_DIR",
        "GIT_INDEX_FILE",
        "GIT_OBJECT_DIRECTORY",
        "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_NAMESPACE",
        "GIT_CONFIG",
        "GIT_CONFIG_PARAMETERS",
        "GIT_CONFIG_COUNT",
        "GIT_EXTERNAL_DIFF",
        "GIT_DIFF_OPTS",
        "GIT_SSH",
        "GIT_SSH_COMMAND",
        "GIT_SSH_VARIANT",
        "GIT_ASKPASS",
        "SSH_ASKPASS",
        "GIT_PROXY_COMMAND",
        "GIT_EDITOR",
        "GIT_SEQUENCE_EDITOR",
        "PAGER",
        "GIT_ATTR_SOURCE",
    )
)
#: Fixed for every git call: no prompt, no lock, no pager, no protocol, no lazy fetch.
_FIXED_ENV = {
    "GIT_TERMINAL_PROMPT": "0",
    "GIT_OPTIONAL_LOCKS": "0",
    "LC_ALL": "C",
    "GIT_PAGER": "cat",
    "GIT_ALLOW_PROTOCOL": "",
    "GIT_NO_LAZY_FETCH": "1",
    "GIT_NO_REPLACE_OBJECTS": "1",
}


def _env() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in _DROPPED_ENV and not k.startswith(("GIT_CONFIG_KEY_", "GIT_CONFIG_VALUE_"))
    }
    env.update(_FIXED_ENV)
    return env


def _first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else ""


def _git(
    cwd: Path, args: Sequence[str], stdin: bytes | None = None, pins: Sequence[str] = ()
) -> subprocess.CompletedProcess[bytes]:
    config = [arg for setting in (*_SAFE_CONFIG, *pins) for arg in ("-c", setting)]
    try:
        return subprocess.run(
            ["git", *config, "-C", str(cwd), *args],
            input=stdin,
            capture_output=True,
            env=_env(),
            check=False,
        )
    except FileNotFoundError:
        raise UsageProblem("git.missing") from None
    except OSError as exc:
        raise UsageProblem("git.failed", command=args[0], detail=exc.strerror or str(exc)) from None


def _check(proc: subprocess.CompletedProcess[bytes], command: str) -> bytes:
    if proc.returncode != 0:
        raise UsageProblem("git.failed", command=command, detail=_first_line(proc.stderr))
    return proc.stdout


def _looks_bare(folder: Path) -> bool:
    """Whether git would take `folder` itself for a bare repository (HEAD, objects/, refs/)."""
    return (
        (folder / "HEAD").is_file() and (folder / "objects").is_dir() and (folder / "refs").is_dir()
    )


def _driver_pins(work: Path) -> tuple[str, ...]:
    """`-c` settings that switch off every filter driver the configuration defines.

    A driver is chosen by a `filter=NAME` attribute (which a `.gitattributes` of a
    pull request may set) and named in configuration; `git diff` runs its `clean`
    command to hash a changed file. An empty command means no filter.
    """
    proc = _git(work, ["config", "-z", "--get-regexp", r"^filter\."])
    names: set[str] = set()
    for record in proc.stdout.split(b"\0"):
        key = record.partition(b"\n")[0].decode("utf-8", "surrogateescape")
        name, dot, _ = key[len("filter.") :].rpartition(".")
        if key.startswith("filter.") and dot:
            names.add(name)
    return tuple(
        f"filter.{name}.{setting}"
        for name in sorted(names)
        for setting in ("clean=", "smudge=", "process=", "required=false")
    )


@dataclass(frozen=True)
class GitRepo:
    """The git repository around a data repository.

    `top` is git's top level; `prefix` is the data root relative to it
    (`""` or `"sub/dir/"`), so `top / prefix / rel == root / rel`. `ignored`
    lists folders between the two that hold a bare repository's files, which
    git is kept from using (`open`).
    """

    root: Path
    top: Path
    prefix: str
    pins: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()

    @classmethod
    def open(cls, root: Path) -> GitRepo:
        """The repository whose work tree holds `root`.

        git itself would stop at the first folder upward that looks like a bare
        repository, and use its `config`; such files may be committed into a data
        repository by anyone. So the folder that holds `.git` is found here, git is
        started there, and bare-looking folders on the way are ignored (and named
        in `ignored`, so that the user is told).
        """
        root = root.resolve()
        bare: list[Path] = []
        work = None
        for folder in (root, *root.parents):
            if os.path.lexists(folder / ".git"):
                work = folder
                break
            if _looks_bare(folder):
                bare.append(folder)
        if work is None:
            # git's own words (or git.missing); with no `.git` above, and bare
            # repositories refused, it finds no repository.
            proc = _git(root, ["rev-parse", "--show-toplevel"])
            if bare:
                raise UsageProblem("git.bare_refused", root=str(root), folder=str(bare[0]))
            raise UsageProblem("git.not_repo", root=str(root), detail=_first_line(proc.stderr))
        pins = _driver_pins(work)
        proc = _git(work, ["rev-parse", "--show-toplevel"], pins=pins)
        if proc.returncode != 0:
            raise UsageProblem("git.not_repo", root=str(root), detail=_first_line(proc.stderr))
        top = Path(proc.stdout.decode("utf-8", "surrogateescape").strip()).resolve()
        try:
            rel = root.relative_to(top).as_posix()
        except ValueError:  # a core.worktree elsewhere: the data root is not in the work tree
            raise UsageProblem("git.not_repo", root=str(root), detail=str(top)) from None
        ignored = tuple(
            (f.relative_to(top).as_posix() or ".") for f in bare if f.is_relative_to(top)
        )
        return cls(
            root=root,
            top=top,
            prefix="" if rel == "." else rel + "/",
            pins=pins,
            ignored=ignored,
        )

    # --- paths between the two roots -------------------------------------------------

    def to_top(self, rel: str) -> str:
        return self.prefix + rel

    def from_top(self, path: str) -> str | None:
        """A top-relative path as a root-relative one; None when it lies outside the root."""
        if not path.startswith(self.prefix):
            return None
        return path[len(self.prefix) :]

    def run(self, args: Sequence[str], stdin: bytes | None = None) -> bytes:
        return _check(_git(self.top, args, stdin, self.pins), args[0])

    # --- revisions -------------------------------------------------------------------

    def commit(self, rev: str) -> str:
        """The commit id a revision names; a UsageProblem if there is none."""
        if not rev or rev.startswith("-") or "\0" in rev or "\n" in rev:
            raise UsageProblem("git.bad_rev", rev=rev)
        proc = _git(
            self.top,
            ["rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{commit}"],
            pins=self.pins,
        )
        if proc.returncode != 0:
            raise UsageProblem("git.bad_rev", rev=rev)
        return proc.stdout.decode("ascii").strip()

    def data_files(self, commit: str) -> dict[str, tuple[str, str]]:
        """The data files at a commit: {root-relative path: (mode, blob id)}."""
        out = self.run(
            ["ls-tree", "-r", "-z", "--full-tree", commit, "--", self.to_top(DATA_DIR) + "/"]
        )
        found: dict[str, tuple[str, str]] = {}
        for record in out.split(b"\0"):
            if not record:
                continue
            meta, _, raw_path = record.partition(b"\t")
            mode, kind, oid = meta.decode("ascii").split()
            rel = self.from_top(raw_path.decode("utf-8", "surrogateescape"))
            if kind == "blob" and rel is not None and is_data_file(rel):
                found[rel] = (mode, oid)
        return found

    def read_blobs(self, oids: Iterable[str]) -> dict[str, bytes]:
        """The contents of blobs by id, read through one `git cat-file --batch`."""
        wanted = list(dict.fromkeys(oids))
        if not wanted:
            return {}
        out = self.run(["cat-file", "--batch"], ("\n".join(wanted) + "\n").encode("ascii"))
        blobs: dict[str, bytes] = {}
        at = 0
        for oid in wanted:
            end = out.index(b"\n", at)
            header = out[at:end].decode("ascii", "replace").split()
            at = end + 1
            if len(header) != 3:  # "<oid> missing": a partial clone; nothing is downloaded
                raise UsageProblem("git.object_missing", oid=oid)
            size = int(header[2])
            blobs[oid] = out[at : at + size]
            at += size + 1
        return blobs

    def files_at(self, rev: str) -> dict[str, bytes]:
        """Every data file at a revision: {root-relative path: bytes}.

        A symbolic link to another data file of the same revision reads as that
        file; one that leads anywhere else is left out, as it would not be data.
        """
        listing = self.data_files(self.commit(rev))
        blobs = self.read_blobs(oid for _, oid in listing.values())
        files: dict[str, bytes] = {}
        for rel, (mode, oid) in listing.items():
            if mode != _SYMLINK_MODE:
                files[rel] = blobs[oid]
                continue
            link = blobs[oid].decode("utf-8", "replace")
            target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), link))
            linked = listing.get(target)
            if linked is not None and linked[0] != _SYMLINK_MODE:
                files[rel] = blobs[linked[1]]
        return files

    def changed_since(self, rev: str) -> set[str]:
        """Root-relative paths that differ between REV and the working tree.

        That is: commits since REV (since the point where HEAD's history left
        REV's, when REV is a branch that moved on), staged and unstaged changes,
        and untracked files that are not ignored. Paths outside the root are left out.
        """
        commit = self.commit(rev)
        base = commit
        merge_base = _git(self.top, ["merge-base", commit, "HEAD"], pins=self.pins)
        if merge_base.returncode == 0 and merge_base.stdout.strip():
            base = merge_base.stdout.decode("ascii").strip()
        scope = self.prefix or "."
        changed = self.run(
            [
                "diff",
                "--name-only",
                "-z",
                "--no-renames",
                "--no-ext-diff",
                "--no-textconv",
                "--ignore-submodules=all",
                base,
                "--",
                scope,
            ]
        )
        untracked = self.run(["ls-files", "--others", "--exclude-standard", "-z", "--", scope])
        paths: set[str] = set()
        for raw in (changed + b"\0" + untracked).split(b"\0"):
            if raw:
                rel = self.from_top(raw.decode("utf-8", "surrogateescape"))
                if rel is not None:
                    paths.add(rel)
        return paths


def is_data_file(rel: str) -> bool:
    """Whether a root-relative path is one the loader reads (see loader.discover)."""
    if rel in (ORGANISATION_FILE, PEOPLE_FILE, SOURCES_FILE):
        return True
    p = PurePosixPath(rel)
    folders = (CUSTOMERS_DIR, PROJECTS_DIR, MEETINGS_DIR)
    in_meetings = p.parent.parent.as_posix() == MEETINGS_DIR
    return (str(p.parent) in folders or in_meetings) and p.suffix == ".yaml"
