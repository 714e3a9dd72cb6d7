"""Read a JSON file people hand us; every way it can be wrong becomes one clear line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from planner.codec.input_file import read_input, shown
from planner.domain.errors import InvalidInput
from planner.domain.messages import _


def _reject_constant(name: str) -> float:
    raise InvalidInput(_("it contains {name}, which is not a number JSON allows", name=name))


def read_json_file(path: Path, *, what: str, max_bytes: int) -> Any:
    """The file's JSON value, or InvalidInput naming the file and the problem.

    `what` names the expected content in messages ("a JSON profile", "a person bundle").
    """
    raw = read_input(path, what=what, max_bytes=max_bytes)
    path = Path(shown(path))
    if not raw.strip():
        raise InvalidInput(_("{path} is empty; expected {what}", path=path, what=what))
    if raw[:4] == b"PK\x03\x04":
        raise InvalidInput(_("{path} is a ZIP archive, not {what}", path=path, what=what))
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InvalidInput(_("{path} is UTF-16 text; save it as UTF-8 and try again", path=path))
    if b"\x00" in raw:
        raise InvalidInput(_("{path} is a binary file, not {what}", path=path, what=what))
    try:
        # utf-8-sig's own steps (a byte position counts after the mark), without loading it
        text = (raw[3:] if raw[:3] == b"\xef\xbb\xbf" else raw).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            _("{path} is not UTF-8 text (byte {byte})", path=path, byte=exc.start)
        ) from exc
    try:
        value = json.loads(text, parse_constant=_reject_constant)
        # JSON may escape half of a UTF-16 pair ("\ud800"); no database or file can store it.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
        return value
    except UnicodeEncodeError as exc:
        code = "\\u" + format(ord(exc.object[exc.start]), "04x")
        raise InvalidInput(
            _(
                "{path} holds an invalid character (half of a UTF-16 pair, {code}); fix it and "
                "try again",
                path=path,
                code=code,
            )
        ) from exc
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            _(
                "{path} is not valid JSON: {problem} at line {line} column {column}",
                path=path,
                problem=exc.msg,
                line=exc.lineno,
                column=exc.colno,
            )
        ) from exc
    except RecursionError as exc:
        raise InvalidInput(_("{path} nests too deeply to be {what}", path=path, what=what)) from exc
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise InvalidInput(
            _("{path} holds a number too long to read ({error})", path=path, error=str(exc)[:60])
        ) from exc
    except InvalidInput as exc:
        raise InvalidInput(f"{path}: {exc}") from exc
