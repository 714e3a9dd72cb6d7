"""A list model over the people in the database that stays fast with thousands of people."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex

if TYPE_CHECKING:
    from planner.storage.people import PersonSummary

# Qt.ItemDataRole.UserRole + 1, written out: the Qt namespace loads after the first paint.
PersonIdRole = 0x0100 + 1
DISPLAY, TOOLTIP, ACCESSIBLE_DESCRIPTION = 0, 3, 12  # Qt.ItemDataRole values
BATCH = 200

Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractListModel):
    """Rows are PersonSummary; more are fetched as the view scrolls (canFetchMore/fetchMore)."""

    def __init__(self, people_repo, parent=None) -> None:
        super().__init__(parent)
        self._repo = people_repo
        self._rows: list[PersonSummary] = []
        self._total = 0
        self.query = ""
        self.tag: str | None = None
        self.sort = "name"

    @property
    def repository(self):
        return self._repo

    def set_repository(self, people_repo) -> None:
        self._repo = people_repo
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list(self._fetch(0)) if self._repo is not None else []
        self._total = len(self._rows) + (1 if len(self._rows) == BATCH else 0)
        self.endResetModel()

    def _fetch(self, offset: int):
        return self._repo.list(
            query=self.query, tag=self.tag, sort=self.sort, limit=BATCH, offset=offset
        )

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._total > len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = list(self._fetch(len(self._rows)))
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows += more
            self.endInsertRows()
        self._total = len(self._rows) + (1 if len(more) == BATCH else 0)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        person = self._rows[index.row()]
        if role == DISPLAY:
            return person.name
        if role == TOOLTIP:
            details = [person.current_role, person.region, ", ".join(person.tags)]
            return "\n".join(x for x in details if x) or person.name
        if role == ACCESSIBLE_DESCRIPTION:
            return person.current_role
        if role == PersonIdRole:
            return person.id
        return None

    def row_of(self, person_id: int) -> int | None:
        for row, person in enumerate(self._rows):
            if person.id == person_id:
                return row
        return None
