"""Ids close to a mistyped one, for "did you mean".

Core: imports only the standard library.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def suggestions(value: str, known: Iterable[str]) -> list[str]:
    """Ids close to `value`, best first (for 'did you mean')."""
    ids = sorted(set(known))
    close = difflib.get_close_matches(value, ids, n=3, cutoff=0.6)
    close += [i for i in ids if value and value in i and i not in close]
    return close[:3]
