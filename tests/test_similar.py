"""'Did you mean': the indexed Suggester gives difflib's answer over every id."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from asiakkuus_cli.similar import Suggester, suggestions


def plain(value: str, known: set[str]) -> list[str]:
    """The definition: difflib over every id, then ids that contain the value."""
    ids = sorted(known)
    close = difflib.get_close_matches(value, ids, n=3, cutoff=0.6)
    close += [i for i in ids if value and value in i and i not in close]
    return close[:3]


IDS = st.text(alphabet="aeiklnorstuvä-0123", min_size=0, max_size=14)


@settings(max_examples=400, derandomize=True)
@given(st.sets(IDS, max_size=40), st.lists(IDS, min_size=1, max_size=5))
def test_same_answer_as_difflib_over_every_id(known: set[str], values: list[str]) -> None:
    suggest = Suggester(known)
    for value in [*values, *values]:  # the second round comes from the memo
        assert suggest(value) == plain(value, known)


def test_typical_typos_and_the_one_off_function() -> None:
    known = {"liisa-laine", "pekka-puro", "anna-asiakas", "timo-toimittaja"}
    assert suggestions("liisa-lane", known) == ["liisa-laine"]
    assert suggestions("pekka", known) == ["pekka-puro"]
    assert suggestions("zzz", known) == []
    answer = Suggester(known)("timo")
    answer.append("x")  # a caller's list is its own
    assert Suggester(known)("timo") == ["timo-toimittaja"]


def test_many_look_alike_ids_the_same_answer() -> None:
    """Ids that differ by little (a large organisation's people): the search stops early
    for a close typo and still gives difflib's three, ties included."""
    first = ["anna", "pekka", "liisa", "matti", "timo"]
    last = ["virtanen", "korhonen", "laine", "lehtonen", "salonen"]
    known = {f"{f}-{s}-{i}" for i, (f, s) in enumerate((f, s) for f in first for s in last)}
    known |= {f"{f}-{s}" for f in first for s in last}
    suggest = Suggester(known)
    for value in ["matti-laine-1q", "anna-virtane", "pekka-salonen-", "timo", "x-y-z", ""]:
        assert suggest(value) == plain(value, known)
