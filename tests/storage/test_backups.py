"""Rotating backups, restore with checks, and erasing a person from backups too."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from planner.codec.profile_file import profile_from_dict
from planner.domain.errors import DatabaseRefused
from planner.storage.backups import Backups, restore
from planner.storage.database import open_store
from planner.storage.people import PeopleRepository


def add(store, name: str) -> int:
    return PeopleRepository(store).add(profile_from_dict({"name": name, "weekly_hours": 4}))


def test_backups_rotate_and_are_private(store, db_path):
    add(store, "Ada")
    backups = Backups(db_path, keep=3)
    made = [backups.create(store.conn, "auto") for _ in range(5)]
    assert backups.all() == sorted(made[-3:], reverse=True)
    for path in backups.all():
        assert path.stat().st_mode & 0o777 == 0o600
        with open_store(path) as copy:
            assert [p.name for p in PeopleRepository(copy).list()] == ["Ada"]


def test_restore_replaces_and_keeps_the_current_one(store, db_path, tmp_path):
    add(store, "Before")
    backups = Backups(db_path)
    snapshot = backups.create(store.conn, "manual", target=tmp_path / "snap.db")
    add(store, "After")
    restored, safety = restore(store, snapshot, backups)
    try:
        assert [p.name for p in PeopleRepository(restored).list()] == ["Before"]
        with open_store(safety) as old:
            assert sorted(p.name for p in PeopleRepository(old).list()) == ["After", "Before"]
    finally:
        restored.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a database", "not an SQLite file"),
        (b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 1000, "truncated or damaged"),
    ],
)
def test_restore_refuses_bad_files_and_changes_nothing(store, db_path, tmp_path, content, message):
    add(store, "Precious")
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseRefused, match=message):
        restore(store, bad, Backups(db_path))
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert [p.name for p in PeopleRepository(store).list()] == ["Precious"]
    assert Backups(db_path).all() == []


def test_restore_refuses_a_newer_database(store, db_path, tmp_path):
    newer = tmp_path / "newer.db"
    with open_store(newer) as other:
        other.conn.execute("PRAGMA user_version = 999")
        other.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with pytest.raises(DatabaseRefused, match="newer version"):
        restore(store, newer, Backups(db_path))


def test_erasing_a_person_reaches_the_backups(workspace):
    keep = workspace.people.add(profile_from_dict({"name": "Stays", "weekly_hours": 3}))
    gone = workspace.people.add(profile_from_dict({"name": "Vanishing Verity", "weekly_hours": 3}))
    for _ in range(2):
        workspace.back_up()
    assert workspace.people.erase(gone) == 2
    for backup in Backups(workspace.path).all():
        assert b"Vanishing" not in Path(backup).read_bytes()
        with open_store(backup) as copy:
            assert [p.id for p in PeopleRepository(copy).list()] == [keep]


def test_auto_backup_runs_at_most_hourly_and_keep_is_configurable(workspace):
    assert workspace.auto_backup() is None  # nothing to protect yet
    workspace.people.add(profile_from_dict({"name": "Ada", "weekly_hours": 3}))
    assert workspace.auto_backup() is not None
    assert workspace.auto_backup() is None
    for _ in range(4):
        workspace.back_up()
    workspace.set_backups_keep(2)
    assert len(Backups(workspace.path).all()) == 2
    assert workspace.coach.setting("backups_keep") == "2"
