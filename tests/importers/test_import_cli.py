"""`career-planner import`: a summary then the new id; --dry-run saves nothing; bad files: 2."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from planner.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"


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


def test_import_json_resume_prints_the_id_last_and_people_show_has_the_fields(cli):
    code, out, err = cli("import", str(DATA / "sysadmin.resume.json"), "--tag", "cohort-2")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[-1] == "1"
    assert lines[0] == "sysadmin.resume.json (JSON Resume) will create a new person:"
    assert "  Name: Morgan Vale" in lines and any("Led the migration" in x for x in lines)
    code, out, _ = cli("people", "show", "1", "--format", "json")
    shown = json.loads(out)
    profile = shown["profile"]
    assert profile["name"] == "Morgan Vale"
    assert profile["current_role"] == "Infrastructure Team Lead"
    assert profile["education"] == "bachelor" and profile["region"] == "Dayton, OH"
    assert profile["weekly_hours"] == 5 and profile["pm_experience_months"] > 0
    assert {"name": "Networking", "level": 2} in profile["skills"]
    assert {"name": "Cisco Certified Network Associate (CCNA)", "earned": "2018-04-12"} in (
        profile["credentials"]
    )
    assert shown["tags"] == ["cohort-2"]
    code, out, _ = cli("people", "show", "1")
    assert "Morgan Vale (id 1)" in out and "Role: Infrastructure Team Lead" in out


def test_import_linkedin_zip(cli, tmp_path):
    archive = tmp_path / "Basic_LinkedInDataExport.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for path in (DATA / "linkedin-current").iterdir():
            z.write(path, f"export/{path.name}")
    code, out, _ = cli("import", str(archive))
    assert code == 0 and out.splitlines()[-1] == "1"
    shown = json.loads(cli("people", "show", "1", "--format", "json")[1])["profile"]
    assert shown["name"] == "Priya Raman" and shown["region"].startswith("Leeds")


def test_dry_run_prints_the_summary_and_creates_nothing(cli):
    code, out, _ = cli("import", str(DATA / "linkedin-older"), "--dry-run")
    assert code == 0 and "Daniel Kowalski" in out
    assert out.splitlines()[-1] == "Dry run: nothing was saved."
    assert not cli.db.exists()  # the database was not even opened


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b'{"name": "Dana", "weekly_hours": 8}', "is a planner profile, not a JSON Resume"),
        (b'{"work": [{"startDate": "2020-13"}]}', "'2020-13' is not a real date"),
        (b"\x00\x01garbage", "is a binary file"),
    ],
)
def test_bad_files_exit_2_with_one_line_and_no_person(cli, tmp_path, content, message):
    path = tmp_path / "resume.json"
    path.write_bytes(content)
    code, out, err = cli("import", str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err and str(path) in err
    assert cli("people", "list", "--format", "json")[1].strip() == "[]"


def test_a_missing_source_exits_2(cli, tmp_path):
    code, _, err = cli("import", str(tmp_path / "nope.zip"))
    assert code == 2 and "no such file or folder" in err
