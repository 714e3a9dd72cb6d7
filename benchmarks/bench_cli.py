"""Time whole command-line processes (`career-planner plan --demo`) against `python -c pass`."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import instructions  # noqa: E402 - needs ROOT on the path

RESULTS = ROOT / "benchmarks" / "results" / "cli.json"
GOAL = 3.0  # x the floor
COMMANDS = {
    "plan --demo": ["plan", "--demo"],
    "plan --demo --format json": ["plan", "--demo", "--format", "json"],
    "--version": ["--version"],
}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # the installed planner, not this checkout
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules are reused
    return env


def wall_ms(command: list[str], env: dict[str, str]) -> float:
    """One process's wall time. Popen.wait() without a timeout blocks in waitpid; with one
    (as subprocess.run(timeout=...) waits) it polls with sleeps doubling from 0.5 ms, which
    rounded every figure up to the next poll (a 28 ms floor read 32 ms, a 33 ms run 64 ms)."""
    began = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env) as process:
        guard = threading.Timer(120, process.kill)
        guard.start()
        try:
            code = process.wait()
        finally:
            guard.cancel()
    elapsed = (time.perf_counter() - began) * 1000
    if code != 0:
        raise subprocess.CalledProcessError(code, command)
    return elapsed


def measure(python: str, runs: int) -> list[dict[str, float | str]]:
    """Each command alternated with the floor, run by run, so drift hits both alike."""
    env = _env()
    script = str(Path(python).parent / "career-planner")
    floor_cmd = [python, "-c", "pass"]
    rows = []
    for label, args in COMMANDS.items():
        command = [script, *args]
        wall_ms(command, env)  # warm the file cache and write compiled modules
        wall_ms(floor_cmd, env)
        ours, floor = [], []
        for _ in range(runs):
            floor.append(wall_ms(floor_cmd, env))
            ours.append(wall_ms(command, env))
        o, f = statistics.median(ours), statistics.median(floor)
        rows.append({"figure": f"career-planner {label}", "ours_ms": o, "floor_ms": f})
    return rows


def count(python: str) -> list[dict[str, float | str]]:
    """Each command's instructions against the floor's, after the same untimed first run."""
    env = _env()
    script = str(Path(python).parent / "career-planner")
    floor_cmd = [python, "-c", "pass"]
    floor = instructions(floor_cmd, env)
    rows = []
    for label, args in COMMANDS.items():
        command = [script, *args]
        wall_ms(command, env)
        rows.append(
            {
                "figure": f"career-planner {label}",
                "ours_ir": instructions(command, env),
                "floor_ir": floor,
            }
        )
    return rows


def render_counts(rows: list[dict[str, float | str]]) -> str:
    head = f"{'instructions (whole process)':<42}{'ours':>10}{'floor':>10}{'ratio':>8}"
    lines = [head, "-" * len(head)]
    for row in rows:
        ours, floor = float(row["ours_ir"]), float(row["floor_ir"])
        lines.append(
            f"{row['figure']:<42}{ours / 1e6:>8.1f} M{floor / 1e6:>8.1f} M{ours / floor:>7.2f}x"
        )
    return "\n".join(lines)


def render(rows: list[dict[str, float | str]]) -> str:
    head = f"{'figure (whole process)':<42}{'ours':>10}{'floor':>10}{'ratio':>8}  goal"
    lines = [head, "-" * len(head)]
    for row in rows:
        ratio = float(row["ours_ms"]) / float(row["floor_ms"])
        verdict = "ok" if ratio <= GOAL else "MISSED"
        lines.append(
            f"{row['figure']:<42}{row['ours_ms']:>7.0f} ms{row['floor_ms']:>7.0f} ms"
            f"{ratio:>7.2f}x  <= {GOAL:g}x {verdict}"
        )
    lines += ["", "floor: `python -c pass` on the same interpreter, alternated run by run; medians"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--python", default=sys.executable, help="interpreter of the install")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count each process's instructions with valgrind (deterministic; slow)",
    )
    args = parser.parse_args(argv)
    rows = measure(args.python, args.runs)
    print(render(rows))
    if args.instructions:
        if shutil.which("valgrind") is None:
            parser.error("--instructions needs valgrind")
        counts = count(args.python)
        print()
        print(render_counts(counts))
        rows += counts
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
