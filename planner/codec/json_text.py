"""json.dumps(data, indent=2, ensure_ascii=False), the same text written without its generators."""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from math import isfinite
from typing import Any

# With an indent, json.dumps takes the pure-Python encoder, a generator per nested list and
# dict: most of `plan --format json`'s own time. This writes plain JSON data (dict with str
# keys, list, tuple, str, int, finite float, bool, None, of those exact types) directly; any
# other value (a subclass, a cycle, NaN, a key json converts or refuses) goes to json.dumps.

_INDENTS = ["\n" + "  " * level for level in range(64)]


class _Unusual(Exception):
    """A value only json.dumps itself can say how to write (or refuse)."""


def dumps(data: Any) -> str:
    """json.dumps(data, indent=2, ensure_ascii=False)."""
    parts: list[str] = []
    try:
        _write(data, parts, 0)
    except _Unusual:
        return json.dumps(data, indent=2, ensure_ascii=False)
    return "".join(parts)


def _write(value: Any, parts: list[str], level: int) -> None:
    kind = type(value)
    if kind is str:
        parts.append(encode_basestring(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif kind is int:
        parts.append(int.__repr__(value))
    elif kind is float:
        if not isfinite(value):
            raise _Unusual
        parts.append(float.__repr__(value))
    elif kind is dict:
        if not value:
            parts.append("{}")
            return
        if level + 1 >= len(_INDENTS):
            raise _Unusual  # as deep as this, more likely a cycle: json.dumps says which
        inner = _INDENTS[level + 1]
        separator = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            parts.append(separator)
            parts.append(encode_basestring(key))
            parts.append(": ")
            _write(item, parts, level + 1)
            separator = "," + inner
        parts.append(_INDENTS[level] + "}")
    elif kind is list or kind is tuple:
        if not value:
            parts.append("[]")
            return
        if level + 1 >= len(_INDENTS):
            raise _Unusual
        inner = _INDENTS[level + 1]
        separator = "[" + inner
        for item in value:
            parts.append(separator)
            _write(item, parts, level + 1)
            separator = "," + inner
        parts.append(_INDENTS[level] + "]")
    else:
        raise _Unusual
