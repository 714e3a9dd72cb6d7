"""User text made safe for reportlab: escaped markup, glyph coverage, fallbacks, replacements.

Every string that reaches the PDF, the planner's own included, goes through one `TextKit`:
it strips control characters, escapes Paragraph markup, sends characters the shipped font
lacks to a system font that has them, and draws a visible replacement (U+FFFD) for the
rest, remembering which characters those were so the person can be told.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from xml.sax.saxutils import escape

from planner.export.pdf.fonts import FontFamily, fallback_fonts

REPLACEMENT = "\ufffd"
MARK = "!mark"  # run font for a replacement mark (drawn in the regular face, highlighted)
MARK_COLOUR = "#9B2C2C"
ELLIPSIS = "\u2026"
_NEWLINES = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"}
_LINK_SCHEMES = ("http://", "https://", "mailto:")
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # C0 and C1 controls but newline
_SURROGATES = re.compile("[\ud800-\udfff]")

Run = tuple[str | None, str]  # (font name, or None for the family's current face; text)


class TextKit:
    """Turns any text into runs and Paragraph markup the embedded fonts can draw."""

    def __init__(
        self,
        fonts: FontFamily,
        fallbacks: Callable[[Iterable[int]], dict[int, str | None]] = fallback_fonts,
    ) -> None:
        self.fonts = fonts
        self._fallbacks = fallbacks
        # Characters the shipped family draws itself: covered and in the Basic Multilingual Plane.
        # U+FFFD is left out so that it is always drawn as a highlighted mark.
        drawable = {chr(cp) for cp in fonts.covered if cp <= 0xFFFF} - {REPLACEMENT}
        self._drawable = frozenset(drawable | {"\n"})
        self._missing: dict[str, None] = {}  # insertion-ordered set

    @property
    def missing(self) -> tuple[str, ...]:
        """Characters drawn as a replacement mark, in the order first met."""
        return tuple(self._missing)

    # -- cleaning ------------------------------------------------------------------------
    @staticmethod
    def clean(text: object) -> str:
        """NFC, one kind of newline, tabs as spaces; control characters and surrogates gone."""
        value = text if isinstance(text, str) else str(text)
        if "\r" in value or "\u2028" in value or "\u2029" in value or "\x85" in value:
            for old, new in _NEWLINES.items():
                value = value.replace(old, new)
        value = _CONTROLS.sub("", value.replace("\t", "    "))
        if not value.isascii():
            value = _SURROGATES.sub(REPLACEMENT, value)
            if not unicodedata.is_normalized("NFC", value):
                value = unicodedata.normalize("NFC", value)
        return value

    # -- runs ----------------------------------------------------------------------------
    def runs(self, text: object) -> list[Run]:
        """Cleaned text split into runs by font; uncovered characters replaced and recorded."""
        value = self.clean(text)
        if value.isascii() or set(value) <= self._drawable:
            return [(None, value)] if value else []
        # Astral-plane characters (emoji ...) get a broken ToUnicode map in reportlab's
        # subsets, so they are replaced even where the font has a glyph.
        uncovered = {ord(ch) for ch in set(value) - self._drawable}
        wanted = [cp for cp in uncovered if cp <= 0xFFFF and cp != 0xFFFD and not _invisible(cp)]
        lookup = self._fallbacks(wanted) if wanted else {}
        runs: list[Run] = []
        for ch in value:
            cp = ord(ch)
            if ch in self._drawable:
                font, out = None, ch
            elif _invisible(cp):
                continue  # zero-width format characters, tags and variation selectors
            elif lookup.get(cp):
                font, out = lookup[cp], ch
            else:
                if ch != REPLACEMENT:
                    self._missing.setdefault(ch)
                font, out = MARK, REPLACEMENT
            if runs and runs[-1][0] == font:
                runs[-1] = (font, runs[-1][1] + out)
            else:
                runs.append((font, out))
        return runs

    # -- Paragraph markup -----------------------------------------------------------------
    def markup(self, text: object, *, lines: bool = False) -> str:
        """Escaped Paragraph markup; newlines become <br/> when lines is true, else spaces."""
        parts = []
        for font, chunk in self.runs(text):
            body = escape(chunk)
            body = body.replace("\n", "<br/>" if lines else " ")
            if font is None:
                parts.append(body)
            elif font == MARK:
                parts.append(
                    f'<font name="{self.fonts.regular}" color="{MARK_COLOUR}">{body}</font>'
                )
            else:
                parts.append(f'<font name="{font}">{body}</font>')
        return "".join(parts)

    def link(self, label: object, url: str, *, inline: bool = False) -> str:
        """Markup for a source: the label, then the address itself as a link (if it is one).

        The address goes on a line of its own, or with inline after the label on the same
        line (it breaks at its slashes, dots and hyphens when it is too long).
        """
        shown = self.markup(url)
        target = self.clean(url).strip()
        if target.lower().startswith(_LINK_SCHEMES) and not any(c.isspace() for c in target):
            shown = f'<link href="{escape(target, {chr(34): "&quot;"})}">{shown}</link>'
        title = self.markup(label)
        if not title:
            return shown
        return f"{title} \u00b7 {shown}" if inline else f"{title}<br/>{shown}"

    # -- single lines (headers, chart labels) ---------------------------------------------
    def fit(self, text: object, width: float, font: str, size: float) -> list[Run]:
        """Runs no wider than width (in font at size), cut with an ellipsis when too long."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        runs = [(f, t.replace("\n", " ")) for f, t in self.runs(text)]

        def measure(items: list[Run]) -> float:
            return sum(stringWidth(t, face_for(f, font, self), size) for f, t in items)

        if measure(runs) <= width:
            return runs
        room = width - stringWidth(ELLIPSIS, font, size)
        kept: list[Run] = []
        used = 0.0
        for f, t in runs:
            face = face_for(f, font, self)
            take = ""
            for ch in t:
                w = stringWidth(ch, face, size)
                if used + w > room:
                    break
                take += ch
                used += w
            if take:
                kept.append((f, take))
            if take != t:
                break
        if kept and kept[-1][0] is None:
            kept[-1] = (None, kept[-1][1].rstrip() + ELLIPSIS)
        else:
            kept.append((None, ELLIPSIS))
        return kept


def face_for(run_font: str | None, base: str, kit: TextKit) -> str:
    """The font a run is drawn in when the surrounding text is set in base."""
    if run_font is None:
        return base
    return kit.fonts.regular if run_font == MARK else run_font


def _invisible(cp: int) -> bool:
    """Format characters (ZWJ, bidi marks, emoji tags ...) and variation selectors."""
    if 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF:
        return True
    return unicodedata.category(chr(cp)) == "Cf"
