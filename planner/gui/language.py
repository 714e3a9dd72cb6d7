"""The app's language: the setting or the system locale, Qt's own translations, and the plan's.

Chosen once at start-up (a change in the settings applies at the next start): Qt widgets do not
re-translate themselves, and a plan half in one language and half in another helps nobody.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from planner.domain.messages import speak
from planner.i18n import catalogs, pseudo
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
    if value == pseudo.CODE:
        return value
    try:
        return language_code(value) if value else system_language()
    except UnknownLanguage:
        return system_language()  # a setting from a newer version naming a language we lack


class PseudoTranslator(QTranslator):
    """Every tr() string pseudo-localised: doubled, accented, bracketed (see i18n.pseudo)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if not source_text or context.startswith(("Q", "q")):  # Qt's own: keep them readable
            return None
        return pseudo.pseudo(source_text)

    def isEmpty(self) -> bool:
        return False


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
    if code == pseudo.CODE:
        app.installTranslator(PseudoTranslator(app))
        return code
    # Parented to the app, the translators live as long as it does.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _load(app, QTranslator(app), f"qtbase_{code}", qt_folder)
    qm = gui_catalog(code)
    if qm is not None:
        _load(app, QTranslator(app), qm.stem, str(qm.parent))
    return code


def gui_catalog(code: str) -> Path | None:
    """gui_<code>.qm: built beside its .ts by packaging (wheel, bundle), else compiled from the
    .ts by the lrelease that ships in PySide6-Essentials into the user's cache, once per change.
    None when neither exists (the GUI then stays in English; the plan texts are translated)."""
    folder = catalog_folder()
    built, source = folder / f"gui_{code}.qm", folder / f"gui_{code}.ts"
    if not source.is_file():
        return built if built.is_file() else None
    # A .qm older than its .ts (a bundle built before the translations changed, in a
    # checkout) would show the old texts: only a current one is used.
    if built.is_file() and built.stat().st_mtime >= source.stat().st_mtime:
        return built
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    target = cache / "i18n" / built.name
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    return compile_ts(source, target)


def compile_ts(source: Path, target: Path) -> Path | None:
    """target compiled from source by PySide6's lrelease; None when that cannot be done."""
    import subprocess

    import PySide6

    tool = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    if not tool.is_file():
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [str(tool), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return target if target.is_file() else None


def language_choices() -> list[tuple[str, str]]:
    """(code, label) for the settings' combo: the system's first, then each language by name."""
    system = AVAILABLE[system_language()]
    label = QCoreApplication.translate("Language", "System (%1)").replace("%1", system)
    return [("", label), *AVAILABLE.items()]
