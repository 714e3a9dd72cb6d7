"""How a step's kind and status look: fill patterns, glyphs and words, never colour alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.i18n.format import hours as format_hours
from planner.i18n.format import money as format_money
from planner.i18n.format import money_range as format_money_range

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# One distinct fill pattern per kind, so a greyscale print or a colour-blind reader can tell
# them apart; the legend and every bar's label also name the kind in words. Qt.BrushStyle's
# names, looked up when a bar is drawn: the window's summary uses this module before the
# first plan is drawn, and naming any Qt enum builds all of them (about 15 ms).
KIND_PATTERNS: dict[str, str] = {
    "certification": "SolidPattern",
    "education": "Dense4Pattern",
    "membership": "CrossPattern",
    "networking": "DiagCrossPattern",
    "niche": "HorPattern",
    "experience": "BDiagPattern",
    "job-search": "VerPattern",
}
KIND_LABELS: dict[str, str] = {
    "certification": QT_TRANSLATE_NOOP("StepKind", "Certification"),
    "education": QT_TRANSLATE_NOOP("StepKind", "Education"),
    "membership": QT_TRANSLATE_NOOP("StepKind", "Membership"),
    "networking": QT_TRANSLATE_NOOP("StepKind", "Networking"),
    "niche": QT_TRANSLATE_NOOP("StepKind", "Niche"),
    "experience": QT_TRANSLATE_NOOP("StepKind", "Experience"),
    "job-search": QT_TRANSLATE_NOOP("StepKind", "Job search"),
}
OTHER_PATTERN = "Dense6Pattern"  # a kind a newer catalog adds

STATUS_GLYPHS = {"todo": "☐", "in_progress": "◐", "done": "☑", "skipped": "⊘"}
STATUS_LABELS = {
    "todo": QT_TRANSLATE_NOOP("StepStatus", "To do"),
    "in_progress": QT_TRANSLATE_NOOP("StepStatus", "In progress"),
    "done": QT_TRANSLATE_NOOP("StepStatus", "Done"),
    "skipped": QT_TRANSLATE_NOOP("StepStatus", "Skipped"),
}

CONFIDENCE = {
    "O": QT_TRANSLATE_NOOP("PriceConfidence", "issuer's own page"),
    "T": QT_TRANSLATE_NOOP("PriceConfidence", "two sources agree"),
    "S": QT_TRANSLATE_NOOP("PriceConfidence", "single source"),
    "U": QT_TRANSLATE_NOOP("PriceConfidence", "unverified"),
    "coach": QT_TRANSLATE_NOOP("PriceConfidence", "your own price"),
}


def money_range(low: float | None, high: float | None, currency: str) -> str:
    """A low to high estimate ('$1,534' to '$4,023' with an en dash), one figure, or 'Unknown'."""
    if low is None or high is None:
        return QCoreApplication.translate("StepStyle", "Unknown")
    return format_money_range(low, high, currency)


def price_basis(as_of: str, confidence: str) -> list[str]:
    """['as of 2026-11', 'confidence U (unverified)']: where a price stands, in words."""
    translate = QCoreApplication.translate
    parts = [translate("StepStyle", "as of %1").replace("%1", as_of)] if as_of else []
    if confidence:
        meaning = CONFIDENCE.get(confidence, "")
        text = (
            translate("StepStyle", "confidence %1 (%2)").replace(
                "%2", translate("PriceConfidence", meaning)
            )
            if meaning
            else translate("StepStyle", "confidence %1")
        )
        parts.append(text.replace("%1", confidence))
    return parts


def kind_pattern(kind: str) -> Qt.BrushStyle:
    from PySide6.QtCore import Qt

    return getattr(Qt.BrushStyle, KIND_PATTERNS.get(kind, OTHER_PATTERN))


def kind_label(kind: str) -> str:
    if kind in KIND_LABELS:
        return QCoreApplication.translate("StepKind", KIND_LABELS[kind])
    return kind.replace("-", " ").capitalize()


def status_label(status: str) -> str:
    """'Done', in the app's language (an unknown status as it is)."""
    label = STATUS_LABELS.get(status)
    return QCoreApplication.translate("StepStatus", label) if label else status


def status_text(status: str) -> str:
    """Glyph and word, e.g. '☑ Done' (the word keeps it readable without the glyph)."""
    return f"{STATUS_GLYPHS.get(status, '?')} {status_label(status)}"


def money(amount: float | None, currency: str) -> str:
    """'$1,095', or the plan's wording for a price no source could confirm."""
    return format_money(amount, currency)


def hours_text(value: float) -> str:
    """'12 h', '2.5 h' / '2,5 h'."""
    return format_hours(value)


# The engine's budget verdicts (RoadmapSummary.budget_verdict) as short words for tables.
VERDICT_WORDS = {
    "within": QT_TRANSLATE_NOOP("BudgetVerdict", "within budget"),
    "over": QT_TRANSLATE_NOOP("BudgetVerdict", "over budget"),
    "uncertain": QT_TRANSLATE_NOOP("BudgetVerdict", "may not fit"),
}


def verdict_word(verdict: str | None) -> str:
    """'within budget', 'over budget', 'may not fit'; '' for no verdict (no budget)."""
    if not verdict:
        return ""
    if verdict in VERDICT_WORDS:
        return QCoreApplication.translate("BudgetVerdict", VERDICT_WORDS[verdict])
    return verdict
