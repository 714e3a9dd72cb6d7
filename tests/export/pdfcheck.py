"""Reading a PDF back with pypdf: text per page, fonts, outline, images."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def reader(source: Path | bytes) -> PdfReader:
    if isinstance(source, bytes):
        import io

        return PdfReader(io.BytesIO(source))
    return PdfReader(source)


def page_texts(pdf: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in pdf.pages]


def frame_text(page: Any, top: float = 24 * 72 / 25.4, bottom: float = 20 * 72 / 25.4) -> str:
    """The page's text inside the body frame: no running header, footer or footnote."""
    height = float(page.mediabox.height)
    parts: list[str] = []

    def keep(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        y = tm[5] * cm[3] + cm[5]
        if bottom < y < height - top:
            parts.append(text)

    page.extract_text(visitor_text=keep)
    return "".join(parts)


def flat(text: str) -> str:
    """Whitespace runs as one space: line breaks then do not matter when comparing."""
    return re.sub(r"\s+", " ", text).strip()


def squeezed(text: str) -> str:
    """All whitespace removed: long words split across lines compare equal to the original."""
    return re.sub(r"\s+", "", text)


def _entries(value: Any) -> list[Any]:
    """A resource dictionary's values, whether it is inline or an indirect object."""
    return [] if value is None else list(value.get_object().values())


def fonts(pdf: PdfReader) -> dict[str, Any]:
    """Every font the pages (and their form XObjects) use, by BaseFont name."""
    found: dict[str, Any] = {}

    def walk(resources: Any) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for ref in _entries(resources.get("/Font")):
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
        for ref in _entries(resources.get("/XObject")):
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in pdf.pages:
        walk(page.get("/Resources"))
    return found


def is_embedded(font: Any) -> bool:
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and "/FontFile2" in descriptor.get_object()


def outline(pdf: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page number from 1) for every outline entry, in order."""
    entries: list[tuple[int, str, int]] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                entries.append((level, item.title, pdf.get_destination_page_number(item) + 1))

    walk(pdf.outline, 0)
    return entries


def image_count(pdf: PdfReader, page: int) -> int:
    resources = pdf.pages[page].get("/Resources").get_object()
    xobjects = resources.get("/XObject") or {}
    return sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")
