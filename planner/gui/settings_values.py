"""Write a setting only when it changes: QSettings rewrites its whole file, twice synced to disk."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def keep_setting(settings: QSettings, key: str, value: object) -> bool:
    """settings.setValue(key, value) unless the settings hold it already; whether it wrote.

    Any setValue has QSettings write its whole file again (a lock file, two fdatasyncs and a
    rename, 3 to 6 ms, more on a slow disk), even when the value is the one already there:
    the window did that twice at every start and close, for the same last person, database
    list and window geometry. Values compare as the file gives them back: a text file holds
    numbers and booleans as words and a one-item list as the item.
    """
    if not _same(settings.value(key), value):
        settings.setValue(key, value)
        return True
    return False


def _same(stored: object, value: object) -> bool:
    if stored is None:
        return False
    if isinstance(value, bool):
        return str(stored).lower() == str(value).lower()
    if isinstance(value, (list, tuple)):
        items = [stored] if isinstance(stored, str) else stored
        return isinstance(items, (list, tuple)) and [str(v) for v in items] == [
            str(v) for v in value
        ]
    if isinstance(value, (int, float, str)):
        return str(stored) == str(value)
    return stored == value  # QByteArray and the like compare as themselves
