"""Qt's libraries and the font configuration load on a second core while the app starts."""

from __future__ import annotations

import os

from planner.gui.preload import library_files
from tests.fresh_python import run_python

PRELOADED = """
import os, sys, time
from planner.gui.preload import start_preload

assert start_preload("offscreen")
deadline = time.monotonic() + 20
while "libQt6Widgets.so" not in open("/proc/self/maps").read():  # the thread's work, seen
    assert time.monotonic() < deadline, "Qt's libraries were never loaded"
    time.sleep(0.01)
assert "PySide6.QtCore" not in sys.modules  # loaded, not imported

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel("words")  # fonts: the configuration the thread read
label.show()
app.processEvents()
main = QThread.isMainThread() and QThread.currentThread() is app.thread()
print("main thread" if main else "other")
"""

ONE_HEAP = """
import os, threading
from _ctypes import call_function, dlopen, dlsym
from planner.gui.preload import start_preload

def reserved_heaps():  # a thread's own malloc heap: 64 MiB reserved, without access
    found = 0
    for line in open("/proc/self/maps"):
        fields = line.split()
        start, end = (int(x, 16) for x in fields[0].split("-"))
        found += fields[1] == "---p" and end - start > 32 * 2**20 and len(fields) < 6
    return found

start_preload("offscreen")
before = reserved_heaps()
malloc = dlsym(dlopen(None, os.RTLD_LAZY), "malloc")
worker = threading.Thread(target=lambda: [call_function(malloc, (1000,)) for _ in range(10)])
worker.start()
worker.join()
print(reserved_heaps() - before)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_the_libraries_are_pysides_and_the_platforms_as_installed():
    names = [file.name for file in library_files("offscreen")]
    assert names[0].startswith("libshiboken6.") and "Shiboken.abi3.so" in names
    assert (
        names.index("QtCore.abi3.so")
        < names.index("QtGui.abi3.so")
        < names.index("QtWidgets.abi3.so")
    )
    assert names[-1] == "libqoffscreen.so"
    assert all(file.is_file() for file in library_files("xcb"))


def test_nothing_is_preloaded_without_pyside6_where_pip_puts_it(monkeypatch):
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert library_files("xcb") == []


def test_preloaded_qt_still_has_the_main_thread_as_its_own():
    """The thread only loads: Qt records its main thread when the application is made."""
    assert run_python(["-c", PRELOADED], _env()).split() == ["main", "thread"]


def test_the_apps_threads_share_one_malloc_heap():
    """Each extra heap would keep its own free memory (the start's peak)."""
    assert run_python(["-c", ONE_HEAP], _env()).strip() == "0"
