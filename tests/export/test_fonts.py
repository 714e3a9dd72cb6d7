"""The shipped family, the cmap reader, and system fonts for characters DejaVu lacks."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from planner.export.pdf import fonts, write_pdf
from tests.export.pdfcheck import fonts as pdf_fonts
from tests.export.pdfcheck import is_embedded, reader

MONO = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
ARC = "\u2312"  # ⌒: in DejaVu Sans Mono, not in DejaVu Sans


def test_the_family_and_its_licence_ship_with_the_app():
    folder = fonts.fonts_dir()
    for filename in fonts.FILES.values():
        assert (folder / filename).is_file()
    licence = (folder / "DejaVu-LICENSE.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "Permission is hereby granted" in licence


def test_the_cmap_reader_agrees_with_reportlab():
    path = fonts.fonts_dir() / fonts.FILES[fonts.REGULAR]
    faces = list(fonts._parse_faces(path, path.read_bytes()))
    assert len(faces) == 1
    assert faces[0].codepoints == frozenset(TTFontFile(str(path)).charToGlyph)


def test_cff_outline_fonts_are_not_candidates(tmp_path):
    # An 'OTTO' (CFF) font with a cmap but no glyf table: reportlab cannot embed it.
    header = b"OTTO" + struct.pack(">HHHH", 2, 32, 1, 0)
    tables = struct.pack(">4sIII", b"CFF ", 0, 100, 0) + struct.pack(">4sIII", b"cmap", 0, 100, 0)
    assert list(fonts._parse_faces(tmp_path / "x.otf", header + tables)) == []


def test_unreadable_font_files_are_skipped(tmp_path, monkeypatch):
    (tmp_path / "broken.ttf").write_bytes(b"\x00\x01\x00\x00garbage")
    (tmp_path / "empty.ttc").write_bytes(b"")
    monkeypatch.setattr(fonts, "system_font_dirs", lambda: [tmp_path])
    fonts.forget_fallbacks()
    try:
        assert fonts.fallback_fonts([0x4E2D]) == {0x4E2D: None}
    finally:
        fonts.forget_fallbacks()


@pytest.mark.skipif(not MONO.is_file(), reason="needs DejaVu Sans Mono (fonts-dejavu-core)")
def test_a_system_font_draws_what_the_shipped_one_lacks(tmp_path, demo_document, monkeypatch):
    from dataclasses import replace

    folder = tmp_path / "fonts"
    folder.mkdir()
    shutil.copy(MONO, folder / MONO.name)
    monkeypatch.setattr(fonts, "system_font_dirs", lambda: [folder])
    fonts.forget_fallbacks()
    try:
        assert ord(ARC) not in fonts.family().covered
        doc = replace(demo_document, roadmap=replace(demo_document.roadmap, person=f"Arc {ARC}"))
        result = write_pdf(doc, tmp_path / "p.pdf")
    finally:
        fonts.forget_fallbacks()
    assert result.missing_characters == ()
    pdf = reader(result.path)
    assert f"Arc {ARC}" in pdf.pages[0].extract_text()
    used = pdf_fonts(pdf)
    assert any("DejaVuSansMono" in name for name in used)
    assert all(is_embedded(font) for font in used.values())
