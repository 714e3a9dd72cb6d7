"""The people list as a dashboard table that stays fast with 50,000 people.

It holds the rows shown so far and asks storage for one page at a time, continuing after the
last row it holds (keyset paging); the total comes from a separate count, not from rows.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)

from planner.gui.roles import ACCESSIBLE_DESCRIPTION, DISPLAY, TOOLTIP, USER

if TYPE_CHECKING:
    from planner.domain.people_list import PersonSummary

PersonIdRole = USER + 1
# The roles data() answers. A view's delegate asks seven roles of every cell it draws, most of
# them None here: those are answered before the index is looked at.
ANSWERED = frozenset((DISPLAY, TOOLTIP, ACCESSIBLE_DESCRIPTION, PersonIdRole))
PAGE_SIZE = 100  # rows asked of storage at a time: two to three tall screens of the list
# (header, the storage sort its header click asks for): the coach's dashboard columns.
COLUMNS = (
    (QT_TRANSLATE_NOOP("PeopleModel", "Name"), "name"),
    (QT_TRANSLATE_NOOP("PeopleModel", "Done"), "progress"),
    (QT_TRANSLATE_NOOP("PeopleModel", "Next milestone"), "next"),
    (QT_TRANSLATE_NOOP("PeopleModel", "Overdue"), "overdue"),
    (QT_TRANSLATE_NOOP("PeopleModel", "Last session"), "last-session"),
    (QT_TRANSLATE_NOOP("PeopleModel", "Ready to apply"), "ready"),
    (QT_TRANSLATE_NOOP("PeopleModel", "Budget"), "verdict"),
    (QT_TRANSLATE_NOOP("PeopleModel", "Tags"), None),
)


def column_titles() -> list[str]:
    """The columns' headings in the app's language."""
    return [QCoreApplication.translate("PeopleModel", title) for title, _ in COLUMNS]


def _day(text: str) -> str:
    """A stored ISO date as a table cell shows dates ('08.03.2027'); '' for none. The list is
    sorted by storage on the ISO dates, so the cell's text never decides the order."""
    from planner.domain.people_list import NO_DAY  # not before the first paint
    from planner.gui.formats import numeric_day

    if not text or text == NO_DAY:
        return ""
    try:
        return numeric_day(date.fromisoformat(text))
    except ValueError:
        return text


Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    """Rows are PersonSummary; more are fetched as the view scrolls (canFetchMore/fetchMore).
    The dashboard columns come from stored status, so no plan is rebuilt to show them."""

    def __init__(self, people_repo, parent=None) -> None:
        super().__init__(parent)
        self._repo = people_repo
        self._rows: list[PersonSummary] = []
        self._row_of: dict[int, int] = {}
        self._total = 0
        self.query = ""
        self.tag: str | None = None
        self.sort = "name"
        self.only: str | None = None  # overdue, exam-soon or no-session
        self.today = date.today

    @property
    def repository(self):
        return self._repo

    @property
    def total(self) -> int:
        """How many people match the query and tag (not only the rows fetched so far)."""
        return self._total

    def set_repository(self, people_repo) -> None:
        """Read from people_repo from the next reload() on (the caller reloads, once)."""
        self._repo = people_repo

    def reload(self) -> None:
        self.beginResetModel()
        if self._repo is None:
            self._rows, self._total = [], 0
        else:
            page = self._repo.search(
                query=self.query,
                tag=self.tag,
                sort=self.sort,
                limit=PAGE_SIZE,
                status=self.only,
                today=self.today(),
            )
            self._rows, self._total = list(page.people), page.total
        self._row_of = {person.id: row for row, person in enumerate(self._rows)}
        self.endResetModel()

    def position(self, person_id: int) -> int | None:
        """The row the person would have once enough pages are fetched; None if not listed."""
        if person_id in self._row_of:
            return self._row_of[person_id]
        if self._repo is None:
            return None
        return self._repo.position(
            person_id,
            query=self.query,
            tag=self.tag,
            sort=self.sort,
            status=self.only,
            today=self.today(),
        )

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation.value == 1 and 0 <= section < len(COLUMNS):
            # 1: Qt.Orientation.Horizontal. The list's own header asks its own model
            # (PeoplePanel); this answers anyone else (accessibility, tests).
            return QCoreApplication.translate("PeopleModel", COLUMNS[section][0])
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._total > len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._repo is None or not self._rows:
            return
        more = self._repo.list(
            query=self.query,
            tag=self.tag,
            sort=self.sort,
            limit=PAGE_SIZE,
            after=self._rows[-1],
            status=self.only,
            today=self.today(),
        )
        if not more:  # people were deleted since the count: nothing further to show
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows += more
        self._row_of.update((person.id, start + i) for i, person in enumerate(more))
        self.endInsertRows()
        self._total = max(self._total, len(self._rows))

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ANSWERED or not index.isValid() or index.row() >= len(self._rows):
            return None
        person = self._rows[index.row()]
        if role == DISPLAY:
            return self._cell(person, index.column())
        if role == TOOLTIP:
            details = [person.current_role, person.region, ", ".join(person.tags)]
            return "\n".join(x for x in details if x) or person.name
        if role == ACCESSIBLE_DESCRIPTION:
            return person.current_role
        if role == PersonIdRole:
            return person.id
        return None

    def _cell(self, person: PersonSummary, column: int) -> str:
        # Imported when the first row is drawn: the window paints before the plan models load.
        from planner.gui.widgets.step_style import verdict_word
        from planner.services.milestones import milestone_text

        if column == 0:
            return person.name
        if column == 1:
            return f"{round(person.progress * 100)}%" if person.steps else ""
        if column == 2:
            day = _day(person.next_day)
            return f"{day} {milestone_text(person.next_kind, person.next_title)}" if day else ""
        if column == 3:
            late = person.overdue(self.today())
            return str(late) if late else ""
        if column == 4:
            return _day(person.last_note)
        if column == 5:
            return _day(person.ready_to_apply)
        if column == 6:
            return verdict_word(person.budget_verdict)
        return ", ".join(person.tags)

    def row_of(self, person_id: int) -> int | None:
        return self._row_of.get(person_id)
