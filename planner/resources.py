"""Find the resources/ folder in a checkout, an installed package or a frozen bundle.

- installed wheel (pip, pipx): setup.py's build_py copies the checkout's resources/ into the
  package as planner/resources/ (a data folder beside this module; `import planner.resources`
  still finds this module, as a module file wins over a folder without __init__.py);
- PyInstaller bundle (packaging/pyinstaller/career-planner.spec): <bundle>/_internal/resources,
  which is sys._MEIPASS/resources;
- checkout and editable installs: the top-level resources/.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_ENV = "CAREER_PLANNER_RESOURCES"


def resources_dir() -> Path:
    """The first folder holding catalog/: $CAREER_PLANNER_RESOURCES, bundle, package, checkout."""
    here = Path(__file__).resolve().parent
    candidates = []
    if os.environ.get(_ENV):
        candidates.append(Path(os.environ[_ENV]))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "catalog").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"the planner's resources folder is missing (looked in {searched})")
