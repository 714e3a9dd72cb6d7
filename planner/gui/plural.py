"""Counted nouns ("1 person", "3 people") from one place, so a translation can take over.

English needs two forms; other languages need more. Every count the app shows goes through
count(), so moving to Qt's translations later (tr("%n person(s)", "", n)) is one change here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Irregular plurals the app uses; the rest add "s" (or "es"/"ies" by the usual rules).
_IRREGULAR = {"person": "people", "criterion": "criteria"}


def plural(noun: str) -> str:
    """The plural of an English noun the app uses."""
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def noun_for(n: float, noun: str, many: str | None = None) -> str:
    """noun when n is exactly 1, else its plural (or `many` when given)."""
    return noun if n == 1 else (many or plural(noun))


def count(n: float, noun: str, many: str | None = None) -> str:
    """'1 person', '0 people', '2.5 hours': the number and the noun that agrees with it."""
    from planner.gui import formats  # not before the first paint (decimal, CLDR tables)

    return f"{formats.number(n, digits=6)} {noun_for(n, noun, many)}"


def resolved(text: str, n: int) -> str:
    """A `tr("%n week(s)", "", n)` result with English's "(s)" settled: with no catalog for
    English (the source language), Qt returns the source with only %n filled in."""
    if "person(s)" in text:  # the one irregular plural among the GUI's counted nouns
        text = text.replace("person(s)", "person" if n == 1 else "people")
    return text.replace("(s)", "" if n == 1 else "s")


class Counts(QObject):
    """Counted nouns through Qt's %n plurals: lupdate reads a count only in a class's tr()."""

    def months(self, n: int) -> str:
        return resolved(self.tr("%n month(s)", "", n), n)

    def more_months(self, n: int) -> str:
        return resolved(self.tr("%n more month(s)", "", n), n)

    def hours(self, n: float) -> str:
        if n != int(n):
            from planner.gui import formats

            return self.tr("%1 hours").replace("%1", formats.number(n))
        return resolved(self.tr("%n hour(s)", "", int(n)), int(n))

    def projects(self, n: int) -> str:
        return resolved(self.tr("%n project(s)", "", n), n)

    def notes(self, n: int) -> str:
        return resolved(self.tr("%n note(s)", "", n), n)

    def files(self, n: int) -> str:
        return resolved(self.tr("%n file(s)", "", n), n)

    def people(self, n: int) -> str:
        return resolved(self.tr("%n person(s)", "", n), n)


def counts() -> Counts:
    return Counts()
