"""Who the app is for: a coach with many clients, or one professional planning their own move."""

from __future__ import annotations

from enum import StrEnum


class Mode(StrEnum):
    COACH = "coach"
    PROFESSIONAL = "professional"

    @classmethod
    def parse(cls, text: str | None) -> Mode:
        """The stored or given mode; anything unknown (or nothing) is the coach's, the default."""
        try:
            return cls(text or cls.COACH)
        except ValueError:
            return cls.COACH
