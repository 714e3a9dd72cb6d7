"""The coach's dashboard: progress, next milestone, overdue steps and sessions stay true as
plans, progress and notes are written, and sort and filter through the stored columns."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from planner.cli import main
from planner.codec.profile_file import profile_from_dict
from planner.domain.progress import StepProgress
from planner.services.workspace import open_workspace

PERSONAS = Path(__file__).resolve().parents[1] / "data" / "personas"
TODAY = date(2027, 3, 1)


def persona(name: str):
    return profile_from_dict(json.loads((PERSONAS / f"{name}.json").read_text(encoding="utf-8")))


@pytest.fixture
def ws(tmp_path, catalog):
    workspace = open_workspace(tmp_path / "d.db", catalog, lambda: TODAY)
    yield workspace
    workspace.close()


def sql(ws, query: str, params: Sequence[object] = ()) -> tuple:
    """One row read straight from the tables, beside the workspace's own connection."""
    with closing(sqlite3.connect(f"file:{ws.path}?mode=ro", uri=True)) as db:
        return db.execute(query, params).fetchone()


def row(ws, person_id, **kwargs):
    return next(p for p in ws.people.list(**kwargs) if p.id == person_id)


def test_progress_follows_every_write_including_undo(ws):
    pid = ws.people.add(persona("service-manager"))
    plan = ws.planning.current(pid)
    first = plan.roadmap["steps"][0]
    before = row(ws, pid)
    assert before.steps == len(plan.roadmap["steps"]) and before.steps_done == 0
    ws.planning.record(pid, first["id"], "done", TODAY)
    done = row(ws, pid)
    assert done.steps_done == 1 and done.hours_done == first["hours"] and done.progress > 0
    ws.planning.set_progress(pid, StepProgress(first["id"], "todo"))  # what undo writes
    assert row(ws, pid).steps_done == 0


def test_next_milestone_is_the_first_coming_one_and_skips_done_steps(ws):
    pid = ws.people.add(persona("service-manager"))
    ws.planning.current(pid)
    person = row(ws, pid)
    assert person.next_kind in ("book", "exam", "eligible") and person.next_day >= TODAY.isoformat()
    step = sql(
        ws,
        "SELECT step_id FROM milestones WHERE person_id = ? AND day = ? LIMIT 1",
        [pid, person.next_day],
    )[0]
    ws.planning.record(pid, step, "done", TODAY)
    assert row(ws, pid).next_day >= person.next_day


def test_filters_and_sorts(ws):
    busy = ws.people.add(persona("service-manager"))
    quiet = ws.people.add(persona("developer"))
    for pid in (busy, quiet):
        ws.planning.current(pid)
    ws.journal.add_note(busy, TODAY, "first session")
    ids = lambda **kw: [p.id for p in ws.people.list(**kw)]  # noqa: E731
    assert ids(status="no-session", today=TODAY) == [quiet]
    assert ids(status="overdue", today=TODAY) == []
    assert sorted(ids(status="overdue", today=date(2040, 1, 1))) == [busy, quiet]
    soon = row(ws, busy)
    exam_day = sql(
        ws, "SELECT min(day) FROM milestones WHERE person_id = ? AND kind = 'exam'", [busy]
    )[0]
    assert busy in ids(status="exam-soon", today=date.fromisoformat(exam_day))
    assert ws.people.count(status="no-session", today=TODAY) == 1
    first = ws.planning.current(busy).roadmap["steps"][0]["id"]
    ws.planning.record(busy, first, "done", TODAY)
    assert ids(sort="progress")[0] == busy
    assert ids(sort="last-session")[0] == quiet  # never had a session: first to call
    assert soon.last_note == TODAY.isoformat()
    page = ws.people.list(sort="next", limit=1)
    assert ws.people.list(sort="next", limit=1, after=page[0])[0].id != page[0].id


def test_each_filters_count_is_the_number_of_people_it_lists(ws):
    """A filter alone is counted from its own index entries; with a tag, by looking people
    up. Either way the count is what the list holds, and an erased person
    leaves it."""
    busy = ws.people.add(persona("service-manager"), tags=["spring"])
    quiet = ws.people.add(persona("developer"))
    for pid in (busy, quiet):
        ws.planning.current(pid)
    ws.journal.add_note(busy, TODAY, "first session")
    later = date(2040, 1, 1)
    exam_day = date.fromisoformat(sql(ws, "SELECT min(day) FROM milestones WHERE kind = 'exam'")[0])

    def agree() -> None:
        for status in ("overdue", "exam-soon", "no-session"):
            for day in (TODAY, exam_day, later):
                for tag in (None, "spring"):
                    listed = ws.people.list(tag=tag, status=status, today=day, limit=100)
                    counted = ws.people.count(tag=tag, status=status, today=day)
                    assert counted == len(listed), (status, day, tag)

    agree()
    assert ws.people.count(status="overdue", today=later) == 2
    ws.people.erase(quiet)
    agree()
    assert ws.people.count(status="overdue", today=later) == 1


def test_erasing_a_person_erases_their_dashboard_rows(ws):
    pid = ws.people.add(persona("service-manager"))
    ws.planning.current(pid)
    ws.people.erase(pid)
    assert sql(ws, "SELECT count(*) FROM person_status")[0] == 0
    assert sql(ws, "SELECT count(*) FROM milestones")[0] == 0


def test_cli_people_list_carries_the_dashboard(tmp_path, capsys):
    db = str(tmp_path / "c.db")
    assert main(["--db", db, "people", "add", str(PERSONAS / "service-manager.json")]) == 0
    assert main(["--db", db, "plan", "--person", "1"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "people", "list", "--format", "json", "--sort", "next"]) == 0
    (person,) = json.loads(capsys.readouterr().out)
    assert person["progress"]["steps"] > 0 and person["progress"]["percent"] == 0
    milestone = person["next_milestone"]
    assert milestone["kind"] in ("book", "exam", "eligible")
    # The title is a sentence, as before milestones were stored as kind and label.
    words = {"book": "Book ", "exam": " exam", "eligible": "Eligible for "}[milestone["kind"]]
    assert words in milestone["title"] and milestone["title"] != words.strip()
    assert person["budget_verdict"] in ("within", "over", "uncertain", None)
    assert main(["--db", db, "people", "list", "--only", "no-session"]) == 0
    assert "Sam" in capsys.readouterr().out  # no note yet


def test_the_start_asks_for_uncomputed_people_through_their_own_index(store):
    """Every start asks who has no dashboard status yet: an index of only those people
    answers, not a read of every status row (33 ms at 50,000 people)."""
    from planner.storage import dashboard

    store.conn.execute(
        "INSERT INTO people (id, uuid, name, weekly_hours, created_at, updated_at) "
        "VALUES (1, 'u1', 'A', 5, '2027-01-01', '2027-01-01'), "
        "(2, 'u2', 'B', 5, '2027-01-01', '2027-01-01')"
    )
    store.conn.execute("UPDATE person_status SET computed = (person_id = 2)")
    for person_id in (1, 2):
        store.conn.execute(
            "INSERT INTO plans (person_id, created_at, track, start, finish, catalog_version, "
            "inputs, roadmap) VALUES (?, '2027-01-01', 'hybrid', '', '', '1', x'', x'')",
            (person_id,),
        )
    asked: list[str] = []
    store.conn.set_trace_callback(asked.append)
    assert dashboard.uncomputed(store.db) == [1]
    store.conn.set_trace_callback(None)
    (query,) = [q for q in asked if "person_status" in q]
    plan = " ".join(r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {query}"))
    assert "USING INDEX status_uncomputed" in plan  # a scan of that index alone


def test_the_empty_index_of_uncomputed_people_keeps_statistics_so_closing_stays_cheap(db_path):
    """ANALYZE writes no statistics for an empty index, and PRAGMA optimize analysed all of
    person_status again at every close while one of its indexes had none (30-45 ms at 50,000
    people). Closing gives that index its row back whenever an ANALYZE dropped it."""
    from planner.storage.database import open_store

    def uncomputed_row(conn) -> list[tuple[str]]:
        sql = "SELECT stat FROM sqlite_stat1 WHERE idx = 'status_uncomputed'"
        return conn.execute(sql).fetchall()

    store = open_store(db_path)
    store.conn.executemany(
        "INSERT INTO people (id, uuid, name, weekly_hours, created_at, updated_at) "
        "VALUES (?, ?, 'A', 5, '2027-01-01', '2027-01-01')",
        ((n, f"u{n}") for n in range(1, 301)),
    )
    store.conn.execute("UPDATE person_status SET computed = 1")
    store.conn.execute("ANALYZE")
    assert uncomputed_row(store.conn) == []  # SQLite's own: none for the empty index
    store.close()
    store = open_store(db_path)
    assert uncomputed_row(store.conn) == [("1 1",)]
    assert "person_status" not in str(store.conn.execute("PRAGMA optimize(0x03)").fetchall())
    store.conn.execute("ANALYZE person_status")  # drops every row of the table's indexes
    store.close()
    store = open_store(db_path)
    assert uncomputed_row(store.conn) == [("1 1",)]
    store.close()
