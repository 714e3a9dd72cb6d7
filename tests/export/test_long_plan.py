"""A 60-step plan with long notes: the Gantt chart and the outline scale, nothing overflows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from benchmarks.bench_pdf import long_roadmap
from planner.export.pdf import write_pdf
from planner.export.pdf.gantt import gantt_charts
from planner.export.pdf.text import TextKit
from tests.export.pdfcheck import outline, page_texts, reader

NOTE = "A long note about this step: what went well, what to revisit, whom to call. " * 12


def test_sixty_steps_print_in_full(tmp_path, demo_document):
    roadmap = long_roadmap(demo_document.roadmap, 60, NOTE)
    notes = tuple((date(2027, 1, 1) + timedelta(days=30 * i), NOTE * 5) for i in range(5))
    doc = replace(demo_document, roadmap=roadmap, notes=notes)
    result = write_pdf(doc, tmp_path / "long.pdf")
    pdf = reader(result.path)
    texts = page_texts(pdf)
    assert result.pages == len(texts) > 30
    for number, text in enumerate(texts[1:], 2):
        assert f"page {number} of {result.pages}" in text
    steps = [title for level, title, _ in outline(pdf) if level == 1 and title[0].isdigit()]
    assert len(steps) == 60 and steps[-1].startswith("60. ")
    timeline_pages = [t for t in texts if "Timeline" in t.split("\n")[0] + t.split("\n")[1]]
    assert len(timeline_pages) >= 2  # the chart continues on a second page


def test_gantt_slices_fit_their_pages(demo_document):
    from planner.export.pdf.fonts import family

    roadmap = long_roadmap(demo_document.roadmap, 60, NOTE)
    kit = TextKit(family())
    charts = gantt_charts(
        roadmap.steps,
        480,
        kit,
        start=roadmap.start,
        finish=roadmap.summary.finish,
        today=date(2026, 12, 1),
        first_height=500,
        height=700,
    )
    assert len(charts) >= 2
    assert charts[0].height <= 500 and all(c.height <= 700 for c in charts)


def test_paragraphs_broken_once_per_width_print_the_same_bytes(
    tmp_path, demo_document, monkeypatch
):
    """Para skips re-breaking lines it already broke for that width; nothing else changes."""
    from reportlab.platypus import Paragraph

    from planner.export.pdf import blocks

    roadmap = long_roadmap(demo_document.roadmap, 40, NOTE)
    doc = replace(demo_document, roadmap=roadmap)
    # One-line paragraphs drawn the short way save a graphics state, so the bytes differ:
    # test_repeated_work compares those by where the text lands.
    monkeypatch.setattr(blocks.Para, "drawOn", Paragraph.drawOn)
    fast = write_pdf(doc, tmp_path / "fast.pdf").path.read_bytes()
    monkeypatch.setattr(blocks, "Para", Paragraph)
    plain = write_pdf(doc, tmp_path / "plain.pdf").path.read_bytes()
    assert fast == plain
