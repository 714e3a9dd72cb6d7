"""How a step's kind and status look: fill patterns, glyphs and words, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.i18n.format import money as format_money
from planner.i18n.format import money_range as format_money_range

Pattern = Qt.BrushStyle

# One distinct fill pattern per kind, so a greyscale print or a colour-blind reader can tell
# them apart; the legend and every bar's label also name the kind in words.
KIND_PATTERNS: dict[str, Pattern] = {
    "certification": Pattern.SolidPattern,
    "education": Pattern.Dense4Pattern,
    "membership": Pattern.CrossPattern,
    "networking": Pattern.DiagCrossPattern,
    "niche": Pattern.HorPattern,
    "experience": Pattern.BDiagPattern,
    "job-search": Pattern.VerPattern,
}
KIND_LABELS: dict[str, str] = {
    "certification": "Certification",
    "education": "Education",
    "membership": "Membership",
    "networking": "Networking",
    "niche": "Niche",
    "experience": "Experience",
    "job-search": "Job search",
}
OTHER_PATTERN = Pattern.Dense6Pattern  # a kind a newer catalog adds

STATUS_GLYPHS = {"todo": "☐", "in_progress": "◐", "done": "☑", "skipped": "⊘"}
STATUS_LABELS = {
    "todo": "To do",
    "in_progress": "In progress",
    "done": "Done",
    "skipped": "Skipped",
}

CONFIDENCE = {
    "O": "issuer's own page",
    "T": "two sources agree",
    "S": "single source",
    "U": "unverified",
    "coach": "your own price",
}


def money_range(low: float | None, high: float | None, currency: str) -> str:
    """A low to high estimate ('$1,534' to '$4,023' with an en dash), one figure, or 'Unknown'."""
    if low is None or high is None:
        return "Unknown"
    return format_money_range(low, high, currency)


def price_basis(as_of: str, confidence: str) -> list[str]:
    """['as of 2026-11', 'confidence U (unverified)']: where a price stands, in words."""
    parts = [f"as of {as_of}"] if as_of else []
    if confidence:
        meaning = CONFIDENCE.get(confidence, "")
        parts.append(f"confidence {confidence}" + (f" ({meaning})" if meaning else ""))
    return parts


def kind_pattern(kind: str) -> Pattern:
    return KIND_PATTERNS.get(kind, OTHER_PATTERN)


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("-", " ").capitalize())


def status_text(status: str) -> str:
    """Glyph and word, e.g. '☑ Done' (the word keeps it readable without the glyph)."""
    return f"{STATUS_GLYPHS.get(status, '?')} {STATUS_LABELS.get(status, status)}"


def money(amount: float | None, currency: str) -> str:
    """'$1,095', or the plan's wording for a price no source could confirm."""
    return format_money(amount, currency)


def hours_text(hours: float) -> str:
    return f"{hours:g} h"
