"""A calendar kept current: rewritten after each re-plan, stopped on request, erased with the
person, and a failed rewrite never undoes the plan."""

from __future__ import annotations

from planner.cli import main
from planner.storage.person_keys import person_setting_key
from tests.export.conftest import DEMO


def run(db, *argv):
    return main(["--db", str(db), *argv])


def test_kept_calendar_follows_replans_and_stops(tmp_path, capsys):
    db, ics = tmp_path / "k.db", tmp_path / "plan.ics"
    assert run(db, "people", "add", str(DEMO)) == 0
    assert run(db, "ics", "--person", "1", "-o", str(ics), "--keep-current") == 0
    first = ics.read_bytes()
    assert run(db, "replan", "1", "--start", "2027-06-07") == 0
    assert ics.read_bytes() != first  # rewritten with the new dates
    assert "calendar" in capsys.readouterr().err
    assert run(db, "ics", "--person", "1", "--stop-keeping") == 0
    later = ics.read_bytes()
    assert run(db, "replan", "1", "--start", "2027-09-06") == 0
    assert ics.read_bytes() == later


def test_a_failed_rewrite_warns_and_keeps_the_plan(tmp_path, capsys):
    db, folder = tmp_path / "k.db", tmp_path / "gone"
    folder.mkdir()
    assert run(db, "people", "add", str(DEMO)) == 0
    assert run(db, "ics", "--person", "1", "-o", str(folder / "p.ics"), "--keep-current") == 0
    (folder / "p.ics").unlink()
    folder.rmdir()
    capsys.readouterr()
    assert run(db, "replan", "1", "--start", "2027-06-07") == 0
    assert "could not be updated" in capsys.readouterr().err
    assert run(db, "plans", "list", "--person", "1") == 0
    assert "re-plan" in capsys.readouterr().out


def test_erasing_the_person_erases_their_calendar_setting(tmp_path, catalog):
    from datetime import date

    from planner.services.workspace import open_workspace

    db = tmp_path / "k.db"
    assert run(db, "people", "add", str(DEMO)) == 0
    assert run(db, "ics", "--person", "1", "-o", str(tmp_path / "p.ics"), "--keep-current") == 0
    with open_workspace(db, catalog, date.today) as ws:
        key = person_setting_key(ws.people.uuid(1), "calendar")
        assert ws.coach.setting(key)
    assert run(db, "backup") == 0
    backups = list((tmp_path / "backups").glob("*.db"))
    assert any(key.encode() in b.read_bytes() for b in backups)
    assert run(db, "people", "delete", "1", "--yes") == 0
    with open_workspace(db, catalog, date.today) as ws:
        assert ws.coach.setting(key) is None
    for backup in (tmp_path / "backups").glob("*.db"):
        assert key.encode() not in backup.read_bytes()


def test_keeping_needs_a_person_and_a_real_file(tmp_path, capsys):
    assert (
        run(tmp_path / "k.db", "ics", str(DEMO), "-o", str(tmp_path / "x.ics"), "--keep-current")
        == 2
    )
    assert run(tmp_path / "k.db", "people", "add", str(DEMO)) == 0
    assert run(tmp_path / "k.db", "ics", "--person", "1", "-o", "-", "--keep-current") == 2
    assert run(tmp_path / "k.db", "ics", "--person", "1") == 2
    assert capsys.readouterr().err.count("career-planner:") == 3
