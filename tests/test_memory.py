"""Memory of a loaded repository (issue 18): what repeats from file to file is held once.

Positions, key names and short values are shared between the trees of all files,
and equal `model_fields_set`s between the models; sharing must not change a value
(`model_copy(update=...)` of one model leaves the others alone).
"""

from __future__ import annotations

from datetime import date

from asiakkuus_cli.config import Settings
from asiakkuus_cli.reading.loader import load_repository

from .conftest import PLAN, Repo


def _two_plans(repo: Repo):  # type: ignore[no-untyped-def]
    repo.base()
    repo.write("data/customers/vapaa-aika.yaml", PLAN)
    repo.write("data/customers/toinen.yaml", PLAN.replace("vapaa-aika", "toinen"))
    loaded = load_repository(repo.root, Settings())
    return loaded.customers["vapaa-aika"], loaded.customers["toinen"]


def test_trees_share_positions_keys_and_short_values(repo: Repo) -> None:
    a, b = _two_plans(repo)
    assert a.tree.key_pos["name"] is b.tree.key_pos["name"]
    assert a.tree.val_pos["name"] is b.tree.val_pos["name"]
    key_a = next(k for k in a.tree if k == "account_manager")
    key_b = next(k for k in b.tree if k == "account_manager")
    assert key_a is key_b
    assert a.tree["account_manager"] is b.tree["account_manager"]
    assert not hasattr(a.tree, "__dict__")  # positions in slots, no dict per mapping


def test_models_share_fields_sets_without_sharing_changes(repo: Repo) -> None:
    a, b = _two_plans(repo)
    assert a.model.model_fields_set is b.model.model_fields_set
    changed = a.model.model_copy(update={"notes": "uusi"})
    assert "notes" in changed.model_fields_set
    assert "notes" not in b.model.model_fields_set
    assert b.model.updated == a.model.updated != date(1900, 1, 1)


def test_texts_are_held_as_utf8_and_read_back_whole(repo: Repo) -> None:
    a, _ = _two_plans(repo)
    loaded = load_repository(repo.root, Settings())
    text = (repo.root / a.file).read_text(encoding="utf-8")
    assert dict.__getitem__(loaded.texts, a.file) == text.encode("utf-8")
    assert loaded.texts[a.file] == loaded.texts.get(a.file) == text
    assert loaded.texts.get("data/customers/missing.yaml") is None
