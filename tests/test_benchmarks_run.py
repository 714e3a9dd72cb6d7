"""Every benchmark runs the way benchmarks/README.md says, as its own process.

Importing a benchmark module misses what only `python3 benchmarks/x.py` reaches (a name
defined below the `__main__` block once made two of them crash with NameError).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TINY = {
    "bench_plan.py": ["--runs", "2", "--warmup", "0", "--rounds", "1", "--sizes", "20", "40"],
    "bench_storage.py": ["--people", "6", "--runs", "2", "--warmup", "0", "--check-runs", "1"],
    "bench_pdf.py": ["--runs", "1", "--long-runs", "1", "--warmup", "0", "--no-cold"],
    "bench_cli.py": ["--runs", "1"],
    "bench_gui.py": ["--people", "6", "--runs", "1", "--no-stall", "--page-runs", "1"],
    "bench_preview.py": ["--runs", "1"],  # writes no results file
    "bench_dashboard.py": ["--people", "5", "--runs", "1"],  # writes no results file
}
NO_WRITE = {"bench_plan.py", "bench_storage.py", "bench_pdf.py", "bench_cli.py", "bench_gui.py"}


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env=env,
        check=False,
    )


def test_every_benchmark_is_covered_here():
    assert {p.name for p in (ROOT / "benchmarks").glob("bench_*.py")} == set(TINY)


@pytest.mark.slow
@pytest.mark.parametrize("script", sorted(TINY))
def test_each_benchmark_runs_as_documented(script):
    done = run(script, *TINY[script], *(["--no-write"] if script in NO_WRITE else []))
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (0, 1), done.stderr  # 1: a goal missed at these tiny sizes
    assert "floor" in done.stdout, done.stdout  # every table sets ours beside a floor
