"""Time `asiakkuus validate` on a generated repository against bare YAML parsing.

    python scripts/bench_validate.py [--customers 2000] [--projects 3000] [--runs 3]

Generates a repository with scripts/generate_repo.py in a temporary directory,
then measures in this process (best of --runs, seconds), every figure in the
same run so that ratios hold on a noisy machine:

- bytes: read every data file, nothing else;
- events: libyaml's event stream of every file, iterated and dropped
  (`yaml.parse(..., Loader=CSafeLoader)`): the least any YAML reader does;
- compose: PyYAML's `compose(..., Loader=CSafeLoader)` of every file;
- ruamel safe: `ruamel.yaml.YAML(typ="safe", pure=False).load` of every file;
- load: asiakkuus's loader (safe event walk with positions + pydantic models);
- validate: load plus every rule and the JSON report, as `asiakkuus validate` does.

Prints a table and the ratios of load and validate to `events` and `compose`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from generate_repo import generate  # noqa: E402

TODAY = date(2026, 11, 26)


def best_of(runs: int, func: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--projects", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    from ruamel.yaml import YAML

    from asiakkuus_cli import engine, reporters
    from asiakkuus_cli.config import Settings
    from asiakkuus_cli.loader import load_repository

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        generate(root, args.customers, args.projects, 1, TODAY)
        files = sorted((root / "data").rglob("*.yaml"))
        size = sum(f.stat().st_size for f in files)
        print(
            f"{len(files)} files, {size / 1e6:.1f} MB ({args.customers} plans, {args.projects} rosters)"
        )
        settings = Settings()
        ruamel_safe = YAML(typ="safe", pure=False)

        def read_bytes() -> None:
            for f in files:
                f.read_bytes()

        def events() -> None:
            for f in files:
                for _ in yaml.parse(f.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader):
                    pass

        def compose() -> None:
            for f in files:
                yaml.compose(f.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

        def ruamel() -> None:
            for f in files:
                ruamel_safe.load(f.read_text(encoding="utf-8"))

        def load() -> None:
            load_repository(root, settings)

        def validate() -> None:
            result = engine.validate(root, settings, TODAY, "fi")
            reporters.get("json")(result, False)
            if result.errors:
                raise SystemExit(f"the generated repository has {result.errors} errors")

        figures = {
            "bytes": best_of(args.runs, read_bytes),
            "events": best_of(args.runs, events),
            "compose": best_of(args.runs, compose),
            "ruamel safe": best_of(args.runs, ruamel),
            "load": best_of(args.runs, load),
            "validate": best_of(args.runs, validate),
        }
    for name, seconds in figures.items():
        print(f"{name:>12}: {seconds:7.3f} s")
    for name in ("load", "validate"):
        print(
            f"{name} / events = {figures[name] / figures['events']:.2f}x, "
            f"{name} / compose = {figures[name] / figures['compose']:.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
