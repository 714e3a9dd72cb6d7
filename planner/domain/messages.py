"""Message templates with named placeholders, translated by the catalog the edge chose.

The engine and the exporters write `_("Sit {exam} by {day}.", exam=..., day=...)` instead of
f-strings, so a translator moves the placeholders where the language wants them. Which language
is spoken is a context variable set only at the edges (the CLI's main, the GUI's composition root,
a test) through `speaking()`; it defaults to English, so code that never chooses a language keeps
today's English text. A context variable rather than a parameter: threading a translator through
every engine function would change every signature, and a context variable is scoped (a worker
thread runs in a copied context), unlike gettext.install's builtins.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import field
from typing import TYPE_CHECKING

from planner.domain.records import record

if TYPE_CHECKING:
    import gettext


class Untranslated:
    """The messages as written: what gettext.NullTranslations answers, without loading gettext
    (English, the planner's own language, needs nothing else from it)."""

    def gettext(self, message: str) -> str:
        return message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context: str, message: str) -> str:
        return message

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return msgid1 if n == 1 else msgid2


@record
class Language:
    """A language the planner speaks: its code ('de'), formats locale and message catalog."""

    code: str
    locale: str
    translations: gettext.NullTranslations | Untranslated = field(
        default_factory=Untranslated, compare=False, repr=False
    )


ENGLISH = Language("en", "en")
_ACTIVE: ContextVar[Language] = ContextVar("planner_language", default=ENGLISH)


def active() -> Language:
    """The language the current context speaks (English unless an edge chose another)."""
    return _ACTIVE.get()


@contextmanager
def speaking(language: Language) -> Iterator[Language]:
    """Speak language inside the block; the previous language comes back after it."""
    token = _ACTIVE.set(language)
    try:
        yield language
    finally:
        _ACTIVE.reset(token)


# The country a document is for: it decides what the language leaves open (an English date
# reads 'Jan 4, 2027' for a US person and '4 Jan 2027' for everyone else). Set only around one
# person's document (`in_country`), like the language; None (the default) is no country.
_COUNTRY: ContextVar[str | None] = ContextVar("planner_country", default=None)


def country() -> str | None:
    """The ISO 3166-1 code of the country the current document is for, if any."""
    return _COUNTRY.get()


@contextmanager
def in_country(code: str | None) -> Iterator[str | None]:
    """Inside the block, formats follow code's conventions where the language leaves them open."""
    token = _COUNTRY.set(code.upper() if code else None)
    try:
        yield code
    finally:
        _COUNTRY.reset(token)


def live_in(code: str | None) -> None:
    """Formats follow code's country from now on in this context: for the desktop app, whose
    screen is one person's document at a time (one-off documents use in_country)."""
    _COUNTRY.set(code.upper() if code else None)


def speak(language: Language) -> None:
    """Speak language from now on in this context: for a process's entry point only."""
    _ACTIVE.set(language)


def _fill(text: str, english: str, values: dict[str, object]) -> str:
    if not values:
        return text
    try:
        return text.format_map(values)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder falls back to English, never to a blank.
        return english.format_map(values)


def _(message: str, /, **values: object) -> str:
    """message translated into the active language, its {placeholders} filled from values."""
    language = _ACTIVE.get()
    if language is ENGLISH:  # the messages are English: a large plan makes tens of thousands
        # format_map reads values in place; format(**values) would copy them first.
        return message.format_map(values) if values else message
    return _fill(language.translations.gettext(message), message, values)


def ngettext(singular: str, plural: str, n: int, /, **values: object) -> str:
    """The singular or plural form for n (as the language counts), with {n} and values filled."""
    english = singular if n == 1 else plural
    text = _ACTIVE.get().translations.ngettext(singular, plural, n)
    return _fill(text, english, {"n": n, **values})


def pgettext(context: str, message: str, /, **values: object) -> str:
    """message in a context ('month', 'kind'...) for words English spells alike."""
    return _fill(_ACTIVE.get().translations.pgettext(context, message), message, values)


def N_plural(singular: str, plural: str) -> tuple[str, str]:
    """Marks a singular/plural pair for extraction; pass both to ngettext where it is shown."""
    return singular, plural


def N_(message: str) -> str:
    """Marks message for extraction; it is translated where it is shown (tables of labels)."""
    return message
