"""Ids close to a mistyped one, for "did you mean".

The closeness is difflib's (`get_close_matches`, ratio at least 0.6), then ids that
contain the value. A repository can have thousands of people and a run (an import of
many plans) hundreds of unknown ids, so `Suggester` indexes the known ids once and
asks difflib's matcher only about the ids that can still make the three best: the ratio
counts matching characters, which are never more than the characters the two have in
common (a bit per character and occurrence, so one AND and a popcount instead of
difflib's quick_ratio); ids are tried from the highest such bound down, and the search
stops when the bound falls below the third best ratio found. The answer is that of
`get_close_matches` over every id (tests/test_similar.py).

Core: imports only the standard library.
"""

from __future__ import annotations

import difflib
import heapq
from collections import Counter
from collections.abc import Iterable

_CUTOFF = 0.6  # difflib's ratio


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
        # characters in common (difflib's quick_ratio): that bound, best first.
        bounds = []
        for ident, (m, size) in zip(self.ids, self._masks, strict=True):
            bound = 2.0 * (m & mask).bit_count() / (n + size) if n + size else 1.0
            if bound >= _CUTOFF:
                bounds.append((bound, ident))
        bounds.sort(reverse=True)
        matcher = difflib.SequenceMatcher()
        matcher.set_seq2(value)
        best: list[tuple[float, str]] = []  # the three best (ratio, id), a min-heap
        for bound, ident in bounds:
            if len(best) == 3 and bound < best[0][0]:
                break  # no id left can reach the third best
            matcher.set_seq1(ident)
            ratio = matcher.ratio()
            if ratio >= _CUTOFF:
                if len(best) < 3:
                    heapq.heappush(best, (ratio, ident))
                else:
                    heapq.heappushpop(best, (ratio, ident))
        close = [ident for _ratio, ident in sorted(best, reverse=True)]
        close += [i for i in self.ids if value and value in i and i not in close]
        return close[:3]


def suggestions(value: str, known: Iterable[str]) -> list[str]:
    """Ids close to `value`, best first (for 'did you mean')."""
    return Suggester(known)(value)
