"""Normalise names so 'Cisco CCNA', 'ccna' and 'CCNA ' compare equal."""

import re

_PUNCT = re.compile(r"[^\w+#/ ]+")
_SPACE = re.compile(r"\s+")
_PAREN = re.compile(r"^(?P<outer>.*?)\s*\((?P<inner>[^()]*)\)\s*$")


def normalize(name: str) -> str:
    """Lower-case, '&' as 'and', punctuation (except + # /) dropped, spaces collapsed."""
    text = name.casefold().replace("&", " and ").replace("–", "-").replace("—", "-")
    text = _PUNCT.sub(" ", text.replace("-", " "))
    return _SPACE.sub(" ", text).strip()


def name_variants(name: str) -> list[str]:
    """The normalised name, then the parts of 'Long Name (ACRONYM)' on their own."""
    variants = [normalize(name)]
    match = _PAREN.match(name.strip())
    if match:
        variants += [normalize(match["inner"]), normalize(match["outer"])]
    return [v for v in dict.fromkeys(variants) if v]
