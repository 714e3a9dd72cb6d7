"""The Linux menu entry, AppStream metainfo and macOS Info.plist: valid, and one id, one version."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from planner import __version__

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.careerplanner.CareerPlanner"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def run(*command: str | Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(part) for part in command],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        **kwargs,
    )


def desktop_entry(path: Path) -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_file_validates():
    result = run("desktop-file-validate", DESKTOP)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream absent")
def test_metainfo_validates():
    result = run("appstreamcli", "validate", "--no-net", "--explain", METAINFO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_starts_the_gui_with_the_app_icon():
    entry = desktop_entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "career-planner gui"
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == "career-planner"  # Qt's WM_CLASS: the application name


def test_one_id_and_one_version_everywhere():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == DESKTOP.name
    assert component.find("provides/binary").text == "career-planner"
    newest = component.find("releases/release")
    assert newest.get("version") == __version__, "add a <release> for the new version"
    with (ROOT / "packaging" / "macos" / "Info.plist").open("rb") as handle:
        info = plistlib.load(handle)
    assert info["CFBundleIdentifier"] == APP_ID
    # The version is filled in by the spec from planner.__version__, never written here.
    assert "CFBundleShortVersionString" not in info and "CFBundleVersion" not in info
    iss = (ROOT / "packaging" / "windows" / "installer.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss and __version__ not in iss


def test_install_desktop_script_installs_and_uninstalls(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    script = LINUX / "install-desktop.sh"
    result = run("sh", script, env=env)
    assert result.returncode == 0, result.stderr
    data = tmp_path / "data"
    installed = data / "applications" / DESKTOP.name
    assert desktop_entry(installed)["Exec"] == "career-planner gui"
    assert (data / "metainfo" / METAINFO.name).is_file()
    for size in (16, 32, 48, 128, 256, 512):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        assert run("desktop-file-validate", installed).returncode == 0

    result = run("sh", script, "--uninstall", env=env)
    assert result.returncode == 0, result.stderr
    assert not any(path.is_file() for path in data.rglob(f"{APP_ID}*"))


def test_build_scripts_parse():
    for script in ("build.sh", "check_bundle.sh", "macos/build.sh"):
        assert run("bash", "-n", ROOT / "packaging" / script).returncode == 0, script
    assert run("sh", "-n", LINUX / "install-desktop.sh").returncode == 0
