"""Run as a subprocess: many text updates and person switches, the load that aborted PySide6.

PySide6 6.12.0 on CPython 3.11 dies with "Fatal Python error: none_dealloc" after a few
thousand property updates; a separate process lets the test see the abort as an exit code.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel


def main(updates: int, switches: int) -> int:
    from planner.catalog import load_catalog
    from planner.gui.application import build_window
    from planner.services.workspace import open_workspace
    from tests.gui.conftest import persona_profile

    app = QApplication([])
    label = QLabel()
    for number in range(updates):
        label.setText(f"update {number}")
    with tempfile.TemporaryDirectory() as folder:
        catalog = load_catalog()
        workspace = open_workspace(Path(folder) / "soak.db", catalog, lambda: date(2027, 3, 1))
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = build_window(workspace, catalog, settings)
        window.show()
        people = [
            window.session.add_person(persona_profile(name))
            for name in ("developer", "service-manager")
        ]
        for number in range(switches):
            window.session.select(people[number % 2])
            app.processEvents()
        window.close()
        workspace.close()
    print("soak ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]), int(sys.argv[2])))
