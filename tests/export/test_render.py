"""Pages rasterised with pdftoppm (poppler-utils): every page renders and none is blank.

Skipped where pdftoppm is not installed. To look at the pages yourself:
    pdftoppm -png -r 60 plan.pdf /tmp/page      # colour
    pdftoppm -png -gray -r 60 plan.pdf /tmp/grey  # as a mono printer sees it
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PIL import Image, ImageStat

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")


def rasterise(pdf, folder, *extra: str) -> list[Image.Image]:
    subprocess.run(
        ["pdftoppm", "-png", "-r", "30", *extra, str(pdf), str(folder / "page")],
        check=True,
        timeout=120,
        capture_output=True,
    )
    images = []
    for path in sorted(folder.glob("page-*.png")):
        with Image.open(path) as image:
            images.append(image.copy())
    return images


def test_every_page_renders_with_ink_on_it(demo_pdf, tmp_path):
    path, result = demo_pdf
    images = rasterise(path, tmp_path)
    assert len(images) == result.pages
    for number, image in enumerate(images, 1):
        darkest, _lightest = image.convert("L").getextrema()
        assert darkest < 100, f"page {number} looks blank"


def test_the_timeline_keeps_its_contrast_in_greyscale(demo_pdf, tmp_path):
    path, _ = demo_pdf
    images = rasterise(path, tmp_path, "-gray")
    timeline = images[4]  # cover, summary (two pages with the month table), gaps, timeline
    stat = ImageStat.Stat(timeline)
    assert stat.stddev[0] > 30  # bars, patterns and text stand out from the paper
