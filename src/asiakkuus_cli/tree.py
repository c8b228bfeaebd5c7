"""The tree a YAML file is read into: mappings and sequences that remember positions.

Core: imports only the standard library and `lines`. `reading/yamlio.py` builds
these trees; the repository keeps them to find where a value stands.

Every mapping and sequence carries its **skeleton**: a tuple of the positions of
its keys, values and items, and the skeletons of the mappings and sequences in it,
without any value. Positions are looked up in skeletons only (`position`), so once a
file's model is built the loader keeps just the skeleton of its tree: the values live
on in the model, and a skeleton is a fraction of a tree's memory (docs/PERFORMANCE.md).
"""

from __future__ import annotations

from typing import Any

from asiakkuus_cli.lines import Pos as Pos


class PMap(tuple[Any, ...]):
    """A mapping's skeleton: `(pos, keys, key pos, value pos, child, key pos, ...)`.

    `keys` is a tuple of the keys in their order (one object for every mapping with
    the same keys); `child` is the skeleton of the value when it is a mapping or a
    sequence, else None.
    """

    __slots__ = ()

    @property
    def pos(self) -> Pos:
        pos: Pos = self[0]
        return pos

    def positions(self, key: str) -> tuple[Pos, Pos] | None:
        """The positions of a key and of its value, if the mapping has the key."""
        keys: tuple[str, ...] = self[1]
        if key not in keys:
            return None
        i = 2 + 3 * keys.index(key)
        return self[i], self[i + 1]

    @property
    def key_pos(self) -> dict[str, Pos]:
        return dict(zip(self[1], self[2::3], strict=True))

    @property
    def val_pos(self) -> dict[str, Pos]:
        return dict(zip(self[1], self[3::3], strict=True))


class PSeq(tuple[Any, ...]):
    """A sequence's skeleton: `(pos, item pos, child, item pos, child, ...)`."""

    __slots__ = ()

    @property
    def pos(self) -> Pos:
        pos: Pos = self[0]
        return pos

    @property
    def item_pos(self) -> tuple[Pos, ...]:
        return self[1::2]


#: One keys tuple per distinct sequence of keys (most mappings repeat from file to file).
_KEYS: dict[tuple[str, ...], tuple[str, ...]] = {}
#: One skeleton object per distinct skeleton: files of one repository share their layout
#: (the same keys at the same lines), so most skeletons recur; shared, they cost nothing
#: per file. Tuples, so immutable; a table per type, so a PMap never stands for a PSeq.
_MAPS: dict[PMap, PMap] = {}
_SEQS: dict[PSeq, PSeq] = {}


def shared_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    return _KEYS.setdefault(keys, keys)


def shared_map(skel: list[Any]) -> PMap:
    """The one PMap equal to `skel` (its children already shared)."""
    made = PMap(skel)
    return _MAPS.setdefault(made, made)


def shared_seq(skel: list[Any]) -> PSeq:
    """The one PSeq equal to `skel` (its children already shared)."""
    made = PSeq(skel)
    return _SEQS.setdefault(made, made)


class YMap(dict[str, Any]):
    """A mapping that remembers where each key and value stands (in its skeleton).

    While the tree is built, `skel` is a list (`[pos, None, key pos, value pos,
    child, ...]`); `finish` turns it into the PMap.
    """

    __slots__ = ("skel",)

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.skel: list[Any] | PMap = [pos, None]

    def finish(self) -> PMap:
        """The completed skeleton (children given as trees are replaced by theirs)."""
        skel = self.skel
        if not isinstance(skel, PMap):
            skel[1] = shared_keys(tuple(self))
            self.skel = skel = shared_map(
                [x.skel if type(x) is YMap or type(x) is YSeq else x for x in skel]
            )
        return skel

    @property
    def pos(self) -> Pos:
        pos: Pos = self.skel[0]
        return pos

    def positions(self, key: str) -> tuple[Pos, Pos] | None:
        """The positions of a key and of its value, if the mapping has the key."""
        if key not in self:
            return None
        i = 2 + 3 * list(self).index(key)
        return self.skel[i], self.skel[i + 1]

    @property
    def key_pos(self) -> dict[str, Pos]:
        return dict(zip(self, self.skel[2::3], strict=True))

    @property
    def val_pos(self) -> dict[str, Pos]:
        return dict(zip(self, self.skel[3::3], strict=True))

    def _forget(self, key: str) -> None:
        """Drop a key met again (a duplicate: the last one wins) and its positions."""
        i = 2 + 3 * list(self).index(key)
        skel = list(self.skel)
        del skel[i : i + 3]
        self.skel = skel
        del self[key]


class YSeq(list[Any]):
    """A sequence that remembers where each item stands (in its skeleton)."""

    __slots__ = ("skel",)

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.skel: list[Any] | PSeq = [pos]

    def finish(self) -> PSeq:
        skel = self.skel
        if not isinstance(skel, PSeq):
            self.skel = skel = shared_seq(
                [x.skel if type(x) is YMap or type(x) is YSeq else x for x in skel]
            )
        return skel

    @property
    def pos(self) -> Pos:
        pos: Pos = self.skel[0]
        return pos

    @property
    def item_pos(self) -> tuple[Pos, ...]:
        return tuple(self.skel[1::2])


def skeleton(tree: Any) -> Any:
    """The skeleton of a tree (a YMap, YSeq, PMap or PSeq), else None."""
    if type(tree) is YMap or type(tree) is YSeq:
        return tree.finish()
    if type(tree) is PMap or type(tree) is PSeq:
        return tree
    return None


def position(tree: Any, at: tuple[str | int, ...], key: bool = False) -> Pos:
    """The 1-based position of the value at `at` (or of its key), in a tree or a skeleton.

    Walks as far as the path exists; a missing last step points at the
    deepest key that exists, which is where a person would add the value.
    """
    node = skeleton(tree)
    if node is None:
        return (1, 1)
    found: Pos = node[0]
    last = len(at) - 1
    for i, step in enumerate(at):
        if type(node) is PMap and isinstance(step, str):
            keys: tuple[str, ...] = node[1]
            if step not in keys:
                return found
            j = 2 + 3 * keys.index(step)
            if key and i == last:
                return node[j]  # type: ignore[no-any-return]
            found = node[j + 1]
            node = node[j + 2]
        elif type(node) is PSeq and isinstance(step, int) and 0 <= step < len(node) // 2:
            found = node[1 + 2 * step]
            node = node[2 + 2 * step]
        else:
            return found
    return found
