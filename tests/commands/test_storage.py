"""The database verbs of the command line: people, plan --person, progress, replan, backups."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli import main

PERSONAS = Path(__file__).parents[1] / "data" / "personas"


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    db = tmp_path / "db" / "planner.db"
    monkeypatch.setenv("CAREER_PLANNER_DB", str(db))

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    run.db = db
    return run


def test_people_add_list_show_delete(cli):
    code, out, _ = cli("people", "add", str(PERSONAS / "developer.json"), "--tag", "cohort-1")
    assert code == 0 and out.strip() == "1"
    assert cli("people", "add", str(PERSONAS / "helpdesk.json"))[1].strip() == "2"
    code, out, _ = cli("people", "list", "--format", "json")
    people = json.loads(out)
    assert [p["name"] for p in people] == ["Dev Oper", "Hal Helpdesk"]
    assert people[0]["tags"] == ["cohort-1"]
    assert (
        json.loads(cli("people", "list", "--search", "helpdesk", "--format", "json")[1])[0]["id"]
        == 2
    )
    code, out, _ = cli("people", "show", "1")
    assert code == 0 and "Dev Oper (id 1)" in out and "cohort-1" in out
    code, out, _ = cli("people", "delete", "2", "--yes")
    assert code == 0 and "Deleted Hal Helpdesk" in out
    code, _, err = cli("people", "show", "2")
    assert code == 2 and "no person with id 2" in err


def test_plan_progress_replan_round(cli):
    cli("people", "add", str(PERSONAS / "service-manager.json"))
    code, out, _ = cli("plan", "--person", "1", "--format", "json")
    first = json.loads(out)
    assert code == 0 and first["start"] == "2027-01-04"
    code, out, _ = cli("progress", "1", "choose-niche", "done", "--on", "2026-11-20")
    assert code == 0 and out.strip() == "choose-niche: done (2026-11-20)"
    code, out, _ = cli("replan", "1", "--format", "json")
    plan = json.loads(out)
    done = next(s for s in plan["steps"] if s["id"] == "choose-niche")
    assert done["status"] == "done" and done["end"] == "2026-11-20"
    show = json.loads(cli("people", "show", "1", "--format", "json")[1])
    assert len(show["plans"]) == 2 and show["progress"]["choose-niche"]["status"] == "done"


def test_notes_and_experience(cli):
    cli("people", "add", str(PERSONAS / "helpdesk.json"))
    assert (
        cli("notes", "add", "1", "Discussed", "the", "firewall", "project", "--on", "2026-10-01")[0]
        == 0
    )
    code, out, _ = cli("notes", "list", "1", "--search", "firew")
    assert code == 0 and "Discussed the firewall project" in out
    code, out, _ = cli(
        "experience", "add", "1", "Switch", "refresh", "--from", "2026-01-01", "--to", "2026-06-30"
    )
    assert code == 0
    code, out, _ = cli("experience", "list", "1")
    assert "Switch refresh" in out and "last 8 years): 6" in out


def test_backup_and_restore(cli, tmp_path):
    cli("people", "add", str(PERSONAS / "developer.json"))
    target = tmp_path / "copy.db"
    code, out, _ = cli("backup", "-o", str(target))
    assert code == 0 and Path(out.strip()) == target and target.stat().st_mode & 0o777 == 0o600
    cli("people", "add", str(PERSONAS / "helpdesk.json"))
    code, out, _ = cli("restore", str(target))
    assert code == 0 and "kept as" in out
    names = [p["name"] for p in json.loads(cli("people", "list", "--format", "json")[1])]
    assert names == ["Dev Oper"]
    code, out, _ = cli("backup", "--keep", "3")
    assert code == 0 and "manual" in out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["people", "show", "abc"], "a person id is a whole number"),
        (["people", "show", "7"], "no person with id 7"),
        (["progress", "1", "cisco-ccna", "finished"], "invalid choice"),
        (["progress", "7", "cisco-ccna", "done"], "no person with id 7"),
        (["replan", "0"], "a person id is a whole number"),
        (["restore", "/no/such.db"], "no such file"),
        (["people", "add", "/no/such.json"], "no such file"),
        (["backup", "--keep", "0"], "--keep must be at least 1"),
    ],
)
def test_storage_errors_are_one_line_exit_2(cli, args, expected):
    code, _, err = cli(*args)
    assert code == 2 and err.count("\n") == 1 and expected in err, err


def test_bad_database_file_is_refused_and_kept(cli):
    cli.db.parent.mkdir(parents=True)
    cli.db.write_bytes(b"my thesis, not a database" * 100)
    code, _, err = cli("people", "list")
    assert code == 2 and "not an SQLite file" in err
    assert cli.db.read_bytes() == b"my thesis, not a database" * 100


def test_db_flag_beats_environment(cli, tmp_path):
    other = tmp_path / "other.db"
    cli("--db", str(other), "people", "add", str(PERSONAS / "developer.json"))
    assert other.exists() and not cli.db.exists()
