"""Memory of a loaded repository (issue 18): what repeats from file to file is held once,
and what the rules no longer need is not held at all.

Positions, key names and short values are shared between the trees of all files;
a file whose model loaded keeps only the skeleton of its tree (positions, no values),
skeletons of the same layout are one object; equal `model_fields_set`s, dates, sums
and months of the models are one object each. Sharing must not change a value
(`model_copy(update=...)` of one model leaves the others alone) nor a position: every
position a skeleton gives is the one libyaml's own composer marks.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import yaml

from asiakkuus_cli.config import Settings
from asiakkuus_cli.findings import Issue
from asiakkuus_cli.models import values
from asiakkuus_cli.models.values import parse_date, parse_money, parse_month
from asiakkuus_cli.reading import yamlio
from asiakkuus_cli.reading.loader import load_repository
from asiakkuus_cli.reading.yamlio import NODE_TREE_LIMIT
from asiakkuus_cli.rules.engine import Locator
from asiakkuus_cli.tree import PMap, PSeq, YMap, position

from .conftest import DEMO, PLAN, Repo, swap

PLAN_MORE = (
    PLAN
    + """\
charges: {annual: 280 000 €, change: +24 000 €}
projects:
  - name: Portaali
    start: 1.1.2026
    end: 2026-11-01
    budget: 280 000 €
critical_systems:
  - {name: Kassa, next_update: toukokuu}
  - {name: Varaus, next_update: 5}
"""
)


def _two_plans(repo: Repo, text: str = PLAN):  # type: ignore[no-untyped-def]
    repo.base()
    repo.write("data/customers/vapaa-aika.yaml", text)
    repo.write("data/customers/toinen.yaml", text.replace("vapaa-aika", "toinen"))
    loaded = load_repository(repo.root, Settings())
    return loaded, loaded.customers["vapaa-aika"], loaded.customers["toinen"]


def test_loaded_files_keep_one_shared_skeleton_of_their_tree(repo: Repo) -> None:
    loaded, a, b = _two_plans(repo, PLAN_MORE)
    assert type(a.tree) is PMap
    assert loaded.trees[a.file] is a.tree
    assert a.tree is b.tree  # the same layout: one skeleton for both files
    assert a.tree.key_pos["name"] == (2, 1)
    assert a.tree.val_pos["name"] == (2, 7)
    assert position(a.tree, ("projects", 0, "budget")) == (13, 13)
    assert position(a.tree, ("critical_systems", 1, "next_update"), key=True) == (16, 20)


def test_a_mapping_of_one_layout_is_one_skeleton_wherever_it_stands(repo: Repo) -> None:
    repo.base()
    repo.write("data/customers/vapaa-aika.yaml", PLAN_MORE)
    lower = "# one line lower\n" + PLAN_MORE.replace("vapaa-aika", "toinen")
    repo.write("data/customers/toinen.yaml", lower)
    loaded = load_repository(repo.root, Settings())
    a, b = (
        loaded.trees["data/customers/vapaa-aika.yaml"],
        loaded.trees["data/customers/toinen.yaml"],
    )
    assert a is not b
    projects = 4 + 3 * a[1].index("projects")
    assert a[projects] is b[projects]
    assert position(a, ("projects", 0, "budget")) == (13, 13)
    assert position(b, ("projects", 0, "budget")) == (14, 13)
    people = loaded.trees["data/people.yaml"].skel[4]  # liisa-laine and pekka-puro: one layout
    assert people[2] is people[4]
    assert position(loaded.trees["data/people.yaml"], ("people", 1, "deputy")) == (11, 13)


def test_short_values_and_keys_are_shared_between_models(repo: Repo) -> None:
    _, a, b = _two_plans(repo)
    assert a.model.account_manager is b.model.account_manager
    assert a.model.type is b.model.type


def test_a_failed_file_and_failed_people_keep_their_whole_tree(repo: Repo) -> None:
    repo.base()
    repo.write("data/customers/vapaa-aika.yaml", swap(PLAN, "type: division", "type: kauppa"))
    repo.write("data/people.yaml", PEOPLE_ONE_BAD)
    loaded = load_repository(repo.root, Settings())
    tree = loaded.trees["data/customers/vapaa-aika.yaml"]
    assert type(tree) is YMap
    assert tree["account_manager"] == "liisa-laine"
    people = loaded.trees["data/people.yaml"]["people"]
    assert [type(p).__name__ for p in people] == ["PMap", "YMap"]  # the bad one is salvaged
    assert people[1]["deputy"] == "nobody-known"
    assert loaded.people["liisa-laine"].line == 2
    assert position(loaded.trees["data/people.yaml"], ("people", 1, "deputy")) == (8, 13)


PEOPLE_ONE_BAD = """\
people:
  - id: liisa-laine
    name: Liisa Laine
    organisation: it
  - id: pekka-puro
    name: Pekka Puro
    organisation: it
    deputy: nobody-known
    roles: [boss]
"""


def test_models_share_fields_sets_without_sharing_changes(repo: Repo) -> None:
    _, a, b = _two_plans(repo, PLAN_MORE)
    assert a.model.model_fields_set is b.model.model_fields_set
    assert a.model.charges is not None
    assert b.model.charges is not None
    assert a.model.charges.model_fields_set is b.model.charges.model_fields_set
    assert a.model.projects[0].model_fields_set is b.model.projects[0].model_fields_set
    systems = a.model.critical_systems + b.model.critical_systems
    assert systems[0].model_fields_set is systems[3].model_fields_set
    changed = a.model.model_copy(update={"notes": "uusi"})
    assert "notes" in changed.model_fields_set
    assert "notes" not in b.model.model_fields_set
    assert b.model.updated == a.model.updated != date(1900, 1, 1)


def test_models_share_dates_sums_and_months(repo: Repo) -> None:
    _, a, b = _two_plans(repo, PLAN_MORE)
    pa, pb = a.model.projects[0], b.model.projects[0]
    assert a.model.updated is b.model.updated is pa.end  # `2026-11-01` three times
    assert pa.start is pb.start
    assert pa.start == date(2026, 1, 1)
    assert a.model.charges
    assert b.model.charges
    assert pa.budget is not None
    assert a.model.charges.annual is b.model.charges.annual is pa.budget
    systems = [s.next_update for s in a.model.critical_systems + b.model.critical_systems]
    assert systems[0] is systems[2]
    assert systems[1] is systems[3]
    assert systems[0] == systems[1]  # `toukokuu` and `5`: equal, two texts


def test_parsers_called_directly_return_new_objects() -> None:
    """The editor writes parsed values into YAML trees, where one object in two places
    would become an anchor and an alias (`fmt` of the demo proves the whole way)."""
    assert parse_date("2026-01-15") is not parse_date("2026-01-15")
    assert parse_money("280 000 €") is not parse_money("280 000 €")
    assert parse_month("2026-05") is not parse_month("2026-05")


def test_a_shared_value_does_not_hide_an_error(repo: Repo) -> None:
    repo.base()
    repo.write("data/customers/vapaa-aika.yaml", PLAN)
    repo.write("data/customers/toinen.yaml", swap(PLAN, "2026-11-01", "2026-02-30"))
    repo.write("data/customers/kolmas.yaml", swap(PLAN, "2026-11-01", "2026-02-30"))
    found = [(f.code, f.path, f.line) for f in repo.check().findings if f.code == "S002"]
    assert found == [
        ("S002", "data/customers/kolmas.yaml", 5),
        ("S002", "data/customers/toinen.yaml", 5),
    ]


def test_texts_are_held_as_utf8_and_read_back_whole(repo: Repo) -> None:
    loaded, a, _ = _two_plans(repo)
    text = (repo.root / a.file).read_text(encoding="utf-8")
    assert dict.__getitem__(loaded.texts, a.file) == text.encode("utf-8")
    assert loaded.texts[a.file] == loaded.texts.get(a.file) == text
    assert loaded.texts.get("data/customers/missing.yaml") is None


def test_the_engine_keeps_no_line_index_for_plain_files(repo: Repo) -> None:
    repo.base()
    text = swap(PLAN.replace("vapaa-aika", "toinen"), "Vapaa-aikatoimiala", "'Vapaa\u2028aika'")
    repo.write("data/customers/toinen.yaml", text)
    loaded = load_repository(repo.root, Settings())
    locate = Locator(loaded)
    plain, unusual = "data/customers/vapaa-aika.yaml", "data/customers/toinen.yaml"
    assert locate(Issue("C001", plain, at=("updated",))) == (5, 10)
    assert locate(Issue("C001", unusual, at=("updated",))) == (5, 10)  # LS: not a line here
    assert locate._lines[plain] is None
    assert locate._lines[unusual] is not None


# --- every position of a skeleton is the one libyaml's composer marks -----------------------


def _marks(node: Any, path: tuple[str | int, ...]) -> Any:
    """(path, key mark, value mark) of every value in a PyYAML node tree, 1-based."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            at = (*path, key.value)
            mark, vmark = key.start_mark, value.start_mark
            yield at, (mark.line + 1, mark.column + 1), (vmark.line + 1, vmark.column + 1)
            yield from _marks(value, at)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            mark = item.start_mark
            yield (*path, i), None, (mark.line + 1, mark.column + 1)
            yield from _marks(item, (*path, i))


def _assert_marks(tree: Any, text: str, rel: str) -> None:
    node = yaml.compose(text, Loader=yaml.CSafeLoader)
    for at, key_mark, value_mark in _marks(node, ()):
        assert position(tree, at) == value_mark, (rel, at)
        if key_mark is not None:
            assert position(tree, at, key=True) == key_mark, (rel, at)


def test_skeleton_positions_are_libyamls_marks() -> None:
    loaded = load_repository(DEMO, Settings())
    assert len(loaded.trees) > 30
    for rel, tree in loaded.trees.items():
        assert type(tree) is PMap or rel in loaded.failed or rel == "data/people.yaml"
        _assert_marks(tree, loaded.texts[rel], rel)


@pytest.mark.parametrize("count", [300, 7000])  # 1,200 lines; 28,000 lines over 512 KiB
def test_positions_in_a_long_people_file(count: int, repo: Repo) -> None:
    """Beyond the shared first lines, and through the event stream for a file over
    NODE_TREE_LIMIT; one entry's id is wrong, so its whole tree stays beside the others'
    skeletons."""
    entry = "  - id: p-{0}\n    name: Henkilö {0} {1}\n    organisation: it\n    roles: [expert]\n"
    people = "people:\n" + "".join(entry.format(i, "x" * (i % 7)) for i in range(count))
    people = swap(people, "id: p-17\n", "id: P 17\n")
    assert (len(people) > NODE_TREE_LIMIT) == (count > 1000)
    repo.base()
    repo.write("data/people.yaml", people)
    loaded = load_repository(repo.root, Settings(limits={"max_file_bytes": 4 << 20}))
    tree = loaded.trees["data/people.yaml"]
    assert len(loaded.people) == count - 1
    assert type(tree["people"][17]) is YMap
    assert loaded.people[f"p-{count - 1}"].line == 2 + 4 * (count - 1)
    _assert_marks(tree, people, "data/people.yaml")


def test_skeletons_are_tuples_of_positions_and_skeletons(repo: Repo) -> None:
    _, a, _ = _two_plans(repo, PLAN_MORE)
    projects = a.tree[4 + 3 * list(a.tree[1]).index("projects")]
    assert type(projects) is PSeq
    assert projects[:2] == ((0, 3), (0, 5))  # relative: the list's first line, its item
    assert type(projects[2]) is PMap
    assert projects[2][1] == ("name", "start", "end", "budget")


def test_findings_share_equal_texts(repo: Repo) -> None:
    """A message with parameters is made afresh for each finding; equal ones are one text."""
    shared_need = PLAN + "needs:\n  - need: SSO\n    observed: 2026-03-13\n    tags: [sso]\n"
    _two_plans(repo, shared_need)
    found = [f for f in repo.check().findings if f.code == "O002"]
    assert [f.path for f in found] == [
        "data/customers/toinen.yaml",
        "data/customers/vapaa-aika.yaml",
    ]
    assert found[0].message == found[1].message
    assert found[0].message is found[1].message
    assert found[0].hint is found[1].hint


def test_entries_have_no_instance_dict(repo: Repo) -> None:
    loaded, a, _ = _two_plans(repo)
    assert not hasattr(a, "__dict__")
    assert not hasattr(loaded.people["liisa-laine"], "__dict__")


def test_the_tables_of_shared_values_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file of ten thousand distinct values does not grow the tables past their bound;
    values past it are still read right, just not shared."""
    monkeypatch.setattr(yamlio, "_PLAIN_VALUES", {})
    monkeypatch.setattr(yamlio, "_SHARED_VALUES", 100)
    tree, _ = yamlio.compose("".join(f"k{i}: {i * 7}\n" for i in range(10_000)))
    assert len(yamlio._PLAIN_VALUES) == 100
    assert [tree["k0"], tree["k9999"]] == [0, 69_993]
    monkeypatch.setattr(values, "SHARED_MAX", 100)
    parse = values._shared(values.parse_date)
    days = [parse(f"{1 + i % 28}.{1 + i // 28 % 12}.{2000 + i // 336}") for i in range(1000)]
    assert days[999] == date(2002, 12, 20)
    assert parse("1.1.2000") is days[0]
    assert parse("20.12.2002") is not days[999]
