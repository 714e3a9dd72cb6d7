"""textwrap.wrap's lines for the plan's plain text, found by position instead of chunk by chunk."""

from __future__ import annotations

# textwrap splits every text into chunks with a large regular expression (compiled when it is
# imported) and then fills lines one chunk at a time: for the terminal plan, most of its
# rendering time. The same lines come from looking only where a line could end: the last space
# within reach, or a chunk end inside the one word that straddles it.

_PUNCT = frozenset("!\"'&.,?")  # textwrap's word punctuation, besides word characters


def _word(c: str) -> bool:
    return c.isalnum() or c == "_"  # the regular expression's \w


def _letter(c: str) -> bool:
    return (c.isalnum() or c == "_") and not c.isdecimal()  # [^\d\W]


def _dash_run(token: str, q: int) -> int:
    """The end of an em-dash ('--' or longer, then a word character) at q; -1 when none."""
    r = q
    while r < len(token) and token[r] == "-":
        r += 1
    return r if r - q >= 2 and r < len(token) and _word(token[r]) else -1


def chunk_ends(token: str) -> list[int]:
    """Where textwrap (break_on_hyphens) ends each chunk of token, a text without whitespace:
    after a hyphen between letters ('long-|standing'), and around an em-dash ('word|--|word')."""
    n = len(token)
    ends = []
    p = 0
    while p < n:
        end = -1
        if p and (_word(token[p - 1]) or token[p - 1] in _PUNCT):
            end = _dash_run(token, p)
        q = p + 1
        while end < 0:
            if q == n:
                end = q
            elif token[q] == "-":
                if (
                    (q >= 2 and _letter(token[q - 1]) and _letter(token[q - 2]))
                    or (
                        q >= 3
                        and _letter(token[q - 1])
                        and token[q - 2] == "-"
                        and _letter(token[q - 3])
                    )
                ) and (
                    q + 2 < n
                    and _letter(token[q + 1])
                    and (
                        _letter(token[q + 2])
                        or (token[q + 2] == "-" and q + 3 < n and _letter(token[q + 3]))
                    )
                ):
                    end = q + 1
                elif (_word(token[q - 1]) or token[q - 1] in _PUNCT) and _dash_run(token, q) > 0:
                    end = q
            q += 1
        ends.append(end)
        p = end
    return ends


def _ends(text: str, start: int, end: int) -> list[int]:
    """The chunk ends of the word text[start:end], as positions in text."""
    if "-" not in text[start:end]:
        return [end]
    return [start + e for e in chunk_ends(text[start:end])]


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent), line for line.

    Texts of words between single spaces are wrapped here; any other (tabs, line breaks, other
    spaces or controls, runs of spaces, spaces at either end), or a width the indent fills, goes
    to textwrap itself.
    """
    if (
        not text
        or not text.isprintable()  # every whitespace character but the space is unprintable
        or "  " in text
        or text[0] == " "
        or text[-1] == " "
        or width <= len(indent)
    ):
        import textwrap

        return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent)
    n = len(text)
    room = width - len(indent)
    lines: list[str] = []
    pos = 0
    while pos < n:
        if lines and text[pos] == " ":  # a line after the first starts after the space
            pos += 1
            if pos >= n:
                break
        limit = pos + room
        if limit >= n:
            lines.append(indent + text[pos:])
            break
        # e: the last chunk end within reach (pos when even the first chunk is too long)
        if text[limit] == " " or text[limit - 1] == " ":
            e = limit
        else:
            start = text.rfind(" ", 0, limit) + 1
            stop = text.find(" ", limit)
            e = start if start > pos else pos
            for x in _ends(text, start, n if stop < 0 else stop):
                if x > limit:
                    break
                if x > pos:
                    e = x
        if text[e] != " ":
            # The next chunk, when longer than a whole line, fills this one and goes on.
            start = text.rfind(" ", 0, e + 1) + 1
            stop = text.find(" ", e)
            following = next(x for x in _ends(text, start, n if stop < 0 else stop) if x > e)
            if following - e > room:
                space_left = room - (e - pos)
                cut = space_left
                hyphen = text.rfind("-", e, e + space_left) - e
                if hyphen > 0 and text[e : e + hyphen].strip("-"):
                    cut = hyphen + 1
                lines.append(indent + text[pos : e + cut])
                pos = e + cut
                continue
        lines.append(indent + text[pos : e - 1 if text[e - 1] == " " else e])
        pos = e
    return lines
