"""Find the system libraries Qt's Linux platform plugins need before Qt aborts without them."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

# soname; its Debian and Ubuntu package; its Fedora (and RHEL) package. The call form: under
# `from __future__ import annotations` the class form hands typing three strings, each
# compiled at every start of the desktop app.
Library = NamedTuple("Library", [("soname", str), ("debian", str), ("fedora", str)])  # noqa: UP014


# What QtGui and QtWidgets load on every platform (their NEEDED entries, `readelf -d`).
COMMON = (
    Library("libEGL.so.1", "libegl1", "libglvnd-egl"),
    Library("libGL.so.1", "libgl1", "libglvnd-glx"),
    Library("libX11.so.6", "libx11-6", "libX11"),
    Library("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    Library("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    Library("libfreetype.so.6", "libfreetype6", "freetype"),
    Library("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
    Library("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
)
# The X11 plugin (libqxcb.so); a fresh Debian 12 desktop lacks the first three.
XCB = (
    Library("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    Library("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    Library("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    Library("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    Library("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    Library("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    Library("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    Library("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    Library("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    Library("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    Library("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    Library("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    Library("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    Library("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
)
WAYLAND = (
    Library("libwayland-client.so.0", "libwayland-client0", "libwayland-client"),
    Library("libwayland-cursor.so.0", "libwayland-cursor0", "libwayland-cursor"),
)
# The platforms that need no more than the common set.
SELF_CONTAINED = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "minimalegl"}


def platform_name(env: Mapping[str, str]) -> str:
    """The Qt platform plugin this environment will load (Qt's own choice, simplified)."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def needed(platform: str) -> tuple[Library, ...]:
    if platform == "xcb":
        return COMMON + XCB
    if platform.startswith("wayland"):
        return COMMON + WAYLAND
    return COMMON if platform in SELF_CONTAINED else ()


def _bundled_folders() -> list[Path]:
    """Where a wheel or a frozen bundle keeps its own copies (found before the system's)."""
    folders = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folders.append(Path(frozen))
    try:
        import importlib.util

        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    if spec and spec.origin:
        folders.append(Path(spec.origin).parent / "Qt" / "lib")
    return folders


def _dlopen(soname: str) -> None:
    """Load a library as Qt will (OSError when it cannot be); ctypes' own loader without the
    ctypes package, about 2.5 ms of every start. Qt loads these a moment later anyway."""
    try:
        from _ctypes import dlopen
    except ImportError:  # a Python whose ctypes is built otherwise
        from ctypes import CDLL

        CDLL(soname, mode=os.RTLD_LAZY)
        return
    dlopen(soname, os.RTLD_LAZY)


def _loads(soname: str) -> bool:
    try:
        _dlopen(soname)
    except OSError:
        return False
    return True


def missing(
    libraries: Iterable[Library],
    loads: Callable[[str], bool] | None = None,
    folders: Iterable[Path] | None = None,
) -> list[Library]:
    """The libraries that neither the system nor the bundle can provide."""
    loads = loads or _loads
    places = list(_bundled_folders() if folders is None else folders)
    return [
        lib
        for lib in libraries
        if not any((folder / lib.soname).exists() for folder in places) and not loads(lib.soname)
    ]


def _unique(names: Iterable[str]) -> str:
    return " ".join(dict.fromkeys(names))


def explain(absent: list[Library]) -> str:
    """One line: what is missing and the command that installs it on Debian/Ubuntu and Fedora."""
    return (
        f"the desktop app needs system libraries that are missing "
        f"({', '.join(lib.soname for lib in absent)}); install them with "
        f"'sudo apt install {_unique(lib.debian for lib in absent)}' (Debian, Ubuntu) or "
        f"'sudo dnf install {_unique(lib.fedora for lib in absent)}' (Fedora), then start it again"
    )


def check(env: Mapping[str, str] | None = None) -> str | None:
    """None when Qt can load its platform plugin here, else the one-line explanation."""
    if not sys.platform.startswith("linux"):
        return None
    absent = missing(needed(platform_name(os.environ if env is None else env)))
    return explain(absent) if absent else None
