"""The planner's log file: rotated at a few MB, every generation readable by its owner only."""

from __future__ import annotations

import logging
from pathlib import Path

from planner.paths import LOG_GENERATIONS, LOG_MAX_BYTES, private_file


class PrivateLog(logging.Handler):
    """A log that never grows past LOG_MAX_BYTES x (LOG_GENERATIONS + 1); every file 0600.

    The rotating file handler is made at the first record: a start that logs nothing does not
    import logging.handlers (with socket, pickle and queue, about 10 ms of the app's start).
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        private_file(path)  # an unwritable folder is an OSError now, where the caller expects it
        self.baseFilename = str(path.absolute())
        self._rotating: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._rotating is None:
            self._rotating = _rotating(Path(self.baseFilename))
        self._rotating.emit(record)

    def close(self) -> None:
        if self._rotating is not None:
            self._rotating.close()
        super().close()


def _rotating(path: Path) -> logging.Handler:
    import logging.handlers

    class PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
        def _open(self):  # type: ignore[no-untyped-def]
            private_file(Path(self.baseFilename))  # the file after a rollover is owner-only too
            return super()._open()

    handler = PrivateRotatingHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_GENERATIONS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler
