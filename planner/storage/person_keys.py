"""Keys of the settings that belong to one person, so that erasing them can find them all."""

from __future__ import annotations


def person_setting_key(person_uuid: str, name: str) -> str:
    """Settings about one person are keyed by their uuid, so erasing them finds every one."""
    return f"person:{person_uuid}:{name}"


def person_settings_pattern(person_uuid: str) -> str:
    """The LIKE pattern (escape character: backslash) of every setting about the person."""
    escaped = person_uuid.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"person:{escaped}:%"
