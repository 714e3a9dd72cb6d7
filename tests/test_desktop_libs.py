"""Missing Qt platform libraries get one line naming the packages, before Qt can abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner import desktop_libs
from planner.desktop_libs import COMMON, WAYLAND, XCB, explain, missing, needed, platform_name


@pytest.mark.parametrize(
    ("env", "platform"),
    [
        ({"DISPLAY": ":0"}, "xcb"),
        ({"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
        ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "wayland"),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "xcb"),
    ],
)
def test_platform_follows_the_environment(env, platform):
    assert platform_name(env) == platform


def test_each_platform_needs_its_own_libraries():
    assert set(needed("xcb")) == set(COMMON + XCB)
    assert set(needed("wayland-egl")) == set(COMMON + WAYLAND)
    assert needed("offscreen") == COMMON
    assert needed("some-other-plugin") == ()


def test_a_library_in_the_bundle_counts_as_present(tmp_path):
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    absent = missing(XCB[:2], loads=lambda name: False, folders=[tmp_path])
    assert [lib.soname for lib in absent] == ["libxcb-icccm.so.4"]


def test_the_explanation_names_debian_and_fedora_packages_once():
    line = explain([lib for lib in XCB if lib.fedora == "libxcb"])
    assert "\n" not in line
    assert "sudo apt install libxcb-randr0 libxcb-shape0" in line
    assert "'sudo dnf install libxcb'" in line  # one Fedora package, named once


def test_gui_without_its_libraries_exits_2_with_one_line(monkeypatch, capsys):
    from planner.cli import main

    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(desktop_libs, "_loads", lambda name: name != "libxcb-keysyms.so.1")
    monkeypatch.setattr(desktop_libs, "_bundled_folders", list)
    assert main(["gui"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "libxcb-keysyms1" in err and "xcb-util-keysyms" in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux platform plugins")
def test_a_real_unloadable_library_is_caught_before_qt_loads(tmp_path):
    """A broken libxcb-cursor first on the search path: Qt's xcb plugin would abort (134)."""
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":99", LD_LIBRARY_PATH=str(tmp_path))
    run = subprocess.run(
        [sys.executable, "-m", "planner", "gui"],
        env=env,
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert run.returncode == 2
    assert "libxcb-cursor0" in run.stderr and run.stderr.count("\n") == 1


def test_the_check_loads_no_ctypes_package():
    """Every start of the desktop app runs the check; the ctypes package costs ~2.5 ms of it."""
    script = (
        "import sys; from planner.desktop_libs import check; check(); "
        "print('ctypes' in sys.modules)"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert run.stdout.strip() == "False"
