"""The export layer stays pure and cheap to import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.test_architecture import imports_of

EXPORT = Path(__file__).resolve().parents[2] / "planner" / "export"
ROOT = EXPORT.parents[1]


def test_export_never_touches_the_database_or_qt():
    for path in sorted(EXPORT.rglob("*.py")):
        for name in imports_of(path):
            assert not name.startswith(("sqlite3", "sqlite_utils", "planner.storage")), path
            assert not name.startswith(("PySide6", "shiboken6", "planner.gui")), path


def test_importing_the_pdf_package_does_not_load_reportlab():
    """The desktop app imports the API at start-up; reportlab loads on the first export."""
    code = "import sys, planner.export.pdf; print('reportlab' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
