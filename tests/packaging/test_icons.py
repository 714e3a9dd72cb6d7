"""Application icons: the SVG source and square PNGs at every size, plus .ico and .icns."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", SIZES)
def test_png_at_each_size_is_square(size):
    assert png_size(ICONS / f"career-planner-{size}.png") == (size, size)


def test_svg_source_is_square():
    root = ET.parse(ICONS / "career-planner.svg").getroot()
    assert root.tag.endswith("svg")
    _, _, width, height = (float(n) for n in root.get("viewBox").split())
    assert width == height


def test_windows_and_macos_icons():
    assert (ICONS / "career-planner.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "career-planner.icns").read_bytes()[:4] == b"icns"
