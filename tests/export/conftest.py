"""Fixtures for the printed plan: reproducible dates, the demo plan rendered once, fonts."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from planner.codec.profile_file import profile_from_dict
from planner.domain.profile import Profile
from planner.engine import build_roadmap
from planner.export.pdf import PdfResult, PlanDocument, write_pdf
from planner.resources import resources_dir

EPOCH = "1796083200"  # 2026-12-01T00:00:00Z: the "printed" date of every test PDF
PRINTED = date(2026, 12, 1)
DEMO = resources_dir() / "demo" / "dana.json"


def demo_profile(**changes: object) -> Profile:
    data = json.loads(DEMO.read_text(encoding="utf-8"))
    data.update(changes)
    return profile_from_dict(data)


@pytest.fixture(autouse=True)
def reproducible(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


@pytest.fixture
def no_system_fonts(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As on a machine without CJK or emoji fonts: whatever this one has installed."""
    from planner.export.pdf import fonts

    monkeypatch.setattr(fonts, "system_font_dirs", lambda: [])
    fonts.forget_fallbacks()
    yield
    fonts.forget_fallbacks()


@pytest.fixture(scope="session")
def demo_document(catalog) -> PlanDocument:
    profile = demo_profile()
    return PlanDocument(build_roadmap(profile, catalog), catalog, profile)


@pytest.fixture(scope="session")
def demo_pdf(tmp_path_factory, demo_document) -> tuple[Path, PdfResult]:
    """The demo plan on A4, written once for the session's read-only checks."""
    target = tmp_path_factory.mktemp("demo") / "dana.pdf"
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        result = write_pdf(demo_document, target)
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    return target, result


@pytest.fixture(scope="session")
def logo_png() -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((5, 5, 95, 95), fill=(46, 125, 107, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
