"""A country guessed from free region text ("Manchester, UK" -> GB), or None when unclear."""

from __future__ import annotations

import re
import unicodedata

from planner.catalog.place_names import CITIES, CODES, ISO_COUNTRIES, NAMES

__all__ = ["ISO_COUNTRIES", "guess_country"]

_SPLIT = re.compile(r"\s*(?:[,;/|()\[\]]|\s-\s)\s*")
_WORD = re.compile(r"[\w.'-]+", re.UNICODE)
_MAX_WORDS = 4


def _fold(text: str) -> str:
    """Lower-case without accents, so 'München' and 'Muenchen' meet 'munchen'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def _matches(part: str) -> list[tuple[str, frozenset[str]]]:
    """Longest known phrases first, left to right, so 'New South Wales' is not also 'Wales'."""
    words = [_fold(w) for w in _WORD.findall(part)]
    found: list[tuple[str, frozenset[str]]] = []
    start = 0
    while start < len(words):
        for size in range(min(_MAX_WORDS, len(words) - start), 0, -1):
            phrase = " ".join(words[start : start + size])
            if phrase in NAMES:
                found.append(("strong", frozenset({NAMES[phrase]})))
                break
            if phrase in CITIES:
                found.append(("weak", CITIES[phrase]))
                break
        else:
            size = 1
        start += size
    return found


def _evidence(text: str) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    strong: list[frozenset[str]] = []
    weak: list[frozenset[str]] = []
    for part in filter(None, _SPLIT.split(text.strip())):
        if part.upper() in CODES and (part.isupper() or len(part.split()) == 1):
            strong.append(CODES[part.upper()])
            continue
        for word in _WORD.findall(part):
            if word.isupper() and word in CODES:
                strong.append(CODES[word])
        for kind, countries in _matches(part):
            (strong if kind == "strong" else weak).append(countries)
    return strong, weak


def _narrow(candidates: frozenset[str] | None, sets: list[frozenset[str]]) -> frozenset[str] | None:
    for found in sets:
        candidates = found if candidates is None else candidates & found
    return candidates


def guess_country(region_text: str | None) -> str | None:
    """The ISO 3166-1 code the text clearly names, or None when it is unclear or contradictory.

    Country, province and state names and codes decide; cities only confirm or, alone, decide
    when they belong to one country. 'Manchester, UK' -> GB, 'München' -> DE, 'Toronto, ON' -> CA.
    """
    if not region_text or len(region_text) > 300:
        return None
    strong, weak = _evidence(region_text)
    candidates = _narrow(None, strong)
    if candidates is not None and len(candidates) > 1 and weak:
        narrowed = _narrow(candidates, weak)
        candidates = narrowed if narrowed else candidates
    if candidates is None:
        candidates = _narrow(None, weak)
    if candidates is not None and len(candidates) == 1:
        return next(iter(candidates))
    return None
