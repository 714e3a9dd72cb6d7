"""A person exported as a JSON Resume: valid against the schema, and it imports back the same."""

from __future__ import annotations

import json
from datetime import date

import jsonschema

from planner.catalog import load_catalog
from planner.cli import main
from planner.export.json_resume import resume_dict
from planner.importers.json_resume import preview_json_resume
from planner.resources import resources_dir
from tests.export.conftest import DEMO, demo_profile

SCHEMA = resources_dir() / "schemas" / "jsonresume.schema.json"


def test_the_resume_is_valid_json_resume():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    resume = resume_dict(
        demo_profile(), load_catalog(), [("Data centre move", "2024-01-01", None, "Lead")]
    )
    jsonschema.validate(resume, schema)
    assert resume["projects"][0] == {
        "name": "Data centre move",
        "startDate": "2024-01-01",
        "roles": ["Lead"],
    }


def test_it_imports_back_as_the_same_person(tmp_path):
    catalog = load_catalog()
    profile = demo_profile()
    target = tmp_path / "resume.json"
    target.write_text(json.dumps(resume_dict(profile, catalog)), encoding="utf-8")
    back = preview_json_resume(target, catalog, date(2027, 1, 4)).profile()
    assert back.name == profile.name and back.current_role == profile.current_role
    assert back.region == profile.region and back.education == profile.education
    assert {(c.name, c.earned) for c in back.credentials} == {
        (c.name, c.earned) for c in profile.credentials
    }
    assert sorted(s.level for s in back.skills) == sorted(s.level for s in profile.skills)


def test_cli_writes_the_stored_person(tmp_path, capsys):
    db = tmp_path / "p.db"
    assert main(["--db", str(db), "people", "add", str(DEMO)]) == 0
    assert main(["--db", str(db), "resume", "--person", "1", "-o", str(tmp_path / "r.json")]) == 0
    written = tmp_path / "r.json"
    assert json.loads(written.read_text(encoding="utf-8"))["basics"]["name"] == "Dana Example"
    assert written.stat().st_mode & 0o777 == 0o600
    assert main(["--db", str(db), "resume", "--person", "9", "-o", str(written)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
