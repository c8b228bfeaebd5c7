"""The loaded repository: models indexed by id, with the trees for positions."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from asiakkuus_cli.tree import Pos, position

from .config import Settings
from .findings import Issue
from .models import CustomerPlan, Meeting, Organisation, Person, Project, Sources

M = TypeVar("M")

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
        found = [e for e in self.meetings.values() if e.model.subject == subject]
        return sorted(found, key=lambda e: (e.model.date, e.file))

    def segment_ids(self) -> set[str]:
        if self.organisation is None:
            return set()
        return {s.id for s in self.organisation.model.segments}
