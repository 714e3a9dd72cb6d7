"""Time the installed desktop app: `career-planner gui --smoke-test` (first paint, ready, whole
process, peak RSS) against a bare window in the same run, the longest event-loop stall, and
the first visit to each page."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import instructions  # noqa: E402 - needs ROOT on the path

PAINT_GOAL, READY_GOAL, PROCESS_GOAL, MEMORY_GOAL = 1.3, 1.5, 1.5, 1.4  # x the floor
STALL_TARGET_MS = 50.0
PAGES = 6  # the main window's tabs: Profile (on show at start), Fit, Roadmap, Gaps, ...
RESULTS = ROOT / "benchmarks" / "results" / "gui.json"

# Both programs print a line at their main window's first paint; the parent times from spawning
# the process to that line, so interpreter start-up and every import count for both.
BARE_WINDOW = """
import time
started = time.perf_counter()
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"{(time.perf_counter() - started) * 1000:.1f}", flush=True)
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv)
window = Window()
window.resize(1280, 800)
window.show()
app.exec()
"""

SMOKE_LINE = re.compile(r"(first paint|ready) (\d+) ms")

# For --instructions: the bare window stopped at its first paint, and the real smoke test
# stopped right after its ready line (its report is wrapped once the CLI has imported the app's
# module, so PySide6 is imported exactly as the command imports it).
BARE_TO_PAINT = BARE_WINDOW.replace("QTimer.singleShot(0, app.quit)", "__import__('os')._exit(0)")
STOP_AT_READY = """
import importlib.abc, importlib.util, os, sys


class StopAtReady(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "planner.gui.application":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            report = module._report_ready

            def ready(*args):
                code = report(*args)
                sys.stdout.flush()
                os._exit(code)

            module._report_ready = ready

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, StopAtReady())
sys.argv[0] = "career-planner"
from planner.cli import main

main()
"""


def _env(tmp: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "CAREER_PLANNER_LOG_DIR": str(tmp / "log"),
    }
    env.pop("PYTHONPATH", None)  # the installed planner, not this checkout
    # As installed: compiled modules are written by the warm-up run and reused (with this set,
    # every run compiled every planner module from source, about 0.2 s of the figure).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@dataclass
class Run:
    """One process: wall-clock ms from spawn to each line it printed, to exit, and peak RSS."""

    lines: dict[str, float] = field(default_factory=dict)
    exit_ms: float = 0.0
    peak_rss_mb: float = 0.0
    output: str = ""


def run_process(command: Sequence[str], env: dict[str, str], timeout: float = 120) -> Run:
    """Spawn command; note when each line of its stdout arrives, then its exit and peak RSS."""
    run = Run()
    began = time.perf_counter()
    process = subprocess.Popen(
        list(command), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    deadline = began + timeout
    for line in process.stdout:
        now = (time.perf_counter() - began) * 1000
        run.output += line
        if match := SMOKE_LINE.match(line):
            run.lines[match.group(1)] = now
        elif line.strip() and "bare" not in run.lines:
            run.lines["bare"] = now  # the bare window prints one number at its first paint
        if time.perf_counter() > deadline:
            process.kill()
            break
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    run.exit_ms = (time.perf_counter() - began) * 1000
    run.peak_rss_mb = usage.ru_maxrss / 1024  # KiB on Linux
    if process.returncode != 0:
        raise RuntimeError(f"{command[0]} failed (exit {process.returncode}): {run.output}")
    return run


def planner_command(python: str | None) -> list[str]:
    """The installed console script beside the interpreter (what a person runs)."""
    script = Path(python or sys.executable).parent / "career-planner"
    if not script.exists():
        raise SystemExit(f"no installed career-planner beside {python or sys.executable}")
    return [str(script)]


def cold_start(db: Path, runs: int, tmp: Path, python: str | None = None) -> dict[str, Any]:
    """Alternate bare window and `career-planner gui --smoke-test` so drift hits both alike."""
    env = _env(tmp)
    interpreter = python or sys.executable
    bare_cmd = [interpreter, "-c", BARE_WINDOW]
    planner_cmd = [*planner_command(python), "--db", str(db), "gui", "--smoke-test"]
    run_process(bare_cmd, env)  # warm the file cache for both
    run_process(planner_cmd, env)
    bare: list[Run] = []
    planner: list[Run] = []
    for _ in range(runs):
        bare.append(run_process(bare_cmd, env))
        planner.append(run_process(planner_cmd, env))

    def median(runs: list[Run], pick: Callable[[Run], float]) -> float:
        return statistics.median(pick(r) for r in runs)

    out = {
        "runs": runs,
        "bare_paint_ms": median(bare, lambda r: r.lines["bare"]),
        "bare_exit_ms": median(bare, lambda r: r.exit_ms),
        "bare_rss_mb": median(bare, lambda r: r.peak_rss_mb),
        "paint_ms": median(planner, lambda r: r.lines["first paint"]),
        "ready_ms": median(planner, lambda r: r.lines["ready"]),
        "exit_ms": median(planner, lambda r: r.exit_ms),
        "rss_mb": median(planner, lambda r: r.peak_rss_mb),
        "ready_line": planner[-1].output.strip().splitlines()[-1],
    }
    return out


def count(db: Path, tmp: Path, python: str | None = None) -> dict[str, int]:
    """Instructions to ready and of the whole process, each beside the bare window's (to its
    first paint, and whole). Run after cold_start, whose runs leave the file found sound."""
    env = _env(tmp)
    interpreter = python or sys.executable
    smoke = ["--db", str(db), "gui", "--smoke-test"]
    counts = {
        "bare_paint_ir": instructions([interpreter, "-c", BARE_TO_PAINT], env),
        "bare_exit_ir": instructions([interpreter, "-c", BARE_WINDOW], env),
        "exit_ir": instructions([*planner_command(python), *smoke], env),
        "ready_ir": instructions([interpreter, "-c", STOP_AT_READY, *smoke], env),
    }
    # Stopped at ready, the process left the file open: one ordinary start closes it properly
    # (after reading every page, as after any unclean exit).
    run_process([*planner_command(python), *smoke], env, timeout=900)
    return counts


def render_counts(counts: dict[str, int]) -> str:
    head = f"{'instructions (callgrind)':<44}{'ours':>10}{'floor':>10}{'ratio':>8}  goal"
    lines = [head, "-" * len(head)]
    for name, ours, floor, goal in (
        ("to ready / the bare window's first paint", "ready_ir", "bare_paint_ir", READY_GOAL),
        ("whole process of gui --smoke-test", "exit_ir", "bare_exit_ir", PROCESS_GOAL),
    ):
        ratio = counts[ours] / counts[floor]
        lines.append(
            f"{name:<44}{counts[ours] / 1e6:>8.1f} M{counts[floor] / 1e6:>8.1f} M{ratio:>7.2f}x"
            f"  <= {goal}x"
        )
    return "\n".join(lines)


def stalls(tmp: Path) -> dict[str, float]:
    """Longest gap between 1 ms timer ticks while re-planning and exporting a 60-step plan."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QSettings, QThreadPool, QTimer

    from planner.catalog import load_catalog
    from planner.codec.profile_file import load_profile
    from planner.domain.catalog_model import CustomStep
    from planner.gui.application import build_window, make_application
    from planner.gui.qt_namespace import build_qt_namespace
    from planner.services.workspace import open_workspace

    app = make_application()
    catalog = load_catalog()
    ws = open_workspace(tmp / "stall.db", catalog, lambda: datetime.now(UTC).date())
    for i in range(30):
        ws.coach.save_custom_step(
            CustomStep(f"coach-step-{i:02d}", f"Coach workshop {i + 1}", "education", 6, 120.0)
        )
    profile = load_profile(ROOT / "resources" / "demo" / "dana.json")
    pins = [c.id for c in catalog.certifications if c.status == "active" and c.level != "expert"]
    pins += [f"coach-step-{i:02d}" for i in range(30)]
    from dataclasses import replace

    person = ws.people.add(replace(profile, include=tuple(pins)))
    for i in range(20):
        ws.journal.add_note(person, profile.start_date, "Long session note. " * 250 + str(i))
    window = build_window(ws, catalog, QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    window.session.select(person)
    steps = len(window.session.roadmap().steps)
    # As a person finds the app once it is ready: the window drawn, the page on show built and
    # drawn, then the Qt namespace built (run_gui has it built once that page is drawn).
    _settle(app, 0.3)
    build_qt_namespace()

    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=1)
    timer.timeout.connect(tick)
    done = {"export": False}
    target = tmp / "stall.pdf"

    def start_work() -> None:
        window.session.replan()  # GUI thread: database read/write plus the engine
        # Exporting is the person's next action: it starts once the loop has turned (a timer, as the
        # click on Export would), not in the same turn as re-planning: no one clicks both at once.
        QTimer.singleShot(1, export)

    def export() -> None:
        window.output.render(target, "a4", lambda _result: done.update(export=True))

    clock.start()
    timer.start()
    QTimer.singleShot(50, start_work)
    deadline = time.perf_counter() + 60
    while not done["export"] and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.0005)
    timer.stop()
    QThreadPool.globalInstance().waitForDone()
    window.close()
    ws.close()
    return {
        "steps": steps,
        "longest_stall_ms": max(gaps) if gaps else float("nan"),
        "median_tick_ms": statistics.median(gaps) if gaps else float("nan"),
        "ticks": len(gaps),
        "pdf_written": target.exists(),
    }


def page_visit(tmp: Path, index: int) -> dict[str, Any]:
    """The first visit to page `index` (its tab clicked, the page built and drawn) and, as its
    floor, a later visit to the same page in the same process, once it is built."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from planner.catalog import load_catalog
    from planner.codec.profile_file import load_profile
    from planner.gui.application import build_window, make_application
    from planner.gui.qt_namespace import build_qt_namespace
    from planner.services.workspace import open_workspace

    app = make_application()
    catalog = load_catalog()
    ws = open_workspace(tmp / f"pages-{index}.db", catalog, lambda: datetime.now(UTC).date())
    profile = load_profile(ROOT / "resources" / "demo" / "dana.json")
    person = ws.people.add(profile)
    for i in range(10):
        ws.journal.add_note(person, profile.start_date, f"Session note {i + 1}. " * 40)
    settings = QSettings(str(tmp / f"pages-{index}.ini"), QSettings.Format.IniFormat)
    window = build_window(ws, catalog, settings)
    window.resize(1280, 800)
    window.show()
    window.session.select(person)

    # As a person finds the app once it is ready (see stalls).
    _settle(app, 0.3)
    build_qt_namespace()
    _settle(app, 0.1)

    def visit(to: int) -> float:
        began = time.perf_counter()
        window.tabs.setCurrentIndex(to)  # the page is built here on its first showing
        app.processEvents()  # what its building queued: layouts, the field guard
        window.repaint()
        return (time.perf_counter() - began) * 1000

    first = visit(index)
    _settle(app, 0.1)
    visit(0)
    _settle(app, 0.1)
    again = visit(index)
    name = window.tabs.tabText(index).replace("&", "")
    window.close()
    ws.close()
    return {"page": name, "first_ms": first, "again_ms": again}


def page_visits(tmp: Path, runs: int) -> list[dict[str, Any]]:
    """Each page but the one on show at start, each run in a fresh process (a page visited
    first pays for the modules and Qt classes it shares with the others); medians."""
    found = []
    for index in range(1, PAGES):
        visits = [_in_own_process("page_visit", tmp, index) for _ in range(runs)]
        found.append(
            {
                "page": visits[0]["page"],
                "first_ms": statistics.median(v["first_ms"] for v in visits),
                "again_ms": statistics.median(v["again_ms"] for v in visits),
                "runs": runs,
            }
        )
    return found


def render_visits(visits: list[dict[str, Any]]) -> str:
    """First visit to each page | a later visit (floor) | ratio | goal."""
    title = "first visit to a page (its tab clicked)"
    head = f"{title:<44}{'ours':>10}{'floor':>10}{'ratio':>8}  goal"
    lines = [head, "-" * len(head)]
    for visit in visits:
        ok = visit["first_ms"] < STALL_TARGET_MS
        lines.append(
            f"{visit['page']:<44}{visit['first_ms']:>7.1f} ms{visit['again_ms']:>7.1f} ms"
            f"{visit['first_ms'] / visit['again_ms']:>7.2f}x  < {STALL_TARGET_MS:.0f} ms "
            f"{'ok' if ok else 'MISSED'}"
        )
    lines += [
        "",
        "floor: a later visit to the same page in the same process, once it is built. The page",
        "on show at start (Profile) is in the ready and whole-process figures. Medians of runs,",
        "each in a fresh process with the demo person, the Qt namespace built as the app does.",
    ]
    return "\n".join(lines)


def render_table(people: int, start: dict[str, Any], stall: dict[str, Any] | None) -> str:
    """figure | ours | floor (same run) | ratio | goal, one line each."""
    rows = [
        ("first paint", start["paint_ms"], start["bare_paint_ms"], "ms", PAINT_GOAL),
        (
            "ready (people listed, plan shown)",
            start["ready_ms"],
            start["bare_paint_ms"],
            "ms",
            READY_GOAL,
        ),
        (
            "whole process of gui --smoke-test",
            start["exit_ms"],
            start["bare_exit_ms"],
            "ms",
            PROCESS_GOAL,
        ),
        ("peak RSS of gui --smoke-test", start["rss_mb"], start["bare_rss_mb"], "MiB", MEMORY_GOAL),
    ]
    title = f"figure ({people:,} people)"
    head = f"{title:<44}{'ours':>10}{'floor':>10}{'ratio':>8}  goal"
    lines = [head, "-" * len(head)]
    for name, ours, floor, unit, goal in rows:
        verdict = "ok" if ours / floor <= goal else "MISSED"
        lines.append(
            f"{name:<44}{ours:>7.0f} {unit:<3}{floor:>6.0f} {unit:<3}{ours / floor:>7.2f}x"
            f"  <= {goal}x {verdict}"
        )
    if stall is not None:
        ok = stall["longest_stall_ms"] < STALL_TARGET_MS
        lines.append(
            f"{'longest UI stall, re-plan + export':<44}{stall['longest_stall_ms']:>7.1f} ms "
            f"{'-':>9}{'-':>9}   < {STALL_TARGET_MS:.0f} ms {'ok' if ok else 'MISSED'}"
            f" ({stall['steps']} steps)"
        )
    lines += [
        "",
        "floor: a bare PySide6 QMainWindow (1280x800) on the same interpreter, timed alike;",
        "first paint and ready are compared with its first paint, the whole process with its",
        "whole process, memory with its peak RSS. Medians of runs alternating with the floor.",
        f"last ready line: {start['ready_line']}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--db",
        type=Path,
        help="a database made by `bench_storage.py --people N --keep FILE` (else built here)",
    )
    parser.add_argument("--no-stall", action="store_true", help="skip the stall measurement")
    parser.add_argument(
        "--page-runs",
        type=int,
        default=3,
        help="fresh processes per page for the first visit to each page (0: skip them)",
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count instructions to ready and of the whole process with valgrind "
        "(deterministic; about a minute)",
    )
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument(
        "--python",
        help="interpreter of an installed planner (e.g. a pipx venv) whose career-planner to "
        "time (default: the one beside this interpreter)",
    )
    args = parser.parse_args(argv)
    if args.instructions and shutil.which("valgrind") is None:
        parser.error("--instructions needs valgrind")

    with tempfile.TemporaryDirectory(prefix="bench-gui-") as name:
        tmp = Path(name)
        if args.db is not None:
            db = args.db.expanduser().resolve()
            people = _people_in(db)
        else:
            from benchmarks.bench_storage import build_database
            from planner.catalog import load_catalog

            db, people = tmp / "people.db", args.people
            build_database(db, load_catalog(), people=people, quiet=True)
        start = cold_start(db, args.runs, tmp, args.python)
        stall = None if args.no_stall else _in_own_process("stalls", tmp)
        visits = page_visits(tmp, args.page_runs) if args.page_runs > 0 else None
        counts = count(db, tmp, args.python) if args.instructions else None
    print(render_table(people, start, stall))
    if visits is not None:
        print()
        print(render_visits(visits))
    if counts is not None:
        print()
        print(render_counts(counts))
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        document = {
            "people": people,
            "start": start,
            "stall": stall,
            "page_visits": visits,
            "instructions": counts,
        }
        RESULTS.write_text(json.dumps(document, indent=2) + "\n")
    return 0


def _people_in(db: Path) -> int:
    import sqlite3

    if not db.exists():
        raise SystemExit(f"{db} does not exist: make it with bench_storage.py --keep {db}")
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM people").fetchone()[0]
    finally:
        conn.close()


def _settle(app: Any, seconds: float) -> None:
    """Let the event loop run for a while, as the window sits on screen."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.001)


def _in_own_process(function: str, tmp: Path, *numbers: int) -> dict[str, Any]:
    """function(tmp, *numbers) of this module run in a process of its own, so that its window
    and threads never meet the timed ones (or another page's modules); what it returned."""
    code = (
        "import json, sys; from pathlib import Path; sys.path.insert(0, sys.argv[2]); "
        f"from benchmarks.bench_gui import {function} as run; "
        "print(json.dumps(run(Path(sys.argv[1]), *map(int, sys.argv[3:]))))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled modules, as installed
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp), str(ROOT), *map(str, numbers)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    sys.exit(main())
