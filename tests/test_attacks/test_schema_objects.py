"""Item 4: restored or opened files may carry only the planner's own schema objects."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from tests.test_attacks.conftest import PERSONAS, sha256

TRIGGER = (
    "CREATE TRIGGER wipe AFTER INSERT ON notes BEGIN "
    "DELETE FROM people WHERE id <> NEW.person_id; END"
)


def _crafted(cli, tmp_path, statement: str):
    """A copy of the planner's database with one extra schema object."""
    cli("backup", "-o", tmp_path / "clean.db")
    crafted = tmp_path / "crafted.db"
    shutil.copy(tmp_path / "clean.db", crafted)
    conn = sqlite3.connect(crafted)
    conn.execute(statement)
    conn.commit()
    conn.close()
    return crafted


@pytest.mark.parametrize(
    "statement",
    [
        TRIGGER,
        "CREATE VIEW everyone AS SELECT name FROM people",
        "CREATE TABLE stash (x)",
        "CREATE INDEX odd ON people(lower(name))",
    ],
    ids=["trigger", "view", "table", "index"],
)
def test_restore_refuses_extra_schema_objects(two_people, tmp_path, statement):
    cli = two_people
    crafted = _crafted(cli, tmp_path, statement)
    before = sha256(cli.db)
    code, _, err = cli("restore", crafted)
    assert code == 2, err
    assert "did not make" in err and "nothing was restored" in err
    assert len(err.strip().splitlines()) == 1
    assert sha256(cli.db) == before
    assert cli("notes", "add", "1", "session")[0] == 0
    assert cli("people", "show", "2")[0] == 0  # nobody was deleted by a trigger


def test_open_refuses_a_database_with_a_trigger_and_leaves_it_untouched(two_people, tmp_path):
    cli = two_people
    conn = sqlite3.connect(cli.db)
    conn.execute(TRIGGER)
    conn.commit()
    conn.close()
    before = sha256(cli.db)
    for args in (("notes", "add", "1", "hi"), ("people", "list"), ("bundle", "import", "x")):
        code, _, err = cli(*args)
        assert code == 2 and ("did not make" in err or "no such file" in err), err
    code, _, err = cli("bundle", "import", PERSONAS / "developer.json")
    assert code == 2
    assert sha256(cli.db) == before


def test_a_changed_table_definition_is_refused(two_people, tmp_path):
    cli = two_people
    crafted = _crafted(cli, tmp_path, "ALTER TABLE people ADD COLUMN extra TEXT")
    code, _, err = cli("restore", crafted)
    assert code == 2 and "did not make" in err
