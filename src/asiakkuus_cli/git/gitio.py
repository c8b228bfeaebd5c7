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
from asiakkuus_cli.repository import CUSTOMERS_DIR, ORGANISATION_FILE, PEOPLE_FILE, PROJECTS_DIR

DATA_DIR = "data"
_SYMLINK_MODE = "120000"
# Settings that would make git run programs of the repository's own choosing.
_SAFE_CONFIG = ("-c", "core.fsmonitor=false")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(GIT_TERMINAL_PROMPT="0", GIT_OPTIONAL_LOCKS="0", LC_ALL="C", GIT_PAGER="cat")
    return env


def _first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else ""


def _git(
    cwd: Path, args: Sequence[str], stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", *_SAFE_CONFIG, "-C", str(cwd), *args],
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


@dataclass(frozen=True)
class GitRepo:
    """The git repository around a data repository.

    `top` is git's top level; `prefix` is the data root relative to it
    (`""` or `"sub/dir/"`), so `top / prefix / rel == root / rel`.
    """

    root: Path
    top: Path
    prefix: str

    @classmethod
    def open(cls, root: Path) -> GitRepo:
        root = root.resolve()
        proc = _git(root, ["rev-parse", "--show-toplevel"])
        if proc.returncode != 0:
            raise UsageProblem("git.not_repo", root=str(root), detail=_first_line(proc.stderr))
        top = Path(proc.stdout.decode("utf-8", "surrogateescape").strip()).resolve()
        try:
            rel = root.relative_to(top).as_posix()
        except ValueError:  # pragma: no cover - git's top level always holds the directory
            raise UsageProblem("git.not_repo", root=str(root), detail=str(top)) from None
        return cls(root=root, top=top, prefix="" if rel == "." else rel + "/")

    # --- paths between the two roots -------------------------------------------------

    def to_top(self, rel: str) -> str:
        return self.prefix + rel

    def from_top(self, path: str) -> str | None:
        """A top-relative path as a root-relative one; None when it lies outside the root."""
        if not path.startswith(self.prefix):
            return None
        return path[len(self.prefix) :]

    def run(self, args: Sequence[str], stdin: bytes | None = None) -> bytes:
        return _check(_git(self.top, args, stdin), args[0])

    # --- revisions -------------------------------------------------------------------

    def commit(self, rev: str) -> str:
        """The commit id a revision names; a UsageProblem if there is none."""
        if not rev or rev.startswith("-") or "\0" in rev or "\n" in rev:
            raise UsageProblem("git.bad_rev", rev=rev)
        proc = _git(
            self.top, ["rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{commit}"]
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
            if len(header) != 3:  # "<oid> missing"
                raise UsageProblem("git.failed", command="cat-file", detail=" ".join(header))
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
        merge_base = _git(self.top, ["merge-base", commit, "HEAD"])
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
    if rel in (ORGANISATION_FILE, PEOPLE_FILE):
        return True
    p = PurePosixPath(rel)
    return str(p.parent) in (CUSTOMERS_DIR, PROJECTS_DIR) and p.suffix == ".yaml"
