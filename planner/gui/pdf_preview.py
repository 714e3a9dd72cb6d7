"""The print preview: the PDF's pages, drawn as they scroll into view, with Print and Export."""

from __future__ import annotations

import bisect
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.gui.pdf_pages import PdfPages

GAP = 16  # pixels between pages and around them
CACHED_PAGES = 8  # rendered pages kept (each a few MB at screen resolution)
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


class PageStrip(QWidget):
    """Every page stacked vertically; a page is rendered only when it becomes visible."""

    current_page_changed = Signal(int)

    def __init__(self, pages: PdfPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.zoom = 1.0  # 1.0 = the page at its printed size on this screen
        self._cache: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self._wanted: list[int] = []
        self._render_next = QTimer(self)
        self._render_next.setSingleShot(True)
        self._render_next.timeout.connect(self._render_one)
        self.setAccessibleName(self.tr("PDF pages"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._relayout()

    # -- geometry --------------------------------------------------------------------
    def _pixels_per_point(self) -> float:
        return self.zoom * self.logicalDpiX() / 72.0

    def page_rect(self, index: int) -> QRect:
        width, height = self._widths[index], self._heights[index]
        return QRect(max(GAP, (self.width() - width) // 2), self.top_of(index), width, height)

    def _relayout(self) -> None:
        scale = self._pixels_per_point()
        sizes = [self.pages.size_points(i) for i in range(len(self.pages))]
        self._widths = [round(s.width() * scale) for s in sizes]
        self._heights = [round(s.height() * scale) for s in sizes]
        self._tops = []
        top = GAP
        for height in self._heights:
            self._tops.append(top)
            top += height + GAP
        self.setMinimumSize(max(self._widths, default=0) + 2 * GAP, top)
        self.update()

    def set_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if abs(zoom - self.zoom) > 1e-6:
            self.zoom = zoom
            self._cache.clear()
            self._relayout()

    def page_at(self, y: int) -> int:
        """The page at (or just above) vertical position y."""
        return max(0, bisect.bisect_right(self._tops, y) - 1)

    def top_of(self, index: int) -> int:
        return self._tops[index] if self._tops else GAP

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().dark())
        first = self.page_at(event.rect().top())
        last = self.page_at(event.rect().bottom())
        missing = []
        ratio = self.devicePixelRatioF()
        for index in range(first, last + 1):
            rect = self.page_rect(index)
            image = self._cache.get((index, rect.width()))
            if image is None:
                painter.fillRect(rect, QColor("white"))
                painter.setPen(QColor("#555555"))
                painter.drawText(
                    rect,
                    Qt.AlignmentFlag.AlignCenter,
                    self.tr("Page %1…").replace("%1", str(index + 1)),
                )
                missing.append(index)
            else:
                self._cache.move_to_end((index, rect.width()))
                image.setDevicePixelRatio(ratio)
                painter.drawImage(rect, image)
        painter.end()
        if missing:
            self._wanted = missing
            self._render_next.start(0)  # after this paint, so the view never waits on a page

    def _render_one(self) -> None:
        """Render one wanted page, then let the event loop breathe before the next."""
        while self._wanted:
            index = self._wanted.pop(0)
            rect = self.page_rect(index)
            key = (index, rect.width())
            if key in self._cache:
                continue
            dpi = self._pixels_per_point() * 72.0 * self.devicePixelRatioF()
            self._cache[key] = self.pages.render(index, dpi)
            while len(self._cache) > CACHED_PAGES:
                self._cache.popitem(last=False)
            self.update(rect)
            if self._wanted:
                self._render_next.start(0)
            return

    def rendered_pages(self) -> list[int]:
        return sorted({index for index, _ in self._cache})


class PdfPreviewDialog(QDialog):
    """A modal preview of the PDF that printing and export would produce."""

    print_requested = Signal()
    export_requested = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview — %1").replace("%1", path.name))
        self.setObjectName("pdfPreview")
        self.pages = PdfPages(path)
        self.strip = PageStrip(self.pages)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.strip)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setAccessibleName(self.tr("Preview of the printed plan"))
        self.scroll.verticalScrollBar().valueChanged.connect(self._show_page_number)
        self.page_label = QLabel()
        self.page_label.setAccessibleName(self.tr("Page number"))
        buttons = {
            "zoom_out": QPushButton(self.tr("Zoom &out")),
            "zoom_in": QPushButton(self.tr("Zoom &in")),
            "fit": QPushButton(self.tr("&Fit width")),
            "print": QPushButton(self.tr("&Print…")),
            "export": QPushButton(self.tr("&Export PDF…")),
            "close": QPushButton(self.tr("&Close")),
        }
        self.print_button, self.export_button = buttons["print"], buttons["export"]
        buttons["zoom_out"].clicked.connect(lambda: self._zoom_by(0.8))
        buttons["zoom_in"].clicked.connect(lambda: self._zoom_by(1.25))
        buttons["fit"].clicked.connect(self.fit_width)
        buttons["print"].clicked.connect(self.print_requested)
        buttons["export"].clicked.connect(self.export_requested)
        buttons["close"].clicked.connect(self.reject)
        buttons["print"].setDefault(True)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self._zoom_by(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=lambda: self._zoom_by(0.8))
        bar = QHBoxLayout()
        for key in ("zoom_out", "zoom_in", "fit"):
            bar.addWidget(buttons[key])
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        for key in ("print", "export", "close"):
            bar.addWidget(buttons[key])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self._size_to_screen()
        self._show_page_number()
        QTimer.singleShot(0, self.fit_width)

    def _size_to_screen(self) -> None:
        """Large enough to read a page, never larger than the screen it opens on."""
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        wanted = QSize(900, 1000).boundedTo(available.size() * 0.9)
        self.resize(wanted)

    def fit_width(self) -> None:
        if not len(self.pages):
            return
        viewport = self.scroll.viewport().width() - 2 * GAP
        points = self.pages.size_points(0).width()
        if viewport > 0 and points > 0:
            self.strip.set_zoom(viewport / (points * self.strip.logicalDpiX() / 72.0))

    def _zoom_by(self, factor: float) -> None:
        page = self.current_page()
        self.strip.set_zoom(self.strip.zoom * factor)
        self.scroll.verticalScrollBar().setValue(self.strip.top_of(page))

    def current_page(self) -> int:
        return self.strip.page_at(self.scroll.verticalScrollBar().value() + GAP)

    def _show_page_number(self, *_: object) -> None:
        total = len(self.pages)
        shown = min(self.current_page() + 1, total)
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%2", str(total)).replace("%1", str(shown))
            if total
            else self.tr("No pages")
        )

    def done(self, result: int) -> None:
        self.pages.close()
        super().done(result)

    @classmethod
    def show_file(cls, parent: QWidget | None, path: Path, output) -> None:
        """Modal preview whose Print and Export act on this very file (patched in tests)."""
        dialog = cls(path, parent)
        dialog.print_requested.connect(lambda: output.print_file(path, dialog))
        dialog.export_requested.connect(lambda: output.save_copy(path, dialog))
        dialog.exec()
