"""Words and numbers as the exports write them: dates, money, hours, kinds, levels."""

from __future__ import annotations

from planner.domain.messages import N_, N_plural, _, ngettext
from planner.i18n.format import day, hours, money, month, month_names, number, short_day

__all__ = [
    "day",
    "hours",
    "kind",
    "money",
    "month",
    "month_names",
    "number",
    "plural",
    "short_day",
]

KIND_LABELS = {
    "certification": N_("Certification"),
    "education": N_("Education"),
    "membership": N_("Membership"),
    "networking": N_("Networking"),
    "niche": N_("Niche"),
    "experience": N_("Experience"),
    "job-search": N_("Job search"),
}
STATUS_WORDS = {
    "todo": N_("to do"),
    "in_progress": N_("in progress"),
    "done": N_("done"),
    "skipped": N_("skipped"),
}
VERDICT_WORDS = {"within": N_("within"), "over": N_("over"), "uncertain": N_("uncertain")}
TRACK_NAMES = {
    "infrastructure": N_("infrastructure"),
    "software": N_("software"),
    "hybrid": N_("hybrid"),
}
CONFIDENCE = {
    "O": N_("read on the issuer's own page"),
    "T": N_("two or more independent sources agree"),
    "S": N_("a single third-party source"),
    "U": N_("unverified or conflicting sources"),
}


def kind(value: str) -> str:
    label = KIND_LABELS.get(value)
    return _(label) if label else value.replace("-", " ").capitalize()


def status_word(status: str) -> str:
    """A step's status in words: 'in progress'."""
    word = STATUS_WORDS.get(status)
    return _(word) if word else status.replace("_", " ")


def verdict_word(verdict: str) -> str:
    """The budget verdict in one word: within, over, uncertain."""
    word = VERDICT_WORDS.get(verdict)
    return _(word) if word else verdict


def track_name(track: str) -> str:
    """'infrastructure' as the active language names the track (unknown ids unchanged)."""
    name = TRACK_NAMES.get(track)
    return _(name) if name else track


def confidence(code: str) -> str:
    """What a confidence code means, in the active language ('' for an unknown code)."""
    meaning = CONFIDENCE.get(code)
    return _(meaning) if meaning else ""


def plural(count: int, word: str, many: str | None = None) -> str:
    """'3 weeks': count and noun for the nouns the printout counts (weeks, steps, months)."""
    forms = PLURALS.get(word)
    if forms:
        return ngettext(forms[0], forms[1], count)
    return f"{count} {word if count == 1 else (many or word + 's')}"


PLURALS = {
    "week": N_plural("{n} week", "{n} weeks"),
    "step": N_plural("{n} step", "{n} steps"),
    "month": N_plural("{n} month", "{n} months"),
    "hour": N_plural("{n} hour", "{n} hours"),
    "session": N_plural("{n} session", "{n} sessions"),
    "note": N_plural("{n} note", "{n} notes"),
    "price": N_plural("{n} price", "{n} prices"),
}
