"""The About box: versions, licences and the O*NET attribution the data licence requires."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from planner import __version__
from planner.services.about import data_attribution, library_versions


def about_text(catalog_version: str) -> str:
    versions = library_versions()
    return (
        f"<h3>Career Transition Planner {__version__}</h3>"
        "<p>Plan a move from technical IT work into project management: dated, costed and "
        "printable. Offline and private: no account, no network connections.</p>"
        f"<p>Catalog {catalog_version}. Prices carry their source and date; unverified ones "
        "say <i>check with issuer</i>.</p>"
        f"<p><small>Python {platform.python_version()} · Qt {qVersion()} · "
        f"PySide6 {pyside_version} · SQLite {versions['SQLite']} · "
        f"reportlab {versions['reportlab']}</small></p>"
        "<p><small>Licences: the planner, MIT. Qt and PySide6, LGPL v3. reportlab, BSD. "
        "sqlite-utils, Apache 2.0. DejaVu fonts, Bitstream Vera licence. JSON Resume schema, "
        "MIT.</small></p>"
        f"<p><small>{data_attribution()}</small></p>"
    )


def show_about(parent: QWidget, catalog_version: str) -> None:
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle("About Career Transition Planner")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(catalog_version))
    box.exec()
