"""Golden text of the reference persona's printed plan; run this module to regenerate it.

    python -m tests.export.golden_text      # rewrites tests/export/golden/service-manager.txt

Regenerate after an intended change to the PDF's wording or layout, or to the catalog,
and review the diff like any other change.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from planner.catalog import load_catalog
from planner.codec.profile_file import profile_from_dict
from planner.engine import build_roadmap
from planner.export.pdf import PlanDocument, write_pdf
from tests.export.pdfcheck import page_texts, reader

HERE = Path(__file__).resolve().parent
PERSONA = HERE.parent / "data" / "personas" / "service-manager.json"
GOLDEN = HERE / "golden" / "service-manager.txt"
EPOCH = "1796083200"  # 2026-12-01, as in conftest.py


def render_text(paper: str = "a4") -> str:
    """The persona's plan as extracted text, one block per page, whitespace normalised.

    System fonts are not consulted: the persona's text is all in the shipped font.
    """
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        catalog = load_catalog()
        profile = profile_from_dict(json.loads(PERSONA.read_text(encoding="utf-8")))
        doc = PlanDocument(build_roadmap(profile, catalog), catalog, profile)
        with tempfile.TemporaryDirectory() as folder:
            result = write_pdf(doc, Path(folder) / "golden.pdf", paper=paper)
            texts = page_texts(reader(result.path))
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    pages = []
    for number, text in enumerate(texts, 1):
        lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
        body = "\n".join(line for line in lines if line)
        pages.append(f"=== page {number} ===\n{body}")
    return "\n".join(pages) + "\n"


def pages_of(golden: str) -> list[str]:
    """Each page's text with all whitespace runs as one space (line breaks do not matter)."""
    parts = re.split(r"^=== page \d+ ===$", golden, flags=re.MULTILINE)[1:]
    return [" ".join(part.split()) for part in parts]


def main() -> None:
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(render_text(), encoding="utf-8")
    print(f"wrote {GOLDEN}")


if __name__ == "__main__":
    main()
