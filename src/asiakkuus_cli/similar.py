"""Ids close to a mistyped one, for "did you mean".

The closeness is difflib's (`get_close_matches`, ratio at least 0.6), then ids that
contain the value. A repository can have thousands of people and a run (an import of
many plans) hundreds of unknown ids, so `Suggester` indexes the known ids once and
asks difflib only about the ids that can reach the cutoff: the ratio counts matching
characters, which are never more than the characters the two have in common (a bit per
character and occurrence, so one AND and a popcount instead of difflib's quick_ratio). The answer is the same as
difflib's over every id (tests/test_similar.py).

Core: imports only the standard library.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable

_CUTOFF = 0.6  # difflib's ratio; the filter below is its integer form, 20 * m >= 6 * total


class Suggester:
    """`suggester(value)`: ids of `known` close to `value`, best first (at most 3)."""

    def __init__(self, known: Iterable[str]) -> None:
        self.ids = sorted(set(known))
        self._bit: dict[tuple[str, int], int] = {}
        self._masks = [(self._mask(i, grow=True), len(i)) for i in self.ids]
        self._memo: dict[str, list[str]] = {}

    def _mask(self, text: str, grow: bool = False) -> int:
        """One bit per (character, its k-th occurrence): the popcount of two masks ANDed
        is the size of the texts' common multiset of characters."""
        mask = 0
        for ch, count in Counter(text).items():
            for k in range(count):
                bit = self._bit.get((ch, k))
                if bit is None:
                    if not grow:
                        break  # no known id has this character that often
                    bit = self._bit[ch, k] = len(self._bit)
                mask |= 1 << bit
        return mask

    def __call__(self, value: str) -> list[str]:
        found = self._memo.get(value)
        if found is None:
            found = self._memo[value] = self._find(value)
        return list(found)

    def _find(self, value: str) -> list[str]:
        mask, n = self._mask(value), len(value)
        # ratio = 2 * matches / (n + len(id)), and the matches are never more than the
        # common characters (difflib's quick_ratio); the integer test keeps a margin so
        # that no rounding of difflib's can differ.
        candidates = [
            ident
            for ident, (m, size) in zip(self.ids, self._masks, strict=True)
            if 20 * (m & mask).bit_count() >= 6 * (n + size) - 1
        ]
        close = difflib.get_close_matches(value, candidates, n=3, cutoff=_CUTOFF)
        close += [i for i in self.ids if value and value in i and i not in close]
        return close[:3]


def suggestions(value: str, known: Iterable[str]) -> list[str]:
    """Ids close to `value`, best first (for 'did you mean')."""
    return Suggester(known)(value)
