"""How fast is `asiakkuus`, measured against baselines in the same run.

    python benchmarks/bench.py [--customers 2000] [--projects 5000] [--runs 5]
                               [--scale 1,2,4] [--no-peer] [--json FILE]

Generates a seeded synthetic repository (benchmarks/generate_repo.py: N care
plans, M steering-group rosters, their people; clean under the schema) in a
temporary directory and times whole commands as separate processes, the way a
user or CI runs them (start-up included), median of --runs repetitions:

- floor: a bare parse of every data file with libyaml, PyYAML's
  `yaml.load(text, Loader=CSafeLoader)`, in one Python process;
- validate: `asiakkuus validate --format json` (all rules) on the repository;
- peer: `check-jsonschema` with the schemas of `asiakkuus schema` on the same
  files, one run per file kind (skipped if check-jsonschema is not installed:
  `pip install -e '.[bench]'`);
- report: `asiakkuus report segments --format csv`;
- start-up: `asiakkuus --version` and `asiakkuus validate` on the demo in
  data/, against `python -c "import typer"`;
- peak memory of validate (the child's maximum resident set size);
- growth: floor and validate at each --scale multiple of the repository.

Prints seconds and the ratios the performance goals are stated in
(docs/PERFORMANCE.md). Machines are noisy: compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(HERE))

from generate_repo import generate  # noqa: E402

TODAY = date(2026, 11, 26)
KINDS = {  # schema name -> the files it describes, relative to the repository root
    "organisation": ["data/organisation.yaml"],
    "people": ["data/people.yaml"],
    "customer": ["data/customers/*.yaml"],
    "project": ["data/projects/*.yaml"],
}
FLOOR = """
import gc, sys, yaml
from pathlib import Path
if len(sys.argv) > 2:
    gc.disable()
for path in sorted(Path(sys.argv[1], "data").rglob("*.yaml")):
    yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
"""


def asiakkuus() -> list[str]:
    """The console script beside this Python, else the module."""
    script = Path(sys.executable).with_name("asiakkuus")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "asiakkuus_cli"]


def run(argv: Sequence[str], ok: Sequence[int] = (0,)) -> tuple[float, int]:
    """Wall seconds and peak resident kilobytes of one child process."""
    started = time.perf_counter()
    with subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as proc:
        assert proc.stderr is not None
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode(errors="replace")
    if proc.returncode not in ok:
        raise SystemExit(f"bench: {' '.join(argv)} exited {proc.returncode}\n{err}")
    return elapsed, usage.ru_maxrss


def median(runs: int, argvs: Sequence[Sequence[str]], ok: Sequence[int] = (0,)) -> float:
    """Median over repetitions of the summed wall time of a list of commands."""
    times = [sum(run(argv, ok)[0] for argv in argvs) for _ in range(runs)]
    return statistics.median(times)


def peer_commands(root: Path, schemas: Path) -> list[list[str]] | None:
    exe = shutil.which("check-jsonschema") or str(
        Path(sys.executable).with_name("check-jsonschema")
    )
    if not Path(exe).exists():
        return None
    commands = []
    for kind, patterns in KINDS.items():
        files = sorted(str(p) for pattern in patterns for p in root.glob(pattern))
        commands.append([exe, "--schemafile", str(schemas / f"{kind}.schema.json"), *files])
    return commands


def export_schemas(tool: list[str], root: Path, target: Path) -> None:
    subprocess.run(
        [*tool, "--root", str(root), "schema", "--out", str(target)],
        check=True,
        capture_output=True,
    )


def site_case(
    tool: list[str], root: Path, runs: int, val: float, figures: dict[str, object]
) -> None:
    """`site build` on the repository against validate: goal at most 4x, under 1 GB."""
    out = root.parent / f"{root.name}-site"
    build = [*tool, "--root", str(root), "--today", TODAY.isoformat(), "site", "build"]
    build += ["--out", str(out)]
    seconds = median(runs, [build], ok=(0, 1))
    peak = max(run(build, ok=(0, 1))[1] for _ in range(min(runs, 2))) / 1024
    pages = sum(1 for _ in out.rglob("*.html"))
    print(f"\nsite ({pages} pages)")
    print(f"  {'asiakkuus site build':<44} {seconds:8.3f} s   {seconds / val:5.2f}x validate")
    print(f"  {'peak memory of site build':<44} {peak:8.1f} MB")
    figures.update(site_build=seconds, site_over_validate=seconds / val, site_peak_mb=peak)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--projects", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scale", default="1,2,4", help="repository sizes to time, as multiples")
    parser.add_argument("--no-peer", action="store_true", help="skip check-jsonschema")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    scales = sorted({int(s) for s in args.scale.split(",")} | {1})
    tool = asiakkuus()
    py = sys.executable
    figures: dict[str, object] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        "python": platform.python_version(),
        "customers": args.customers,
        "projects": args.projects,
        "runs": args.runs,
    }

    def show(label: str, seconds: float, base: float | None = None, name: str = "") -> None:
        ratio = f"   {seconds / base:5.2f}x {name}" if base else ""
        print(f"  {label:<44} {seconds:8.3f} s{ratio}", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        roots = {}
        for k in scales:
            root = Path(tmp) / f"repo-{k}x"
            generate(root, args.customers * k, args.projects * k, 1, TODAY)
            roots[k] = root
        root = roots[1]
        n_files = sum(1 for _ in (root / "data").rglob("*.yaml"))
        size = sum(p.stat().st_size for p in (root / "data").rglob("*.yaml"))
        figures["files"] = n_files
        print(f"{figures['machine']}, Python {figures['python']}")
        print(
            f"repository: {args.customers} plans, {args.projects} rosters, people: "
            f"{n_files} files, {size / 1e6:.1f} MB; median of {args.runs}\n"
        )
        validate = [*tool, "--root", str(root), "--today", TODAY.isoformat(), "validate"]
        validate_json = [*validate, "--format", "json"]

        print("validate")
        floor = median(args.runs, [[py, "-c", FLOOR, str(root)]])
        show("floor: libyaml parse (yaml.load, CSafeLoader)", floor)
        floor_nogc = median(args.runs, [[py, "-c", FLOOR, str(root), "nogc"]])
        show("  the same, cycle collector off (reference)", floor_nogc, floor, "floor")
        figures["floor_nogc"] = floor_nogc
        val = median(args.runs, [validate_json], ok=(0, 1))
        show("asiakkuus validate (all rules, JSON report)", val, floor, "floor")
        figures.update(floor=floor, validate=val, validate_over_floor=val / floor)
        peak = max(run(validate_json, ok=(0, 1))[1] for _ in range(min(args.runs, 3)))
        figures["validate_peak_mb"] = peak / 1024
        print(f"  {'peak memory of validate':<44} {peak / 1024:8.1f} MB")
        if not args.no_peer:
            export_schemas(tool, root, Path(tmp) / "schemas")
            peer = peer_commands(root, Path(tmp) / "schemas")
            if peer is None:
                print("  peer: check-jsonschema is not installed (pip install -e '.[bench]')")
            else:
                seconds = median(args.runs, peer)
                show("peer: check-jsonschema, the same files", seconds, val, "validate")
                figures.update(peer=seconds, peer_over_validate=seconds / val)

        print("\nreports")
        report = [*tool, "--root", str(root), "--today", TODAY.isoformat(), "report", "segments"]
        rep = median(args.runs, [[*report, "--format", "csv"]])
        show("asiakkuus report segments (CSV)", rep, val, "validate")
        figures.update(report_segments=rep, report_over_validate=rep / val)
        site_case(tool, root, args.runs, val, figures)

        print("\nstart-up")
        typer = median(args.runs * 2, [[py, "-c", "import typer"]])
        show('python -c "import typer"', typer)
        version = median(args.runs * 2, [[*tool, "--version"]])
        show("asiakkuus --version", version, typer, "import typer")
        demo = median(args.runs * 2, [[*tool, "--root", str(PROJECT), "validate"]], ok=(0, 1))
        show("asiakkuus validate on the demo (31 files)", demo, typer, "import typer")
        figures.update(import_typer=typer, version=version, version_over_typer=version / typer)
        figures["validate_demo"] = demo

        if len(scales) > 1:
            print("\ngrowth (seconds per 1,000 files; ratio to 1x)")
            growth = {}
            base_rate = None
            for k in scales:
                files = sum(1 for _ in (roots[k] / "data").rglob("*.yaml"))
                cmd = [*tool, "--root", str(roots[k]), "--today", TODAY.isoformat(), "validate"]
                runs = max(1, args.runs // k)
                seconds = median(runs, [[*cmd, "--format", "json"]], ok=(0, 1))
                fl = median(runs, [[py, "-c", FLOOR, str(roots[k])]])
                rate = seconds / files * 1000
                base_rate = base_rate or rate
                growth[k] = {"files": files, "validate": seconds, "floor": fl}
                print(
                    f"  {k}x {files:>7} files: validate {seconds:7.3f} s "
                    f"({rate:.3f} s/1000, {rate / base_rate:.2f}x), "
                    f"floor {fl:7.3f} s, validate/floor {seconds / fl:.2f}x",
                    flush=True,
                )
            figures["growth"] = growth

    print(
        "\ngoals"
        + ("" if n_files >= 5000 else " (meant for the default size; start-up dominates here)")
    )
    goals = [
        ("validate within 1.5x of the libyaml parse", figures["validate_over_floor"], 1.5),
        ("asiakkuus --version within 1.5x of import typer", figures["version_over_typer"], 1.5),
        ("report segments within 1.5x of validate", figures["report_over_validate"], 1.5),
        ("peak memory of validate under 500 MB", figures["validate_peak_mb"], 500),
    ]
    if "peer_over_validate" in figures:
        goals.append(
            ("faster than check-jsonschema (validate/peer)", 1 / figures["peer_over_validate"], 1.0)
        )  # type: ignore[operator]
    for label, value, limit in goals:
        mark = "met" if value <= limit else "NOT met"  # type: ignore[operator]
        print(f"  {label:<48} {value:8.2f} (<= {limit}) {mark}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


def import_docx_case(plans: int = 50, runs: int = 3) -> float:
    """Seconds of `asiakkuus import docx` of `plans` generated Word plans into the demo
    (one process, median of `runs`); needs the `import` extra. Run it with
    `python -c "import sys; sys.path[:0] = ['benchmarks', '.']; import bench; bench.import_docx_case()"`.
    """
    from tests.importdocs import Layout, seed_plan

    with tempfile.TemporaryDirectory() as tmp:
        docs = [
            seed_plan(
                Path(tmp) / f"plan-{i:03}.docx", Layout(name=f"Asiakas {i}", reorder=i % 2 == 1)
            )
            for i in range(plans)
        ]
        times = []
        for r in range(runs):
            root = Path(tmp) / f"repo-{r}"
            shutil.copytree(PROJECT / "data", root / "data")
            argv = [*asiakkuus(), "--root", str(root), "import", "docx", *map(str, docs)]
            times.append(run(argv, ok=(0, 1))[0])
    seconds = statistics.median(times)
    print(f"  {'asiakkuus import docx, ' + str(plans) + ' Word plans':<44} {seconds:8.3f} s")
    return seconds


if __name__ == "__main__":
    raise SystemExit(main())
