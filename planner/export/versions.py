"""The versions of the libraries that write the exports (for the About box)."""

from __future__ import annotations


def reportlab_version() -> str:
    import reportlab  # imported only when asked: it is heavy, and off the start-up path

    return str(reportlab.Version)
