"""Build hook: ship the checkout's top-level resources/ inside the wheel as planner/resources/.

Everything else about the project is in pyproject.toml. planner.resources.resources_dir() looks
for planner/resources/ next to the installed package, so `pip install .` and `pipx install .`
give a working `career-planner` with its catalog, schemas, fonts, demo and icons. Editable
installs (`pip install -e .`) copy nothing: they read the checkout's resources/ directly.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"
SKIPPED_DIRS = {"__pycache__", ".git"}
SKIPPED_SUFFIXES = {".pyc", ".pyo", ".swp", ".orig", ".rej"}


def resource_files() -> list[Path]:
    """The files of resources/, relative to it, sorted (build caches and editor files left out)."""
    if not (RESOURCES / "catalog").is_dir():
        raise SystemExit(f"resources/catalog is missing beside setup.py ({RESOURCES})")
    found = []
    for path in sorted(RESOURCES.rglob("*")):
        relative = path.relative_to(RESOURCES)
        if not path.is_file() or SKIPPED_DIRS.intersection(relative.parts):
            continue
        if path.suffix in SKIPPED_SUFFIXES or path.name.endswith("~"):
            continue
        found.append(relative)
    return found


def _lrelease() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    tool = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    return tool if tool.is_file() else None


class BuildPyWithResources(build_py):
    """build_py, then copy resources/ to <build>/planner/resources/ (not for editable installs)."""

    def _target(self) -> Path:
        return Path(self.build_lib) / "planner" / "resources"

    def _editable(self) -> bool:
        return bool(getattr(self, "editable_mode", False))

    def run(self) -> None:
        super().run()
        if self._editable():
            return
        target = self._target()
        for relative in resource_files():
            destination = target / relative
            self.mkpath(str(destination.parent))
            self.copy_file(str(RESOURCES / relative), str(destination), preserve_mode=False)
        self._build_translations(target / "i18n")

    def _build_translations(self, folder: Path) -> None:
        """The GUI's .qm files from its .ts files, by PySide6's lrelease when the build
        environment has PySide6; otherwise the app compiles them on first start (it always has
        PySide6), so a wheel built in pip's isolated environment still speaks every language."""
        lrelease = _lrelease()
        if lrelease is None:
            print("lrelease (PySide6) not in the build environment: .qm files built at first start")
            return
        for source in sorted((RESOURCES / "i18n").glob("gui_*.ts")):
            self.spawn(
                [str(lrelease), "-silent", str(source), "-qm", str(folder / f"{source.stem}.qm")]
            )

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        if not self._editable():
            outputs += [str(self._target() / relative) for relative in resource_files()]
        return outputs


setup(cmdclass={"build_py": BuildPyWithResources})
