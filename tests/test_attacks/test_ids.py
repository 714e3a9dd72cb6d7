"""Item 6: people have a stable uuid; integer ids are never reused; purges go by uuid."""

from __future__ import annotations

import json
import sqlite3

from planner.storage.migrations import legacy_uuid
from tests.test_attacks.conftest import PERSONAS


def _names_in(backup) -> list[str]:
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM people ORDER BY id")]
    finally:
        conn.close()


def test_restore_does_not_hand_out_an_id_again(two_people, tmp_path):
    cli = two_people
    cli("backup", "-o", tmp_path / "one.db")  # people 1 and 2
    cli("people", "add", PERSONAS / "service-manager.json")  # id 3: only in later data
    code, out, err = cli("restore", tmp_path / "one.db")
    assert code == 0, err
    safety = out.rsplit(" ", 1)[-1].strip()
    assert "Sam Service" in " ".join(_names_in(safety)) or len(_names_in(safety)) == 3
    code, out, _ = cli("people", "add", PERSONAS / "network-engineer.json")
    assert out.strip() == "4"  # never 3: person 3 still exists in the before-restore backup
    assert cli("people", "delete", "4", "--yes")[0] == 0
    assert len(_names_in(safety)) == 3  # the old person 3 was not purged from their only copy


def test_delete_purges_by_uuid_not_by_a_reused_id(two_people, tmp_path):
    """Even a backup holding another person under the same integer id keeps that person."""
    cli = two_people
    backups = cli.db.parent / "backups"
    cli("backup")
    [backup] = list(backups.glob("planner-*-manual.db"))
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE people SET uuid = 'someone-else', name = 'Other Person' WHERE id = 2")
    conn.commit()
    conn.close()
    assert cli("people", "delete", "2", "--yes")[0] == 0
    assert "Other Person" in _names_in(backup)


def test_bundles_and_calendars_carry_the_person_uuid(two_people, tmp_path):
    cli = two_people
    conn = sqlite3.connect(cli.db)
    person_uuid = conn.execute("SELECT uuid FROM people WHERE id = 1").fetchone()[0]
    conn.close()
    assert cli("bundle", "export", "--person", "1", "-o", tmp_path / "b.json")[0] == 0
    data = json.loads((tmp_path / "b.json").read_text())
    assert person_uuid in json.dumps(data)
    cli("plan", "--person", "1")

    def calendar_uids() -> set[str]:
        assert cli("ics", "--person", "1", "-o", tmp_path / "p.ics")[0] == 0
        lines = (tmp_path / "p.ics").read_text().splitlines()
        return {line for line in lines if line.startswith("UID:")}

    first = calendar_uids()
    conn = sqlite3.connect(cli.db)
    conn.execute("UPDATE people SET name = 'Renamed', region = 'Elsewhere' WHERE id = 1")
    conn.commit()
    assert calendar_uids() == first  # the uuid, not name and region, keys the events
    conn.execute("UPDATE people SET uuid = 'another' WHERE id = 1")
    conn.commit()
    conn.close()
    assert calendar_uids().isdisjoint(first)


def test_bundle_import_matches_by_uuid_even_after_a_rename(two_people, tmp_path):
    cli = two_people
    cli("bundle", "export", "--person", "1", "-o", tmp_path / "b.json")
    data = json.loads((tmp_path / "b.json").read_text())
    data["person"]["profile"]["name"] = "Renamed Elsewhere"
    (tmp_path / "b.json").write_text(json.dumps(data))
    code, out, err = cli("bundle", "import", tmp_path / "b.json")
    assert code == 0, err
    assert "person 1" in out
    assert cli("people", "list", "--format", "json")[1].count('"id"') == 2


def test_legacy_uuid_is_stable():
    assert legacy_uuid(3, "2026-01-01T00:00:00+00:00") == legacy_uuid(
        3, "2026-01-01T00:00:00+00:00"
    )
    assert legacy_uuid(3, "2026-01-01T00:00:00+00:00") != legacy_uuid(
        3, "2026-01-02T00:00:00+00:00"
    )
