"""Undoable edits; each one is already saved when pushed, and undo/redo write at once too.

The first write happens before the command is pushed, so a refused edit (bad input, full
disk) raises to the caller and never enters the undo history.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand


class SavedEdit(QUndoCommand):
    """An edit with a `write(value)` function, the value before and the value after."""

    def __init__(
        self,
        text: str,
        write: Callable[[Any], None],
        before: Any,
        after: Any,
        announce: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._write, self._before, self._after = write, before, after
        self._announce = announce
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:  # the first redo (from push) finds the change already saved
            self._write(self._after)
        self._pushed = True
        self._announce()

    def undo(self) -> None:
        self._write(self._before)
        self._announce()
