"""CSV that a spreadsheet opens safely in any locale (issue 12, item 10).

Finnish Excel splits a CSV line on `;`, English Excel on `,`, some imports on a tab,
and a quote may open a cell anywhere; a cell that starts with `=`, `+`, `-` or `@`
is a formula. The model below splits the written text on all of them at once.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from asiakkuus_cli.render import tables

from .conftest import PLAN, Repo
from .fuzzing import examples
from .test_injection import run

_SPLIT = re.compile(r"[,;\t\r\n\"]")
_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\Z")


def formula_cells(text: str) -> list[str]:
    """Every piece that Excel, splitting on any separator it may choose, would read as
    a formula (a plain number is a number, not a formula)."""
    pieces = (p.lstrip(" ") for p in _SPLIT.split(text))
    return [p for p in pieces if p[:1] in ("=", "+", "-", "@") and not _NUMBER.match(p)]


CELL_TEXT = st.text(alphabet=st.sampled_from("=+-@\t\r\n;,\"' a1.:(E)"), max_size=24)


@examples(400)
@given(st.lists(st.one_of(CELL_TEXT, st.lists(CELL_TEXT, max_size=4)), min_size=1, max_size=5))
def test_no_piece_of_any_cell_is_a_formula(cells: list[Any]) -> None:
    values = [tables._csv_value(v, "name") for v in cells]
    written = tables.write_csv(["a"] * len(values), [values])
    assert formula_cells(written) == [], written
    # Read back as CSV it is still one row of the same cells.
    [_header, row] = list(csv.reader(io.StringIO(written, newline="")))
    assert len(row) == len(cells)


def test_the_reported_attacks_are_neutralised(repo: Repo, cli: Any) -> None:
    repo.base()
    plan = PLAN.replace("name: Vapaa-aikatoimiala", 'name: "Vapaa-aikatoimiala;=1+1"')
    plan += "needs:\n  - need: Kirjautuminen\n    observed: 2026-01-01\n"
    plan += '    tags: ["=2+2", "@SUM(1+1)"]\n'
    repo.write("data/customers/vapaa-aika.yaml", plan)
    listing = run(cli, repo, "plan", "list", "-f", "csv")
    needs = run(cli, repo, "report", "needs", "-f", "csv")
    assert listing.exit_code == needs.exit_code == 0, listing.output + needs.output
    assert formula_cells(listing.output) == formula_cells(needs.output) == []
    assert '"Vapaa-aikatoimiala;\'=1+1"' in listing.output
    assert "'=2+2;'@SUM(1+1)" in needs.output
    # Every field is quoted, the header too.
    assert listing.output.startswith('"id","name",')


def test_numbers_stay_numbers() -> None:
    written = tables.write_csv(["a", "b"], [[tables._csv_value(-24000, "x"), "+3"]])
    assert written.splitlines()[1] == '"-24000","+3"'
