"""The tracks side by side (scope, methods, risk, team ...), with the O*NET attribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.catalog_model import Track
from planner.services.about import data_attribution


def onet_line(tracks: Sequence[Track]) -> str:
    cited = [f"{t.short_name}: {', '.join(t.onet_codes)}" for t in tracks if t.onet_codes]
    return QCoreApplication.translate(
        "TrackComparison", "O*NET-SOC occupations the tracks draw on — %1."
    ).replace("%1", "; ".join(cited))


class PaddedTextDelegate(QStyledItemDelegate):
    """Wrapped cell text with room around it (the default delegate sets it edge to edge)."""

    def _pad(self, option: QStyleOptionViewItem) -> int:
        return max(3, option.fontMetrics.height() // 3)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        pad = self._pad(option)
        width = max(option.rect.width(), option.fontMetrics.horizontalAdvance("M") * 12)
        text = str(index.data() or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width - 2 * pad, 100000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(width, bounds.height() + 2 * pad)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        pad = self._pad(option)
        painter.save()
        painter.setPen(option.palette.color(role))
        painter.drawText(
            option.rect.adjusted(pad, pad, -pad, -pad),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            str(index.data() or ""),
        )
        painter.restore()


class ComparisonTable(QTableWidget):
    """Read-only; rows are the aspects, columns the tracks; as tall as its wrapped text."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()
        # No empty grid under the last row: the table is exactly as tall as its rows.
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        self.setMaximumHeight(height)


class TrackComparison(QWidget):
    def __init__(
        self,
        tracks: Sequence[Track],
        aspect_labels: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Track comparison"))
        self.tracks = list(tracks)
        self.aspects = list(aspect_labels)
        em = self.fontMetrics().height()

        self.table = ComparisonTable(len(self.aspects), len(self.tracks))
        self.table.setAccessibleName(self.tr("Tracks side by side"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(True)
        self.table.setCornerButtonEnabled(False)  # nothing to select all of in a read-only grid
        corner = self.table.findChild(QAbstractButton)
        if corner is not None:
            corner.setAccessibleName(self.tr("Aspects by track"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Tracks"))
        self.table.verticalHeader().setAccessibleName(self.tr("Aspects"))
        self.table.setItemDelegate(PaddedTextDelegate(self.table))
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setAlternatingRowColors(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        self.table.setVerticalHeaderLabels([aspect_labels[a] for a in self.aspects])
        bold = QFont(self.font())
        bold.setBold(True)
        for row in range(len(self.aspects)):
            self.table.verticalHeaderItem(row).setFont(bold)
        for column, track in enumerate(self.tracks):
            for row, aspect in enumerate(self.aspects):
                item = QTableWidgetItem(track.aspects.get(aspect, "—"))
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                item.setToolTip(f"{track.short_name} · {aspect_labels[aspect]}")
                self.table.setItem(row, column, item)
        self.set_target(None)

        self.heading = QLabel(self.tr("How the tracks &differ"))
        self.heading.setBuddy(self.table)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.codes = QLabel(onet_line(self.tracks))
        self.codes.setWordWrap(True)
        self.attribution = QLabel(data_attribution())
        self.attribution.setWordWrap(True)
        self.attribution.setAccessibleName(self.tr("O*NET attribution"))
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        for label in (self.codes, self.attribution):
            label.setFont(small)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(em, em, em, em)
        layout.setSpacing(em // 2)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.codes)
        layout.addWidget(self.attribution)
        layout.addStretch(0)

    def set_target(self, target: str | None) -> None:
        """Mark the target track's column in words, so it reads without colour."""
        labels = [
            t.short_name + "\n" + (self.tr("★ your target") if t.id == target else "")
            for t in self.tracks
        ]
        self.table.setHorizontalHeaderLabels(labels)
        bold = QFont(self.font())
        bold.setBold(True)
        for column, label in enumerate(labels):
            item = self.table.horizontalHeaderItem(column)
            item.setFont(bold)
            item.setToolTip(label.rstrip("\n"))  # whole, where a narrow column shortens it
