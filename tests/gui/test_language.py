"""The app's language: the setting or the system's, Qt's own translations, workers that follow."""

from __future__ import annotations

import contextvars

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from planner.domain.messages import _, active, speaking
from planner.gui.coach_settings import CoachSettingsDialog
from planner.gui.language import SETTING, apply_language, chosen_language, system_language
from planner.gui.workers import run_in_background
from planner.i18n import catalogs


def _settings(tmp_path, value: str | None = None) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if value is not None:
        settings.setValue(SETTING, value)
    return settings


def test_the_setting_wins_and_an_empty_one_follows_the_system(tmp_path):
    assert chosen_language(_settings(tmp_path, "es")) == "es"
    assert chosen_language(_settings(tmp_path, "")) == system_language()
    assert chosen_language(_settings(tmp_path, "fr")) == system_language()
    assert system_language(QLocale("de_AT")) == "de"
    assert system_language(QLocale("fr_FR")) == "en"


def test_applying_german_loads_qts_own_translations(qapp, tmp_path):
    def apply() -> tuple[str, str, str]:
        code = apply_language(QApplication.instance(), _settings(tmp_path, "de"))
        button = QCoreApplication.translate("QPlatformTheme", "Cancel")
        return code, button, active().code

    try:
        code, button, speaking_now = contextvars.copy_context().run(apply)
    finally:
        for translator in qapp.findChildren(QTranslator):
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(QLocale("en_US"))
    assert (code, button, speaking_now) == ("de", "Abbrechen", "de")
    assert active().code == "en"  # the test's own context never changed


def test_workers_speak_the_language_of_whoever_queued_them(qtbot):
    results: list[str] = []
    with speaking(catalogs.load("es")):
        run_in_background(None, lambda: _("Summary"), results.append, results.append)
    qtbot.waitUntil(lambda: bool(results))
    assert results == ["Resumen"]


def test_the_language_is_chosen_in_the_coach_settings(qtbot, session, tmp_path):
    settings = _settings(tmp_path)
    dialog = CoachSettingsDialog(session, None, settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    assert settings.value(SETTING) == "de" and dialog.language_changed
    assert dialog.language.itemText(0).startswith("System (")


def test_german_menus_come_from_the_ts_file(qapp, tmp_path, monkeypatch):
    from planner.gui import language

    monkeypatch.setattr(
        language.QStandardPaths, "writableLocation", staticmethod(lambda _where: str(tmp_path))
    )
    qm = language.gui_catalog("de")
    assert qm is not None and qm.is_file()
    translator = QTranslator()
    assert translator.load(qm.stem, str(qm.parent))
    assert translator.translate("MainWindow", "&File") == "&Datei"
    assert translator.translate("Pages", "&Roadmap") == "&Fahrplan"


def test_no_gui_translation_is_left_unfinished():
    from planner.i18n.catalogs import catalog_folder

    for path in sorted(catalog_folder().glob("gui_*.ts")):
        text = path.read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, f"{path.name} has unfinished entries"
        assert 'type="vanished"' not in text and 'type="obsolete"' not in text, path.name


def test_a_qm_older_than_its_ts_is_not_used(qapp, tmp_path, monkeypatch):
    """A bundle build left gui_de.qm beside the .ts; new translations then never showed."""
    import os
    import shutil

    from planner.gui import language

    folder = tmp_path / "shipped"
    folder.mkdir()
    shutil.copy(language.catalog_folder() / "gui_de.ts", folder / "gui_de.ts")
    stale = folder / "gui_de.qm"
    stale.write_bytes(b"old")
    os.utime(stale, (1, 1))
    monkeypatch.setattr(language, "catalog_folder", lambda: folder)
    monkeypatch.setattr(
        language.QStandardPaths, "writableLocation", staticmethod(lambda _where: str(tmp_path))
    )
    qm = language.gui_catalog("de")
    assert qm is not None and qm != stale
    translator = QTranslator()
    assert translator.load(qm.stem, str(qm.parent))
    assert translator.translate("MainWindow", "&File") == "&Datei"
