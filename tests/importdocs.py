"""The import tests' Word and Excel inputs: benchmarks/import_inputs.py, the one generator
that benchmarks/bench.py uses too (the benchmark must not import the tests)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from import_inputs import (
    CALENDAR,
    HEADER,
    LAYOUTS,
    NEEDS,
    PROJECTS,
    SYSTEMS,
    Layout,
    csv_file,
    register_rows,
    seed_plan,
    word_plans,
    workbook,
)

__all__ = [
    "CALENDAR",
    "HEADER",
    "LAYOUTS",
    "NEEDS",
    "PROJECTS",
    "SYSTEMS",
    "Layout",
    "csv_file",
    "register_rows",
    "seed_plan",
    "word_plans",
    "workbook",
]
