"""The people list a page at a time: keyset pages, search through people_search, counts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.codec.profile_file import profile_from_dict
from planner.storage.journal import JournalRepository
from planner.storage.listing import ORDERS
from planner.storage.people import PeopleRepository

PERSONAS = Path(__file__).resolve().parents[1] / "data" / "personas"
BASE = json.loads((PERSONAS / "developer.json").read_text(encoding="utf-8"))


def profile(name: str, track: str | None = "software", role: str = "Developer"):
    data = {**BASE, "name": name, "current_role": role}
    data.pop("target_track", None)
    return profile_from_dict(data if track is None else {**data, "target_track": track})


def pages(people: PeopleRepository, size: int, **filters) -> list[int]:
    """Every row, fetched the way the people list does: page after page by key."""
    found, after = [], None
    while True:
        page = people.list(limit=size, after=after, **filters)
        assert len(page) <= size
        found += [p.id for p in page]
        if len(page) < size:
            return found
        after = page[-1]


def test_pages_by_key_list_everyone_once_in_each_order(store):
    people = PeopleRepository(store)
    # Same names in other cases, no track, same update second: ties the key must break.
    names = ["ann", "Ann", "ANN", "bob", "Émile", "zed", "Bob", "ann"]
    tracks = ["software", None, "hybrid", None, "infrastructure", "software", None, "hybrid"]
    for name, track in zip(names, tracks, strict=True):
        people.add(profile(name, track), tags=["cohort"] if len(name) == 3 else [])
    for sort in ORDERS:
        everyone = [p.id for p in people.list(sort=sort)]
        assert sorted(everyone) == sorted(set(everyone)) and len(everyone) == len(names)
        for size in (1, 2, 3, 8):
            assert pages(people, size, sort=sort) == everyone, (sort, size)
            assert pages(people, size, sort=sort, tag="cohort") == [
                p.id for p in people.list(sort=sort, tag="cohort")
            ]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=st.lists(st.sampled_from(["a", "A", "b", "ab", "Ab", "z", "é"]), min_size=1, max_size=12),
    size=st.integers(1, 5),
    sort=st.sampled_from(sorted(ORDERS)),
)
def test_any_page_size_gives_the_same_list(store, names, size, sort):
    people = PeopleRepository(store)
    store.conn.execute("DELETE FROM people")
    store.conn.execute("DELETE FROM people_search")
    for i, name in enumerate(names):
        people.add(profile(name, None if i % 3 == 0 else "hybrid"))
    everyone = [p.id for p in people.list(sort=sort)]
    assert pages(people, size, sort=sort) == everyone
    for person_id in everyone:
        assert people.position(person_id, sort=sort) == everyone.index(person_id)


def test_search_finds_people_by_any_note_prefix_and_case(store):
    people, journal = PeopleRepository(store), JournalRepository(store)
    migrating = people.add(profile("Ana Moreno"))
    firewall = people.add(profile("Zoë Kim", role="Network Engineer"), tags=["veteran"])
    neither = people.add(profile("Lee Park"))
    journal.add_note(migrating, date(2027, 1, 5), "Planning the data-centre migration.")
    journal.add_note(firewall, date(2027, 1, 6), "Firewall rules reviewed; MIGRATING next.")
    assert [p.id for p in people.list(query="FIREWALL")] == [firewall]
    # A prefix longer than the prefix indexes is expanded into the words it starts.
    assert {p.id for p in people.list(query="migrat")} == {migrating, firewall}
    assert {p.id for p in people.list(query="mig")} == {migrating, firewall}
    assert [p.id for p in people.list(query="zoe")] == [firewall]  # diacritics folded
    assert [p.id for p in people.list(query="veteran")] == [firewall]  # tags
    assert [p.id for p in people.list(query="network eng")] == [firewall]  # role, every word
    assert [p.id for p in people.list(query="network engin")] == [firewall]  # long last word
    assert [p.id for p in people.list(query="zoë kim reviewed")] == [firewall]
    assert people.list(query="migrationx") == []
    assert people.count(query="migrat") == 2 and people.count(query="migrat", tag="veteran") == 1
    assert people.count() == 3 and people.count(tag="veteran") == 1
    assert neither not in {p.id for p in people.list(query="mi")}
    assert people.position(neither, query="migrat") is None


def test_search_follows_note_edits_deletions_and_erasure(store):
    people, journal = PeopleRepository(store), JournalRepository(store)
    person = people.add(profile("Ana Moreno"))
    note = journal.add_note(person, date(2027, 1, 5), "Talked about kubernetes.")
    other = journal.add_note(person, date(2027, 1, 6), "Budget for the exam.")
    assert [p.id for p in people.list(query="kubernetes")] == [person]
    journal.update_note(note, date(2027, 1, 5), "Talked about terraform.")
    assert people.list(query="kubernetes") == []
    assert [p.id for p in people.list(query="terraform")] == [person]
    journal.delete_note(note)
    assert people.list(query="terraform") == []
    assert [p.id for p in people.list(query="budget")] == [person]  # the other note stays
    people.set_tags(person, ["relocating"])
    assert [p.id for p in people.list(query="relocating")] == [person]
    people.delete(person)
    rows = store.conn.execute("SELECT count(*) FROM people_search").fetchone()[0]
    assert rows == 0 and people.list(query="budget") == [] and other


def test_a_search_returns_a_page_and_a_count(store):
    people = PeopleRepository(store)
    for i in range(7):
        people.add(profile(f"Person {i} Example"))
    page = people.search(query="example", limit=3)
    assert len(page.people) == 3 and page.total == 7
    assert [p.name for p in page.people] == [
        "Person 0 Example",
        "Person 1 Example",
        "Person 2 Example",
    ]
    rest = people.list(query="example", limit=3, after=page.people[-1])
    assert [p.name for p in rest] == ["Person 3 Example", "Person 4 Example", "Person 5 Example"]


def test_common_and_rare_matches_page_alike(store, monkeypatch):
    """The plan SQLite uses differs when a filter matches many; the rows must not."""
    from planner.storage import listing

    people = PeopleRepository(store)
    for i in range(30):
        people.add(profile(f"P{29 - i:02d}", role="Engineer" if i % 2 else "Analyst"))
    expected = {sort: pages(people, 4, sort=sort, query="engineer") for sort in ORDERS}
    monkeypatch.setattr(listing, "COMMON", 2)  # now every filter counts as common
    for sort in ORDERS:
        assert pages(people, 4, sort=sort, query="engineer") == expected[sort]
        assert len(expected[sort]) == 15


def test_many_notes_in_one_transaction_rewrite_the_persons_search_row_once(store):
    people, journal = PeopleRepository(store), JournalRepository(store)
    person = people.add(profile("Ana Moreno"))
    rewrites: list[str] = []
    store.conn.set_trace_callback(
        lambda sql: rewrites.append(sql) if sql.startswith("INSERT INTO people_search") else None
    )
    try:
        with store.atomic():
            for i in range(50):
                journal.add_note(person, date(2027, 1, 5), f"Session {i}: talked about budgets.")
    finally:
        store.conn.set_trace_callback(None)
    assert len(rewrites) == 1
    assert [p.id for p in people.list(query="budgets")] == [person]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["add", "retag", "delete"]),
            st.integers(0, 4),
            st.lists(st.sampled_from(["PMP", "pmp", "remote", "Berlin", "Ops"]), max_size=3),
        ),
        max_size=12,
    )
)
def test_the_kept_counts_always_equal_counting_the_rows(store, actions):
    """The people list reads counts kept by triggers: of everyone (counting read the whole
    name index, 611 pages at 50,000 people) and per tag (a GROUP BY read every tag: 6 ms).
    After any adds, retags and deletions they equal counting the rows themselves, and a tag
    nobody carries any more is gone."""
    people = PeopleRepository(store)
    for person_id in [p.id for p in people.list(limit=1000)]:
        people.delete(person_id)
    alive: list[int] = []
    for action, pick, tags in actions:
        if action == "add" or not alive:
            alive.append(people.add(profile(f"P{len(alive)}"), tags=tags))
        elif action == "retag":
            people.set_tags(alive[pick % len(alive)], tags)
        else:
            people.delete(alive.pop(pick % len(alive)))
    counted = store.conn.execute(
        "SELECT tag, count(*) FROM tags GROUP BY tag ORDER BY tag COLLATE NOCASE, tag"
    ).fetchall()
    assert people.all_tags() == counted
    kept = store.conn.execute("SELECT count(*) FROM tag_counts WHERE people <= 0").fetchone()[0]
    assert kept == 0
    assert (
        people.count()
        == len(alive)
        == store.conn.execute("SELECT count(*) FROM people").fetchone()[0]
    )
    for tag, carried in counted:
        assert people.count(tag=tag) == carried
    assert people.count(tag="nobody has this") == 0


def _plan_of_a_page(store, **filters) -> str:
    """SQLite's plan for the people list's page query, as the list asks it."""
    asked: list[str] = []
    store.conn.set_trace_callback(asked.append)
    try:
        PeopleRepository(store).list(limit=100, **filters)
    finally:
        store.conn.set_trace_callback(None)
    (query,) = [q for q in asked if q.startswith("SELECT people.id")]
    return " | ".join(r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {query}"))


@pytest.mark.parametrize(
    "analysed", [(), ("person_status",), ("people",), ("people", "person_status")]
)
def test_each_order_walks_its_own_index_whatever_statistics_the_file_has(store, analysed):
    """A file filled by an import had statistics for the status table and none for people;
    SQLite then listed people by reading every status row, looking each person up and sorting
    them all (913 pages at 5,000 people) at every start. The order's table drives the page."""
    people = PeopleRepository(store)
    for i in range(40):
        people.add(profile(f"P{i:02d}", role="Engineer" if i % 2 else "Analyst"), tags=["c"])
    store.conn.execute("ANALYZE")  # makes sqlite_stat1
    store.conn.execute("DELETE FROM sqlite_stat1")
    for table in analysed:
        store.conn.execute(f"ANALYZE {table}")
    store.conn.execute("ANALYZE sqlite_schema")  # the planner reads the statistics again
    for sort in ORDERS:
        table = "people" if sort in ("name", "updated", "created", "track") else "s"
        plan = _plan_of_a_page(store, sort=sort)
        assert plan.startswith(f"SCAN {table}"), (sort, plan)
        assert "TEMP B-TREE" not in plan, (sort, plan)
