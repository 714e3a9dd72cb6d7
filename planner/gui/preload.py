"""Load Qt's libraries and the font configuration on a second core while the app starts."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

# In the order PySide6 needs them: each loads the Qt libraries it links to with it.
PYSIDE_MODULES = ("QtCore", "QtGui", "QtWidgets")


def start_preload(platform: str) -> bool:
    """Start loading, on a thread of their own, the libraries the window needs and the system's
    font configuration; whether it started (not without PySide6 where pip puts it, or _ctypes).
    platform: the Qt platform plugin's name (desktop_libs.platform_name).

    Before its window shows, the app spends about 20 ms loading and linking Qt's libraries and
    5 ms reading fontconfig's configuration files, on one core while the other idles. Started
    first, both run beside the Python imports that come before them; PySide6's own import and
    Qt's first words then find them done (the dynamic linker loads a library once, and
    fontconfig reads its configuration once). The libraries are opened with the flags Python
    uses for extension modules, so importing them later links nothing more. Qt records its
    main thread when the application is made, on the main thread, as before.
    """
    try:
        from _ctypes import call_function, dlopen, dlsym
    except ImportError:
        return False
    files = library_files(platform)
    if not files:
        return False

    def load() -> None:
        try:
            for file in files:
                dlopen(str(file), sys.getdlopenflags())
            fontconfig = dlopen("libfontconfig.so.1", os.RTLD_LAZY)
            call_function(dlsym(fontconfig, "FcInit"), ())
        except BaseException:  # a help only: Qt loads whatever is left itself, as before
            pass

    _one_heap(dlopen, dlsym, call_function)
    import _thread  # threading's own start: its module is 70 KB of code to import first

    _thread.start_new_thread(load, ())
    return True


M_ARENA_MAX = -8  # glibc's mallopt parameter


def _one_heap(dlopen, dlsym, call_function) -> None:
    """One malloc heap for every thread (glibc's default gives each thread its own the first
    time it allocates): the app's few threads mostly wait for the GIL, and each extra heap
    keeps its own free memory, 0.15 MiB of the start's peak for this thread alone."""
    try:
        libc = dlopen(None, os.RTLD_LAZY)  # the program's own symbols: libc's among them
        call_function(dlsym(libc, "mallopt"), (M_ARENA_MAX, 1))
    except (OSError, AttributeError, TypeError):
        pass


def library_files(platform: str) -> Sequence[Path]:
    """PySide6's and shiboken6's libraries and the platform plugin, as pip installs them (a
    frozen bundle keeps them elsewhere: nothing then)."""
    import importlib.util

    specs = [importlib.util.find_spec(name) for name in ("shiboken6", "PySide6")]
    if any(spec is None or not spec.origin for spec in specs):
        return []
    shiboken, pyside = (Path(spec.origin).parent for spec in specs)  # type: ignore[union-attr, arg-type]
    try:
        shiboken_libs = sorted(p for p in shiboken.iterdir() if p.name.startswith("libshiboken6."))
        pyside_libs = sorted(p for p in pyside.iterdir() if p.name.startswith("libpyside6."))
    except OSError:
        return []
    files = [
        *shiboken_libs,
        shiboken / "Shiboken.abi3.so",
        *pyside_libs,
        *(pyside / f"{name}.abi3.so" for name in PYSIDE_MODULES),
        pyside / "Qt" / "plugins" / "platforms" / f"libq{platform}.so",
    ]
    return [file for file in files if file.is_file()]
