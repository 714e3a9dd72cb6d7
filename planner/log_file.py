"""The planner's log file: rotated at a few MB, every generation readable by its owner only."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from planner.paths import LOG_GENERATIONS, LOG_MAX_BYTES, private_file


class PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A log that never grows past LOG_MAX_BYTES x (LOG_GENERATIONS + 1); every file 0600."""

    def __init__(self, path: Path) -> None:
        private_file(path)
        super().__init__(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_GENERATIONS, encoding="utf-8"
        )
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def _open(self):  # type: ignore[no-untyped-def]
        private_file(Path(self.baseFilename))  # the new file after a rollover is owner-only too
        return super()._open()
