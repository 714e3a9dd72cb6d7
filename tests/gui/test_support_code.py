"""PySide6's support modules come from the cache after the first start, and never wrongly."""

from __future__ import annotations

import builtins
import os
import stat
import sys

from tests.fresh_python import run_python

# In a fresh interpreter: count the support modules really compiled while PySide6 is first
# imported inside cached_support_code, then use what they provide (signatures, enums).
SCRIPT = """
import builtins, sys
from pathlib import Path
compiled = []
real = builtins.compile
def counting(source, filename, *args, **kwargs):
    if str(filename).startswith("shibokensupport/") or filename == "signature_bootstrap.py":
        compiled.append(filename)
    return real(source, filename, *args, **kwargs)
builtins.compile = counting
from planner.gui.support_code import cached_support_code
with cached_support_code(Path(sys.argv[1])):
    from PySide6.QtCore import QObject, Qt
assert builtins.compile is counting, "compile() not given back"
from shibokensupport.signature import get_signature
assert str(get_signature(QObject.setObjectName)) == "(self, name: str, /) -> None"
try:
    QObject().setObjectName(1)
except TypeError as exc:  # worded by the support modules
    assert "setObjectName" in str(exc), exc
assert Qt.AlignmentFlag.AlignLeft.value == 1
print(len(compiled))
"""


def _fresh(script: str, folder) -> list[str]:
    """What script prints, run in a fresh offscreen interpreter with folder as its argument."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return run_python(["-c", script, str(folder)], env).split()


def _start(folder) -> int:
    return int(_fresh(SCRIPT, folder)[-1])


def test_the_support_modules_are_compiled_once_then_read_from_the_cache(tmp_path):
    folder = tmp_path / "cache"
    first = _start(folder)
    assert first >= 10  # shiboken6 6.11 compiles 14 of them, its bootstrap among them
    cached = folder / "pyside-support.code"
    assert stat.S_IMODE(cached.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert _start(folder) == 0  # all from the cache, and PySide6 works as before
    assert _start(folder) == 0


def test_a_damaged_or_foreign_cache_file_is_compiled_again_and_replaced(tmp_path):
    folder = tmp_path / "cache"
    first = _start(folder)
    cached = folder / "pyside-support.code"
    whole = cached.read_bytes()
    for damaged in (whole[: len(whole) // 2], b"not a cache", whole.replace(b"1 ", b"9 ", 1)):
        cached.write_bytes(damaged)
        assert _start(folder) == first
        assert cached.read_bytes() == whole
    # A module whose source changed (a PySide6 update) is compiled again; the rest is kept.
    cached.write_bytes(whole.replace(b"PySide6", b"PySide9", 1))
    assert 1 <= _start(folder) < first


def test_nothing_is_cached_without_a_folder_or_after_pyside6_is_imported(tmp_path):
    from planner.gui.support_code import cached_support_code

    assert "shiboken6" in sys.modules  # the GUI tests import PySide6 first
    real = builtins.compile
    with cached_support_code(tmp_path):
        assert builtins.compile is real
    with cached_support_code(None):
        assert builtins.compile is real
    assert not any(tmp_path.iterdir())


START = """
import builtins, sys
from pathlib import Path
from planner.gui.support_code import start_pyside

start_pyside(Path(sys.argv[1]))
assert builtins.__import__ is builtins.__orig_import__, "PySide6's import hook is still on"
from PySide6.QtCore import QObject, Qt, Signal


class Sender(QObject):
    sent = Signal(int)


got = []
sender = Sender()
sender.sent.connect(got.append)
sender.sent.emit(7)
import json  # later imports work as before
print(got == [7], Qt.AlignmentFlag.AlignLeft.value, json.dumps([1]))
"""


def test_the_app_imports_pyside6_with_the_interpreters_own_import_statement(tmp_path):
    """PySide6 routes every later import through its __feature__ hook (about 2 percent of the
    start); the planner never selects a feature, so its start puts the plain import back."""
    assert _fresh(START, tmp_path / "cache") == ["True", "1", "[1]"]


def test_no_planner_module_selects_a_pyside_feature():
    """The plain import statement is only right while nothing uses `from __feature__ import`."""
    import re
    from pathlib import Path

    selects = re.compile(r"^\s*(from __feature__ import|import __feature__)", re.MULTILINE)
    root = Path(__file__).resolve().parents[2] / "planner"
    users = [p for p in root.rglob("*.py") if selects.search(p.read_text(encoding="utf-8"))]
    assert users == []


PATTERNS = """
import gc, re, sys
from pathlib import Path
from planner.gui.lazy_pattern import LazyPattern
from planner.gui.support_code import start_pyside

real = re.compile
start_pyside(Path(sys.argv[1]))
assert re.compile is real, "re.compile not given back"
lazy = [o for o in gc.get_objects() if type(o) is LazyPattern]
assert all(p._compiled is None for p in lazy), "compiled at the import"
from PySide6.QtWidgets import QApplication, QLabel
from shibokensupport.signature import get_signature

app = QApplication([])
assert str(get_signature(QLabel.setText)) == "(self, arg__1: str, /) -> None"
try:
    QLabel().setText(5)
except TypeError as exc:  # worded from the signature texts the patterns read
    assert "QLabel.setText(arg__1: str, /)" in str(exc), exc
assert type(re.compile("a")) is re.Pattern  # everyone else's compile is the real one
print(len(lazy), sum(p._compiled is not None for p in lazy))
"""


def test_pysides_support_patterns_are_compiled_when_first_used(tmp_path):
    """Three verbose patterns compiled as PySide6 loads were about 12 ms of every start; they
    wait for a signature to be read, which still reads as before."""
    made, used = map(int, _fresh(PATTERNS, tmp_path / "cache"))
    assert made >= 2  # shiboken6 6.11: the signature parser's and two of the .pyi writer's
    assert 1 <= used < made  # the parser's, to read the signature; the writer's still wait
