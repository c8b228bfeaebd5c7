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
    """
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
    """
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
    """
    Fails:

        name: Vapaa-aikatoimiala
        name: Liikuntapalvelut

    Passes:

        name: Vapaa-aikatoimiala
    """
    return _loaded(ctx, "S003")


@rule("S004", "id-mismatch", "error")
def id_mismatch(ctx: Context) -> Iterator[Issue]:
    """
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
    """
    Fails:

        # data/people.yaml
        people:
          - {id: liisa-laine, name: Liisa Laine, organisation: it}
          - {id: liisa-laine, name: Liisa Lahti, organisation: it}

    Passes:

        # data/people.yaml
        people:
          - {id: liisa-laine, name: Liisa Laine, organisation: it}
          - {id: liisa-lahti, name: Liisa Lahti, organisation: it}
    """
    return _loaded(ctx, "S005")


@rule("S006", "unsafe-yaml", "error")
def unsafe_yaml(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        name: !!python/object/apply:os.system ["ls"]

    Passes:

        name: Vapaa-aikatoimiala
    """
    return _loaded(ctx, "S006")


@rule("S007", "encoding", "error")
def encoding(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        # --encoding iso-8859-1
        name: Ylläpito

    Passes:

        # --encoding utf-8
        name: Ylläpito
    """
    return _loaded(ctx, "S007")


@rule("S008", "unused-ignore", "info")
def unused_ignore(ctx: Context) -> Iterator[Issue]:
    """
    Fails:

        updated: 2026-11-01  # asiakkuus: ignore[C001]

    Passes:

        updated: 2026-11-01
    """
    return iter(())
