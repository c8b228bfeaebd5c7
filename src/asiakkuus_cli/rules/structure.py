"""S rules: what the loader found while reading files. The loader does the work;
these rules hand its issues to the engine, so severities, selection and
suppression work for them as for every other rule."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Issue
from . import Context, rule


def _loaded(ctx: Context, code: str) -> Iterator[Issue]:
    return (i for i in ctx.repo.issues if i.code == code)


@rule("S001", "yaml-syntax", "error")
def yaml_syntax(ctx: Context) -> Iterator[Issue]:
    """The file is not valid YAML.

    The file cannot be read at all, so no other rule looks at it until the
    syntax is fixed. Typical causes: a tab used for indentation, a missing
    space after a colon, an unclosed quote, or two documents in one file.

    Fails:

        name: "Vapaa-aikatoimiala
        type: division

    Passes:

        name: "Vapaa-aikatoimiala"
        type: division
    """
    return _loaded(ctx, "S001")


@rule("S002", "schema", "error")
def schema(ctx: Context) -> Iterator[Issue]:
    """A field is missing, unknown, or of the wrong type or value.

    Every file kind has a fixed set of fields (see the README). Typed values
    accept the forms people write: dates `2026-01-15` or `15.1.2026`, months
    `5`, `2026-05` or `toukokuu`, money `280 000 €`, booleans `kyllä`/`ei`.

    Fails:

        acount_manager: liisa-laine
        updated: 31.2.2026

    Passes:

        account_manager: liisa-laine
        updated: 28.2.2026
    """
    return _loaded(ctx, "S002")


@rule("S003", "duplicate-key", "error")
def duplicate_key(ctx: Context) -> Iterator[Issue]:
    """A mapping has the same key twice.

    YAML keeps only one of the two values, so one of them is silently lost.
    The finding points at the second occurrence; the last value is used.

    Fails:

        name: Vapaa-aikatoimiala
        name: Liikuntapalvelut

    Passes:

        name: Vapaa-aikatoimiala
    """
    return _loaded(ctx, "S003")


@rule("S004", "id-mismatch", "error")
def id_mismatch(ctx: Context) -> Iterator[Issue]:
    """`id` differs from the file name.

    A plan or roster is found by its file name: `data/customers/vapaa-aika.yaml`
    must say `id: vapaa-aika`. Rename the file or correct the id.

    Fails:

        # data/customers/vapaa-aika.yaml
        id: vapaaaika

    Passes:

        # data/customers/vapaa-aika.yaml
        id: vapaa-aika
    """
    return _loaded(ctx, "S004")


@rule("S005", "duplicate-id", "error")
def duplicate_id(ctx: Context) -> Iterator[Issue]:
    """Two people, segments or files share an id.

    References by id must lead to exactly one thing. The finding points at
    the second one.

    Fails:

        people:
          - {id: liisa-laine, name: Liisa Laine, organisation: it}
          - {id: liisa-laine, name: Liisa Lahti, organisation: it}

    Passes:

        people:
          - {id: liisa-laine, name: Liisa Laine, organisation: it}
          - {id: liisa-lahti, name: Liisa Lahti, organisation: it}
    """
    return _loaded(ctx, "S005")


@rule("S006", "unsafe-yaml", "error")
def unsafe_yaml(ctx: Context) -> Iterator[Issue]:
    """Tags, anchors or aliases, deep nesting, a too large file, or a link out of the repository.

    Only plain YAML is read: no `!tags`, no `&anchors` or `*aliases`, at most
    32 levels of nesting and 1 MiB per file (see `[limits]`), and no symbolic
    link that leads outside the repository. Such content is refused before it
    is built, so a hostile file cannot exhaust memory.

    Fails:

        name: !!python/object/apply:os.system ["ls"]

    Passes:

        name: Vapaa-aikatoimiala
    """
    return _loaded(ctx, "S006")


@rule("S007", "encoding", "error")
def encoding(ctx: Context) -> Iterator[Issue]:
    """The file is not UTF-8.

    Save the file as UTF-8 (a byte order mark is allowed). Files saved as
    Latin-1 or UTF-16 by old editors show up here, at the first bad byte.

    Fails:

        # ISO-8859-1
        name: Ylläpito

    Passes:

        # UTF-8
        name: Ylläpito
    """
    return _loaded(ctx, "S007")


@rule("S008", "unused-ignore", "info")
def unused_ignore(ctx: Context) -> Iterator[Issue]:
    """An `# asiakkuus: ignore[...]` comment silences nothing.

    The problem it was written for has been fixed, or the code is wrong.
    Remove the comment (or correct the code) so that it cannot hide a future
    problem. The engine reports this after all other rules have run.

    Fails:

        updated: 2026-11-01  # asiakkuus: ignore[C001]

    Passes:

        updated: 2026-11-01
    """
    return iter(())
