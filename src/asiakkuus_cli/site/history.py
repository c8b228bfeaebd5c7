"""Each care plan's history from git, as the semantic diff reads it.

One `git log --raw` pass lists, for every commit that touched a care plan, the
old and new blob of each file; one `git cat-file --batch` reads every blob
needed; each distinct blob is loaded once; consecutive versions are compared
with `diff.compare_models`, so a formatting-only commit shows no change.
No git, or a data repository outside git, gives no history (not an error).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath

from asiakkuus_cli.git.diff import Change, compare_models
from asiakkuus_cli.git.gitio import GitRepo
from asiakkuus_cli.reading.loader import load_files
from asiakkuus_cli.views.diff import Names, format_value

from ..config import Settings
from ..errors import UsageProblem
from ..i18n import format_date
from ..models import CustomerPlan
from ..repository import CUSTOMERS_DIR, Repository

#: At most this many changes per customer are shown, newest first.
MAX_ENTRIES = 50
_NULL = "0" * 40


@dataclass
class Commit:
    sha: str
    day: date
    author: str
    # (root-relative path, old blob or None, new blob or None)
    files: list[tuple[str, str | None, str | None]] = field(default_factory=list)


@dataclass(frozen=True)
class Entry:
    """One commit's change to one plan."""

    sha: str
    day: date
    author: str
    status: str  # added | changed | removed | unreadable
    changes: tuple[Change, ...]


def _commits(git: GitRepo) -> list[Commit]:
    out = git.run(
        [
            "log",
            "--no-renames",
            "--no-abbrev",
            "--raw",
            "--no-ext-diff",
            "--no-textconv",
            "--format=%x1e%H%x1f%as%x1f%an",
            "--",
            git.to_top(CUSTOMERS_DIR) + "/",
        ]
    )
    commits: list[Commit] = []
    for chunk in out.decode("utf-8", "replace").split("\x1e"):
        if not chunk.strip():
            continue
        head, _, rest = chunk.partition("\n")
        parts = head.split("\x1f")
        if len(parts) != 3:
            continue
        try:
            day = date.fromisoformat(parts[1])
        except ValueError:
            continue
        commit = Commit(parts[0], day, parts[2])
        for line in rest.splitlines():
            if not line.startswith(":"):
                continue
            meta, _, path = line.partition("\t")
            fields = meta.split()
            if len(fields) < 5:
                continue
            rel = git.from_top(path)
            if rel is None or PurePosixPath(rel).parent != PurePosixPath(CUSTOMERS_DIR):
                continue
            old, new = fields[2], fields[3]
            commit.files.append((rel, None if old == _NULL else old, None if new == _NULL else new))
        commits.append(commit)
    return commits


def _model(root: Path, rel: str, data: bytes, settings: Settings) -> CustomerPlan | None:
    repo = load_files(root, {rel: data}, settings)
    for entry in repo.customers.values():
        return entry.model
    return None


def plan_histories(repo: Repository) -> dict[str, list[Entry]] | None:
    """Customer id -> its changes, newest first; None when the data is not in git."""
    try:
        git = GitRepo.open(repo.root)
        commits = _commits(git)
    except UsageProblem:
        return None
    # Only the latest changes of each plan are shown: read no older versions than those
    # (twice the limit, as a commit that only reformats a plan shows nothing).
    seen: dict[str, int] = {}
    for c in commits:
        kept = []
        for change in c.files:
            cid = PurePosixPath(change[0]).stem
            seen[cid] = seen.get(cid, 0) + 1
            if seen[cid] <= 2 * MAX_ENTRIES:
                kept.append(change)
        c.files = kept
    wanted = {oid for c in commits for _, a, b in c.files for oid in (a, b) if oid}
    blobs = git.read_blobs(sorted(wanted)) if wanted else {}
    models: dict[str, CustomerPlan | None] = {}

    def model(rel: str, oid: str | None) -> CustomerPlan | None:
        if oid is None:
            return None
        if oid not in models:
            models[oid] = _model(repo.root, rel, blobs[oid], repo.settings)
        return models[oid]

    found: dict[str, list[Entry]] = {}
    for c in commits:  # newest first, as git log gives them
        for rel, a, b in c.files:
            cid = PurePosixPath(rel).stem
            entries = found.setdefault(cid, [])
            if len(entries) >= MAX_ENTRIES:
                continue
            before, after = model(rel, a), model(rel, b)
            if (a and before is None) or (b and after is None):
                entries.append(Entry(c.sha, c.day, c.author, "unreadable", ()))
                continue
            changes = tuple(compare_models(before, after))
            if not changes:
                continue
            status = "added" if a is None else ("removed" if b is None else "changed")
            entries.append(Entry(c.sha, c.day, c.author, status, changes))
    return found


def history_view(entries: list[Entry], repo: Repository, lang: str) -> list[dict[str, object]]:
    """Entries as text: `charges.annual: 256 000 € → 280 000 €`."""
    names = Names(repo, repo)
    out: list[dict[str, object]] = []
    for e in entries:
        lines = []
        if e.status == "changed":
            for ch in e.changes:
                old = format_value(ch, ch.before, lang, names)
                new = format_value(ch, ch.after, lang, names)
                lines.append({"field": ch.field, "old": old, "new": new})
        out.append(
            {
                "sha": e.sha[:10],
                "date": format_date(e.day, lang),
                "author": e.author,
                "status": e.status,
                "lines": lines,
            }
        )
    return out
