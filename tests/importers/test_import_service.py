"""Detecting the source, and saving a reviewed import in one transaction (or not at all)."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from planner.domain.errors import InvalidInput
from planner.services.imports import (
    JSON_RESUME,
    LINKEDIN_FOLDER,
    LINKEDIN_ZIP,
    ImportService,
    detect,
)
from planner.services.workspace import open_workspace

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"
TODAY = date(2027, 3, 1)


@pytest.fixture
def workspace(tmp_path, catalog):
    ws = open_workspace(tmp_path / "planner.db", catalog, lambda: TODAY)
    yield ws
    ws.close()


def test_detect_the_kind_of_source(tmp_path):
    assert detect(DATA / "sysadmin.resume.json") == JSON_RESUME
    assert detect(DATA / "linkedin-current") == LINKEDIN_FOLDER
    archive = tmp_path / "export"  # no suffix: recognised by its first bytes
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("Profile.csv", "First Name\nA\n")
    assert detect(archive) == LINKEDIN_ZIP
    braces = tmp_path / "resume.txt"
    braces.write_text('{"basics": {}}', encoding="utf-8")
    assert detect(braces) == JSON_RESUME
    with pytest.raises(InvalidInput, match="no such file or folder"):
        detect(tmp_path / "missing.json")
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    with pytest.raises(InvalidInput, match="neither a JSON Resume"):
        detect(other)


def test_commit_saves_the_reviewed_person(workspace):
    service = ImportService(workspace)
    preview = service.preview(DATA / "sysadmin.resume.json")
    preview.name, preview.weekly_hours = "Morgan V.", 7
    preview.skills[0].level = 4  # "Windows Server" raised in the review
    person_id = service.commit(preview, ["imported"])
    saved = workspace.people.get(person_id)
    assert saved.name == "Morgan V." and saved.weekly_hours == 7
    assert saved.pm_experience_months == 61 and saved.current_role == "Infrastructure Team Lead"
    assert dict((s.name, s.level) for s in saved.skills)["Servers and operating systems"] == 4
    assert workspace.people.tags(person_id) == ["imported"]
    assert workspace.journal.ledger(person_id) == []  # months are in the profile


def test_ledger_option_records_dated_projects_instead_of_a_number(workspace):
    service = ImportService(workspace)
    preview = service.preview(DATA / "mixed-language.resume.json")
    preview.record_in_ledger = True
    person_id = service.commit(preview)
    assert workspace.people.get(person_id).pm_experience_months == 0  # no double count
    ledger = workspace.journal.ledger(person_id)
    assert [(e.project, e.started, e.finished) for e in ledger] == [
        (
            "Systemadministratorin at Beispiel GmbH (fiktiv)",
            date(2015, 4, 1),
            date(2020, 12, 1),
        ),
        (
            "Jefa de proyectos de infraestructura at Logística Ebro S.L. (ficticia)",
            date(2021, 1, 1),
            None,
        ),
    ]
    assert "Leitete die Einführung" in ledger[0].note
    # the ledger now counts what the estimate said, in PMI's 8-year window
    assert workspace.planning.ledger_months(person_id, TODAY) == preview.estimated_months


def test_a_failure_midway_leaves_nothing_behind(workspace, monkeypatch):
    service = ImportService(workspace)
    preview = service.preview(DATA / "mixed-language.resume.json")
    preview.record_in_ledger = True

    def broken(*args, **kwargs):
        raise InvalidInput("disk said no")

    monkeypatch.setattr(workspace.journal, "add_project", broken)
    with pytest.raises(InvalidInput, match="disk said no"):
        service.commit(preview)
    assert workspace.people.count() == 0


def test_an_edit_that_breaks_the_profile_is_refused_before_writing(workspace):
    service = ImportService(workspace)
    preview = service.preview(DATA / "sysadmin.resume.json")
    preview.weekly_hours = 0
    with pytest.raises(InvalidInput, match=r"weekly_hours must be at least 0\.5"):
        service.commit(preview)
    preview.weekly_hours, preview.name = 5, "  "
    with pytest.raises(InvalidInput, match=r"sysadmin\.resume\.json: the imported profile"):
        service.commit(preview)
    assert workspace.people.count() == 0


def test_previewing_writes_nothing(workspace):
    service = ImportService(workspace)
    for source in ("sysadmin.resume.json", "linkedin-current", "linkedin-partial"):
        service.preview(DATA / source)
    assert workspace.people.count() == 0
