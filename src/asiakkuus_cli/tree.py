"""The tree a YAML file is read into: mappings and sequences that remember positions.

Core: imports only the standard library and `lines`. `reading/yamlio.py` builds
these trees; the repository keeps them to find where a value stands.
"""

from __future__ import annotations

from typing import Any

from asiakkuus_cli.lines import Pos as Pos


class YMap(dict[str, Any]):
    """A mapping that remembers where each key and value stands."""

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.pos = pos
        self.key_pos: dict[str, Pos] = {}
        self.val_pos: dict[str, Pos] = {}


class YSeq(list[Any]):
    """A sequence that remembers where each item stands."""

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.pos = pos
        self.item_pos: list[Pos] = []


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
            if step not in node.key_pos:
                return found
            if key and last:
                return node.key_pos[step]
            found = node.val_pos.get(step, node.key_pos[step])
            if step not in node:
                return node.key_pos[step]
            node = node[step]
        elif isinstance(node, YSeq) and isinstance(step, int) and 0 <= step < len(node):
            found = node.item_pos[step]
            node = node[step]
        else:
            return found
    return found
