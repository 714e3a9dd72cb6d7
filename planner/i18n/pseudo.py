"""Pseudo-localisation: every message twice as long and accented, its placeholders intact.

A developer's language (code 'qps', never offered to users) that shows at a glance which text
bypasses translation (it stays plain English) and where a longer language would be clipped: the
brackets mark each message's ends, so a cut-off label loses its closing bracket.
"""

from __future__ import annotations

import gettext
import re

CODE = "qps"
_ACCENTED = str.maketrans(
    "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ",
    "àƀçđéĝĥíķĺñöŕšţüýžÀƁÇĐÉĜĤÍĶĹÑÖŔŠŢÜÝŽ",
)
# Kept as they are: {placeholders}, %1 / %n, markup, &-accelerators and &entities;.
_KEEP = re.compile(r"\{[^{}]*\}|%\w|<[^<>]*>|&[a-z]+;|&&")


def pseudo(text: str) -> str:
    """'&Save {n} files' -> '⟦&Šàvé Šàvé {n} ƒíĺéš ƒíĺéš⟧' (words doubled, accents, ends shown)."""
    if not text.strip():
        return text
    # An &-accelerator inside a word would split it: the pseudo text gets it on its first letter.
    accelerator = re.search(r"&(?=[^\W_])(?![a-z]+;)", text)
    if accelerator:
        text = text[: accelerator.start()] + text[accelerator.end() :]
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append(_words(text[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_words(text[last:]))
    return "⟦" + ("&" if accelerator else "") + "".join(out) + "⟧"


def _words(chunk: str) -> str:
    return re.sub(r"[A-Za-z]+", lambda m: f"{m.group(0)} {m.group(0)}", chunk).translate(_ACCENTED)


class PseudoTranslations(gettext.NullTranslations):
    """gettext translations that pseudo-localise every message."""

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)
