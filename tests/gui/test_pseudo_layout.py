"""Pseudo-localised (qps: every word doubled and accented) pages keep their text whole.

The main window with the demo person, in the developers' language `qps`, at 1366x768 and at
1024x600: every page and the main dialogs. Each visible label, button, group-box title, tab and
table header must hold its text (its size hint fits, or its word-wrapped height does; an elided
text keeps its tooltip), and every visible sentence must carry the ⟦ ⟧ brackets of a translated
message (plain English bypassed translation) unless it is the person's own data or the catalog's
names. A screenshot of each page goes to tmp_path, to look at when this fails.
"""

from __future__ import annotations

import contextvars
import json
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)

from planner.catalog.onet import ONET_ATTRIBUTION
from planner.gui.widgets.elided_label import ElidedLabel

TODAY = date(2027, 3, 1)
SIZES = ((1366, 768), (1024, 600))
SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
CATALOG = Path(__file__).resolve().parents[2] / "resources" / "catalog"
# Text shown as it is in every language: the person's data, the catalog's proper names
# (certifications, bodies, issuers: see docs/i18n.md), units and codes. Anything else without
# the pseudo brackets bypassed translation.
WORDLESS = re.compile(r"^[^A-Za-z]*$")
SLACK = 2  # pixels of rounding between a size hint and the laid-out size


def _plain(text: str) -> str:
    if "<" in text and re.search(r"<[a-zA-Z/][^<>]*>", text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _untranslated(text: str, data: set[str]) -> bool:
    """True for visible English prose that carries no ⟦ ⟧ and is no one's data."""
    plain = _plain(text).replace("&", "").strip()
    if not plain or "⟦" in plain or WORDLESS.match(plain):
        return False
    rest = plain
    for value in sorted(data, key=len, reverse=True):
        if value:
            rest = rest.replace(value, " ")
    # What is left once data is taken out: a sentence of two English words is untranslated.
    return bool(re.search(r"[A-Za-z]{3,}\W+[A-Za-z]{3,}", rest))


def _clipped(widget: QWidget) -> str | None:
    """Why the widget's text does not fit, or None."""
    if isinstance(widget, ElidedLabel):
        full = widget.full_text()
        if widget.is_elided() and widget.toolTip() != full:
            return "elided without its full text as the tooltip"
        return None
    if isinstance(widget, QLabel):
        if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + SLACK:
                return f"wrapped text needs {need}px height, has {widget.height()}"
            return None
        need = widget.minimumSizeHint().width()
        if need > widget.width() + SLACK:
            return f"needs {need}px width, has {widget.width()}"
        return None
    if isinstance(widget, QAbstractButton):
        if not widget.text():
            return None
        need = widget.sizeHint().width()
        if need > widget.width() + SLACK:
            return f"needs {need}px width, has {widget.width()}"
        return None
    if isinstance(widget, QGroupBox) and widget.title():
        fm = widget.fontMetrics()
        need = fm.horizontalAdvance(widget.title().replace("&", "")) + 2 * fm.averageCharWidth()
        if need > widget.width():
            return f"title needs {need}px, has {widget.width()}"
    return None


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, ElidedLabel):
        return [widget.full_text()]
    if isinstance(widget, QLabel | QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        model, orientation = widget.model(), widget.orientation()
        count = model.columnCount() if orientation == Qt.Orientation.Horizontal else 0
        return [
            str(model.headerData(i, orientation) or "")
            for i in range(count)
            if not widget.isSectionHidden(i)
        ]
    return []


def _cut_off(widget: QWidget) -> str | None:
    """A text widget its parents cut short (laid out past the window's or a box's edge); in a
    scroll area that is scrolling, not clipping."""
    if not _texts(widget) or not any(t.strip() for t in _texts(widget)):
        return None
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return None
        parent = parent.parentWidget()
    shown = widget.visibleRegion().boundingRect()
    if shown.width() + SLACK < widget.width() and not shown.isEmpty():
        return f"cut off: {shown.width()} of {widget.width()}px shown"
    return None


def _header_clipped(header: QHeaderView) -> list[str]:
    """Header sections too narrow for their text (the header elides it)."""
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return []
    fm, model, found = header.fontMetrics(), header.model(), []
    for i in range(model.columnCount()):
        if header.isSectionHidden(i):
            continue
        text = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
        tip = model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if tip == text:  # elided, with the whole heading as its tooltip
            continue
        need = fm.horizontalAdvance(text) + 2 * fm.averageCharWidth()
        if text and need > header.sectionSize(i) + SLACK:
            found.append(f"header {text!r} needs {need}px, has {header.sectionSize(i)}")
    return found


def _tab_clipped(bar: QTabBar) -> list[str]:
    found = []
    for i in range(bar.count()):
        if bar.isTabVisible(i) and bar.tabSizeHint(i).width() > bar.tabRect(i).width() + SLACK:
            found.append(f"tab {bar.tabText(i)!r} is cut short")
    return found


def inspect(root: QWidget, where: str, data: set[str]) -> list[str]:
    """Every clipped or untranslated text among root's visible widgets."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        name = f"{where}: {type(widget).__name__} {widget.objectName() or ''}".rstrip()
        why = _clipped(widget)
        texts = _texts(widget)
        if why:
            problems.append(f"{name} {texts[:1]!r}: {why}")
        cut = _cut_off(widget)
        if cut:
            problems.append(f"{name} {texts[:1]!r}: {cut}")
        if isinstance(widget, QTabBar):
            problems += [f"{name}: {p}" for p in _tab_clipped(widget)]
        if isinstance(widget, QHeaderView):
            problems += [f"{name}: {p}" for p in _header_clipped(widget)]
        for text in texts:
            if _untranslated(text, data):
                problems.append(f"{name}: untranslated {text[:70]!r}")
    return problems


def _user_data(session) -> set[str]:
    """The person's own words and the catalog's names: shown as they are in every language."""
    catalog = session.catalog
    found: set[str] = set()
    for person in session.workspace.people.list(limit=50):
        found.add(person.name)
    profile = session.profile()
    found |= {profile.name, profile.current_role or "", *(s.name for s in profile.skills)}
    found |= {c.name for c in catalog.certifications} | {
        c.short_name for c in catalog.certifications
    }
    found |= {m.name for m in catalog.memberships} | {m.short_name for m in catalog.memberships}
    found |= {c.issuer for c in catalog.certifications}
    for note in session.workspace.journal.notes(session.person_id):
        found |= {note.body, *note.body.splitlines()}
    for entry in session.workspace.journal.ledger(session.person_id):
        found |= {entry.project, entry.role, entry.note}
    found |= {"Career Transition Planner", "JSON Resume", "LinkedIn", "O*NET"}
    # The data licence's own attribution, given in its words in every language.
    found.add(ONET_ATTRIBUTION)
    return found | _catalog_strings()


def _catalog_strings() -> set[str]:
    """Every text of the catalog's files: data, translated by its own domain (not in qps)."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in CATALOG.rglob("*.json"):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return found


def _settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def _run(tmp_path: Path, size: tuple[int, int]) -> list[str]:
    import sys

    sys.path.insert(0, str(SCRIPTS))
    from screenshots import populate

    from planner.catalog import load_catalog
    from planner.gui.application import build_window
    from planner.gui.language import SETTING, apply_language
    from planner.services.workspace import open_workspace

    app = QApplication.instance()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTING, "qps")
    catalog = load_catalog()  # qps has no catalog translations: its texts stay English
    apply_language(app, settings)
    ws = open_workspace(tmp_path / "qps.db", catalog, lambda: TODAY)
    problems: list[str] = []
    window = None
    try:
        person = populate(ws, catalog)
        window = build_window(ws, catalog, settings)
        window.session.today = lambda: TODAY
        window.show()
        window.resize(*size)
        window.session.select(person)
        _settle(app)
        data = _user_data(window.session)
        label = f"{size[0]}x{size[1]}"
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            _settle(app)
            page = window.tabs.tabText(index).replace("&", "")
            window.grab().save(str(tmp_path / f"{label}-{index + 1:02d}.png"))
            problems += inspect(window, f"{label} page {index + 1} {page}", data)
            inner = getattr(window.tabs.currentWidget().page, "inner", None)
            for sub in range(1, inner.count() if inner is not None else 0):
                inner.setCurrentIndex(sub)  # the Fit page's track comparison, built now
                _settle(app)
                window.grab().save(str(tmp_path / f"{label}-{index + 1:02d}-{sub}.png"))
                problems += inspect(window, f"{label} page {index + 1} {page} tab {sub}", data)
        for name, dialog in _dialogs(window):
            dialog.show()
            dialog.resize(min(dialog.width(), size[0] - 40), min(dialog.height(), size[1] - 60))
            _settle(app)
            dialog.grab().save(str(tmp_path / f"{label}-{name}.png"))
            problems += inspect(dialog, f"{label} {name}", data)
            dialog.close()
            dialog.deleteLater()
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        _settle(app)
        ws.close()
    return problems


def _dialogs(window) -> list[tuple[str, QDialog]]:
    from planner.gui.coach_settings import CoachSettingsDialog
    from planner.gui.cohort_dialog import CohortDialog
    from planner.gui.first_run import FirstRunDialog
    from planner.gui.import_dialog import ImportDialog
    from planner.gui.what_if_dialog import WhatIfDialog

    session = window.session
    return [
        ("coach-settings", CoachSettingsDialog(session, window)),
        ("first-run", FirstRunDialog(window)),
        ("import", ImportDialog(session, window)),
        ("what-if", WhatIfDialog(window, session, window)),
        ("export-cohort", CohortDialog(session.workspace.people.all_tags(), window)),
    ]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_pseudo_localised_pages_show_every_text_whole_and_translated(qapp, tmp_path, size):
    try:
        problems = contextvars.copy_context().run(_run, tmp_path, size)
    finally:
        for translator in qapp.findChildren(QTranslator):
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(QLocale("en_US"))
    assert not problems, f"screenshots in {tmp_path}:\n" + "\n".join(problems)


def test_the_check_reports_a_cut_label_and_plain_english(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    cut = QLabel("⟦Šàvé Šàvé ţĥé ţĥé pĺàñ pĺàñ⟧", box)
    cut.setGeometry(0, 0, 30, 20)
    english = QLabel("Save the plan", box)
    english.setGeometry(0, 30, 300, 20)
    box.resize(320, 60)
    box.show()
    problems = inspect(box, "box", {"Dana Example"})
    assert any("needs" in p and "Šàvé" in p for p in problems)
    assert any("untranslated 'Save the plan'" in p for p in problems)
