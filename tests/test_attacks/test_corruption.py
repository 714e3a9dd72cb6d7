"""Item 7: a database with a damaged page is refused (exit 2, nothing written), never used."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_attacks.conftest import PERSONAS, sha256


def damage_middle_page(db: Path) -> None:
    """Overwrite one page in the middle of the file with junk (the header stays valid)."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    pages = len(data) // page
    middle = pages // 2
    data[middle * page : (middle + 1) * page] = bytes([0xA5]) * page
    db.write_bytes(bytes(data))


@pytest.fixture
def damaged(two_people):
    cli = two_people
    for n in range(30):
        cli("notes", "add", "1", f"session {n} " + "words " * 40)
    cli("plan", "--person", "1")
    cli("backup")
    damage_middle_page(cli.db)
    return cli


@pytest.mark.parametrize(
    "args",
    [
        ("people", "list"),
        ("notes", "add", "1", "one more"),
        ("plan", "--person", "1"),
        ("people", "show", "2"),
        ("people", "add", str(PERSONAS / "network-engineer.json")),
        ("replan", "1"),
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_damaged_database_is_refused_and_not_written(damaged, args):
    before = sha256(damaged.db)
    code, out, err = damaged(*args)
    assert code == 2, (out, err)
    assert "damaged" in err and "restore" in err and "backups/planner-" in err, err
    assert len(err.strip().splitlines()) == 1 and "internal error" not in err
    assert sha256(damaged.db) == before


def test_a_database_remembered_as_sound_is_refused_once_damaged(two_people):
    """The CLI skips reading every page of a file it found sound and nobody changed since
    (storage/page_record.py); damage done afterwards is still found."""
    from planner.paths import page_record
    from planner.storage.page_record import PageRecord

    cli = two_people
    assert cli("people", "list")[0] == 0
    assert PageRecord(page_record()).checked(cli.db)
    damage_middle_page(cli.db)
    code, _, err = cli("people", "list")
    assert code == 2 and "damaged" in err


def test_damage_found_mid_command_is_a_sentence(two_people, monkeypatch):
    """An SQLITE_CORRUPT raised after the open check is still exit 2 naming restore."""
    from planner.storage.people import PeopleRepository

    def corrupt(*_args, **_kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(PeopleRepository, "list", corrupt)
    code, _, err = two_people("people", "list")
    assert code == 2 and "damaged" in err and "restore" in err


def test_a_file_that_is_not_a_database_is_refused(cli, tmp_path):
    cli.db.parent.mkdir(parents=True)
    cli.db.write_bytes(b"SQLite format 3\x00" + bytes([0xFF]) * 4080)
    before = sha256(cli.db)
    code, _, err = cli("people", "list")
    assert code == 2 and "internal error" not in err
    assert sha256(cli.db) == before


def _python(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """`python *args` from the checkout, offscreen, with its log and settings in tmp_path."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CAREER_PLANNER_LOG_DIR=str(tmp_path))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return subprocess.run(
        [sys.executable, *args],
        cwd=Path(__file__).parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _smoke(db: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    return _python(tmp_path, "-m", "planner", "--db", str(db), "gui", "--smoke-test")


def test_gui_smoke_test_exits_2_on_a_damaged_database(damaged, tmp_path):
    before = sha256(damaged.db)
    result = _smoke(damaged.db, tmp_path)
    assert result.returncode == 2, result.stderr
    assert "damaged" in result.stderr
    assert sha256(damaged.db) == before


def test_gui_smoke_test_exits_2_on_a_foreign_database(tmp_path):
    db = tmp_path / "recipes.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = sha256(db)
    result = _smoke(db, tmp_path)
    assert result.returncode == 2, result.stderr
    assert "another program" in result.stderr
    assert sha256(db) == before


def test_gui_recovery_dialog_opens_for_a_damaged_file(damaged, monkeypatch, catalog):
    from planner.gui import application

    asked = []

    def ask(parent, problem, has_backup):
        asked.append((problem, has_backup))
        return "cancel"

    monkeypatch.setattr(application, "ask_recovery", ask)
    assert application.open_with_recovery(damaged.db, catalog) is None
    [(problem, has_backup)] = asked
    assert "damaged" in problem and has_backup


def test_damage_read_while_opening_is_refused_with_the_backup_to_restore(tmp_path, monkeypatch):
    """Opening reads some pages before the page check does (the dashboard's catch-up, the tag
    counts); a damaged one is the same refusal naming restore, not an internal error, and the
    desktop app's smoke test exits 2 instead of waiting on an error dialog."""
    from datetime import date

    from planner.catalog import load_catalog
    from planner.domain.errors import DatabaseRefused
    from planner.services import dashboard
    from planner.services.workspace import open_workspace

    path = tmp_path / "planner.db"
    catalog = load_catalog()
    open_workspace(path, catalog, date.today).close()

    def malformed(self):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(dashboard.Dashboard, "catch_up", malformed)
    with pytest.raises(DatabaseRefused, match="damaged"):
        open_workspace(path, catalog, date.today)


def test_gui_smoke_test_says_why_it_could_not_start_instead_of_waiting_on_a_dialog(tmp_path):
    # Anything but a refused file (here the catalog cannot be read) showed a dialog, which
    # no one closes in a smoke test: the run waited for ever.
    script = (
        "import sys, planner.catalog as catalog\n"
        "def broken(**_):\n"
        "    raise OSError('the resources folder is missing')\n"
        "catalog.load_catalog = broken\n"
        "from planner.cli import main\n"
        "sys.exit(main(['--db', sys.argv[1], 'gui', '--smoke-test']))\n"
    )
    result = _python(tmp_path, "-c", script, str(tmp_path / "people.db"))
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("career-planner:")]
    assert len(lines) == 1, result.stderr
    assert "could not open its data" in lines[0]
    assert "the resources folder is missing" in lines[0]
    assert "Traceback" not in result.stderr
