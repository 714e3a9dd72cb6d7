"""Settings are written only when they change: QSettings rewrites and syncs its whole file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings

from planner.gui.settings_values import keep_setting


@pytest.mark.parametrize(
    "value",
    [True, False, 7, 0, "last.db", ["/tmp/a.db"], ["/tmp/a.db", "/tmp/b.db"], QByteArray(b"\x01")],
)
def test_a_value_read_back_from_the_file_counts_as_the_same(tmp_path, qapp, value):
    path = str(tmp_path / "settings.ini")
    settings = QSettings(path, QSettings.Format.IniFormat)
    assert keep_setting(settings, "key", value)
    settings.sync()
    again = QSettings(path, QSettings.Format.IniFormat)  # as the next start reads it
    assert not keep_setting(again, "key", value)


@pytest.mark.parametrize(
    ("old", "new"),
    [(True, False), (7, 8), ("a", "b"), (["a"], ["a", "b"]), (["a", "b"], ["b", "a"]),
     (QByteArray(b"1"), QByteArray(b"2")), (0, False)],
)  # fmt: skip
def test_a_changed_value_is_written(tmp_path, qapp, old, new):
    path = str(tmp_path / "settings.ini")
    settings = QSettings(path, QSettings.Format.IniFormat)
    keep_setting(settings, "key", old)
    settings.sync()
    again = QSettings(path, QSettings.Format.IniFormat)
    assert keep_setting(again, "key", new)


def test_closing_the_window_with_nothing_changed_writes_nothing(person_window, monkeypatch):
    person_window.close()
    written = []
    monkeypatch.setattr(QSettings, "setValue", lambda self, *a: written.append(a))
    person_window.show()
    person_window.session.select(person_window.session.person_id)
    person_window.close()
    assert written == []  # the same geometry, splitter, list state and person
