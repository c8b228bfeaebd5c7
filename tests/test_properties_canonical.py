"""The fast canonical decision of `fmt` is exactly right (issue 18).

`already_canonical` (editing/canonical.py) lets `fmt` skip the round trip for a
file it proves canonical. For arbitrary files (plans with every kind of value
form, key order, quoting, flow and block lists, indentation, comments in every
position, blank lines, stray blanks) and for small mutations of their canonical
form, it may say "canonical" only when the full path leaves the file unchanged.
It must also say "canonical" for the canonical form of the files most
repositories have, or it would not pay: checked on the generated benchmark
repository and the demo.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from asiakkuus_cli.config import Settings
from asiakkuus_cli.editing.canonical import already_canonical
from asiakkuus_cli.editing.edit import EditProblem, Unsafe, format_text, load_model, model_for
from asiakkuus_cli.models import CustomerPlan

from .fuzzing import examples

REL = "data/customers/vapaa-aika.yaml"
SETTINGS = Settings()

NAMES = ["Vapaa-aikatoimiala", "'Vapaa-aika'", '"Vapaa: aika"', "Vapaa #1", "-Vapaa",
         "2026-01-15", "yes", "Vapaa, aika [x]", "'it''s'", '"a\\tb"', "~", "null", "x:y",
         "Äö å", "'  pad'", "---x", "12", "1.5", "true", "? x", "a  b"]  # fmt: skip
DATES = ["2026-10-15", "15.10.2026", "'2026-10-15'", "2026-1-5", '"2026-10-15"']
MONEY = ["280 000 €", "280000", "280 000€", "'280 000 €'", "280 000,50 €", "280 000,5 €",
         "1,50 €", "999 €", "1 000 €"]  # fmt: skip
CHANGE = ["+1 000 €", "1000", "-1 000 €", "-1000", "+1000 €", "0 €", "-13 500 €"]
INTS = ["74", "+74", "074", "0", "1_000", "0x10"]
BOOLS = ["true", "false", "kyllä", "True", "ei", "'true'", "FALSE"]
MONTHS = ["5", "toukokuu", "2026-05", "2026-05-01", "1.5.2026", "'2026-05-01'", "May", "05"]
TAGS = ["[sso, ad]", "[sso,ad]", "[]", "['sso', ad]", "[ sso ]", ("seq", ["sso", "ad"])]

Value = object  # a scalar text, ("map", [(k, v)]), ("seq", [items]) or a flow text


def _pick(draw: st.DrawFn, choices: list[object]) -> object:
    return draw(st.sampled_from(choices))


def _map(draw: st.DrawFn, fields: list[tuple[str, Value]]) -> Value:
    if draw(st.integers(0, 3)) == 0:
        fields = draw(st.permutations(fields))
    return ("map", fields)


@st.composite
def plans(draw: st.DrawFn) -> Value:
    fields: list[tuple[str, Value]] = [
        ("id", "vapaa-aika"),
        ("name", _pick(draw, NAMES)),
        ("type", "division"),
        ("segment", _pick(draw, ["1", "01", "'1'"])),
        ("updated", _pick(draw, DATES)),
        ("account_manager", "liisa-laine"),
    ]
    if draw(st.booleans()):
        fields.append(("customer_contact", _pick(draw, ["", "anna-asiakas"])))
    if draw(st.booleans()):
        charges = [("annual", _pick(draw, MONEY)), ("change", _pick(draw, CHANGE))]
        fields.append(("charges", _map(draw, charges)))
    if draw(st.booleans()):
        fields.append(("headcount", _map(draw, [("count", _pick(draw, INTS))])))
    if draw(st.booleans()):
        system = [("name", _pick(draw, NAMES)), ("next_update", _pick(draw, MONTHS)),
                  ("updates_per_year", _pick(draw, INTS))]  # fmt: skip
        fields.append(("critical_systems", ("seq", [_map(draw, system)])))
    if draw(st.booleans()):
        need = [("need", _pick(draw, NAMES)), ("observed", _pick(draw, DATES)),
                ("budgeted", _pick(draw, BOOLS)), ("tags", _pick(draw, TAGS))]  # fmt: skip
        fields.append(
            ("needs", ("seq", [_map(draw, need) for _ in range(draw(st.integers(1, 2)))]))
        )
    if draw(st.booleans()):
        fields.append(("agreements", _pick(draw, ["[]", ("seq", ["Sovittu", "'Toinen'"])])))
    return _map(draw, fields)


@st.composite
def files(draw: st.DrawFn) -> str:
    """A plan in a random layout, with comments and blank lines in random places."""
    seq_indent = draw(st.sampled_from([0, 2, 2, 2, 4]))
    map_indent = draw(st.sampled_from([2, 2, 2, 4]))
    lines: list[str] = []

    def extra(indent: int) -> None:
        if draw(st.integers(0, 5)) == 0:
            lines.append("")
        if draw(st.integers(0, 4)) == 0:
            shift = draw(st.sampled_from([0, 0, 0, -2, 2]))
            lines.append(" " * max(0, indent + shift) + "# kommentti")

    def eol() -> str:
        return draw(st.sampled_from(["", "", "", "  # huom", " # huom", "   #x"]))

    def emit(value: Value, indent: int, head: str) -> None:
        if isinstance(value, tuple) and value[0] == "map":
            for i, (key, sub) in enumerate(value[1]):  # type: ignore[misc]
                pad = head if i == 0 and head else " " * indent
                if not (i == 0 and head):
                    extra(indent)
                entry(pad + key + ":", sub, indent)
        elif isinstance(value, tuple) and value[0] == "seq":
            for item in value[1]:  # type: ignore[misc]
                extra(indent)
                dash = " " * indent + "- "
                if isinstance(item, tuple):
                    emit(item, indent + 2, dash)
                else:
                    lines.append(dash + str(item) + eol())

    def entry(head: str, value: Value, indent: int) -> None:
        if isinstance(value, tuple) and value[0] == "map":
            lines.append(head + eol())
            emit(value, indent + map_indent, "")
        elif isinstance(value, tuple) and value[0] == "seq":
            lines.append(head + eol())
            emit(value, indent + seq_indent, "")
        else:
            lines.append((head + " " + str(value) if value != "" else head) + eol())

    if draw(st.booleans()):
        lines.append("# otsikko")
    emit(draw(plans()), 0, "")
    if draw(st.integers(0, 4)) == 0:
        lines.append(draw(st.sampled_from(["# loppu", "  # loppu", ""])))
    text = "\n".join(lines) + "\n"
    return text if draw(st.integers(0, 9)) else text.rstrip("\n")


def full_path_unchanged(text: str) -> bool:
    """What the full path says: the file loads, formats and stays byte for byte."""
    try:
        return not format_text(REL, text, SETTINGS, CustomerPlan, quick=False).changed
    except (EditProblem, Unsafe):
        return False


def fast_says_canonical(text: str) -> bool:
    try:
        load_model(REL, text, SETTINGS, CustomerPlan)
    except EditProblem:
        return False
    return already_canonical(text, CustomerPlan)


MUTATIONS = ["space", "unspace", "swap", "blank", "comment", "trail", "quote", "dedent"]


def mutate(text: str, how: str, at: int) -> str:
    lines = text.split("\n")
    i = at % max(1, len(lines) - 1)
    line = lines[i]
    if how == "space":
        lines[i] = " " + line
    elif how == "unspace":
        lines[i] = line[1:] if line.startswith(" ") else line.replace(": ", ":  ", 1)
    elif how == "swap" and i + 1 < len(lines):
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    elif how == "blank":
        lines.insert(i, "")
    elif how == "comment":
        lines.insert(i, " " * (at % 7) + "# uusi")
    elif how == "trail":
        lines[i] = line + " "
    elif how == "quote":
        key, sep, value = line.partition(": ")
        lines[i] = f"{key}{sep}'{value}'" if sep else line
    elif how == "dedent":
        lines[i] = line.replace("  ", "", 1)
    return "\n".join(lines)


@examples(300)
@given(files(), st.sampled_from(MUTATIONS), st.integers(0, 200))
def test_fast_path_says_canonical_only_when_fmt_changes_nothing(text, how, at) -> None:
    if fast_says_canonical(text):
        assert full_path_unchanged(text), text
    try:
        canonical = format_text(REL, text, SETTINGS, CustomerPlan, quick=False).text
    except (EditProblem, Unsafe):
        return
    for candidate in (canonical, mutate(canonical, how, at)):
        if fast_says_canonical(candidate):
            assert full_path_unchanged(candidate), candidate


sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from generate_repo import generate  # noqa: E402


def test_fast_path_pays_on_canonical_files(tmp_path: Path) -> None:
    """The canonical forms of the generated benchmark files and the demo are recognised."""
    generate(tmp_path, 30, 60, 1, date(2026, 11, 26))
    demo = Path(__file__).resolve().parents[1]
    missed = []
    for root in (tmp_path, demo):
        for path in sorted((root / "data").rglob("*.yaml")):
            rel = path.relative_to(root).as_posix()
            model = model_for(rel)
            assert model is not None
            text = path.read_text(encoding="utf-8")
            canonical = format_text(rel, text, SETTINGS, model, quick=False).text
            if not already_canonical(canonical, model):
                missed.append((root.name, rel))
    # Only the demo's organisation, whose segment descriptions are block scalars (`>-`),
    # and a meeting record with a guest written as a flow mapping (`{name: ...}`): the
    # fast path leaves both to the full one.
    assert missed == [
        (demo.name, "data/meetings/malliasiakas/2026-03-18-it-messut.yaml"),
        (demo.name, "data/organisation.yaml"),
    ]


def test_fast_path_on_mutated_rosters_people_and_organisation(tmp_path: Path) -> None:
    """The other file kinds: each mutation of their canonical form is judged right."""
    generate(tmp_path, 2, 6, 1, date(2026, 11, 26))
    paths = sorted((tmp_path / "data").rglob("*.yaml"))
    judged = accepted = 0
    for path in paths:
        rel = path.relative_to(tmp_path).as_posix()
        model = model_for(rel)
        assert model is not None
        canonical = format_text(rel, path.read_text(encoding="utf-8"), SETTINGS, model).text
        for n, how in enumerate(MUTATIONS):
            for at in (n + 1, 3 * n + 5):
                text = mutate(canonical, how, at)
                try:
                    load_model(rel, text, SETTINGS, model)
                except EditProblem:
                    continue
                judged += 1
                if already_canonical(text, model):
                    accepted += 1
                    assert not format_text(rel, text, SETTINGS, model, quick=False).changed, text
    assert judged > 50
    assert accepted > 5  # blank and comment lines the canonical form keeps
