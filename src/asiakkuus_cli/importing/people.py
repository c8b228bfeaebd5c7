"""Names in a Word plan -> person ids of people.yaml, or proposed new people.

`Tuula Nimetön`, `Nimetön Tuula` and `Nimetön, Tuula` are the same person
(case, accents and word order aside); `T. Nimetön` is her when exactly one
person has that surname and initial (a guess the plan's comment records). An
unknown name becomes a proposed person with an id made from the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..models import Person
from .text import clean, fold, slug

_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")


@dataclass(frozen=True)
class Proposal:
    """A person to add to people.yaml."""

    id: str
    name: str
    organisation: str
    roles: tuple[str, ...] = ()

    def lines(self, indent: str = "  ") -> list[str]:
        """The YAML lines of the entry, as they go under `people:`."""
        out = [f"{indent}- id: {self.id}", f"{indent}  name: {_quote(self.name)}"]
        out.append(f"{indent}  organisation: {self.organisation}")
        if self.roles:
            out.append(f"{indent}  roles: [{', '.join(self.roles)}]")
        return out


def _quote(text: str) -> str:
    import json

    plain = re.fullmatch(r"[^\W\d_][\w .'\-]*", text) and not text.endswith((" ", "-"))
    return text if plain else json.dumps(text, ensure_ascii=False)


@dataclass(frozen=True)
class Match:
    """What a name resolved to. `id` None: no name at all."""

    id: str | None
    guess: str | None = None  # why the match is a guess (catalogue key), if it is
    guess_params: dict[str, str] = field(default_factory=dict)
    proposal: Proposal | None = None
    leftover: str | None = None  # text beside the name (in parentheses) that is not a name


def _tokens(name: str) -> list[str]:
    return list(_token_tuple(name))


@lru_cache(maxsize=16384)
def _token_tuple(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W\d_]+", fold(name)))


@dataclass
class Directory:
    """The people of the repository, and the people proposed during this run."""

    people: list[Person]
    proposed: dict[str, Proposal] = field(default_factory=dict)  # folded name -> proposal

    def __post_init__(self) -> None:
        self.ids = {p.id for p in self.people}
        self.by_tokens: dict[tuple[str, ...], list[Person]] = {}
        # Each word of a name -> the positions of the people whose name has it: a name
        # with an initial is looked for among the few people with its other words.
        self.by_token: dict[str, list[int]] = {}
        for i, p in enumerate(self.people):
            tokens = _tokens(p.name)
            self.by_tokens.setdefault(tuple(sorted(tokens)), []).append(p)
            for token in dict.fromkeys(tokens):
                self.by_token.setdefault(token, []).append(i)

    def fresh(self) -> Directory:
        """The same people without this run's proposals (their indexes shared, not rebuilt)."""
        other = object.__new__(Directory)
        other.people, other.proposed = self.people, {}
        other.ids, other.by_tokens, other.by_token = self.ids, self.by_tokens, self.by_token
        return other

    def _with_words(self, names: list[str]) -> list[Person]:
        """The people whose name has every word of `names`, in the order of `people`."""
        found = set(self.by_token.get(names[0], ()))
        for name in names[1:]:
            found &= set(self.by_token.get(name, ()))
        return [self.people[i] for i in sorted(found)]

    def resolve(
        self, raw: str, organisation: str, roles: tuple[str, ...] = (), propose: bool = True
    ) -> Match:
        """The person a cell names; a proposal when nobody matches (unless not `propose`:
        then the id is None and `leftover` holds the name)."""
        text = clean(raw)
        leftover = None
        inner = _PAREN.findall(text)
        if inner:
            text = _PAREN.sub(" ", text).strip()
            extra = [i.strip() for i in inner if i.strip() and fold(i.strip()) != fold(_HINT)]
            leftover = "; ".join(extra) or None
        text = text.strip(" ,;")
        if not text or text.startswith("["):
            return Match(None, leftover=leftover)
        if text in self.ids:
            return Match(text, leftover=leftover)
        tokens = _tokens(text)
        if not tokens:
            return Match(None, leftover=leftover)
        found = self.by_tokens.get(tuple(sorted(tokens)), [])
        if len(found) == 1:
            return Match(found[0].id, leftover=leftover)
        if len(found) > 1:
            ids = sorted(p.id for p in found)
            return Match(
                ids[0],
                "importing.guess.ambiguous",
                {"name": text, "others": ", ".join(ids[1:])},
                leftover=leftover,
            )
        initials = [t for t in tokens if len(t) == 1]
        names = [t for t in tokens if len(t) > 1]
        if initials and names:
            candidates = [
                p
                for p in self._with_words(names)
                if all(
                    any(pt.startswith(i) for pt in _tokens(p.name) if pt not in names)
                    for i in initials
                )
            ]
            if len(candidates) == 1:
                return Match(
                    candidates[0].id,
                    "importing.guess.initials",
                    {"name": text, "person": candidates[0].name},
                    leftover=leftover,
                )
        if not propose:
            return Match(None, leftover=text)
        proposal = self._propose(text, organisation, roles)
        return Match(proposal.id, "importing.guess.new_person", {"name": text}, proposal, leftover)

    def _propose(self, name: str, organisation: str, roles: tuple[str, ...]) -> Proposal:
        key = " ".join(sorted(_tokens(name)))
        if key in self.proposed:
            return self.proposed[key]
        base = slug(name) or "henkilo"
        pid, n = base, 2
        taken = self.ids | {p.id for p in self.proposed.values()}
        while pid in taken:
            pid, n = f"{base[:60]}-{n}", n + 1
        proposal = Proposal(pid, name, organisation, roles)
        self.proposed[key] = proposal
        return proposal


_HINT = "henkilö, jolta tiedot sisältöön saatu"
