"""Item 5: a -wal file from another database is never replayed over the planner's data."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from planner.storage.database import open_store
from planner.storage.people import PeopleRepository
from tests.test_attacks.conftest import PERSONAS, sha256


def _foreign_wal(tmp_path: Path, source_db: Path) -> bytes:
    """The WAL of another planner database, with frames for pages the planner's file has."""
    other = tmp_path / "other.db"
    shutil.copy(source_db, other)
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE people SET name = 'Mallory', current_role = 'intruder'")
    conn.execute("DELETE FROM notes")
    data = Path(f"{other}-wal").read_bytes()
    conn.close()
    return data


def test_wal_from_another_database_is_set_aside_not_replayed(two_people, tmp_path):
    cli = two_people
    cli("notes", "add", "1", "only copy of this note")
    before = sha256(cli.db)
    wal = Path(f"{cli.db}-wal")
    wal.write_bytes(_foreign_wal(tmp_path, cli.db))
    code, out, err = cli("people", "list", "--format", "json")
    assert code == 0, err
    assert "Mallory" not in out and "Dev Oper" in out
    assert sha256(cli.db) == before
    kept = list(cli.db.parent.glob("planner.db-wal.set-aside-*"))
    assert len(kept) == 1 and kept[0].stat().st_mode & 0o777 == 0o600  # nothing lost
    assert "only copy of this note" in cli("notes", "list", "1")[1]


def test_wal_with_another_page_size_is_set_aside(two_people, tmp_path):
    cli = two_people
    other = tmp_path / "small.db"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE people (name)")
    conn.execute("INSERT INTO people VALUES ('Mallory')")
    Path(f"{cli.db}-wal").write_bytes(Path(f"{other}-wal").read_bytes())
    conn.close()
    code, out, _ = cli("people", "list")
    assert code == 0 and "Mallory" not in out and "Dev Oper" in out


def test_wal_of_a_killed_planner_is_still_replayed(tmp_path):
    """The planner's own WAL (with the -shm index the killed connection left) is recovered."""
    import subprocess
    import sys

    db = tmp_path / "planner.db"
    with open_store(db) as store:
        PeopleRepository(store)  # schema made, file closed cleanly
    script = (
        "import os, sys\n"
        "from planner.domain.profile import Profile\n"
        "from planner.storage.database import open_store\n"
        "from planner.storage.people import PeopleRepository\n"
        "store = open_store(sys.argv[1])\n"
        "store.conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "PeopleRepository(store).add(Profile(name='Saved Before Kill', weekly_hours=5))\n"
        "os._exit(9)\n"
    )
    root = Path(__file__).parents[2]
    subprocess.run([sys.executable, "-c", script, str(db)], cwd=root, check=False)
    assert Path(f"{db}-wal").stat().st_size > 0
    with open_store(db) as store:
        assert [p.name for p in PeopleRepository(store).list()] == ["Saved Before Kill"]
    assert not list(tmp_path.glob("*.set-aside-*"))


def test_people_add_after_a_stray_wal_keeps_everyone(two_people, tmp_path):
    cli = two_people
    Path(f"{cli.db}-wal").write_bytes(_foreign_wal(tmp_path, cli.db))
    assert cli("people", "add", PERSONAS / "service-manager.json")[0] == 0
    names = cli("people", "list")[1]
    assert "Dev Oper" in names and "Hal Helpdesk" in names and "Mallory" not in names


def test_erasing_a_person_also_discards_set_aside_wals(two_people, tmp_path):
    """A set-aside WAL cannot be purged row by row and may hold the person: it goes too."""
    cli = two_people
    Path(f"{cli.db}-wal").write_bytes(_foreign_wal(tmp_path, cli.db))
    assert cli("people", "list")[0] == 0
    assert list(cli.db.parent.glob("planner.db-wal.set-aside-*"))
    code, _, err = cli("people", "delete", "1", "--yes")
    assert code == 0, err
    assert not list(cli.db.parent.glob("planner.db-wal.set-aside-*"))
