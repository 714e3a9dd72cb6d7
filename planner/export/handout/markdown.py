"""The hand-out as Markdown (CommonMark with GFM tables): readable as text, editable anywhere."""

from __future__ import annotations

import re
from collections.abc import Sequence

from planner.export.handout.outline import Block, Bullets, Heading, Table, Text

# Characters Markdown would read as formatting at any place in a line ("~~~" opens a fence that
# swallows the rest of the file; "&amp;" would show as "&").
_INLINE = re.compile(r"([\\`*_\[\]<>|#~&])")
# ...and at the start of a line: list markers, numbered lists, quotes, headings, rules ("---").
# (Only punctuation can be escaped: "1." becomes "1\.", not "\1.")
_LINE_START = re.compile(r"^(\s*\d*)([.)](?=\s|$)|[-+](?=\s|$)|=+$|-[-\s]*$)")


# Control characters would act on a terminal that shows the file; they show as U+FFFD instead.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape(text: str, *, line_start: bool = True) -> str:
    """User and catalog text shown literally: no accidental emphasis, links, lists or tables."""
    # One line: a newline would end a table row.
    flat = _INLINE.sub(r"\\\1", _CONTROL.sub("\ufffd", " ".join(text.split())))
    if not line_start or not _LINE_START.match(flat):
        return flat
    return _LINE_START.sub(r"\1\\\2", flat, count=1)


def _table(block: Table) -> list[str]:
    header = block.header if any(block.header) else tuple(" " for _ in block.header)
    lines = ["| " + " | ".join(escape(cell, line_start=False) or " " for cell in header) + " |"]
    lines.append("|" + "|".join(" --- " for _ in header) + "|")
    for row in block.rows:
        lines.append(
            "| " + " | ".join(escape(cell, line_start=False) or " " for cell in row) + " |"
        )
    return lines


def render(blocks: Sequence[Block]) -> str:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            out += ["#" * block.level + " " + escape(block.text, line_start=False), ""]
        elif isinstance(block, Text):
            label = f"**{escape(block.label)}:** " if block.label else ""
            out += [label + escape(block.text), ""]
        elif isinstance(block, Bullets):
            out += [f"- {escape(item)}" for item in block.items] + [""]
        elif isinstance(block, Table):
            out += [*_table(block), ""]
    return "\n".join(out).rstrip("\n") + "\n"
