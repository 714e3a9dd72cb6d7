"""The coach's list of people as a dashboard: search, tag and status filters, sortable columns."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.gui.people_model import COLUMNS, PeopleModel, PersonIdRole, column_titles
from planner.gui.plural import resolved

SELECT_AT_ONCE_PAGES = 5  # pages fetched at once to show a selected person; then one a turn
SORTS = (
    (QT_TRANSLATE_NOOP("PeoplePanel", "Name"), "name"),
    (QT_TRANSLATE_NOOP("PeoplePanel", "Recently changed"), "updated"),
    (QT_TRANSLATE_NOOP("PeoplePanel", "Newest"), "created"),
    (QT_TRANSLATE_NOOP("PeoplePanel", "Track"), "track"),
    (QT_TRANSLATE_NOOP("PeoplePanel", "Progress"), "progress"),
    (QT_TRANSLATE_NOOP("PeoplePanel", "Next milestone"), "next"),
    (QT_TRANSLATE_NOOP("PeoplePanel", "Most overdue"), "overdue"),
    (QT_TRANSLATE_NOOP("PeoplePanel", "Longest without a session"), "last-session"),
    (QT_TRANSLATE_NOOP("PeoplePanel", "Ready to apply"), "ready"),
    (QT_TRANSLATE_NOOP("PeoplePanel", "Budget verdict"), "verdict"),
)
SHOW = (
    (QT_TRANSLATE_NOOP("PeoplePanel", "Everyone"), None),
    (QT_TRANSLATE_NOOP("PeoplePanel", "Overdue steps"), "overdue"),
    (QT_TRANSLATE_NOOP("PeoplePanel", "Exam in 30 days"), "exam-soon"),
    (QT_TRANSLATE_NOOP("PeoplePanel", "No session in 60 days"), "no-session"),
)


class PeoplePanel(QWidget):
    person_selected = Signal(object)  # int | None
    add_requested = Signal()
    delete_requested = Signal()

    def __init__(self, people_repo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("People"))
        self.model = PeopleModel(people_repo, self)
        self._pending: int | None = None  # a person whose row is still being fetched

        self.search = QLineEdit(placeholderText=self.tr("Search names, roles, tags, notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search people"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.sort = QComboBox()
        self.sort.setAccessibleName(self.tr("Sort people"))
        for label, key in SORTS:
            self.sort.addItem(self.tr(label), key)
        self.only = QComboBox()
        self.only.setAccessibleName(self.tr("Show"))
        for label, key in SHOW:
            self.only.addItem(self.tr(label), key)
        # A table, not a tree: a tree view fetches a second page as soon as it is reset.
        self.view = QTableView()
        rows, header = self.view.verticalHeader(), self.view.horizontalHeader()
        # The header shows its titles from a model of its own, held by Qt. The people model's
        # headerData (kept for accessibility) is a Python override: each call hands Python a
        # Qt.Orientation, and the first builds all 117 enums of PySide6's Qt namespace, about
        # an eighth of the start. Hidden while the view takes the people model, the headers
        # never ask it.
        rows.hide()
        header.hide()
        self.view.setModel(self.model)
        titles = column_titles()
        self.header_titles = QStandardItemModel(0, len(titles), self)
        self.header_titles.setHorizontalHeaderLabels(titles)
        header.setModel(self.header_titles)
        header.show()
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setAccessibleName(self.tr("People list"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # 50,000 rows: never measured
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header.setAccessibleName(self.tr("People list columns: click one to sort by it"))
        header.setSectionsClickable(True)
        header.setHighlightSections(False)
        header.sectionClicked.connect(self._on_header_clicked)
        # Room for the data, and for the header's words in any language (the list scrolls
        # sideways rather than cut a heading short).
        fm = header.fontMetrics()
        for column, width in enumerate((170, 50, 210, 64, 92, 100, 84)):
            title = titles[column]
            header.resizeSection(
                column, max(width, fm.horizontalAdvance(title) + 2 * fm.averageCharWidth())
            )
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("&Add person"))
        self.add_button.setAccessibleName(self.tr("Add person"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete person"))

        for box in (self.tag, self.only, self.sort):
            # Narrow by default (the panel shares the window); the open list shows full names.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(6)
        filters = QHBoxLayout()
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.only, 1)
        filters.addWidget(self.sort, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addLayout(buttons)

        # Search as the person types, but not on every keystroke.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._on_filters_changed)
        self.search.textChanged.connect(self._debounce.start)
        self.tag.currentIndexChanged.connect(self._on_filters_changed)
        self.sort.currentIndexChanged.connect(self._on_filters_changed)
        self.only.currentIndexChanged.connect(self._on_filters_changed)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.add_button.clicked.connect(self.add_requested)
        self.delete_button.clicked.connect(self.delete_requested)

    def field_widgets(self) -> tuple[QWidget, ...]:
        """The search box and the filters: what field_guard.guard protects."""
        return (self.search, self.tag, self.sort, self.only)

    def set_repository(self, people_repo) -> None:
        self.model.set_repository(people_repo)
        self.refresh()  # the one reload of the rows

    def refresh(self, keep: int | None = None) -> None:
        """Reload tags and rows, keeping the selection on `keep` when given."""
        repo = self.model.repository
        if repo is None:
            self.count.setText(self.tr("Opening the database…"))
            return
        current_tag = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for tag, number in repo.all_tags():
            self.tag.addItem(f"{tag} ({number})", tag)
        found = self.tag.findData(current_tag)
        self.tag.setCurrentIndex(max(0, found))
        self.tag.blockSignals(False)
        self._apply(keep)

    def _on_filters_changed(self) -> None:
        self._apply(self.current_id())

    def _on_header_clicked(self, section: int) -> None:
        """A column header sorts by that column (the same orders as the Sort box)."""
        key = COLUMNS[section][1]
        found = self.sort.findData(key) if key else -1
        if found >= 0:
            self.sort.setCurrentIndex(found)

    def _apply(self, keep: int | None) -> None:
        self.model.query = self.search.text().strip()
        self.model.tag = self.tag.currentData()
        self.model.sort = self.sort.currentData()
        self.model.only = self.only.currentData()
        self._pending = None
        self.model.reload()
        if self.model.query or self.model.tag or self.model.only:
            from planner.gui import formats  # not before the first paint (decimal, CLDR tables)

            everyone = self.model.repository.count()
            text = self.tr("%1 of %n person(s)", "", everyone).replace(
                "%1", formats.number(self.model.total, digits=0)
            )
            self.count.setText(resolved(text, everyone))
        else:
            total = self.model.total
            text = resolved(self.tr("%n person(s)", "", total), total)
            self.count.setText(text)
        if keep is not None:
            self.select(keep)

    def select(self, person_id: int) -> None:
        """Select the person's row, fetching pages down to it: the first few at once, the rest
        one page per event-loop turn, so someone far down a long list never freezes the window.
        """
        self._pending = None
        row = self.model.row_of(person_id)
        if row is None:
            target = self.model.position(person_id)
            if target is None:
                return  # not in this list: the search or tag leaves them out
            for _ in range(SELECT_AT_ONCE_PAGES):
                if target < self.model.rowCount() or not self.model.canFetchMore():
                    break
                self.model.fetchMore()
            row = self.model.row_of(person_id)
        if row is None:
            if self.model.canFetchMore():
                self._pending = person_id
                QTimer.singleShot(0, self._continue_select)
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.view.scrollTo(index)

    def _continue_select(self) -> None:
        person_id = self._pending
        if person_id is None:
            return  # the list was reloaded or the person chose someone else meanwhile
        self.model.fetchMore()
        if self.model.row_of(person_id) is not None or not self.model.canFetchMore():
            self.select(person_id)
        else:
            QTimer.singleShot(0, self._continue_select)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(PersonIdRole) if index.isValid() else None

    def _on_view_current_changed(self, current, _previous) -> None:
        self._pending = None
        self.person_selected.emit(current.data(PersonIdRole) if current.isValid() else None)

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
