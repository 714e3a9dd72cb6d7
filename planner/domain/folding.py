"""Text folded for search and sorting: no case, no accents, Turkish i and its kin made plain.

'Yilmaz' spelt with a Turkish dotless i, 'YILMAZ' and 'yilmaz' fold alike, as do 'Müller' and
'Muller' or 'Ångström' and 'angstrom', so a search finds a name however it was typed and a name
list sorts 'Émile' with the E's rather than after Z. This is not ICU collation (no per-language
rules such as Swedish 'Ö' after 'Z'); it is the same in every locale, which keeps the database's
order stable whatever language the app speaks.
"""

from __future__ import annotations

# Letters that are not a base letter plus a combining mark, so NFKD leaves them alone.
_LETTERS = str.maketrans(
    {
        "ı": "i",  # Turkish dotless i (its capital I already folds to i)
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "ħ": "h",
        "ŧ": "t",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ŋ": "n",
    }
)


def fold(text: str) -> str:
    """text case-folded, decomposed, its combining marks dropped and special letters mapped."""
    if text.isascii():  # nothing to decompose: and no Unicode tables loaded (the app's start)
        return text.lower()
    import unicodedata

    # Repeated until nothing changes: decomposing can bring back capitals ("㎩" is "Pa") and
    # case-folding can bring back marks ("İ" folds to "i" plus a dot), so one pass is not
    # always final, and a folded query must fold to itself.
    for _ in range(4):
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        plain = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LETTERS)
        if plain == text:
            break
        text = plain
    return text


def sort_key(name: str) -> str:
    """The key a list of names sorts by: folded, then the name itself to order ties stably."""
    return f"{fold(name).strip()}\x00{name}"
