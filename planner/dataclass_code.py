"""Dataclass methods compiled once per machine instead of at every start.

@dataclass writes each class's __init__, __repr__, __eq__, __hash__ and frozen __setattr__ as
source text and compiles it when the class is defined: for the 60-odd dataclasses a plan
needs that is about half of importing them (50-100 ms of every command and of the window's
start). install() gives the dataclasses module an `exec` of its own that compiles a text once
and keeps the code object, keyed by the exact text, in the user's cache folder
(planner.paths.cache_dir, marshal format, owner-only); the text is still what runs, so the
classes are the same. A missing, foreign or damaged file is ignored and replaced.
"""

from __future__ import annotations

import atexit
import builtins
import contextlib
import dataclasses
import marshal
import os
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any

MAX_BYTES = 8 * 2**20  # the planner's classes take about 1 MB
MAX_ENTRIES = 6000  # beyond this the file is started afresh

_codes: dict[str, CodeType] = {}
_state: dict[str, Any] = {"path": None, "added": 0}


def cache_file(folder: Path) -> Path:
    return folder / f"dataclass-code-{sys.implementation.cache_tag}.marshal"


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """exec for dataclasses: the same text runs, compiled at most once per machine."""
    if not isinstance(source, str):
        builtins.exec(source, globals, locals)
        return
    code = _codes.get(source)
    if code is None:
        # dont_inherit: this module's `from __future__ import annotations` must not turn the
        # generated methods' annotations into strings, as the builtin exec would not.
        code = _codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
        _state["added"] += 1
    builtins.exec(code, globals, locals)


def read(path: Path) -> dict[str, CodeType]:
    """The compiled texts stored at path; empty when there are none to trust."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError:
        return {}
    if len(data) > MAX_BYTES or not data.startswith(MAGIC_NUMBER):
        return {}
    try:
        codes = marshal.loads(data[len(MAGIC_NUMBER) :])
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(codes, dict) or not all(
        isinstance(k, str) and isinstance(v, CodeType) for k, v in codes.items()
    ):
        return {}
    return codes


def save() -> None:
    """Write the texts compiled in this process beside the ones read (at exit, once)."""
    path: Path | None = _state["path"]
    if path is None or not _state["added"]:
        return
    _state["added"] = 0
    codes = _codes if len(_codes) <= MAX_ENTRIES else {}
    import tempfile

    with contextlib.suppress(OSError, ValueError):
        payload = MAGIC_NUMBER + marshal.dumps(codes)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".dataclass-code-", dir=path.parent)  # 0600
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(payload)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise


def install(folder: Path | None) -> bool:
    """Compile dataclass methods through the cache in folder (None: leave dataclasses alone).

    True when installed; once per process.
    """
    if folder is None or getattr(dataclasses, "exec", None) is _exec:
        return False
    path = cache_file(folder)
    _codes.update(read(path))
    _state["path"] = path
    # Module globals come before builtins: the dataclasses module's `exec(...)` finds this one.
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    atexit.register(save)
    return True


def uninstall() -> None:
    """Back to the builtin exec (tests)."""
    if getattr(dataclasses, "exec", None) is _exec:
        del dataclasses.exec  # type: ignore[attr-defined]
        atexit.unregister(save)
