"""Edit > Coach settings: branding, plan currency and mode are saved; bad input is refused."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from planner.gui.coach_settings import CoachSettingsDialog
from tests.test_cli_coach import PNG


def test_settings_are_saved(qtbot, session, monkeypatch, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    dialog = CoachSettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.name.setText("Robin Mentor")
    dialog.organisation.setText("Bridge Careers")
    dialog._on_choose_clicked()
    dialog.currency.setCurrentText("eur")
    dialog.mode.setCurrentIndex(dialog.mode.findData("professional"))
    dialog.accept()
    coach = session.repos.coach
    branding = coach.branding()
    assert (branding.coach_name, branding.organisation, branding.logo) == (
        "Robin Mentor",
        "Bridge Careers",
        PNG,
    )
    assert coach.setting("plan_currency") == "EUR" and coach.setting("mode") == "professional"


def test_bad_currency_is_refused_inline(qtbot, session):
    dialog = CoachSettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.currency.setCurrentText("dollars")
    dialog.accept()
    assert "three-letter" in dialog.error.text()
    assert session.repos.coach.setting("plan_currency") is None


def test_removing_the_logo(qtbot, session):
    from planner.domain.branding import Branding

    session.repos.coach.set_branding(Branding("A", "B", PNG, "image/png"))
    dialog = CoachSettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog._on_clear_clicked()
    dialog.accept()
    assert session.repos.coach.branding().logo is None
