"""PDF pages as images at a bounded resolution (PDFium), for the print preview and the printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

# A page at 300 dpi is about 35 MB (A4); printers asking for 1,200 dpi would take 16x that,
# which is how the old print preview reached gigabytes. Text is vector in the PDF we hand over,
# so 300 dpi prints cleanly.
PRINT_DPI = 300
MAX_DPI = 600


class PdfPages:
    """An open PDF whose pages render one at a time onto white, freed as soon as they are drawn."""

    def __init__(self, path: Path) -> None:
        import pypdfium2

        self._document = pypdfium2.PdfDocument(str(path))
        self.path = path

    def __len__(self) -> int:
        return len(self._document)

    def size_points(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch)."""
        width, height = self._document[index].get_size()
        return QSizeF(width, height)

    def render(self, index: int, dpi: float) -> QImage:
        """Page index (0-based) as an opaque RGB32 image at dpi (capped at MAX_DPI)."""
        scale = min(max(dpi, 1.0), MAX_DPI) / 72.0
        page = self._document[index]
        try:
            bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255), prefer_bgrx=True)
            try:
                # BGRx bytes read as QImage's RGB32 (0xffRRGGBB) on little-endian hosts, which
                # is every host PDFium's wheels exist for; copy() detaches the image from
                # PDFium's buffer before that is freed.
                image = QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB32,
                ).copy()
            finally:
                bitmap.close()
        finally:
            page.close()
        return image

    def close(self) -> None:
        self._document.close()

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
