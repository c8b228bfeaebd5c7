"""The loaded repository: models indexed by id, with the trees for positions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from asiakkuus_cli.tree import Pos, position

from .config import Settings
from .findings import Issue
from .models import CustomerPlan, Meeting, Organisation, Person, Project, Sources

M = TypeVar("M")
T = TypeVar("T")

ORGANISATION_FILE = "data/organisation.yaml"
PEOPLE_FILE = "data/people.yaml"
CUSTOMERS_DIR = "data/customers"
PROJECTS_DIR = "data/projects"
MEETINGS_DIR = "data/meetings"
SOURCES_FILE = "data/sources.yaml"


@dataclass(frozen=True, slots=True)  # slots: a large repository holds 100,000s of these
class Entry(Generic[M]):
    """One loaded document: its path relative to the root, its model, the skeleton of its
    tree (its positions, tree.py)."""

    file: str
    model: M
    tree: Any


@dataclass(frozen=True, slots=True)
class PersonEntry:
    file: str
    index: int
    model: Person
    line: int

    @property
    def at(self) -> tuple[str | int, ...]:
        return ("people", self.index)


@dataclass
class Repository:
    root: Path
    settings: Settings
    files: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    trees: dict[str, Any] = field(default_factory=dict)
    failed: set[str] = field(default_factory=set)
    issues: list[Issue] = field(default_factory=list)
    organisation: Entry[Organisation] | None = None
    people: dict[str, PersonEntry] = field(default_factory=dict)
    known_people: set[str] = field(default_factory=set)
    customers: dict[str, Entry[CustomerPlan]] = field(default_factory=dict)
    projects: dict[str, Entry[Project]] = field(default_factory=dict)
    #: meeting records by file path (data/meetings/<id>/<date>[-<slug>].yaml)
    meetings: dict[str, Entry[Meeting]] = field(default_factory=dict)
    sources: Entry[Sources] | None = None
    #: what `memo` made: name -> (the repository's stamp, value)
    _memo: dict[str, tuple[tuple[int, int, int], Any]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def memo(self, name: str, make: Callable[[Repository], T]) -> T:
        """`make(self)`, made once: what many pages or rules derive from the whole
        repository (the records by subject, the open actions, the calendar's sources).

        A loaded repository is not changed; the stamp (the number of files and of
        meeting records) only guards the loader, which adds them one by one. Callers
        get the value itself and must not change it.
        """
        stamp = (len(self.files), id(self.meetings), len(self.meetings))
        hit = self._memo.get(name)
        if hit is not None and hit[0] == stamp:
            return hit[1]  # type: ignore[no-any-return]
        value = make(self)
        self._memo[name] = (stamp, value)
        return value

    def position(self, file: str, at: tuple[str | int, ...], key: bool = False) -> Pos:
        tree = self.trees.get(file)
        if tree is None:
            return (1, 1)
        return position(tree, at, key)

    def person(self, pid: str | None) -> Person | None:
        if pid is None:
            return None
        entry = self.people.get(pid)
        return entry.model if entry else None

    def person_name(self, pid: str | None) -> str:
        """A person's name for documents and messages; the id itself if unknown."""
        p = self.person(pid)
        return p.name if p else (pid or "")

    def segment_name(self, sid: str) -> str:
        if self.organisation:
            for seg in self.organisation.model.segments:
                if seg.id == sid:
                    return seg.name
        return sid

    @property
    def people_usable(self) -> bool:
        """False when people.yaml exists but could not be read: then person
        references cannot be checked without drowning the real error."""
        return PEOPLE_FILE not in self.failed

    @property
    def organisation_usable(self) -> bool:
        return ORGANISATION_FILE not in self.failed

    def meetings_of(self, subject: str) -> list[Entry[Meeting]]:
        """The meeting records of a customer or project (by their `customer`/`project`
        field), oldest first; records of one day in file-name order."""
        return list(self.memo("meetings_by_subject", _meetings_by_subject).get(subject, ()))

    def segment_ids(self) -> set[str]:
        if self.organisation is None:
            return set()
        return {s.id for s in self.organisation.model.segments}


def _meetings_by_subject(repo: Repository) -> dict[str, list[Entry[Meeting]]]:
    """Every subject's records, oldest first (one sort for all, not one per subject)."""
    found: dict[str, list[Entry[Meeting]]] = {}
    for e in sorted(repo.meetings.values(), key=lambda e: (e.model.date, e.file)):
        found.setdefault(e.model.subject, []).append(e)
    return found
