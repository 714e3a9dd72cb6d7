"""People, tags, search, plans, progress, notes and the ledger round-trip through SQLite."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from planner.codec.profile_file import profile_from_dict
from planner.domain.errors import InvalidInput, NotFound
from planner.domain.progress import StepProgress
from planner.storage.journal import JournalRepository
from planner.storage.people import PeopleRepository
from planner.storage.plans import PlansRepository

PERSONAS = Path(__file__).resolve().parents[1] / "data" / "personas"


def persona(which: str, **changes):
    data = json.loads((PERSONAS / f"{which}.json").read_text(encoding="utf-8"))
    data.update(changes)
    return profile_from_dict(data)


def test_profile_round_trips_exactly(store):
    people = PeopleRepository(store)
    for name in ("service-manager", "network-engineer", "developer", "helpdesk"):
        profile = persona(name, include=["cisco-ccna"], exclude=["pmi"], niche="telecom")
        assert people.get(people.add(profile)) == profile


def test_unicode_and_markup_survive(store):
    people = PeopleRepository(store)
    profile = persona("developer", name="Zoë <O'Brien> & Δημήτρης Кузнецов", region="Zürich")
    assert people.get(people.add(profile)).name == "Zoë <O'Brien> & Δημήτρης Кузнецов"


def test_update_replaces_skills_and_keeps_tags(store):
    people = PeopleRepository(store)
    pid = people.add(persona("helpdesk"), tags=["cohort-a", " cohort-a ", "", "vip"])
    assert people.tags(pid) == ["cohort-a", "vip"]
    changed = persona("helpdesk", skills=[{"name": "Networking", "level": 3}])
    people.update(pid, changed)
    assert people.get(pid).skills == changed.skills
    assert people.tags(pid) == ["cohort-a", "vip"]


def test_unknown_person_is_not_found(store):
    people = PeopleRepository(store)
    with pytest.raises(NotFound, match="no person with id 42"):
        people.get(42)
    with pytest.raises(NotFound):
        people.delete(42)


def test_list_sorts_filters_by_tag_and_searches(store):
    people = PeopleRepository(store)
    a = people.add(persona("service-manager", name="Bea Zed"), tags=["infra"])
    b = people.add(persona("developer", name="alan Young"), tags=["dev", "infra"])
    c = people.add(persona("helpdesk", name="Cy Ames", region="Dubuque, IA"))
    assert [p.id for p in people.list()] == [b, a, c]  # case-insensitive by name
    assert [p.id for p in people.list(tag="infra")] == [b, a]
    assert [p.id for p in people.list(query="dubuque")] == [c]
    assert [p.id for p in people.list(query="Developer")] == [b]  # role
    assert [p.id for p in people.list(query="infra", tag="dev")] == [b]
    assert [p.id for p in people.list(query="zzz-nothing")] == []
    assert people.list(sort="created")[0].id == a
    assert people.list(limit=1, after=people.list(limit=1)[0])[0].id == a
    assert people.count() == 3


@pytest.mark.parametrize("query", ["c++", "AND", '"x', "OR NOT", "*", "NEAR(", "a:b", "'); DROP"])
def test_search_never_breaks_on_fts_syntax(store, query):
    people = PeopleRepository(store)
    people.add(persona("developer"))
    assert isinstance(people.list(query=query), list)


def test_notes_are_dated_searchable_and_prefix_matched(store):
    people, journal = PeopleRepository(store), JournalRepository(store)
    pid = people.add(persona("service-manager"))
    other = people.add(persona("developer"))
    journal.add_note(pid, date(2027, 1, 5), "Talked about the firewall migration timeline.")
    journal.add_note(pid, date(2027, 2, 1), "Booked CAPM; nervous about the exam.")
    journal.add_note(other, date(2027, 2, 2), "Sprint retrospective notes")
    assert [n.day for n in journal.notes(pid)] == [date(2027, 2, 1), date(2027, 1, 5)]
    assert [n.body[:6] for n in journal.notes(pid, "migr")] == ["Talked"]
    assert [p.id for p in people.list(query="retrospective")] == [other]
    with pytest.raises(InvalidInput):
        journal.add_note(pid, date(2027, 1, 1), "   ")


def test_plans_keep_history_and_progress_is_keyed_by_step_id(store):
    people, plans = PeopleRepository(store), PlansRepository(store)
    pid = people.add(persona("helpdesk"))
    roadmap = {
        "track": "infrastructure",
        "start": "2027-01-04",
        "catalog_version": "x",
        "summary": {"finish": "2028-01-01"},
        "steps": [
            {
                "id": "cisco-ccna",
                "title": "CCNA",
                "kind": "certification",
                "start": "2027-01-04",
                "end": "2027-03-01",
                "hours": 90,
                "cost": 300,
            }
        ],
    }
    first = plans.save(pid, roadmap, {"p": 1}, "first plan")
    second = plans.save(pid, {**roadmap, "start": "2027-06-01"}, {"p": 2}, "re-plan")
    assert plans.current(pid).id == second
    assert [h.id for h in plans.history(pid)] == [second, first]
    plans.set_progress(pid, StepProgress("cisco-ccna", "in_progress", date(2027, 1, 10)))
    plans.set_progress(
        pid, StepProgress("cisco-ccna", "done", date(2027, 1, 10), date(2027, 3, 2), "passed!")
    )
    assert plans.progress(pid)["cisco-ccna"] == StepProgress(
        "cisco-ccna", "done", date(2027, 1, 10), date(2027, 3, 2), "passed!"
    )


def test_progress_rejects_bad_status_and_dates():
    with pytest.raises(InvalidInput, match="status must be one of"):
        StepProgress("x", "finished")
    with pytest.raises(InvalidInput, match="before started"):
        StepProgress("x", "done", date(2027, 2, 1), date(2027, 1, 1))


def test_ledger_validates_projects(store):
    people, journal = PeopleRepository(store), JournalRepository(store)
    pid = people.add(persona("helpdesk"))
    journal.add_project(pid, "Server refresh", date(2026, 1, 1), finished=date(2026, 6, 30))
    assert journal.ledger(pid)[0].project == "Server refresh"
    with pytest.raises(InvalidInput, match="finishes before it starts"):
        journal.add_project(pid, "Backwards", date(2026, 5, 1), finished=date(2026, 1, 1))


def test_delete_erases_every_row_and_the_bytes(store, db_path):
    people, plans, journal = (
        PeopleRepository(store),
        PlansRepository(store),
        JournalRepository(store),
    )
    keep = people.add(persona("developer", name="Keeper Person"))
    secret = "Quixotic Zanzibar"
    pid = people.add(persona("helpdesk", name=secret), tags=["erase-me-tag"])
    journal.add_note(pid, date(2027, 1, 1), "Confidential remark xylophone")
    journal.add_project(pid, "Secret project", date(2026, 1, 1))
    plans.set_progress(pid, StepProgress("pmi", "done", None, date(2027, 1, 2)))
    plans.save(
        pid,
        {
            "track": "infrastructure",
            "start": "2027-01-01",
            "summary": {"finish": "2027-02-01"},
            "steps": [],
        },
        {},
        "first plan",
    )

    people.delete(pid)
    store.compact()

    for table in (
        "people",
        "skills",
        "credentials",
        "memberships",
        "answers",
        "tags",
        "plans",
        "progress",
        "experience",
        "notes",
    ):
        column = "id" if table == "people" else "person_id"
        count = store.conn.execute(
            f"SELECT count(*) FROM {table} WHERE {column} = ?", [pid]
        ).fetchone()[0]
        assert count == 0, table
    assert people.list(query="xylophone") == []
    assert [p.id for p in people.list()] == [keep]
    raw = b"".join(
        Path(f"{db_path}{s}").read_bytes() for s in ("", "-wal") if Path(f"{db_path}{s}").exists()
    )
    for word in (b"Quixotic", b"xylophone", b"erase-me-tag", b"Secret project"):
        assert word not in raw, word
    assert b"Keeper" in raw
