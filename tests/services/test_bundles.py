"""Person bundles end to end: export, import into another database, merge without duplicates."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from planner.domain.errors import InvalidInput, PlannerError
from planner.domain.profile import Credential, Skill
from planner.domain.progress import StepProgress
from planner.export.bundle import BundleNote, bundle_from_dict, bundle_to_dict
from planner.services.bundles import (
    export_person,
    import_bundle,
    merge_profile,
    merge_progress,
    same_person,
)
from planner.services.workspace import open_workspace
from planner.storage.journal import JournalRepository
from tests.services.test_planning import TODAY, add

TABLES = (
    "people",
    "skills",
    "credentials",
    "memberships",
    "answers",
    "tags",
    "plans",
    "plan_steps",
    "progress",
    "experience",
    "notes",
    "search",
)


@pytest.fixture
def open_ws(tmp_path, catalog):
    opened = []

    def make(name: str):
        ws = open_workspace(tmp_path / f"{name}.db", catalog, lambda: TODAY)
        opened.append(ws)
        return ws

    yield make
    for ws in opened:
        ws.close()


def snapshot(ws) -> dict[str, list]:
    """Every row of every table the import can touch."""
    with closing(sqlite3.connect(f"file:{ws.path}?mode=ro", uri=True)) as db:
        return {t: sorted(map(repr, db.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES}


def counts(ws) -> dict[str, int]:
    return {t: len(rows) for t, rows in snapshot(ws).items()}


@pytest.fixture
def source(open_ws):
    """A coach's database with one person who has a bit of everything."""
    ws = open_ws("source")
    pid = add(ws, "service-manager")
    ws.people.set_tags(pid, ["cohort-1", "remote"])
    ws.planning.current(pid)
    ws.planning.record(pid, "choose-niche", "done", date(2027, 1, 20), "Picked ITSM")
    ws.planning.record(pid, "pmi", "in_progress", date(2027, 2, 1))
    ws.planning.replan(pid)
    ws.journal.add_note(pid, date(2027, 1, 10), "Kick-off; agreed on weekends")
    ws.journal.add_note(pid, date(2027, 2, 10), "Second session")
    ws.journal.add_project(
        pid, "Service desk migration", date(2025, 3, 1), finished=date(2025, 9, 30), role="lead"
    )
    return ws, pid


def round_trip(bundle):
    """Through JSON, as a file would carry it."""
    return bundle_from_dict(json.loads(json.dumps(bundle_to_dict(bundle))))


def test_a_bundle_recreates_the_person_in_an_empty_database(source, open_ws, catalog):
    ws, pid = source
    bundle = round_trip(export_person(ws, pid, catalog.version))
    target = open_ws("target")
    result = import_bundle(target, bundle)
    assert result.created and result.plans == 2 and result.notes == 2
    new = result.person_id
    assert target.people.get(new) == ws.people.get(pid)
    assert target.people.tags(new) == ["cohort-1", "remote"]
    assert target.planning.progress(new) == ws.planning.progress(pid)
    assert [(n.day, n.body) for n in target.journal.notes(new)] == [
        (n.day, n.body) for n in ws.journal.notes(pid)
    ]
    assert [(e.project, e.started, e.finished, e.role) for e in target.journal.ledger(new)] == [
        (e.project, e.started, e.finished, e.role) for e in ws.journal.ledger(pid)
    ]
    # The history keeps its order: the source's current plan is the target's current plan.
    assert target.planning.current(new).roadmap == ws.planning.current(pid).roadmap
    assert len(target.planning.history(new)) == 2
    assert "imported from a bundle" in target.planning.current(new).reason
    assert target.people.list(query="weekends")  # notes are searchable


def test_importing_the_same_bundle_twice_changes_nothing_the_second_time(source, open_ws):
    ws, pid = source
    bundle = round_trip(export_person(ws, pid))
    target = open_ws("target")
    import_bundle(target, bundle)
    before = snapshot(target)
    again = import_bundle(target, bundle)
    assert not again.changed and "already has everything" in again.describe()
    assert snapshot(target) == before


def test_importing_into_the_source_database_changes_nothing(source):
    ws, pid = source
    before = snapshot(ws)
    result = import_bundle(ws, round_trip(export_person(ws, pid)))
    assert result.person_id == pid and not result.changed
    assert snapshot(ws) == before


def test_a_merge_unions_and_keeps_the_most_advanced_progress(source, open_ws):
    ws, pid = source
    target = open_ws("target")
    local = add(target, "service-manager", weekly_hours=5)
    target.people.set_tags(local, ["local-tag"])
    target.planning.set_progress(local, StepProgress("choose-niche", "in_progress"))
    target.planning.set_progress(
        local, StepProgress("pmi", "done", date(2027, 1, 5), date(2027, 1, 6), "paid")
    )
    target.journal.add_note(local, date(2027, 1, 10), "Kick-off; agreed on weekends")
    target.journal.add_project(local, "service desk MIGRATION", date(2025, 3, 1))
    result = import_bundle(target, round_trip(export_person(ws, pid)))
    assert not result.created and result.person_id == local
    assert set(target.people.tags(local)) == {"cohort-1", "remote", "local-tag"}
    progress = target.planning.progress(local)
    assert progress["choose-niche"].status == "done"  # the bundle's is further on
    assert progress["choose-niche"].note == "Picked ITSM"
    assert progress["pmi"].status == "done" and progress["pmi"].note == "paid"  # local wins
    assert [n.body for n in target.journal.notes(local)] == [
        "Second session",
        "Kick-off; agreed on weekends",
    ]
    assert len(target.journal.ledger(local)) == 1  # same project, same start
    assert result.notes == 1 and result.experience == 0 and result.tags == 2
    assert result.describe() == (
        "Merged the bundle into Sam Service (person 1): "
        "1 progress entry, 1 note, 2 plans and 2 tags."
    )


def test_the_newer_profile_wins_and_skills_are_unioned(source, open_ws):
    ws, pid = source
    bundle = round_trip(export_person(ws, pid))
    target = open_ws("target")
    local = add(target, "service-manager", weekly_hours=5)
    profile = target.people.get(local)
    target.people.update(local, replace(profile, skills=(*profile.skills, Skill("Kubernetes", 2))))
    older = replace(bundle, updated_at=datetime(2000, 1, 1, tzinfo=UTC))
    import_bundle(target, older)
    merged = target.people.get(local)
    assert merged.weekly_hours == 5  # the local profile is newer
    assert "Kubernetes" in {s.name for s in merged.skills}
    newer = replace(bundle, updated_at=datetime(2100, 1, 1, tzinfo=UTC))
    result = import_bundle(target, newer)
    merged = target.people.get(local)
    assert result.profile_changed and merged.weekly_hours == bundle.profile.weekly_hours
    assert "Kubernetes" in {s.name for s in merged.skills}  # kept from the local side


def test_people_are_matched_by_name_and_role_or_region(source, open_ws):
    ws, pid = source
    bundle = round_trip(export_person(ws, pid))
    target = open_ws("target")
    other = add(target, "service-manager", current_role="Astronaut", region="Mars")
    moved = add(target, "service-manager", current_role="Project Manager")  # same region
    result = import_bundle(target, bundle)
    assert result.person_id == moved and not result.created
    assert other != moved
    profile = bundle.profile
    assert same_person(profile.name.upper(), profile.current_role, "elsewhere", profile)
    assert not same_person(profile.name, "Astronaut", "Mars", profile)
    assert not same_person("Someone Else", profile.current_role, profile.region, profile)


def test_identical_plans_are_not_duplicated_and_a_newer_local_plan_stays_current(source, open_ws):
    ws, pid = source
    bundle = round_trip(export_person(ws, pid))
    made = ("2020-01-04T10:00:00+00:00", "2020-02-01T10:00:00+00:00")
    bundle = replace(
        bundle,
        plans=tuple(replace(p, created_at=t) for p, t in zip(bundle.plans, made, strict=True)),
    )
    target = open_ws("target")
    import_bundle(target, replace(bundle, plans=bundle.plans[:1]))
    local = target.people.list()[0].id
    mine = target.planning.replan(local, date(2027, 6, 1))  # made after the bundle's plans
    result = import_bundle(target, bundle)
    assert result.plans == 1  # only the one not already there
    assert target.planning.current(local).roadmap == mine.roadmap
    before = snapshot(target)
    import_bundle(target, bundle)
    assert snapshot(target) == before


def test_a_failure_half_way_changes_nothing(source, open_ws, monkeypatch):
    ws, pid = source
    bundle = round_trip(export_person(ws, pid))
    target = open_ws("target")
    add(target, "helpdesk")
    before = snapshot(target)

    def fail(*args, **kwargs):
        raise InvalidInput("disk trouble")

    monkeypatch.setattr(JournalRepository, "add_project", fail)  # the import's every write
    with pytest.raises(InvalidInput, match="disk trouble"):
        import_bundle(target, bundle)
    assert snapshot(target) == before


def test_a_dry_run_reports_and_writes_nothing(source, open_ws):
    ws, pid = source
    bundle = round_trip(export_person(ws, pid))
    target = open_ws("target")
    before = snapshot(target)
    preview = import_bundle(target, bundle, dry_run=True)
    assert preview.created and preview.plans == 2
    assert preview.preview().startswith("Add Sam Service as a new person with")
    assert snapshot(target) == before


def test_merge_profile_keeps_higher_levels_and_earliest_dates(persona):
    local = persona("service-manager")
    incoming = replace(
        local,
        weekly_hours=3,
        skills=(Skill("itsm", 4), Skill("Ansible", 1)),
        credentials=(Credential("ITIL 4 foundation", date(2018, 1, 1)), Credential("CCNA")),
        memberships=("PMI",),
    )
    merged = merge_profile(local, incoming, incoming_newer=False)
    assert merged.weekly_hours == local.weekly_hours
    levels = {s.name: s.level for s in merged.skills}
    assert levels["ITSM"] == 4 and levels["Ansible"] == 1  # local's spelling, higher level
    earned = {c.name: c.earned for c in merged.credentials}
    assert earned["ITIL 4 Foundation"] == date(2018, 1, 1) and "CCNA" in earned
    assert "PMI" in merged.memberships
    assert merge_profile(local, incoming, incoming_newer=True).weekly_hours == 3


def test_merge_progress_prefers_further_then_later():
    todo = StepProgress("x", "todo", note="plan")
    doing = StepProgress("x", "in_progress", date(2027, 1, 1))
    done_early = StepProgress("x", "done", date(2027, 1, 1), date(2027, 2, 1))
    done_late = StepProgress("x", "done", date(2027, 1, 1), date(2027, 3, 1))
    assert merge_progress(None, doing) == doing
    assert merge_progress(doing, todo) == replace(doing, note="plan")
    assert merge_progress(done_early, doing) == done_early
    assert merge_progress(done_early, done_late) == done_late
    assert merge_progress(done_late, done_early) == done_late


# -- garbage never escapes as anything but a clear error, and never writes -------------------
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


def paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value[:3]):
            yield from paths(item, (*prefix, i))


def with_value(data, path, value):
    data = json.loads(json.dumps(data))
    if not path:
        return value
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


@pytest.fixture
def small_bundle(source):
    ws, pid = source
    bundle = export_person(ws, pid)
    data = bundle_to_dict(replace(bundle, plans=bundle.plans[:1], notes=(BundleNote(TODAY, "n"),)))
    return json.loads(json.dumps(data))


HYPOTHESIS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def fuzz_ws(open_ws):
    return open_ws("fuzz")  # shared by a test's examples: writes pile up, refusals never do


def attempt(ws, data) -> str:
    before = snapshot(ws)
    try:
        import_bundle(ws, bundle_from_dict(data))
    except PlannerError as exc:
        assert str(exc) and "\n" not in str(exc)
        assert snapshot(ws) == before, "a refused bundle must not write anything"
        return "refused"
    return "imported"


@HYPOTHESIS
@given(value=JSON)
def test_random_json_is_refused_cleanly(fuzz_ws, value):
    assert attempt(fuzz_ws, value) == "refused"


@HYPOTHESIS
@given(data=st.data(), value=JSON)
def test_a_bundle_with_one_part_replaced_by_garbage(fuzz_ws, small_bundle, data, value):
    path = data.draw(st.sampled_from(list(paths(small_bundle))))
    outcome = attempt(fuzz_ws, with_value(small_bundle, path, value))
    event(outcome)
