"""File menu exports (calendar, CSV, person bundle) and the bundle import, with dialogs patched."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.gui import data_exports
from planner.gui.application import build_window
from tests.gui.conftest import drain_pool, persona_profile


@pytest.fixture
def window(qtbot, session, settings, catalog):
    win = build_window(session.workspace, catalog, settings)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win
    drain_pool()


REAL_ASK = data_exports.ask_calendar_options


@pytest.fixture(autouse=True)
def calendar_options(monkeypatch) -> list:
    """Answer the calendar question: write once, with study reminders (tests may change it)."""
    answer = [(False, True)]
    monkeypatch.setattr(data_exports, "ask_calendar_options", lambda parent, target: answer[0])
    return answer


@pytest.fixture
def person(window) -> int:
    person_id = window.session.add_person(persona_profile("service-manager"), ["cohort-1"])
    window.session.select(person_id)
    return person_id


@pytest.fixture
def errors(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        data_exports, "show_error", lambda parent, title, exc: shown.append((title, str(exc)))
    )
    return shown


def save_as(monkeypatch, path: Path | None) -> list[str]:
    """Answer the next save dialogs with path (None: cancel); returns the suggested names."""
    asked: list[str] = []

    def answer(parent, title, suggested, filters):
        asked.append(suggested)
        return (str(path) if path else "", filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def open_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(path), "Person bundles"))
    )


def answer_question(monkeypatch, answer) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_actions_sit_in_the_file_menu_and_follow_the_person(window):
    controller = window.data_exports
    menu = window.file_menu.actions()
    anchor = menu.index(window.output_anchor)
    texts = [a.text().replace("&", "") for a in menu[:anchor]]
    for text in (
        "Export calendar (.ics)…",
        "Export progress (CSV)…",
        "Export person bundle…",
        "Import person bundle…",
    ):
        assert text in texts
    for action in [*controller.person_actions, controller.bundle_import_action]:
        assert action.statusTip() and "&" in action.text()
    assert not controller.calendar_action.isEnabled()  # no person yet
    assert controller.bundle_import_action.isEnabled()
    window.session.select(window.session.add_person(persona_profile("helpdesk")))
    assert all(a.isEnabled() for a in controller.person_actions)


def test_export_calendar_writes_a_private_ics_and_says_so(window, person, monkeypatch, tmp_path):
    asked = save_as(monkeypatch, tmp_path / "sam")  # no extension typed: .ics is added
    window.data_exports.calendar_action.trigger()
    target = tmp_path / "sam.ics"
    assert asked[0].endswith("Sam Service - career plan.ics")
    assert private(target)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert any(str(e["SUMMARY"]) == "Career plan complete" for e in events)
    assert window.statusBar().currentMessage().startswith(f"Calendar written to {target}")


def test_export_progress_csv(window, person, monkeypatch, tmp_path):
    window.session.record_progress("choose-niche", "done", window.session.today())
    save_as(monkeypatch, tmp_path / "progress.csv")
    window.data_exports.csv_action.trigger()
    data = (tmp_path / "progress.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfstep_id,title") and b"choose-niche" in data
    assert private(tmp_path / "progress.csv")
    assert "Progress written to" in window.statusBar().currentMessage()


def test_cancelled_dialog_writes_nothing(window, person, monkeypatch, tmp_path, errors):
    save_as(monkeypatch, None)
    window.data_exports.bundle_export_action.trigger()
    assert list(tmp_path.glob("*.json")) == [] and errors == []
    assert window.statusBar().currentMessage() == ""


def test_export_error_is_shown_not_raised(window, person, monkeypatch, tmp_path, errors):
    save_as(monkeypatch, tmp_path / "missing" / "plan.ics")
    window.data_exports.calendar_action.trigger()
    assert errors and errors[0][0] == "The calendar could not be exported"
    assert "does not exist" in errors[0][1]


def test_bundle_round_trip_through_the_menu(window, person, monkeypatch, tmp_path, errors):
    session = window.session
    session.workspace.journal.add_note(person, session.today(), "Talked about CAPM")
    bundle = tmp_path / "sam.json"
    save_as(monkeypatch, bundle)
    window.data_exports.bundle_export_action.trigger()
    assert private(bundle) and json.loads(bundle.read_text(encoding="utf-8"))["version"] == 1
    session.erase_person(person)
    assert session.workspace.people.count() == 0

    open_file(monkeypatch, bundle)
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    window.data_exports.bundle_import_action.trigger()
    assert asked and asked[0].startswith("Add Sam Service as a new person with")
    assert session.workspace.people.count() == 1 and session.person_id is not None
    assert [n.body for n in session.workspace.journal.notes(session.person_id)] == [
        "Talked about CAPM"
    ]
    assert window.statusBar().currentMessage().startswith("Added Sam Service as person")
    assert window.people.current_id() == session.person_id

    # The same bundle again: nothing to ask, nothing changed.
    asked.clear()
    window.data_exports.bundle_import_action.trigger()
    assert asked == [] and session.workspace.people.count() == 1
    assert "already has everything" in window.statusBar().currentMessage()
    assert errors == []


def test_merging_into_the_person_on_screen_refreshes_and_clears_undo(
    window, person, monkeypatch, tmp_path, qtbot
):
    session = window.session
    bundle = tmp_path / "sam.json"
    save_as(monkeypatch, bundle)
    window.data_exports.bundle_export_action.trigger()
    data = json.loads(bundle.read_text(encoding="utf-8"))
    data["person"]["notes"].append({"day": "2027-02-01", "body": "From the other coach"})
    data["person"]["updated_at"] = "2000-01-01T00:00:00+00:00"
    bundle.write_text(json.dumps(data), encoding="utf-8")
    session.save_profile(replace(session.profile(), weekly_hours=11), "Edit hours")
    assert session.undo_stack.count() == 1

    open_file(monkeypatch, bundle)
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(session.notes_changed):
        window.data_exports.bundle_import_action.trigger()
    assert asked[0].startswith(
        "Sam Service is already here (person 1). Merge the bundle into this person: 1 note?"
    )
    assert session.undo_stack.count() == 0
    assert session.profile().weekly_hours == 11  # the local profile is newer
    assert "From the other coach" in [n.body for n in session.workspace.journal.notes(person)]


def test_declined_or_bad_imports_change_nothing(window, person, monkeypatch, tmp_path, errors):
    session = window.session
    bundle = tmp_path / "sam.json"
    save_as(monkeypatch, bundle)
    window.data_exports.bundle_export_action.trigger()
    data = json.loads(bundle.read_text(encoding="utf-8"))
    data["person"]["profile"]["name"] = "Someone New"
    data["person"]["uid"] = "00000000-0000-4000-8000-000000000001"  # the uuid decides first
    bundle.write_text(json.dumps(data), encoding="utf-8")
    open_file(monkeypatch, bundle)
    answer_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.data_exports.bundle_import_action.trigger()
    assert session.workspace.people.count() == 1
    assert window.statusBar().currentMessage() == "Import cancelled; nothing was changed"

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "career-planner-bundle", "version": 3}', encoding="utf-8")
    open_file(monkeypatch, bad)
    window.data_exports.bundle_import_action.trigger()
    assert errors[0][0] == "The person bundle could not be imported"
    assert "newer version of the planner" in errors[0][1]
    assert session.workspace.people.count() == 1


@pytest.mark.parametrize("case", [("plan.docx", b"PK"), ("plan.md", b"# Career")])
def test_handout_export_writes_word_or_markdown(window, person, monkeypatch, tmp_path, case):
    name, magic = case
    target = tmp_path / name
    asked = save_as(monkeypatch, target)
    window.data_exports.handout_action.trigger()
    assert asked and asked[0].endswith(".docx")  # Word is offered first
    assert target.read_bytes().startswith(magic)
    assert "Hand-out written" in window.statusBar().currentMessage()


def test_handout_export_without_a_suffix_is_word(window, person, monkeypatch, tmp_path):
    save_as(monkeypatch, tmp_path / "plan")
    window.data_exports.handout_action.trigger()
    assert (tmp_path / "plan.docx").read_bytes().startswith(b"PK")


def test_json_resume_export(window, person, monkeypatch, tmp_path):
    target = tmp_path / "resume.json"
    save_as(monkeypatch, target)
    window.data_exports.resume_action.trigger()
    resume = json.loads(target.read_text(encoding="utf-8"))
    assert resume["basics"]["name"] == window.session.profile().name
    assert "JSON Resume written" in window.statusBar().currentMessage()


def test_a_kept_calendar_is_rewritten_after_a_replan(
    window, person, monkeypatch, tmp_path, calendar_options
):
    calendar_options[0] = (True, False)
    target = tmp_path / "kept.ics"
    save_as(monkeypatch, target)
    window.data_exports.calendar_action.trigger()
    first = target.read_bytes()
    assert b"TRIGGER:-PT15M" not in first and b"BEGIN:VALARM" in first
    assert "kept current" in window.statusBar().currentMessage()
    session = window.session
    session.record_progress("choose-niche", "done", session.today())
    session.workspace.planning.replan(person)
    assert target.read_bytes() != first


def test_the_calendar_question_offers_keep_once_and_cancel(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    real = REAL_ASK
    for label, expected in (("Keep current", True), ("Write once", False)):

        def click(box, label=label):
            box.checkBox().setChecked(False)
            next(b for b in box.buttons() if b.text() == label).click()

        monkeypatch.setattr(QMessageBox, "exec", click)
        assert real(None, tmp_path / "p.ics") == (expected, False)
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: box.button(QMessageBox.StandardButton.Cancel).click()
    )
    assert real(None, tmp_path / "p.ics")[0] is None
