"""The tree a YAML file is read into: mappings and sequences that remember positions.

Core: imports only the standard library and `lines`. `reading/yamlio.py` builds
these trees; the repository keeps them to find where a value stands.

Every mapping and sequence carries its **skeleton**: a tuple of the positions of
its keys, values and items, and the skeletons of the mappings and sequences in it,
without any value. Positions are looked up in skeletons only (`position`), so once a
file's model is built the loader keeps just the skeleton of its tree: the values live
on in the model, and a skeleton is a fraction of a tree's memory (docs/PERFORMANCE.md).

A position in a skeleton is `(lines below the node's first line, column)`: relative,
so that a mapping of the same layout is the same skeleton wherever it stands (the
thousands of entries of a people file, the projects of plans), and skeletons are
shared between files. Only the root's own position (the first element) is absolute;
a nested skeleton's first element is `(0, column)`.
"""

from __future__ import annotations

from typing import Any

from asiakkuus_cli.lines import Pos as Pos


def _absolute(line: int, rel: Pos) -> Pos:
    return (line + rel[0], rel[1])


class PMap(tuple[Any, ...]):
    """A mapping's skeleton: `(pos, keys, key pos, value pos, child, key pos, ...)`.

    `keys` is a tuple of the keys in their order (one object for every mapping with
    the same keys); `child` is the skeleton of the value when it is a mapping or a
    sequence, else None. The methods give positions in the file for a root skeleton
    (relative to the node's first line for a nested one).
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
        line = self[0][0]
        return _absolute(line, self[i]), _absolute(line, self[i + 1])

    @property
    def key_pos(self) -> dict[str, Pos]:
        line = self[0][0]
        return {k: _absolute(line, p) for k, p in zip(self[1], self[2::3], strict=True)}

    @property
    def val_pos(self) -> dict[str, Pos]:
        line = self[0][0]
        return {k: _absolute(line, p) for k, p in zip(self[1], self[3::3], strict=True)}


class PSeq(tuple[Any, ...]):
    """A sequence's skeleton: `(pos, item pos, child, item pos, child, ...)`."""

    __slots__ = ()

    @property
    def pos(self) -> Pos:
        pos: Pos = self[0]
        return pos

    @property
    def item_pos(self) -> tuple[Pos, ...]:
        line = self[0][0]
        return tuple(_absolute(line, p) for p in self[1::2])


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

    `pos` is where it stands in the file. While the tree is built, `skel` is a list
    (`[own pos, None, key pos, value pos, child, ...]`, relative as in a PMap); `finish`
    turns it into the PMap.
    """

    __slots__ = ("pos", "skel")

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.pos = pos
        self.skel: list[Any] | PMap = [(0, pos[1]), None]

    def finish(self) -> PMap:
        """The completed skeleton (children given as trees are replaced by theirs)."""
        skel = self.skel
        if not isinstance(skel, PMap):
            skel[1] = shared_keys(tuple(self))
            self.skel = skel = shared_map(
                [x.skel if type(x) is YMap or type(x) is YSeq else x for x in skel]
            )
        return skel

    def positions(self, key: str) -> tuple[Pos, Pos] | None:
        """The positions of a key and of its value, if the mapping has the key."""
        if key not in self:
            return None
        i = 2 + 3 * list(self).index(key)
        line = self.pos[0]
        return _absolute(line, self.skel[i]), _absolute(line, self.skel[i + 1])

    @property
    def key_pos(self) -> dict[str, Pos]:
        line = self.pos[0]
        return {k: _absolute(line, p) for k, p in zip(self, self.skel[2::3], strict=True)}

    @property
    def val_pos(self) -> dict[str, Pos]:
        line = self.pos[0]
        return {k: _absolute(line, p) for k, p in zip(self, self.skel[3::3], strict=True)}

    def _forget(self, key: str) -> None:
        """Drop a key met again (a duplicate: the last one wins) and its positions."""
        i = 2 + 3 * list(self).index(key)
        skel = list(self.skel)
        del skel[i : i + 3]
        self.skel = skel
        del self[key]


class YSeq(list[Any]):
    """A sequence that remembers where each item stands (in its skeleton)."""

    __slots__ = ("pos", "skel")

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.pos = pos
        self.skel: list[Any] | PSeq = [(0, pos[1])]

    def finish(self) -> PSeq:
        skel = self.skel
        if not isinstance(skel, PSeq):
            self.skel = skel = shared_seq(
                [x.skel if type(x) is YMap or type(x) is YSeq else x for x in skel]
            )
        return skel

    @property
    def item_pos(self) -> tuple[Pos, ...]:
        line = self.pos[0]
        return tuple(_absolute(line, p) for p in self.skel[1::2])

    def item_line(self, i: int) -> int:
        """The line of item `i`."""
        line: int = self.pos[0] + self.skel[1 + 2 * i][0]
        return line


def make_root(tree: Any) -> Any:
    """Make `tree` (a finished YMap or YSeq) the root of its file: its skeleton's own
    position becomes its position in the file (see the module)."""
    if type(tree) is YMap:
        tree.skel = shared_map([tree.pos, *tree.finish()[1:]])
    elif type(tree) is YSeq:
        tree.skel = shared_seq([tree.pos, *tree.finish()[1:]])
    return tree


def position(tree: Any, at: tuple[str | int, ...], key: bool = False) -> Pos:
    """The 1-based position of the value at `at` (or of its key), in a tree or in the
    skeleton of a file's root.

    Walks as far as the path exists; a missing last step points at the
    deepest key that exists, which is where a person would add the value.
    """
    if type(tree) is YMap or type(tree) is YSeq:
        node: Any = tree.finish()
        found: Pos = tree.pos
    elif type(tree) is PMap or type(tree) is PSeq:
        node = tree
        found = tree[0]
    else:
        return (1, 1)
    line = found[0]  # of the node: its positions are relative to it
    last = len(at) - 1
    for i, step in enumerate(at):
        if type(node) is PMap and isinstance(step, str):
            keys: tuple[str, ...] = node[1]
            if step not in keys:
                return found
            j = 2 + 3 * keys.index(step)
            if key and i == last:
                return _absolute(line, node[j])
            found = _absolute(line, node[j + 1])
            node = node[j + 2]
        elif type(node) is PSeq and isinstance(step, int) and 0 <= step < len(node) // 2:
            found = _absolute(line, node[1 + 2 * step])
            node = node[2 + 2 * step]
        else:
            return found
        line = found[0]
    return found
