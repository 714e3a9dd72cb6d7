"""Smoke test: the storage benchmark still builds its database and runs every measured step."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from planner.domain.roadmap import Roadmap
from planner.storage.database import open_store
from planner.storage.journal import JournalRepository
from planner.storage.migrations import SCHEMA_VERSION
from planner.storage.plans import PlansRepository, SavedPlan

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_storage.py"
PEOPLE = 20


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_storage", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(bench, catalog, tmp_path_factory):
    path = tmp_path_factory.mktemp("bench-storage") / "planner.db"
    report = bench.build_database(path, catalog, people=PEOPLE, batch=7, quiet=True)
    return path, report


def test_the_builder_makes_the_issue_shape(bench, built):
    path, report = built
    assert report.seconds > 0 and not report.reused
    with open_store(path) as store:
        counts = store.conn.execute(
            "SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM plans), "
            "(SELECT count(*) FROM plan_steps), (SELECT count(*) FROM notes), "
            "(SELECT count(*) FROM search), (SELECT count(*) FROM progress)"
        ).fetchone()
        names = [n for (n,) in store.conn.execute("SELECT name FROM people ORDER BY id")]
        repo = PlansRepository(store)
        ids = [i for (i,) in store.conn.execute("SELECT id FROM people ORDER BY id")]
        plans = [repo.current(i).roadmap for i in ids]
    people, n_plans, steps, notes, indexed, progress = counts
    assert (people, n_plans, steps, notes) == (PEOPLE, PEOPLE, PEOPLE * 30, PEOPLE * 20)
    assert indexed == PEOPLE + PEOPLE * 20  # one FTS row per person and per note
    assert PEOPLE <= progress <= 4 * PEOPLE
    assert names[0] == "Person 0001 Example" and len(set(names)) == PEOPLE
    assert all(len(p["steps"]) == 30 for p in plans)
    assert all(len({s["id"] for s in p["steps"]}) == 30 for p in plans)  # step ids stay unique
    size = bench.database_size(path)
    assert size["file_bytes"] > 0 and size["page_count"] > 0
    checks = bench.integrity_timings(path, 1)
    assert checks["quick_check"]["result"] == "ok"
    assert checks["integrity_check"]["result"] == "ok"


def test_each_measured_operation_runs_once(bench, built):
    path, _ = built
    assert bench.floor_once(path) == PEOPLE
    assert bench.open_and_close(path) == SCHEMA_VERSION
    queries = bench.search_queries(PEOPLE)
    with open_store(path) as store:
        ops = bench.session_operations(store, PEOPLE, bench.SEED, 4)
        results = {op.name: op.fn() for op in ops}
        journal = JournalRepository(store)

        listed = results["list people (all 20, by name; the CLI's people list)"]
        assert [p.name for p in listed] == sorted((p.name for p in listed), key=str.casefold)
        assert len(listed) == PEOPLE
        opened = results["people list opens: first page + count (page of 200)"]
        assert list(opened.people) == listed and opened.total == PEOPLE

        def found(label: str):
            page = results[f"search {label}: {queries[label]!r} (page + count)"]
            assert page.total == len(page.people)  # 20 people: one page holds every match
            return page.people

        assert [p.name for p in found("name fragment")] == ["Person 0020 Example"]
        assert found("tag") and all("veteran" in p.tags for p in found("tag"))
        for label in ("word in notes", "prefix"):  # words only the notes contain
            assert 0 < len(found(label)) < PEOPLE
            assert all(journal.notes(p.id, queries[label]) for p in found(label))
        assert len(found("matches everyone")) == PEOPLE

        saved = results["load plan: PlansRepository.current (random id)"]
        assert isinstance(saved, SavedPlan) and len(saved.roadmap["steps"]) == 30
        for name in ("plan JSON -> Roadmap: roadmap_from_dict", "load plan + roadmap_from_dict"):
            assert isinstance(results[name], Roadmap) and len(results[name].steps) == 30
        assert len(results["reference: raw SELECT id, name ORDER BY name"]) == PEOPLE
        # The timed writes are rolled back: the file keeps its notes and search rows.
        counts = store.conn.execute(
            "SELECT (SELECT count(*) FROM notes), (SELECT count(*) FROM search)"
        ).fetchone()
        assert counts == (PEOPLE * 20, PEOPLE * 21)
        breakdown = bench.search_breakdown(store, queries["word in notes"], runs=1)
        assert breakdown["matching_people"] == len(found("word in notes"))


def test_main_builds_keeps_and_reuses(bench, tmp_path, capsys):
    kept, out = tmp_path / "kept.db", tmp_path / "storage.json"
    argv = ["--people", "12", "--runs", "2", "--warmup", "0", "--check-runs", "1", "--quiet"]
    argv += ["--keep", str(kept), "--out", str(out)]
    assert bench.main([*argv, "--profile"]) == 0
    assert "open, later start: file found sound" in capsys.readouterr().out
    first = json.loads(out.read_text(encoding="utf-8"))
    assert first["database"]["people"] == 12 and not first["database"]["reused"]
    assert first["database"]["file_bytes"] > 0 and first["checks"]["quick_check"]["result"] == "ok"
    assert all(o["median_ms"] > 0 and o["runs"] >= 2 for o in first["operations"])
    assert first["hotspots"]  # --profile profiles every targeted operation

    assert bench.main(argv) == 0
    second = json.loads(out.read_text(encoding="utf-8"))
    assert second["database"]["reused"] and second["database"]["build_seconds"] is None
    with pytest.raises(SystemExit):
        bench.main([*argv[:-4], "--people", "13", "--keep", str(kept), "--no-write"])
