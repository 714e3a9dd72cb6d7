"""The app's language: the setting or the system locale, Qt's own translations, and the plan's.

Chosen once at start-up (a change in the settings applies at the next start): Qt widgets do not
re-translate themselves, and a plan half in one language and half in another helps nobody.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from planner.domain.messages import speak
from planner.i18n import catalogs
from planner.i18n.catalogs import catalog_folder
from planner.i18n.languages import AVAILABLE, UnknownLanguage, language_code

SETTING = "language"  # '' or missing: follow the system


def system_language(locale: QLocale | None = None) -> str:
    """The first language of the system's UI preference list the planner speaks, else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        try:
            return language_code(name)
        except UnknownLanguage:
            continue
    return "en"


def chosen_language(settings: QSettings) -> str:
    """The language set in the settings ('' = the system's), checked against the catalogs."""
    value = str(settings.value(SETTING, "") or "")
    try:
        return language_code(value) if value else system_language()
    except UnknownLanguage:
        return system_language()  # a setting from a newer version naming a language we lack


def _load(app: QApplication, translator: QTranslator, name: str, folder: str) -> bool:
    if translator.load(name, folder):
        app.installTranslator(translator)
        return True
    return False


def apply_language(app: QApplication, settings: QSettings) -> str:
    """Speak the chosen language: Qt's dialogs, the planner's widgets and the plan texts."""
    code = chosen_language(settings)
    speak(catalogs.load(code))
    QLocale.setDefault(QLocale(code))
    if code == "en":
        return code
    # Parented to the app, the translators live as long as it does.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _load(app, QTranslator(app), f"qtbase_{code}", qt_folder)
    _load(app, QTranslator(app), f"gui_{code}", str(catalog_folder()))
    return code


def language_choices() -> list[tuple[str, str]]:
    """(code, label) for the settings' combo: the system's first, then each language by name."""
    system = AVAILABLE[system_language()]
    label = QCoreApplication.translate("Language", "System (%1)").replace("%1", system)
    return [("", label), *AVAILABLE.items()]
