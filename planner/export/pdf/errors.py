"""What a PDF export can fail with, in words the CLI and the GUI pass on to the person."""

from __future__ import annotations

from planner.domain.errors import PlannerError


class ExportError(PlannerError):
    """The PDF could not be written where asked (missing folder, no permission, full disk)."""


class ExportCancelled(PlannerError):
    """The person cancelled the export; nothing was written."""
