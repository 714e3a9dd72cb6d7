"""PySide6 imported for the desktop app: support modules from the cache, their regular expressions
compiled when used, the plain import back."""

from __future__ import annotations
import __future__

import builtins
import marshal
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any

from planner.paths import write_cache_file

# shiboken6 keeps its Python support modules (shibokensupport.*: signatures, enums, features)
# and the bootstrap that loads them as source inside its library, and hands each to compile()
# as it first imports them: 14 modules, about 17 ms of every start on a 2-core machine, and
# nothing writes a .pyc for them. While PySide6 is first imported, those compile() calls are
# answered from one cache file.
PREFIX = "shibokensupport/"
BOOTSTRAP = "signature_bootstrap.py"
FILE_NAME = "pyside-support.code"
FORMAT = b"planner-pyside-support 1 " + MAGIC_NUMBER + b"\n"  # marshal's format is Python's
MAX_BYTES = 8 * 2**20  # 14 modules marshal to about 400 KB, their source included
# compile() called from Python inherits the caller's __future__ flags unless told otherwise.
FUTURE_FLAGS = sum(getattr(__future__, name).compiler_flag for name in __future__.all_feature_names)

Entries = dict[str, tuple[int, bytes, Any]]  # file name -> (future flags, source, code)


@contextmanager
def cached_support_code(folder: Path | None) -> Iterator[None]:
    """While PySide6 is first imported inside this block, serve its support modules' code from
    folder (and store what was compiled). Nothing happens without a folder, once shiboken6 is
    imported, or for any other compile(); a missing or damaged file is made again."""
    if folder is None or "shiboken6" in sys.modules:
        yield
        return
    path = folder / FILE_NAME
    known = _read(path)
    used: Entries = {}
    original = builtins.compile

    def compile_cached(source: Any, filename: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
        if (
            args
            or kwargs
            or mode != "exec"
            or type(source) is not bytes
            or type(filename) is not str
            or not (filename.startswith(PREFIX) or filename == BOOTSTRAP)
        ):
            return original(source, filename, mode, *args, **kwargs)
        # The flags compile() would have inherited from the code that called it.
        flags = sys._getframe(1).f_code.co_flags & FUTURE_FLAGS
        used[filename] = _code(known.get(filename), source, filename, flags, original)
        return used[filename][2]

    builtins.compile = compile_cached  # type: ignore[assignment]
    try:
        yield
    finally:
        builtins.compile = original
    if used and any(known.get(name) is not entry for name, entry in used.items()):
        # Only what this start used: a PySide6 update leaves no stale modules behind.
        write_cache_file(path, FORMAT + marshal.dumps(used))


def start_pyside(folder: Path | None) -> None:
    """Import PySide6 as the desktop app needs it: its support modules from the cache folder,
    then the interpreter's own import statement back.

    PySide6 routes every import statement after its own through a Python function of its
    __feature__ mechanism (``from __feature__ import snake_case``), which the planner never
    uses: about 2 percent of the start, and of every later import.
    """
    with cached_support_code(folder), support_patterns_compiled_when_used():
        import PySide6.QtWidgets  # noqa: F401 - the import is the point

    plain = getattr(builtins, "__orig_import__", None)
    if plain is not None and builtins.__import__ is getattr(builtins, "__feature_import__", None):
        builtins.__import__ = plain


@contextmanager
def support_patterns_compiled_when_used() -> Iterator[None]:
    """While PySide6 is first imported inside this block, the regular expressions its support
    modules compile as they load are compiled when first used instead (LazyPattern).

    Three of them, verbose three-level brace patterns for reading signature texts and writing
    .pyi files, took about 12 ms of every start here: most of what the import spent compiling
    expressions. The app reads a signature only to word an error about wrong arguments, and
    then the expression is compiled as before.
    """
    from planner.gui.lazy_pattern import LazyPattern

    original = re.compile

    def compile_later(pattern: Any, flags: int = 0) -> Any:
        if sys._getframe(1).f_code.co_filename.startswith(PREFIX):
            return LazyPattern(pattern, flags)
        return original(pattern, flags)

    re.compile = compile_later  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = original


def _code(
    known: tuple[int, bytes, Any] | None,
    source: bytes,
    filename: str,
    flags: int,
    compile_: Callable[..., Any],
) -> tuple[int, bytes, Any]:
    """The cached entry when it was compiled from the same source with the same flags (a
    comparison of the bytes: cheaper than hashing them), else a new one."""
    if known is not None and known[0] == flags and known[1] == source:
        return known
    return flags, source, compile_(source, filename, "exec", flags, True)


def _read(path: Path) -> Entries:
    """The cached modules by file name; empty when the file is missing, too big or damaged."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError:
        return {}
    if len(data) > MAX_BYTES or not data.startswith(FORMAT):
        return {}
    try:
        entries = marshal.loads(data[len(FORMAT) :])
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {
        name: entry
        for name, entry in entries.items()
        if isinstance(entry, tuple)
        and len(entry) == 3
        and isinstance(entry[0], int)
        and isinstance(entry[1], bytes)
        and isinstance(entry[2], CodeType)
        and entry[2].co_filename == name
    }
