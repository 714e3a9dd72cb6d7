"""A coach's dashboard milestone in words: stored as its kind and label, read in any language."""

from __future__ import annotations

from planner.domain.messages import _
from planner.domain.status import BOOK, ELIGIBLE, EXAM

# Rows stored before milestones kept only their label hold the English words around it; a plan
# saved again stores the label alone.
_STORED_WORDS = {BOOK: ("Book ", ""), EXAM: ("", " exam"), ELIGIBLE: ("Eligible for ", "")}


def milestone_text(kind: str, label: str) -> str:
    """'Book SY0-701', 'SY0-701 exam', 'Eligible for PMP' in the active language; a kind it
    does not know shows its label as stored."""
    prefix, suffix = _STORED_WORDS.get(kind, ("", ""))
    label = label.removeprefix(prefix).removesuffix(suffix)
    if kind == BOOK:
        return _("Book {exam}", exam=label)
    if kind == EXAM:
        return _("{exam} exam", exam=label)
    if kind == ELIGIBLE:
        return _("Eligible for {cert}", cert=label)
    return label
