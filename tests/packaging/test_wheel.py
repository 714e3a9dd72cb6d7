"""`pip install .` gives a working `career-planner` with its resources, away from the checkout.

Builds a wheel from a copy of the sources (so no build/ or egg-info lands in the checkout),
checks that resources/ is inside it as planner/resources/, installs it with --no-deps into a
fresh venv that sees this interpreter's site-packages (PySide6, reportlab ... without
downloads; the checkout itself is not on its path), and runs the command from another folder.
Building uses pip's isolated build environment (setuptools from the package index, as a user's
`pip install .` does); installing uses `pip --python` (pip 22.3+).
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from planner import __version__

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "planner", "resources")
EXPECTED = (
    "planner/resources/catalog/certifications.json",
    "planner/resources/schemas/profile.schema.json",
    "planner/resources/fonts/DejaVuSans.ttf",
    "planner/resources/fonts/DejaVu-LICENSE.txt",
    "planner/resources/demo/dana.json",
    "planner/resources/icons/career-planner.svg",
    "planner/resources/icons/career-planner-32.png",
    "planner/resources.py",
    "planner/cli.py",
)


def run(command: list[str | Path], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(part) for part in command],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
        **kwargs,
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


def build_wheel(tmp_path: Path) -> Path:
    source = tmp_path / "source"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, source])
    (wheel,) = wheels.glob("career_transition_planner-*.whl")
    return wheel


def make_venv(tmp_path: Path) -> Path:
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv])  # this pip installs (--python)
    python = venv / "bin" / "python"
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    # Plain folder lines: the parent's .pth files (an editable checkout) are not processed.
    parents = [p for p in {*site.getsitepackages(), *sys.path} if p.endswith("-packages")]
    (Path(purelib.stdout.strip()) / "_parent_site_packages.pth").write_text(
        "\n".join(sorted(p for p in parents if Path(p).is_dir())) + "\n", encoding="utf-8"
    )
    return venv


def test_wheel_installs_a_working_command(tmp_path):
    wheel = build_wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in EXPECTED if name not in names]
    assert not missing, f"not in {wheel.name}: {missing}"
    assert not any("__pycache__" in name for name in names)

    venv = make_venv(tmp_path)
    pip = [sys.executable, "-m", "pip", "--python", venv / "bin" / "python"]
    run([*pip, "install", "--no-deps", "-q", wheel])

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"CAREER_PLANNER_RESOURCES", "PYTHONPATH", "VIRTUAL_ENV"}
    }
    env |= {
        "CAREER_PLANNER_DB": str(tmp_path / "planner.db"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    command = venv / "bin" / "career-planner"

    version = run([command, "--version"], cwd=outside, env=env)
    assert version.stdout.strip() == f"career-planner {__version__}"

    where = run(
        [
            venv / "bin" / "python",
            "-c",
            "from planner.resources import resources_dir as r; print(r())",
        ],
        cwd=outside,
        env=env,
    )
    found = Path(where.stdout.strip())
    assert found.is_relative_to(venv), f"resources found in {found}, not in the installed package"

    plan = run([command, "plan", "--demo"], cwd=outside, env=env)
    assert "Dana Example" in plan.stdout

    pdf = tmp_path / "dana.pdf"
    run([command, "export", found / "demo" / "dana.json", "-o", pdf], cwd=outside, env=env)
    assert pdf.read_bytes()[:5] == b"%PDF-"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")
def test_linux_bundle_builds_and_runs():
    """packaging/check_bundle.sh: PyInstaller build (~30 s), then the bundle's own checks."""
    pytest.importorskip("PyInstaller")
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "check_bundle.sh")],
        check=False,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "PYTHON": sys.executable},
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "all bundle checks passed" in result.stdout
