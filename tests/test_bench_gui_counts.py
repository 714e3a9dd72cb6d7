"""bench_gui's --instructions parts: the wrapper that stops the real smoke test at ready, and
its table (valgrind itself runs only when the benchmark is run as documented)."""

from __future__ import annotations

from benchmarks import bench_gui as bench
from tests.fresh_python import run_python


def test_the_smoke_test_stops_right_after_its_ready_line(tmp_path):
    env = {**bench._env(tmp_path), "CAREER_PLANNER_CACHE_DIR": str(tmp_path / "cache")}
    env["PYTHONPATH"] = str(bench.ROOT)
    db = tmp_path / "people.db"
    args = ["-c", bench.STOP_AT_READY, "--db", str(db), "gui", "--smoke-test"]
    lines = run_python(args, env).splitlines()
    assert lines[0].startswith("first paint ") and lines[-1].startswith("ready ")


def test_the_counts_table_gives_each_ratio_beside_its_goal():
    counts = {"bare_paint_ir": 500e6, "ready_ir": 700e6, "bare_exit_ir": 600e6, "exit_ir": 1200e6}
    table = bench.render_counts(counts)
    assert "700.0 M" in table and "1.40x  <= 1.5x" in table
    assert "1200.0 M" in table and "2.00x  <= 1.5x" in table
