"""The tree a YAML file is read into: mappings and sequences that remember positions.

Core: imports only the standard library and `lines`. `reading/yamlio.py` builds
these trees; the repository keeps them to find where a value stands.
"""

from __future__ import annotations

from typing import Any

from asiakkuus_cli.lines import Pos as Pos


class YMap(dict[str, Any]):
    """A mapping that remembers where each key and value stands.

    The positions are one flat list beside the keys, in their order: key, value,
    key, value... (a dict per mapping for each took a third of a loaded
    repository's memory); `key_pos` and `val_pos` give them by key.
    """

    __slots__ = ("at", "pos")

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.pos = pos
        self.at: list[Pos] | tuple[Pos, ...] = []  # a tuple once the mapping is complete

    def positions(self, key: str) -> tuple[Pos, Pos] | None:
        """The positions of a key and of its value, if the mapping has the key."""
        if key not in self:
            return None
        i = 2 * list(self).index(key)
        return self.at[i], self.at[i + 1]

    @property
    def key_pos(self) -> dict[str, Pos]:
        return dict(zip(self, self.at[::2], strict=True))

    @property
    def val_pos(self) -> dict[str, Pos]:
        return dict(zip(self, self.at[1::2], strict=True))

    def _forget(self, key: str) -> None:
        """Drop a key met again (a duplicate: the last one wins) and its positions."""
        i = 2 * list(self).index(key)
        self.at = [*self.at[:i], *self.at[i + 2 :]]
        del self[key]


class YSeq(list[Any]):
    """A sequence that remembers where each item stands."""

    __slots__ = ("item_pos", "pos")

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.pos = pos
        self.item_pos: list[Pos] | tuple[Pos, ...] = []  # a tuple once complete


def position(tree: Any, at: tuple[str | int, ...], key: bool = False) -> Pos:
    """The 1-based position of the value at `at` (or of its key).

    Walks as far as the path exists; a missing last step points at the
    deepest key that exists, which is where a person would add the value.
    """
    node = tree
    found: Pos = getattr(tree, "pos", (1, 1))
    for i, step in enumerate(at):
        last = i == len(at) - 1
        if isinstance(node, YMap) and isinstance(step, str):
            pair = node.positions(step)
            if pair is None:
                return found
            if key and last:
                return pair[0]
            found = pair[1]
            node = node[step]
        elif isinstance(node, YSeq) and isinstance(step, int) and 0 <= step < len(node):
            found = node.item_pos[step]
            node = node[step]
        else:
            return found
    return found
