"""Time the desktop app: cold start with 5,000 people vs a bare window, and event-loop stalls."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

START_TARGET_RATIO = 1.5
STALL_TARGET_MS = 50.0
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
            print(f"{(time.perf_counter() - started) * 1000:.1f}")
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv)
window = Window()
window.resize(1280, 800)
window.show()
app.exec()
"""

PLANNER_WINDOW = """
import time
started = time.perf_counter()
import sys
from pathlib import Path
from planner.gui.application import run_gui
sys.exit(run_gui(Path(sys.argv[1]), smoke_test=True, started=started))
"""


def _env(tmp: Path, checkout: bool = True) -> dict[str, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "CAREER_PLANNER_LOG_DIR": str(tmp / "log"),
    }
    if checkout:
        env["PYTHONPATH"] = str(ROOT)
    else:
        env.pop("PYTHONPATH", None)
    return env


def _run(
    code: str,
    *args: str,
    env: dict[str, str],
    ready: list[float] | None = None,
    python: str = sys.executable,
) -> float:
    """Wall-clock ms from spawning the process to its first line (printed at first paint).

    The planner also reports on stderr when its data is loaded ("ready after N ms").
    """
    began = time.perf_counter()
    with subprocess.Popen(
        [python, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        assert process.stdout is not None
        first = process.stdout.readline()
        elapsed = (time.perf_counter() - began) * 1000
        _, err = process.communicate(timeout=60)
    if process.returncode != 0 or not first.strip():
        raise RuntimeError(f"the measured program failed (exit {process.returncode})")
    if ready is not None:
        for line in err.splitlines():
            if line.startswith("ready after "):
                inside = float(line.split()[2])  # from the program's own first line
                ready.append(elapsed - float(first) + inside)
    return elapsed


def cold_start(db: Path, runs: int, tmp: Path, python: str | None = None) -> dict[str, float]:
    """Alternate bare window and planner runs so machine drift hits both alike.

    With python (an installed app's interpreter) the planner is imported from that
    installation, not from this checkout; both programs run on that interpreter.
    """
    env = _env(tmp, checkout=python is None)
    python = python or sys.executable
    bare, planner, ready = [], [], []
    _run(BARE_WINDOW, env=env, python=python)  # warm the file cache for both
    _run(PLANNER_WINDOW, str(db), env=env, python=python)
    for _ in range(runs):
        bare.append(_run(BARE_WINDOW, env=env, python=python))
        planner.append(_run(PLANNER_WINDOW, str(db), env=env, ready=ready, python=python))
    b, p = statistics.median(bare), statistics.median(planner)
    return {
        "bare_ms": b,
        "planner_ms": p,
        "ratio": p / b,
        "ready_ms": statistics.median(ready) if ready else float("nan"),
        "runs": runs,
    }


def stalls(tmp: Path) -> dict[str, float]:
    """Longest gap between 1 ms timer ticks while re-planning and exporting a 60-step plan."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QSettings, QThreadPool, QTimer

    from planner.catalog import load_catalog
    from planner.domain.catalog_model import CustomStep
    from planner.gui.application import build_window, make_application
    from planner.importers.profile_file import load_profile
    from planner.services.workspace import open_workspace

    app = make_application()
    catalog = load_catalog()
    ws = open_workspace(tmp / "stall.db", catalog, lambda: datetime.now(UTC).date())
    for i in range(30):
        ws.repos.coach.save_custom_step(
            CustomStep(f"coach-step-{i:02d}", f"Coach workshop {i + 1}", "education", 6, 120.0)
        )
    profile = load_profile(ROOT / "resources" / "demo" / "dana.json")
    pins = [c.id for c in catalog.certifications if c.status == "active" and c.level != "expert"]
    pins += [f"coach-step-{i:02d}" for i in range(30)]
    from dataclasses import replace

    person = ws.people.add(replace(profile, include=tuple(pins)))
    for i in range(20):
        ws.repos.journal.add_note(person, profile.start_date, "Long session note. " * 250 + str(i))
    window = build_window(ws, catalog, QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    window.session.select(person)
    steps = len(window.session.roadmap().steps)

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
        "longest_stall_ms": max(gaps[5:]) if len(gaps) > 5 else float("nan"),
        "median_tick_ms": statistics.median(gaps) if gaps else float("nan"),
        "ticks": len(gaps),
        "pdf_written": target.exists(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument(
        "--python",
        help="interpreter of an installed planner (e.g. a pipx venv) to time instead of this "
        "checkout",
    )
    args = parser.parse_args(argv)
    from benchmarks.bench_storage import build_database
    from planner.catalog import load_catalog

    with tempfile.TemporaryDirectory(prefix="bench-gui-") as name:
        tmp = Path(name)
        db = tmp / "people.db"
        begin = time.perf_counter()
        build_database(db, load_catalog(), people=args.people, quiet=True)
        built = time.perf_counter() - begin
        start = cold_start(db, args.runs, tmp, args.python)
        stall = stalls(tmp)
    ok_start = start["ratio"] < START_TARGET_RATIO
    ok_stall = stall["longest_stall_ms"] < STALL_TARGET_MS
    print(f"database: {args.people:,} people (built in {built:.1f} s)")
    print(f"{'measure':<44} {'value':>10}  target")
    print(f"{'bare PySide6 window, first paint (floor)':<44} {start['bare_ms']:>8.0f} ms")
    print(f"{'planner main window, first paint':<44} {start['planner_ms']:>8.0f} ms")
    print(f"{'planner ready (5,000 people listed)':<44} {start['ready_ms']:>8.0f} ms")
    print(
        f"{'ratio to the bare window':<44} {start['ratio']:>9.2f}x  "
        f"< {START_TARGET_RATIO}x {'ok' if ok_start else 'MISSED'}"
    )
    print(
        f"{'longest event-loop stall (re-plan + export)':<44} "
        f"{stall['longest_stall_ms']:>8.1f} ms  < {STALL_TARGET_MS:.0f} ms "
        f"{'ok' if ok_stall else 'MISSED'}  ({stall['steps']} steps)"
    )
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps({"start": start, "stall": stall}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
