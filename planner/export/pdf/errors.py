"""What a PDF export can fail with: the export-wide errors, under the names the PDF API uses."""

from __future__ import annotations

from planner.export.files import ExportCancelled, ExportError

__all__ = ["ExportCancelled", "ExportError"]
