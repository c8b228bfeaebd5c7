"""O rules: across the organisation (people.yaml against every care plan).

Each rule builds its index in one pass over the plans, so the work grows
with the size of the data, not with its square. O001 and O003 report at the
partnership manager's entry in `data/people.yaml` (the line of its first
field); O002 reports at each shared need in each plan.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..findings import Issue
from ..i18n import Term
from ..repository import PersonEntry, Repository
from . import Context, rule

PARTNERSHIP_MANAGER = "partnership_manager"


def managed_types(repo: Repository) -> dict[str, set[str]]:
    """Partnership managers who have customers -> the organisation types of those customers."""
    types: dict[str, set[str]] = defaultdict(set)
    for c in repo.customers.values():
        types[c.model.account_manager].add(c.model.type)
    return {
        pid: found
        for pid, found in types.items()
        if (entry := repo.people.get(pid)) is not None and PARTNERSHIP_MANAGER in entry.model.roles
    }


def _entry(repo: Repository, pid: str) -> PersonEntry:
    return repo.people[pid]


@rule("O001", "manager-coverage", "info")
def manager_coverage(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        # data/customers/vapaa-aika.yaml
        type: division
        account_manager: liisa-laine
        # data/customers/satama.yaml
        type: company
        account_manager: pekka-puro

    Passes:

        # data/customers/vapaa-aika.yaml
        type: division
        account_manager: liisa-laine
        # data/customers/satama.yaml
        type: company
        account_manager: liisa-laine
        # data/customers/vesi.yaml
        type: division
        account_manager: pekka-puro
        # data/customers/ateria.yaml
        type: company
        account_manager: pekka-puro
    """
    repo = ctx.repo
    covered = managed_types(repo)
    every = set().union(*covered.values()) if covered else set()
    for pid, types in covered.items():
        missing = sorted(every - types)
        if missing:
            entry = _entry(repo, pid)
            params = {
                "name": entry.model.name,
                "missing": [Term("type", x) for x in missing],
                "covered": [Term("type", x) for x in sorted(types)],
            }
            yield Issue("O001", entry.file, entry.at, params, pid)


MAX_NAMED = 10


def need_text_key(text: str) -> str:
    """O002's key of a need's text: case and all white space ignored (views group by it too)."""
    return "".join(text.split()).casefold()


def need_tag_key(tag: str) -> str:
    """O002's key of a need's tag: case and the spaces around it ignored (views group by it too)."""
    return tag.strip().casefold()


@rule("O002", "shared-need", "info")
def shared_need(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        # data/customers/vapaa-aika.yaml
        needs:
          - need: Kertakirjautuminen
            observed: 2026-03-13
            tags: [sso]
        # data/customers/satama.yaml
        needs:
          - need: Single sign-on
            observed: 2026-05-04
            tags: [SSO]

    Passes:

        # data/customers/vapaa-aika.yaml
        needs:
          - need: Kertakirjautuminen
            observed: 2026-03-13
            tags: [sso]
        # data/customers/satama.yaml
        needs:
          - need: Mobiilitulostus
            observed: 2026-05-04
            tags: [tulostus]
    """
    repo = ctx.repo
    # A need's keys (its text, its tags) -> the customers raising each key. Needs
    # with the same keys share one union; a tag raised by thousands of customers
    # must not make the rule quadratic.
    groups: dict[str, set[str]] = defaultdict(set)
    needs: list[tuple[str, int, frozenset[str]]] = []
    for cid, c in repo.customers.items():
        for i, need in enumerate(c.model.needs):
            keys = {"text:" + need_text_key(need.need)}
            keys.update("tag:" + need_tag_key(tag) for tag in need.tags if tag.strip())
            for k in keys:
                groups[k].add(cid)
            needs.append((cid, i, frozenset(keys)))
    unions: dict[frozenset[str], frozenset[str]] = {}
    named: dict[frozenset[str], list[str]] = {}
    for cid, i, need_keys in needs:
        cids = unions.get(need_keys)
        if cids is None:
            cids = unions[need_keys] = frozenset().union(
                *(groups[k] for k in need_keys if len(groups[k]) >= 2)
            )
        if not cids:
            continue
        c = repo.customers[cid]
        if cids not in named:
            named[cids] = sorted(repo.customers[x].model.name for x in cids)
        names = named[cids]
        params: dict[str, object] = {"need": c.model.needs[i].need, "count": len(names)}
        variant = None
        if len(names) > MAX_NAMED:
            # A need shared by hundreds would make every message a list of hundreds.
            params.update(customers=names[:MAX_NAMED], more=len(names) - MAX_NAMED)
            variant = "many"
        else:
            params["customers"] = names
        yield Issue("O002", c.file, ("needs", i, "need"), params, cid, variant=variant)


@rule("O003", "no-deputy", "warning")
def no_deputy(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        # data/people.yaml
        people:
          - id: liisa-laine
            name: Liisa Laine
            organisation: it
            roles: [partnership_manager]

    Passes:

        # data/people.yaml
        people:
          - id: liisa-laine
            name: Liisa Laine
            organisation: it
            roles: [partnership_manager]
            deputy: pekka-puro
    """
    repo = ctx.repo
    for pid in managed_types(repo):
        entry = _entry(repo, pid)
        if entry.model.deputy is None:
            yield Issue("O003", entry.file, entry.at, {"name": entry.model.name}, pid)
