"""Item 15: LinkedIn quotes, control characters, blank names, empty files, read-only opens,
one-line integrity output."""

from __future__ import annotations

import json
import sqlite3

from planner.storage.migrations import SCHEMA_VERSION
from tests.test_attacks.conftest import PERSONAS, sha256

POSITIONS = (
    "Company Name,Title,Description,Location,Started On,Finished On\n"
    'Acme,"Project Manager,led the migration,Oslo,Jan 2020,\n'
    "Beta,Sysadmin,kept servers up,Oslo,Jan 2018,Dec 2019\n"
)


def test_linkedin_unclosed_quote_is_reported(cli, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Profile.csv").write_text("First Name,Last Name,Headline\nLin,Ked,Admin\n")
    (folder / "Positions.csv").write_text(POSITIONS)
    code, out, err = cli("import", folder, "--dry-run")
    assert code == 0, err
    assert "never closed" in out and "Positions.csv" in out


def _named(tmp_path, name):
    data = json.loads((PERSONAS / "developer.json").read_text())
    data["name"] = name
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data))
    return path


def test_control_characters_are_shown_escaped_in_the_terminal_and_calendar(cli, tmp_path):
    nasty = "Eve\x1b[2J\u202eevil\x00"
    assert cli("people", "add", _named(tmp_path, nasty))[0] == 0
    code, out, _ = cli("people", "list")
    assert code == 0 and "\x1b" not in out and "\u202e" not in out and "\x00" not in out
    assert "\\u001b" in out and "\\u202e" in out
    cli("plan", "--person", "1")
    assert cli("ics", "--person", "1", "-o", tmp_path / "p.ics")[0] == 0
    text = (tmp_path / "p.ics").read_text()
    assert "\x1b" not in text and "\u202e" not in text and "\ufffd" in text


def test_whitespace_only_name_is_refused(cli, tmp_path):
    code, _, err = cli("people", "add", _named(tmp_path, " \t  "))
    assert code == 2 and "name is blank" in err


def test_empty_database_file_is_not_silently_set_up(cli):
    cli.db.parent.mkdir(parents=True)
    cli.db.write_bytes(b"")
    code, _, err = cli("people", "list")
    assert code == 2 and "empty file (0 bytes)" in err
    assert cli.db.stat().st_size == 0


def test_gui_asks_before_setting_up_an_empty_file(cli, monkeypatch, catalog):
    from planner.gui import application

    cli.db.parent.mkdir(parents=True)
    cli.db.write_bytes(b"")
    monkeypatch.setattr(application, "ask_set_up_empty", lambda parent, path: False)
    assert application.open_with_recovery(cli.db, catalog) is None
    assert cli.db.stat().st_size == 0
    monkeypatch.setattr(application, "ask_set_up_empty", lambda parent, path: True)
    workspace = application.open_with_recovery(cli.db, catalog)
    assert workspace is not None
    workspace.close()


def test_newer_or_foreign_database_is_left_byte_for_byte_untouched(cli, tmp_path):
    cli.db.parent.mkdir(parents=True)
    conn = sqlite3.connect(cli.db)
    conn.execute("CREATE TABLE people (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = sha256(cli.db)
    code, _, err = cli("people", "list")
    assert code == 2 and "newer version" in err and "untouched" in err
    assert sha256(cli.db) == before
    other = tmp_path / "recipes.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = sha256(other)
    code, _, err = cli("--db", other, "people", "list")
    assert code == 2 and "another program" in err
    assert sha256(other) == before


def test_restore_integrity_message_is_one_line(two_people, tmp_path):
    from tests.test_attacks.test_corruption import damage_middle_page

    cli = two_people
    for n in range(20):
        cli("notes", "add", "1", f"note {n} " + "text " * 50)
    cli("backup", "-o", tmp_path / "b.db")
    damage_middle_page(tmp_path / "b.db")
    code, _, err = cli("restore", tmp_path / "b.db")
    assert code == 2 and len(err.strip().splitlines()) == 1, err
