"""How fast is `asiakkuus`, measured against baselines in the same run.

    python benchmarks/bench.py [--customers 2000] [--projects 5000] [--runs 5]
                               [--scale 1,2,4] [--no-peer] [--import-plans N]
                               [--json FILE]

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
- fmt: `asiakkuus fmt --check` of the whole repository (the generated files are
  in the canonical form, as in a repository that runs fmt in pre-commit) with the
  cache off, in one process and with the worker processes, then with a warm
  cache; `asiakkuus fmt` writing, on a fresh copy per run in which every 20th
  care plan has its dates and money typed the way people type them;
- calendar: `asiakkuus calendar --days 365 --ics FILE`;
- report: `asiakkuus report segments --format csv`;
- site: `asiakkuus site build --out DIR` (a fresh directory per run);
- import (needs the `import` extra, in `dev`): N generated Word plans
  (benchmarks/import_inputs.py; N = customers / 10, at least 2, or --import-plans)
  imported with `asiakkuus import docx --add-people` into a fresh copy of the demo
  (data/), against the floor of opening the same files with python-docx and
  walking their paragraphs and tables; then the customer register of the same N
  customers, `import xlsx` and `import csv`, into a copy of the result, against
  the floor of reading the sheet (openpyxl read-only / the csv module) and a
  ruamel.yaml round trip (load and dump) of each plan it names;
- start-up: `asiakkuus --version` and each command on the demo in data/
  (validate, people, segments, fmt --check, report, calendar), against
  `python -c "import typer"`, beside the floor of the libraries a command that
  reads data cannot avoid, `python -c "import typer, pydantic, yaml"`;
- peak memory of validate and of fmt --check (the child's maximum resident set);
- growth: floor, validate and its peak memory at each --scale multiple of the
  repository (`--scale 1,14` reaches 100,000 files).

Prints seconds and the ratios the performance goals are stated in
(docs/PERFORMANCE.md). Machines are noisy: compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent

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

#: The import's floor: what no Word import can skip, python-docx opening each file and
#: reading the text of its paragraphs and of every cell of its tables, in one process.
FLOOR_DOCX = """
import sys
import docx
for path in sys.argv[1:]:
    document = docx.Document(path)
    for paragraph in document.paragraphs:
        paragraph.text
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                cell.text
"""
#: The register's floor: reading the sheet (openpyxl read-only, or the csv module), then
#: a ruamel.yaml round trip (load and dump, the least a comment-keeping edit does) of the
#: plan of each row, named by the id in its first column.
FLOOR_REGISTER = """
import csv, io, sys
from pathlib import Path
from ruamel.yaml import YAML
source, root = Path(sys.argv[1]), Path(sys.argv[2])
if source.suffix == ".xlsx":
    import openpyxl
    book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    rows = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
else:
    with source.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
rt = YAML()
for row in rows[int(sys.argv[3]):]:
    path = root / "data" / "customers" / f"{row[0]}.yaml"
    rt.dump(rt.load(path.read_text(encoding="utf-8")), io.StringIO())
"""
#: The start-up floor: the libraries a command that reads data cannot avoid.
FLOOR_STARTUP = "import typer, pydantic, yaml"


def asiakkuus() -> list[str]:
    """The console script beside this Python, else the module."""
    script = Path(sys.executable).with_name("asiakkuus")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "asiakkuus_cli"]


#: Every timed command runs with the fmt cache off unless a case turns it on.
BASE_ENV = {**os.environ, "ASIAKKUUS_CACHE_DIR": "off"}


class Seconds(float):
    """Wall seconds, with the processor seconds (user + system, the child's and its own
    children's) beside: on a machine that others use too, processor time is the steadier
    figure; wall time is what a user waits and what shows the second core."""

    cpu: float = 0.0

    @classmethod
    def of(cls, wall: float, cpu: float) -> Seconds:
        seconds = cls(wall)
        seconds.cpu = cpu
        return seconds


def run(
    argv: Sequence[str], ok: Sequence[int] = (0,), env: dict[str, str] | None = None
) -> tuple[Seconds, int]:
    """Wall (and processor) seconds and peak resident kilobytes of one child process."""
    started = time.perf_counter()
    with subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env or BASE_ENV
    ) as proc:
        assert proc.stderr is not None
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode(errors="replace")
    if proc.returncode not in ok:
        raise SystemExit(f"bench: {' '.join(argv)} exited {proc.returncode}\n{err}")
    return Seconds.of(elapsed, usage.ru_utime + usage.ru_stime), usage.ru_maxrss


def settle() -> None:
    """Flush written files to the disk before the next timing (untimed), so that one
    case's writes are not paid by the next case's file creation."""
    if hasattr(os, "sync"):
        os.sync()


def median(
    runs: int,
    argvs: Sequence[Sequence[str]],
    ok: Sequence[int] = (0,),
    env: dict[str, str] | None = None,
    before: Callable[[], object] | None = None,
) -> Seconds:
    """Median over repetitions of the summed wall time of a list of commands.

    `before` runs (untimed) before each repetition.
    """
    walls, cpus = [], []
    for _ in range(runs):
        if before is not None:
            before()
        settle()
        timed = [run(argv, ok, env)[0] for argv in argvs]
        walls.append(sum(timed))
        cpus.append(sum(t.cpu for t in timed))
    return Seconds.of(statistics.median(walls), statistics.median(cpus))


#: Where the typed forms go in the `fmt` (writing) case: ISO dates become `15.1.2026`.
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def messy_copy(source: Path, target: Path, every: int = 20) -> int:
    """A copy of the repository with every `every`th care plan's dates typed the Finnish
    way and its money as plain numbers (what `fmt` rewrites); the number of such files."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    plans = sorted((target / "data" / "customers").glob("*.yaml"))[::every]
    for path in plans:
        text = _ISO.sub(lambda m: f"{int(m[3])}.{int(m[2])}.{m[1]}", path.read_text("utf-8"))
        text = re.sub(r"budget: (\d+) (\d{3}) €", r"budget: \1\2", text)
        path.write_text(text, encoding="utf-8")
    return len(plans)


def fresh_copy(source: Path, target: Path) -> None:
    """`target` as a copy of `source` (untimed, before each run of a writing command)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)


def import_extra() -> bool:
    """python-docx and openpyxl (the `import` extra) are installed."""
    import importlib.util

    return all(importlib.util.find_spec(name) for name in ("docx", "openpyxl"))


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--projects", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scale", default="1,2,4", help="repository sizes to time, as multiples")
    parser.add_argument("--no-peer", action="store_true", help="skip check-jsonschema")
    parser.add_argument(
        "--import-plans", type=int, help="Word plans to import (default: customers / 10, >= 2)"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    scales = sorted({int(s) for s in args.scale.split(",")} | {1})
    tool = asiakkuus()
    # Bytecode as an installed wheel has it: with PYTHONDONTWRITEBYTECODE=1 (set on some
    # machines) and an editable install, every start would compile the modules again.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(PROJECT / "src")], check=False)
    py = sys.executable
    figures: dict[str, object] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        "python": platform.python_version(),
        "customers": args.customers,
        "projects": args.projects,
        "runs": args.runs,
    }

    def show(label: str, seconds: Seconds, base: Seconds | None = None, name: str = "") -> None:
        cpu = f" (cpu {seconds.cpu:7.3f} s"
        cpu += f", {seconds.cpu / base.cpu:5.2f}x)" if base and base.cpu else ")"
        ratio = f"   {seconds / base:5.2f}x {name}" if base else ""
        print(f"  {label:<44} {seconds:8.3f} s{ratio}{cpu}", flush=True)
        figures.setdefault("cpu", {})[label.strip()] = seconds.cpu  # type: ignore[index]

    with tempfile.TemporaryDirectory() as tmp:

        def generate(k: int) -> Path:
            root = Path(tmp) / f"repo-{k}x"
            # In a child process: Linux counts the parent's resident set at the time of a
            # fork into the child's peak (ru_maxrss), and the generator's lists are large.
            subprocess.run(
                [py, str(HERE / "generate_repo.py"), str(root), "--customers",
                 str(args.customers * k), "--projects", str(args.projects * k),
                 "--today", TODAY.isoformat()],
                check=True, capture_output=True,
            )  # fmt: skip
            settle()
            return root

        # The larger repositories are made when the growth steps come: writing 100,000
        # files leaves the disk busy flushing them for minutes, which would fall on
        # whichever command (site build, most) ran next.
        roots = {1: generate(1)}
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

        peer_ratio: float | None = None
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
                peer_ratio = seconds / val

        day = ["--root", str(root), "--today", TODAY.isoformat()]
        goals: list[tuple[str, float | None, float]] = []

        print("\nfmt (cache off unless said)")
        check = [*tool, *day, "fmt", "--check"]
        fmt_check = median(args.runs, [check])
        show("asiakkuus fmt --check, whole repository", fmt_check, val, "validate")
        one = {**BASE_ENV, "ASIAKKUUS_WORKERS": "1"}
        fmt_one = median(args.runs, [check], env=one)
        show("  the same in one process", fmt_one, val, "validate")
        warm_env = {**BASE_ENV, "ASIAKKUUS_CACHE_DIR": str(Path(tmp) / "fmt-cache")}
        run(check, env=warm_env)  # fills the cache
        fmt_warm = median(args.runs, [check], env=warm_env)
        show("  the same with a warm cache", fmt_warm, val, "validate")
        fmt_peak = max(run(check)[1] for _ in range(min(args.runs, 3)))
        print(f"  {'peak memory of fmt --check':<44} {fmt_peak / 1024:8.1f} MB")
        copy = Path(tmp) / "fmt-copy"
        messy = messy_copy(root, copy)
        write = [*tool, "--root", str(copy), "--today", TODAY.isoformat(), "fmt"]
        fmt_write = median(args.runs, [write], before=partial(messy_copy, root, copy))
        show(f"asiakkuus fmt, writing {messy} files", fmt_write, val, "validate")
        figures.update(
            fmt_check=fmt_check, fmt_check_one_process=fmt_one, fmt_check_warm=fmt_warm,
            fmt_write=fmt_write, fmt_written_files=messy, fmt_peak_mb=fmt_peak / 1024,
            fmt_check_over_validate=fmt_check / val, fmt_write_over_validate=fmt_write / val,
        )  # fmt: skip
        goals += [
            ("fmt --check within 3x of validate", fmt_check / val, 3.0),
            ("fmt (writing) within 4x of validate", fmt_write / val, 4.0),
        ]

        print("\ncalendar and reports")
        ics_file = Path(tmp) / "calendar.ics"
        cal = median(
            args.runs, [[*tool, *day, "calendar", "--days", "365", "--ics", str(ics_file)]]
        )
        show("asiakkuus calendar --days 365 --ics", cal, val, "validate")
        report = [*tool, *day, "report", "segments"]
        rep = median(args.runs, [[*report, "--format", "csv"]])
        show("asiakkuus report segments (CSV)", rep, val, "validate")
        figures.update(calendar_ics=cal, calendar_over_validate=cal / val)
        figures.update(report_segments=rep, report_over_validate=rep / val)
        goals += [
            ("calendar --ics within 1.5x of validate", cal / val, 1.5),
            ("report segments within 1.5x of validate", rep / val, 1.5),
        ]

        print("\nsite")
        site_out = Path(tmp) / "site-out"
        site = median(
            args.runs, [[*tool, *day, "site", "build", "--out", str(site_out)]], ok=(0, 1),
            before=partial(shutil.rmtree, site_out, ignore_errors=True),
        )  # fmt: skip
        show("asiakkuus site build", site, val, "validate")
        figures.update(site_build=site, site_build_over_validate=site / val)
        goals.append(("site build within 4x of validate", site / val, 4.0))

        plans = args.import_plans or max(2, args.customers // 10)
        print(f"\nimport ({plans} Word plans and a register of their {plans} customers)")
        import_goals = [
            (f"import docx within {IMPORT_GOAL}x of python-docx reading", "import_docx"),
            (f"import xlsx within {IMPORT_GOAL}x of openpyxl + round trips", "import_xlsx"),
            (f"import csv within {IMPORT_GOAL}x of csv + round trips", "import_csv"),
        ]
        if import_extra():
            figures.update(import_cases(tool, py, Path(tmp), plans, args.runs, show))
        else:
            print(f"  {'not measured:':<44} pip install -e '.[import]'")
        figures["import_plans"] = plans
        for label, key in import_goals:
            ratio = figures.get(f"{key}_over_floor")
            goals.append((label, ratio if isinstance(ratio, float) else None, IMPORT_GOAL))

        print("\nstart-up (the demo in data/, 31 files)")
        typer = median(args.runs * 2, [[py, "-c", "import typer"]])
        show('python -c "import typer"', typer)
        figures["import_typer"] = typer
        libs = median(args.runs * 2, [[py, "-c", FLOOR_STARTUP]])
        show(f"floor: {FLOOR_STARTUP}", libs, typer, "import typer")
        figures.update(import_libraries=libs, import_libraries_over_typer=libs / typer)
        demo = ["--root", str(PROJECT), "--today", TODAY.isoformat()]
        startup = {
            "--version": [*tool, "--version"],
            "validate": [*tool, *demo, "validate"],
            "people": [*tool, *demo, "people"],
            "segments": [*tool, *demo, "segments"],
            "fmt --check data/people.yaml": [*tool, *demo, "fmt", "--check", "data/people.yaml"],
            "report segments": [*tool, *demo, "report", "segments", "--format", "csv"],
            "calendar": [*tool, *demo, "calendar"],
        }
        figures["startup"] = {}
        for label, argv in startup.items():
            seconds = median(args.runs * 2, [argv], ok=(0, 1))
            show(f"asiakkuus {label}", seconds, typer, "import typer")
            figures["startup"][label] = seconds  # type: ignore[index]
            figures.setdefault("startup_over_libraries", {})[label] = seconds / libs  # type: ignore[index]
            goals.append((f"{label} start-up within 1.5x of import typer", seconds / typer, 1.5))
        figures["version_over_typer"] = figures["startup"]["--version"] / typer  # type: ignore[index]

        if len(scales) > 1:
            print("\ngrowth (seconds per 1,000 files; ratio to 1x)")
            growth = {}
            base_rate = None
            for k in scales:
                if k not in roots:
                    roots[k] = generate(k)
                files = sum(1 for _ in (roots[k] / "data").rglob("*.yaml"))
                cmd = [*tool, "--root", str(roots[k]), "--today", TODAY.isoformat(), "validate"]
                runs = max(1, args.runs // k)
                seconds = median(runs, [[*cmd, "--format", "json"]], ok=(0, 1))
                fl = median(runs, [[py, "-c", FLOOR, str(roots[k])]])
                peak_k = run([*cmd, "--format", "json"], ok=(0, 1))[1] / 1024
                rate = seconds / files * 1000
                base_rate = base_rate or rate
                growth[k] = {"files": files, "validate": seconds, "floor": fl, "peak_mb": peak_k}
                print(
                    f"  {k}x {files:>7} files: validate {seconds:7.3f} s "
                    f"({rate:.3f} s/1000, {rate / base_rate:.2f}x), "
                    f"floor {fl:7.3f} s, validate/floor {seconds / fl:.2f}x, "
                    f"peak {peak_k:6.0f} MB ({peak_k / files * 1000:.1f} MB/1000)",
                    flush=True,
                )
            figures["growth"] = growth

    print(
        "\ngoals"
        + ("" if n_files >= 5000 else " (meant for the default size; start-up dominates here)")
    )
    goals[:0] = [
        ("validate within 1.0x of the libyaml parse (stretch)", val / floor, 1.0),
        ("peak memory of validate under 300 MB", peak / 1024, 300),
        ("peak memory of fmt --check under 300 MB", fmt_peak / 1024, 300),
    ]
    if peer_ratio is not None:
        goals.append(("faster than check-jsonschema (validate/peer)", 1 / peer_ratio, 1.0))
    figures["goals"] = report_goals(goals)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


def report_goals(goals: Sequence[tuple[str, float | None, float]]) -> list[dict[str, object]]:
    """Print each goal with its figure, met or not (or not measured); the JSON rows."""
    for label, value, limit in goals:
        if value is None:
            print(f"  {label:<56} {'-':>8} (<= {limit}) not measured")
            continue
        mark = "met" if value <= limit else "NOT met"
        print(f"  {label:<56} {value:8.2f} (<= {limit}) {mark}")
    return [
        {"goal": label, "value": value, "limit": limit,
         "met": None if value is None else value <= limit}
        for label, value, limit in goals
    ]  # fmt: skip


#: The import's goal: at most this multiple of its floor (docs/PERFORMANCE.md, Import).
IMPORT_GOAL = 2.0


def import_cases(
    tool: list[str],
    py: str,
    tmp: Path,
    plans: int,
    runs: int,
    show: Callable[..., None],
) -> dict[str, object]:
    """`import docx`, `import xlsx` and `import csv` against their floors; the figures.

    The user's path: the Word plans written into a repository (the demo, as a service
    centre starting with the tool has a small one) with `--add-people`, as
    docs/import.md's first command; then the register that completes them, written
    into a copy of the result. Each run starts from a fresh copy (untimed).
    """
    sys.path.insert(0, str(HERE))
    from import_inputs import csv_file, register_rows, word_plans, workbook

    docs = [str(p) for p in word_plans(tmp / "import-docs", plans)]
    rows = register_rows(plans)
    header = 2  # the register's title and header rows
    xlsx = workbook(tmp / "register.xlsx", rows)
    csv_path = csv_file(tmp / "register.csv", rows)
    demo = tmp / "import-demo"
    shutil.copytree(PROJECT / "data", demo / "data")
    target = tmp / "import-target"
    day = ["--today", TODAY.isoformat()]
    docx_argv = [*tool, "--root", str(target), *day, "import", "docx", *docs, "--add-people"]
    out: dict[str, object] = {}

    floor = median(runs, [[py, "-c", FLOOR_DOCX, *docs]])
    show(f"floor: python-docx reads the {plans} documents", floor)
    seconds = median(runs, [docx_argv], ok=(0, 1), before=partial(fresh_copy, demo, target))
    show("asiakkuus import docx --add-people", seconds, floor, "floor")
    out.update(import_docx_floor=floor, import_docx=seconds, import_docx_over_floor=seconds / floor)
    out["import_docx_over_floor_cpu"] = seconds.cpu / floor.cpu if floor.cpu else None

    imported = tmp / "import-imported"  # the demo with the Word plans in: the register's input
    fresh_copy(demo, imported)
    run([*tool, "--root", str(imported), *day, "import", "docx", *docs, "--add-people"], ok=(0, 1))
    for kind, source in (("xlsx", xlsx), ("csv", csv_path)):
        floor = median(runs, [[py, "-c", FLOOR_REGISTER, str(source), str(imported), str(header)]])
        show(f"floor: {kind} read, {plans} plans round-tripped", floor)
        argv = [*tool, "--root", str(target), *day, "import", kind, str(source)]
        seconds = median(runs, [argv], ok=(0, 1), before=partial(fresh_copy, imported, target))
        show(f"asiakkuus import {kind} (updates {plans} plans)", seconds, floor, "floor")
        out.update(
            {f"import_{kind}_floor": floor, f"import_{kind}": seconds,
             f"import_{kind}_over_floor": seconds / floor,
             f"import_{kind}_over_floor_cpu": seconds.cpu / floor.cpu if floor.cpu else None}
        )  # fmt: skip
    return out


if __name__ == "__main__":
    raise SystemExit(main())
