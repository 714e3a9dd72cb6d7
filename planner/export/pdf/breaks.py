"""Where long words may break: URLs at / . - ? & =, names at spaces and hyphens.

reportlab breaks lines at spaces only; a word wider than what is left of the line is
split by its URL rule (after a '/' only, and only when the word starts with a scheme)
or else letter by letter, mid-word ("Fitzgerald-O / yelaran"). `install` widens that URL
rule to every sensible break point of any long word; paragraphs whose style sets
`uriWasteReduce` use it, and it runs only for a word that does not fit where it stands.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial

log = logging.getLogger(__name__)

ALWAYS_AFTER = frozenset("/?&=#")  # a URL's path, query and fragment separators
AFTER_BETWEEN = frozenset("._")  # only between two letters or digits: not '3.5', '_x'
HYPHENS = ("-", "\u2010")  # hyphen-minus, hyphen (U+2011 is the non-breaking hyphen)
MIN_PIECE = 3  # neither side of a break shorter than this


def break_points(word: str) -> list[int]:
    """Offsets at which the word may break, in ascending order.

    After '/', '?', '&', '=' or '#' (after the last of a run, so '//' stays whole); after
    '.' or '_' between two letters or digits, and for '.' only before a letter, so decimals
    such as '4.5' never break. Before a hyphen between two letters or digits: reportlab
    drops a hyphen that ends a split piece when it re-breaks the line (it takes it for one
    it added), and a URL broken before its hyphen cannot be misread as hyphenated.
    """
    points: list[int] = []
    n = len(word)
    for i, ch in enumerate(word[:-1]):
        before = word[i - 1] if i else ""
        following = word[i + 1]
        if ch in HYPHENS:
            at = i
            if not (before.isalnum() and following.isalnum()):
                continue
        elif ch in ALWAYS_AFTER:
            at = i + 1
            if following == ch:
                continue  # inside '//': break after the run
        elif ch in AFTER_BETWEEN:
            at = i + 1
            if not (before.isalnum() and following.isalnum()):
                continue
            if ch == "." and not following.isalpha():
                continue
        else:
            continue
        if MIN_PIECE <= at <= n - MIN_PIECE:
            points.append(at)
    return points


def split_pairs(word: str) -> list[tuple[str, str]] | None:
    """(head, tail) at each break point, longest head first; None when there is none.

    The shape of reportlab's private `_uri_split_pairs`, which this replaces.
    """
    points = break_points(word)
    if not points:
        return None
    return [(word[:p], word[p:]) for p in reversed(points)]


def install() -> bool:
    """Let reportlab break long words at `break_points`; True when it could be done.

    Idempotent. Only paragraphs with `uriWasteReduce` set reach this rule; if a later
    reportlab renames the function, words fall back to breaking letter by letter.
    """
    from reportlab.platypus import paragraph

    current = getattr(paragraph, "_uri_split_pairs", None)
    if current is split_pairs:
        return True
    if not callable(current):
        log.warning("reportlab has no _uri_split_pairs: long words break letter by letter")
        return False
    paragraph._uri_split_pairs = split_pairs  # type: ignore[attr-defined]
    return True


def pieces(text: str) -> list[str]:
    """A name cut where a line may end: after each space run and after each hyphen.

    The pieces joined give the text back; a piece ending in a space may end a line.
    """
    out: list[str] = []
    current = ""
    for ch in text:
        current += ch
        if ch == " " or (ch in HYPHENS and current.strip(" -\u2010")):
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


def fill_lines(parts: Sequence[str], width: float, measure: Callable[[str], float]) -> list[str]:
    """Greedy lines no wider than width (a part wider than width gets a line of its own)."""
    lines: list[str] = []
    line = ""
    for part in parts:
        trial = line + part
        if line and measure(trial.rstrip()) > width:
            lines.append(line.rstrip())
            line = part.lstrip()
        else:
            line = trial
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _at_size(measure: Callable[[str, float], float], size: float, text: str) -> float:
    return measure(text, size)


def fit_name(
    text: str,
    width: float,
    measure: Callable[[str, float], float],
    *,
    largest: float,
    smallest: float,
    max_lines: int = 3,
) -> tuple[float, list[str]]:
    """The largest size (in whole points) at which text fits width, broken at spaces and
    hyphens into at most max_lines lines, and those lines.

    At the smallest size the lines are returned even if a piece is still too wide (the
    paragraph then splits it, as a last resort).
    """
    parts = pieces(" ".join(text.split()))
    size = largest
    while True:
        lines = fill_lines(parts, width, partial(_at_size, measure, size))
        fits = all(measure(line, size) <= width for line in lines) and len(lines) <= max_lines
        if fits or size <= smallest:
            return size, lines
        size = max(smallest, size - 1)
