"""Windows fit the screen they open on; saved geometry is used only when it still fits
(issue 14, item 3), and the status bar tells the truth about saving (item 7)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from planner.gui.application import build_window
from planner.gui.window_size import FRAME, fits_a_screen, restore_or_fit


def saved_geometry(qtbot, rect: QRect):
    """What saveGeometry() wrote for a window at rect (e.g. on a bigger screen last time)."""
    other = QMainWindow()
    qtbot.addWidget(other)
    other.setGeometry(rect)
    return other.saveGeometry()


def screen() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def inside(rect: QRect) -> bool:
    return screen().contains(rect)


@pytest.mark.parametrize(
    "rect",
    [
        QRect(0, 0, 1920, 1080),  # a session on a big screen
        QRect(3000, 200, 700, 500),  # on a second monitor that is gone
        QRect(40, 40, 200, 255),  # the tiny leftover seen after switching screens
    ],
)
def test_saved_geometry_that_does_not_fit_is_replaced(qtbot, settings, session, catalog, rect):
    settings.setValue("geometry", saved_geometry(qtbot, rect))
    win = build_window(session.workspace, catalog, settings)
    qtbot.addWidget(win)
    assert inside(win.geometry())
    assert win.width() >= min(720, screen().width() - FRAME.width())
    assert win.height() >= min(480, screen().height() - FRAME.height())


def test_saved_geometry_that_fits_is_restored(qtbot, settings, session, catalog):
    rect = QRect(screen().x() + 20, screen().y() + 30, 730, 490)
    settings.setValue("geometry", saved_geometry(qtbot, rect))
    win = build_window(session.workspace, catalog, settings)
    qtbot.addWidget(win)
    assert win.geometry() == rect


def test_first_start_fits_the_screen(qtbot, settings, session, catalog):
    win = build_window(session.workspace, catalog, settings)
    qtbot.addWidget(win)
    assert inside(win.geometry())
    assert win.size() == QSize(
        min(1280, screen().width() - FRAME.width()), min(800, screen().height() - FRAME.height())
    )


def test_restore_or_fit_says_what_it_did(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    assert not restore_or_fit(window, None, QSize(5000, 5000))
    assert fits_a_screen(window.geometry())
    assert not fits_a_screen(QRect(0, 0, 5000, 5000))


@pytest.fixture
def window(person_window):
    return person_window


def test_status_says_not_saved_while_a_value_is_refused(window):
    window.tabs.setCurrentIndex(0)
    page = window.pages[0].ensure()
    box = page.form.weekly_hours
    box.setValue(0)  # hours per week must be more than 0
    box.editingFinished.emit()
    assert window.session.profile().weekly_hours == 8  # refused: the database keeps 8
    assert window.saved.full_text().startswith("⚠ Not saved: hours per week")
    assert "All changes saved" not in window.saved.full_text()
    box.setValue(10)
    box.editingFinished.emit()
    assert window.session.profile().weekly_hours == 10
    assert window.saved.full_text().startswith("All changes saved")


def test_status_says_not_saved_while_a_note_is_being_written(window, qtbot):
    window.tabs.setCurrentIndex(5)
    page = window.pages[5].ensure()
    page.editor.text.setPlainText("Talked about the budget")
    assert "Not saved" in window.saved.full_text() and "note" in window.saved.full_text()
    page.save()
    assert window.saved.full_text().startswith("All changes saved")
    assert [n.body for n in window.session.workspace.journal.notes(window.session.person_id)] == [
        "Talked about the budget"
    ]


def test_status_says_saving_while_a_typed_value_waits(window, qtbot):
    window.tabs.setCurrentIndex(0)
    page = window.pages[0].ensure()
    page.form.region.setText("Des Moines, IA")
    page.form.region.textEdited.emit("Des Moines, IA")
    assert "region (saving…)" in window.saved.full_text()
    qtbot.waitUntil(lambda: window.saved.full_text().startswith("All changes saved"), timeout=3000)
    assert window.session.profile().region == "Des Moines, IA"


def test_every_page_fits_1024x600_even_with_a_very_long_name(window, qtbot):
    """Item 3: nothing forces the window wider than a 1024x600 screen (a long client name
    forced 1,031 px); pages scroll vertically at most."""
    from PySide6.QtWidgets import QScrollArea

    name = "Alexandra-Katharina Fitzgerald-O'Yelaran-Montgomery-Vanderbilt " * 2
    window.session.save_profile(replace(window.session.profile(), name=name.strip()))
    window.resize(1008, 552)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        assert window.minimumSizeHint().width() <= 1008, window.tabs.tabText(index)
        assert window.width() == 1008
        area = window.pages[index].findChild(QScrollArea)
        assert area.horizontalScrollBar().maximum() == 0, window.tabs.tabText(index)
