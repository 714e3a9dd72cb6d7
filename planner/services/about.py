"""What the About box names: the libraries the planner runs on and the data it credits."""

from __future__ import annotations

from planner.catalog.onet import ONET_ATTRIBUTION


def library_versions() -> dict[str, str]:
    """SQLite's and reportlab's versions (reportlab is imported only when the box asks)."""
    from planner.export.versions import reportlab_version
    from planner.storage.database import sqlite_version

    return {"SQLite": sqlite_version(), "reportlab": reportlab_version()}


def data_attribution() -> str:
    """The O*NET attribution the data licence requires wherever its data is shown."""
    return ONET_ATTRIBUTION
