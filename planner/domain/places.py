"""Country and subdivision guessed from free region text ("Manchester, UK" -> GB), or None."""

from __future__ import annotations

import re
from dataclasses import field

from planner.domain.messages import N_, _
from planner.domain.place_names import (
    CITIES,
    CODES,
    ISO_COUNTRIES,
    NAMES,
    SUBDIVISION_CODES,
    SUBDIVISION_NAMES,
)
from planner.domain.records import record

__all__ = ["ISO_COUNTRIES", "Region", "guess_country", "guess_region"]

_SPLIT = re.compile(r"\s*(?:[,;/|()\[\]]|\s-\s)\s*")
_WORD = re.compile(r"[\w.'-]+", re.UNICODE)
_MAX_WORDS = 4


def _fold(text: str) -> str:
    """Lower-case without accents, so 'München' and 'Muenchen' meet 'munchen'."""
    if text.isascii():  # nothing to decompose: and no Unicode tables loaded (the app's start)
        return text.lower().strip()
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


@record(frozen=False)
class _Evidence:
    """Country and subdivision guesses gathered from a text, strong and weak."""

    strong: list[frozenset[str]] = field(default_factory=list)
    weak: list[frozenset[str]] = field(default_factory=list)
    subdivisions: list[frozenset[str]] = field(default_factory=list)


@record
class Region:
    """A guessed ISO 3166-1 country and, when the text is that precise, ISO 3166-2 subdivision."""

    country: str | None
    subdivision: str | None = None


def _match_phrases(part: str, evidence: _Evidence) -> None:
    """Longest known phrases first, left to right, so 'New South Wales' is not also 'Wales'."""
    words = [_fold(w) for w in _WORD.findall(part)]
    start = 0
    while start < len(words):
        size = 1
        for size in range(min(_MAX_WORDS, len(words) - start), 0, -1):
            phrase = " ".join(words[start : start + size])
            known = phrase in NAMES or phrase in CITIES or phrase in SUBDIVISION_NAMES
            if not known:
                continue
            if phrase in NAMES:
                evidence.strong.append(frozenset({NAMES[phrase]}))
            elif phrase in CITIES:
                evidence.weak.append(CITIES[phrase])
            if phrase in SUBDIVISION_NAMES:
                evidence.subdivisions.append(SUBDIVISION_NAMES[phrase])
            break
        start += size


def _add_code(code: str, evidence: _Evidence) -> None:
    evidence.strong.append(CODES[code])
    if code in SUBDIVISION_CODES:
        evidence.subdivisions.append(SUBDIVISION_CODES[code])


def _evidence(text: str) -> _Evidence:
    evidence = _Evidence()
    for part in filter(None, _SPLIT.split(text.strip())):
        if part.upper() in CODES and (part.isupper() or len(part.split()) == 1):
            _add_code(part.upper(), evidence)
            continue
        for word in _WORD.findall(part):
            if word.isupper() and word in CODES:
                _add_code(word, evidence)
        _match_phrases(part, evidence)
    return evidence


def _narrow(candidates: frozenset[str] | None, sets: list[frozenset[str]]) -> frozenset[str] | None:
    for found in sets:
        candidates = found if candidates is None else candidates & found
    return candidates


def _country(evidence: _Evidence) -> str | None:
    candidates = _narrow(None, evidence.strong)
    if candidates is not None and len(candidates) > 1 and evidence.weak:
        narrowed = _narrow(candidates, evidence.weak)
        candidates = narrowed if narrowed else candidates
    if candidates is None:
        candidates = _narrow(None, evidence.weak)
    if candidates is not None and len(candidates) == 1:
        return next(iter(candidates))
    return None


def guess_region(region_text: str | None) -> Region:
    """Country and subdivision the text clearly names; None for either part that is unclear.

    Country, province and state names and codes decide; cities only confirm or, alone, decide
    when they belong to one country. 'Toronto, ON' -> CA / CA-ON, 'München' -> DE / DE-BY.
    """
    if not region_text or len(region_text) > 300:
        return Region(None)
    evidence = _evidence(region_text)
    country = _country(evidence)
    if country is None:
        return Region(None)
    subdivisions = {
        code for found in evidence.subdivisions for code in found if code.startswith(f"{country}-")
    }
    return Region(country, subdivisions.pop() if len(subdivisions) == 1 else None)


def guess_country(region_text: str | None) -> str | None:
    """The ISO 3166-1 code the text clearly names, or None when it is unclear or contradictory.

    'Manchester, UK' -> GB, 'München' -> DE, 'Pune, India' -> IN, 'Toronto, ON' -> CA.
    """
    return guess_region(region_text).country


# "in <country>" as one phrase per country: German and Spanish put an article before some names
# ("im Vereinigten Königreich", "en los Países Bajos"), so the name alone cannot be slotted in.
_IN_COUNTRY = {
    "US": N_("in the United States"),
    "GB": N_("in the United Kingdom"),
    "IE": N_("in Ireland"),
    "DE": N_("in Germany"),
    "AT": N_("in Austria"),
    "CH": N_("in Switzerland"),
    "NL": N_("in the Netherlands"),
    "CA": N_("in Canada"),
    "AU": N_("in Australia"),
    "NZ": N_("in New Zealand"),
    "IN": N_("in India"),
}


def in_country(code: str | None, name: str) -> str:
    """'in the United Kingdom' in the active language; a country without a shipped pack (a
    coach's own) reads 'in <its name>'."""
    phrase = _IN_COUNTRY.get((code or "").upper())
    return _(phrase) if phrase else _("in {country}", country=name or code or "")


def opening(phrase: str) -> str:
    """'in the United Kingdom' -> 'In the United Kingdom', to open a sentence."""
    return phrase[:1].upper() + phrase[1:]
