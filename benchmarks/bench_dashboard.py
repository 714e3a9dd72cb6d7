"""The coach's dashboard at scale: a page of 200 people in each dashboard order and filter.

    python3 benchmarks/bench_storage.py --people 50000 --keep /tmp/people50k.db   # once
    python3 benchmarks/bench_dashboard.py --db /tmp/people50k.db [--runs 20]   # or --people N

The database is copied first (it is upgraded on open: the dashboard's migration and the
one-time reading of every saved plan are timed too). Each figure is the median of --runs
calls of the real repository method the people list uses (first page with its count, and
the page after it), beside a floor measured in the same run: bare sqlite3 reading 200 rows
of the people table in name order.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL_MS = 50.0
ORDERS = ("progress", "next", "overdue", "last-session", "ready", "verdict")
FILTERS = ("overdue", "exam-soon", "no-session")


def _median_ms(fn, runs: int) -> float:
    samples = []
    for _ in range(runs):
        begin = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - begin) * 1000)
    return statistics.median(samples)


def _floor(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute(
            "SELECT id, name FROM people ORDER BY name COLLATE NOCASE, id LIMIT 200"
        ).fetchall()
    finally:
        conn.close()


def _build(path: Path, people: int) -> None:
    """A small database made the way the app makes one: people, each with a saved plan."""
    import json

    from planner.catalog import load_catalog
    from planner.codec.profile_file import profile_from_dict
    from planner.services.workspace import open_workspace

    demo = json.loads((ROOT / "resources" / "demo" / "dana.json").read_text(encoding="utf-8"))
    with open_workspace(path, load_catalog(), date.today) as ws:
        for number in range(people):
            person = ws.people.add(profile_from_dict({**demo, "name": f"Person {number:05d}"}))
            ws.planning.current(person)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a bench_storage.py --keep file")
    parser.add_argument(
        "--people", type=int, default=300, help="without --db: build this many people here"
    )
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    from planner.catalog import load_catalog
    from planner.services.workspace import open_workspace

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dashboard.db"
        if args.db is not None:
            shutil.copy(args.db, path)
        else:
            _build(path, args.people)
        today = date.today()
        begin = time.perf_counter()
        ws = open_workspace(path, load_catalog(), lambda: today)
        upgrade_s = time.perf_counter() - begin
        try:
            people = ws.people
            total = people.count()
            rows = [("figure", "ours", "floor", "ratio", "goal")]
            floor = _median_ms(lambda: _floor(path), args.runs)

            def row(label: str, ms: float) -> None:
                verdict = "ok" if ms < GOAL_MS else "MISSED"
                rows.append(
                    (label, f"{ms:.1f} ms", f"{floor:.1f} ms", f"{ms / floor:.1f}x", verdict)
                )

            for sort in ORDERS:
                page = people.search(sort=sort, limit=200, today=today)
                row(
                    f"first page + count, by {sort}",
                    _median_ms(
                        lambda s=sort: people.search(sort=s, limit=200, today=today), args.runs
                    ),
                )
                last = page.people[-1]
                row(
                    f"next page, by {sort}",
                    _median_ms(
                        lambda s=sort, a=last: people.list(sort=s, limit=200, after=a, today=today),
                        args.runs,
                    ),
                )
            # Filters are timed a year on, when plans have steps due and sessions are old, so
            # they select people instead of nobody.
            later = date.fromordinal(today.toordinal() + 365)
            for only in FILTERS:
                found = people.count(status=only, today=later)
                row(
                    f"first page + count, only {only} ({found:,} match)",
                    _median_ms(
                        lambda o=only: people.search(status=o, limit=200, today=later), args.runs
                    ),
                )
        finally:
            ws.close()
    print(
        f"{total:,} people; upgrade to the dashboard schema and reading every plan once: "
        f"{upgrade_s:.1f} s (once per database)"
    )
    print(f"medians of {args.runs} runs; goal < {GOAL_MS:.0f} ms a page of 200 rows")
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    for r in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
