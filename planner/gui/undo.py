"""Undoable edits; each one is already saved when pushed, and undo/redo write at once too.

The first write happens before the command is pushed, so a refused edit (bad input, full
disk) raises to the caller and never enters the undo history.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack


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


def push_saved(
    stack: QUndoStack,
    text: str,
    write: Callable[[Any], None],
    before: Any,
    after: Any,
    *,
    announce: Callable[[], None],
    saved: bool = False,
) -> None:
    """Write `after` (unless the caller has already saved it), then push the edit.

    The one way every screen makes an undoable edit: a write that fails raises here, before
    anything enters the undo history.
    """
    if not saved:
        write(after)
    stack.push(SavedEdit(text, write, before, after, announce))


def after_the_edit(select: Callable[[], None], then: Callable[[], None]) -> Callable[[], None]:
    """An announce for edits on rows (notes, ledger projects): undo and redo bring the person
    back on screen with select(); the first call is the edit itself, made on screen already
    (and perhaps while the session is switching to someone else), so it only calls then()."""
    first = True

    def announce() -> None:
        nonlocal first
        if not first:
            select()
        first = False
        then()

    return announce


class RowRef:
    """The database id a row has now; every command about that row shares one ref, because
    undoing a delete re-adds the row under a new id."""

    def __init__(self, refs: RowRefs, row_id: int | None) -> None:
        self._refs = refs
        self.id = row_id

    def rebind(self, row_id: int | None) -> None:
        self._refs.by_id.pop(self.id, None)
        self.id = row_id
        if row_id is not None:
            self._refs.by_id[row_id] = self


class RowRefs:
    """One RowRef per row, so 'add', then 'delete', then two undos find the same row."""

    def __init__(self) -> None:
        self.by_id: dict[int | None, RowRef] = {}

    def for_id(self, row_id: int) -> RowRef:
        return self.by_id.get(row_id) or RowRef(self, row_id)

    def new(self) -> RowRef:
        return RowRef(self, None)
