"""Render resources/icons/career-planner.svg to the PNG sizes, a Windows .ico and a macOS .icns,
and the Profile page's note mark (note-info.svg) to its PNG sizes.

Usage: python3 packaging/render_icons.py  (re-run after editing the SVG; the outputs are committed)

Rendering uses Qt's SVG renderer offscreen (no display, no extra tools); Pillow (a reportlab
dependency) packs the .ico and .icns.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "career-planner.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)
NOTE_SVG = ICONS / "note-info.svg"
NOTE_SIZES = (16, 24, 32, 48, 64)  # planner.gui.pages.profile.widgets.NOTE_MARK_SIZES


def png_path(size: int) -> Path:
    return ICONS / f"career-planner-{size}.png"


def note_png_path(size: int) -> Path:
    return ICONS / f"note-info-{size}.png"


def render(size: int, svg: Path = SVG) -> bytes:
    """The SVG drawn at size x size pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = []
    for size in SIZES:
        png_path(size).write_bytes(render(size))
        written.append(png_path(size))
    for size in NOTE_SIZES:
        note_png_path(size).write_bytes(render(size, NOTE_SVG))
        written.append(note_png_path(size))
    # .ico: Windows picks the nearest size; .icns: macOS wants up to 1024 (512@2x).
    frames = {size: Image.open(io.BytesIO(render(size))).convert("RGBA") for size in ICO_SIZES}
    ico = ICONS / "career-planner.ico"
    frames[max(ICO_SIZES)].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    icns = ICONS / "career-planner.icns"
    big = Image.open(io.BytesIO(render(1024))).convert("RGBA")
    big.save(icns, format="ICNS", append_images=[Image.open(png_path(s)) for s in ICNS_SIZES])
    written += [ico, icns]
    for path in written:
        print(path.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
