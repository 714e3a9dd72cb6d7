"""The About box: versions, licences and the O*NET attribution the data licence requires."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from planner import __version__
from planner.services.about import data_attribution, library_versions


def about_text(catalog_version: str) -> str:
    versions = library_versions()
    translate = QCoreApplication.translate
    return (
        f"<h3>Career Transition Planner {__version__}</h3><p>"
        + translate(
            "About",
            "Plan a move from technical IT work into project management: dated, costed and "
            "printable. Offline and private: no account, no network connections.",
        )
        + "</p><p>"
        + translate(
            "About",
            "Catalog %1. Prices carry their source and date; unverified ones say "
            "<i>check with issuer</i>.",
        ).replace("%1", catalog_version)
        + "</p>"
        f"<p><small>Python {platform.python_version()} · Qt {qVersion()} · "
        f"PySide6 {pyside_version} · SQLite {versions['SQLite']} · "
        f"reportlab {versions['reportlab']}</small></p>"
        + "<p><small>"
        + translate(
            "About",
            "Licences: the planner, MIT. Qt and PySide6, LGPL v3. reportlab, BSD. "
            "sqlite-utils, Apache 2.0. DejaVu fonts, Bitstream Vera licence. JSON Resume "
            "schema, MIT.",
        )
        + "</small></p>"
        f"<p><small>{data_attribution()}</small></p>"
    )


def show_about(parent: QWidget, catalog_version: str) -> None:
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("About", "About Career Transition Planner"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(catalog_version))
    box.exec()
