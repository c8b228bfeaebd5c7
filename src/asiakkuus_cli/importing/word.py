"""`import docx`: Word care plans -> plan texts, ready to be shown or written.

`prepare` reads each file into a plan text (or a FileProblem); the command
decides what to write. People proposed across the batch share one directory,
so the same unknown name gets the same id in every plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Settings
from ..models.values import SLUG_RE
from ..repository import CUSTOMERS_DIR, Repository
from .emit import to_yaml
from .files import FileProblem
from .people import Directory, Proposal
from .plan import Context, Draft, read_plan, resolve_people
from .text import slug
from .wordfile import Block, read_blocks

#: Required fields of a plan: when the document has none, a blank with a comment.
REQUIRED = ("name", "type", "segment", "updated", "account_manager")


@dataclass
class Prepared:
    source: Path
    rel: str = ""
    id: str = ""
    text: str = ""
    draft: Draft | None = None
    canonical: bool = False
    problem: FileProblem | None = None
    proposals: list[Proposal] = field(default_factory=list)


def directory_of(repo: Repository) -> Directory:
    return Directory([entry.model for entry in repo.people.values()])


def segments_of(repo: Repository) -> list[tuple[str, str]]:
    if repo.organisation is None:
        return []
    return [(s.id, s.name) for s in repo.organisation.model.segments]


def plan_id(values: dict[str, Any], source: Path, given: str | None) -> str:
    if given:
        return given
    for candidate in (str(values.get("id") or ""), str(values.get("name") or ""), source.stem):
        if SLUG_RE.match(candidate):
            return candidate
        made = slug(candidate)
        if made:
            return made
    return "asiakas"


def prepare(
    source: Path,
    repo: Repository,
    people: Directory,
    settings: Settings,
    lang: str,
    given_id: str | None = None,
) -> Prepared:
    try:
        blocks = read_blocks(source)
    except FileProblem as problem:
        return Prepared(source, problem=problem)
    return prepare_blocks(source, blocks, repo, people, settings, lang, given_id)


def prepare_blocks(
    source: Path,
    blocks: list[Block],
    repo: Repository,
    people: Directory,
    settings: Settings,
    lang: str,
    given_id: str | None = None,
) -> Prepared:
    segments = segments_of(repo)
    # A first reading finds the customer's name, hence the id: the organisation of
    # the people the plan names is the customer itself.
    first, _ = read_plan(blocks, Context(people.fresh(), segments), header_only=True)
    pid = plan_id(first.values, source, given_id)
    context = Context(people, segments, pid)
    draft, pending = read_plan(blocks, context)
    resolve_people(draft, pending, context)
    values = draft.values
    values["id"] = pid
    if not values.get("name"):
        values["name"] = source.stem
        draft.comment(("name",), "importing.guess.name_from_file")
    for name in REQUIRED:
        if name not in values:
            values[name] = None
            key = "importing.missing_type" if name == "type" else "importing.missing"
            draft.comment((name,), key, guessed=False)
    rel = f"{CUSTOMERS_DIR}/{pid}.yaml"
    text, canonical = to_yaml(draft, rel, settings, lang)
    return Prepared(source, rel, pid, text, draft, canonical, proposals=list(draft.proposals))
