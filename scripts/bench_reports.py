"""Time `asiakkuus report segments` on a generated repository against a baseline.

    python scripts/bench_reports.py [--customers 2000] [--projects 3000] [--keep DIR]

Generates a repository with scripts/generate_repo.py (into a temporary directory
unless --keep names one), then measures in this process, best of 3:

- baseline: read every data file and compose it with libyaml
  (`yaml.compose(text, Loader=yaml.CSafeLoader)`), the least any YAML tool must do;
- report: the whole `report segments` command through the CLI runner (load,
  validate into models, compute, render the table).

Prints both figures and their ratio.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from generate_repo import generate  # noqa: E402


def best_of(n: int, func: Callable[[], object]) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--projects", type=int, default=3000)
    parser.add_argument("--keep", type=Path, help="generate into this (new) directory and keep it")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    from datetime import date

    from typer.testing import CliRunner

    from asiakkuus_cli.cli.app import app

    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp) / "repo"
        t0 = time.perf_counter()
        generate(root, args.customers, args.projects, 1, date(2026, 11, 26))
        files = sorted((root / "data").rglob("*.yaml"))
        print(f"generated {len(files)} files in {time.perf_counter() - t0:.1f} s: "
              f"{args.customers} plans, {args.projects} rosters")  # fmt: skip

        def baseline() -> None:
            for f in files:
                yaml.compose(f.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

        runner = CliRunner()
        argv_report = ["--root", str(root), "--today", "2026-11-26", "report", "segments"]

        def report() -> None:
            result = runner.invoke(app, argv_report)
            if result.exit_code != 0:
                raise SystemExit(f"report segments failed: {result.output}")

        base = best_of(args.runs, baseline)
        rep = best_of(args.runs, report)
        print(f"baseline (libyaml compose of all files): {base:.3f} s")
        print(f"report segments (in-process, best of {args.runs}): {rep:.3f} s")
        print(f"ratio: {rep / base:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
