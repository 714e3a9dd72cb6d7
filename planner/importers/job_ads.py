"""Read job ads from text files or standard input, within a size limit and any common encoding."""

from __future__ import annotations

from pathlib import Path

from planner.codec.input_file import TooLarge, read_input, shown
from planner.domain.errors import InvalidInput
from planner.domain.messages import _
from planner.engine.niche_finder import MAX_AD_CHARS
from planner.i18n.format import number


def _too_big() -> InvalidInput:
    return InvalidInput(
        _(
            "the job ads are over {limit} MB in all, the limit: give fewer or shorter ads",
            limit=number(MAX_AD_CHARS / 1e6, digits=3),
        )
    )


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise InvalidInput(_("{path} is not a text file (job ads are plain text)", path=name))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")  # ads saved by older Windows editors
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            _("{path} is not UTF-8 text: save the ads as plain text", path=name)
        ) from exc


def read_ads(paths: list[Path]) -> list[str]:
    """The text of each file ('-' is standard input); over the size limit is refused unread."""
    texts: list[str] = []
    budget = MAX_AD_CHARS
    for path in paths:
        name = shown(path)
        try:
            data = read_input(path, what=_("job ads (text files)"), max_bytes=budget)
        except TooLarge as exc:
            raise _too_big() from exc
        if len(data) > budget:
            raise _too_big()
        budget -= len(data)
        texts.append(data if isinstance(data, str) else _decode(data, name))
    return texts
