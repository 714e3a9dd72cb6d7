"""The printed plan parses markup and encodes strings once per document, output unchanged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from reportlab.platypus import Paragraph

from planner.export.pdf import blocks
from planner.export.pdf.blocks import Layout, Para, ParsedMarkup
from planner.export.pdf.fonts import family
from planner.export.pdf.styles import make_styles
from planner.export.pdf.text import TextKit
from tests.export.pdfcheck import reader

MARKUPS = [
    "Plain words",
    "  leading and trailing spaces  ",
    "two\nlines   with  runs of   spaces",
    "<b>bold</b> and <i>italic</i> words",
    "first line<br/>second line",
    "AT&amp;T &lt;tag&gt; 100\u00a0$ \u2013 \u00b7 \u2192",
    '<font color="#9B2C2C">warned</font> then plain',
    '<link href="https://example.org/a/b">https://example.org/a/b</link>',
    "A long note on this step: what went well, what to revisit, whom to call next. " * 6,
    "",
]


@pytest.fixture(scope="module")
def styles():
    return make_styles(family())


def frag_attrs(frags):
    return [{k: v for k, v in vars(f).items() if k != "_fkind"} for f in frags]


def lines_of(para):
    """The broken lines as plain data: (unused width, words) or each word fragment's fields."""
    out = []
    for line in para.blPara.lines:
        if isinstance(line, tuple):
            out.append((line[0], line[1]))
        else:
            out.append((line.extraSpace, [sorted(vars(w).items()) for w in line.words]))
    return repr(out)


@pytest.mark.parametrize("markup", MARKUPS)
def test_a_parsed_paragraph_is_the_paragraph_reportlab_makes(styles, markup):
    for style in (styles.body, styles.cell, styles.label, styles.done, styles.h1):
        ours = ParsedMarkup().para(markup, style)
        theirs = Paragraph(markup, style)
        assert ours.text == theirs.text
        assert ours.style is theirs.style
        assert ours.bulletText == theirs.bulletText
        assert frag_attrs(ours.frags) == frag_attrs(theirs.frags)
        assert ours.wrap(120, 1000) == theirs.wrap(120, 1000)
        assert ours.blPara.kind == theirs.blPara.kind
        assert lines_of(ours) == lines_of(theirs)


def test_the_same_markup_in_the_same_style_is_parsed_once(styles, monkeypatch):
    parsed = ParsedMarkup()
    calls = []
    real = blocks._parse
    monkeypatch.setattr(
        blocks, "_parse", lambda markup, style: calls.append(markup) or real(markup, style)
    )
    first = parsed.para("<b>Cost</b> 100 $", styles.cell)
    second = parsed.para("<b>Cost</b> 100 $", styles.cell)
    assert parsed.parses == 1 and calls == ["<b>Cost</b> 100 $"]
    assert first is not second and first.frags is not second.frags  # each its own list
    parsed.para("<b>Cost</b> 100 $", styles.cell_bold)  # another style: parsed again
    assert parsed.parses == 2
    # Plain text never reaches the markup parser after the style's first one.
    parsed.para("WHY", styles.label)
    parsed.para("HOURS", styles.label)
    parsed.para("COST", styles.label)
    assert parsed.parses == 5
    assert calls == ["<b>Cost</b> 100 $", "<b>Cost</b> 100 $", "x"]


def test_bad_markup_still_fails_as_reportlab_fails(styles):
    with pytest.raises(ValueError):
        ParsedMarkup().para("<b>unclosed", styles.body)


def layout_for(document) -> Layout:
    fonts = family()
    return Layout(
        roadmap=document.roadmap,
        catalog=document.catalog,
        kit=TextKit(fonts),
        styles=make_styles(fonts),
        width=481.9,
        height=728.5,
        printed=date(2026, 12, 1),
    )


def test_a_longer_plan_parses_little_more_than_a_short_one(demo_document, monkeypatch):
    from planner.export.pdf.story import build_story

    made = []
    real = ParsedMarkup.para
    monkeypatch.setattr(ParsedMarkup, "para", lambda self, m, s: made.append(m) or real(self, m, s))
    short = layout_for(demo_document)
    build_story(short, demo_document)
    short_made = len(made)
    assert short.parsed.parses < short_made
    steps = demo_document.roadmap.steps
    doubled = replace(
        demo_document,
        roadmap=replace(
            demo_document.roadmap,
            steps=steps + tuple(replace(s, id=s.id + "-again") for s in steps),
        ),
    )
    made.clear()
    long = layout_for(doubled)
    build_story(long, doubled)
    # Twice the steps make many more paragraphs, but the repeated labels, hours, costs and
    # descriptions are parsed once: only the numbers and titles that differ are new.
    assert len(made) - short_made > 250
    assert long.parsed.parses - short.parsed.parses < (len(made) - short_made) / 2


def test_the_pdf_is_byte_for_byte_the_one_plain_reportlab_makes(demo_document, monkeypatch):
    # One-line paragraphs drawn the short way save a graphics state: compared below, by place.
    monkeypatch.setattr(Para, "drawOn", Paragraph.drawOn)
    from reportlab.pdfgen.canvas import Canvas

    from planner.export.pdf.document import NumberedCanvas
    from planner.export.pdf.writer import render_bytes

    remembered, pages, _missing = render_bytes(demo_document)
    monkeypatch.setattr(ParsedMarkup, "para", lambda self, m, s: Para(m, s))
    monkeypatch.setattr(NumberedCanvas, "beginText", Canvas.beginText)
    plain, plain_pages, _missing = render_bytes(demo_document)
    assert pages == plain_pages > 10
    assert remembered == plain


def placed_text(data: bytes) -> list[list[tuple]]:
    """Every piece of text on every page with its font size and both matrices (text, graphics)."""
    pages = []
    for page in reader(data).pages:
        pieces: list[tuple] = []
        page.extract_text(
            visitor_text=lambda text, cm, tm, _font, size, pieces=pieces: pieces.append(
                (text, size, tuple(cm), tuple(tm))
            )
        )
        pages.append([piece for piece in pieces if piece[0].strip()])
    return pages


def test_one_line_paragraphs_are_drawn_where_reportlab_draws_them(demo_document, monkeypatch):
    from planner.export.pdf.writer import render_bytes

    lines = []
    real_line = Para._one_line
    monkeypatch.setattr(Para, "_one_line", lambda self: lines.append(real_line(self)) or lines[-1])
    direct, pages, _missing = render_bytes(demo_document)
    assert sum(line is not None for line in lines) > len(lines) / 2  # most take the short way
    assert any(line is None for line in lines)  # and longer ones the long way
    monkeypatch.setattr(Para, "drawOn", Paragraph.drawOn)
    drawn, drawn_pages, _missing = render_bytes(demo_document)
    assert pages == drawn_pages
    assert direct != drawn  # one saved graphics state fewer per line
    assert placed_text(direct) == placed_text(drawn)


def test_a_string_drawn_again_in_the_same_font_is_encoded_once(demo_document, monkeypatch):
    from reportlab.pdfgen.textobject import PDFTextObject

    from planner.export.pdf.document import NumberedCanvas
    from planner.export.pdf.writer import render_bytes

    encoded, drawn, canvases = [], [], []
    real_format = PDFTextObject._formatText
    monkeypatch.setattr(
        PDFTextObject, "_formatText", lambda self, t: encoded.append(t) or real_format(self, t)
    )
    real_begin = NumberedCanvas.beginText

    def begin(self, *args, **kwargs):
        text = real_begin(self, *args, **kwargs)
        real_out = text._textOut
        text._textOut = lambda t, star=0: drawn.append(t) or real_out(t, star)
        canvases.append(self)
        return text

    monkeypatch.setattr(NumberedCanvas, "beginText", begin)
    render_bytes(demo_document)
    # Every step's "Done on: ____" is drawn once a step and encoded once in all.
    assert drawn.count("Done on: ____________") == len(demo_document.roadmap.steps)
    assert encoded.count("Done on: ____________") == 1
    assert len(encoded) < len(drawn)
    assert len(encoded) == len(canvases[0].encoded)
