"""User text reaches the page exactly as typed: escaped, covered, replaced where it must be."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as some
from reportlab.platypus import Paragraph

from planner.domain.branding import Branding
from planner.export.pdf import write_pdf
from planner.export.pdf.fonts import family
from planner.export.pdf.styles import make_styles
from planner.export.pdf.text import MARK, REPLACEMENT, TextKit
from tests.export.pdfcheck import flat, frame_text, page_texts, reader, squeezed

# Zoë <b>&"' Ελένη Жуков
NAME = "Zo\u00eb <b>&\"' \u0395\u03bb\u03ad\u03bd\u03b7 \u0416\u0443\u043a\u043e\u0432"
CJK = "\u4e2d\u6587"  # 中文
EMOJI = "\U0001f600"  # 😀
LONG_WORD = "Supercalifragilistic" * 15  # 300 characters, no break
NOTE = (
    "Notes & <i>tags</i> stay as typed: \u00e9t\u00e9, \u0391\u03b8\u03ae\u03bd\u03b1, "
    "\u041c\u043e\u0441\u043a\u0432\u0430. "
) * 70
NOTE = NOTE[:4990] + " THE END"  # 5,000 characters


def kit(fallbacks=None) -> TextKit:
    return TextKit(family(), fallbacks or dict.fromkeys)


# -- TextKit ------------------------------------------------------------------------------
def test_markup_escapes_reportlab_markup():
    assert kit().markup('<b>R&D</b> "x"') == '&lt;b&gt;R&amp;D&lt;/b&gt; "x"'


def test_newlines_become_breaks_only_when_asked():
    assert kit().markup("a\r\nb\rc") == "a b c"
    assert kit().markup("a\nb", lines=True) == "a<br/>b"


def test_controls_and_invisible_characters_are_dropped():
    k = kit()
    assert k.markup("a\x00b\x07c\x1bd\x7fe\x9ff") == "abcdef"
    # Format characters the font lacks (an isolate, an emoji tag) are invisible anyway.
    assert k.markup("a\u2066b\U000e0067c") == "abc"
    assert k.missing == ()


def test_text_is_normalised_to_composed_form():
    assert TextKit.clean("e\u0301") == "\u00e9"


def test_lone_surrogates_become_replacement_marks_without_being_reported():
    k = kit()
    assert k.runs("a\ud800b") == [(None, "a"), (MARK, REPLACEMENT), (None, "b")]
    assert k.missing == ()


def test_greek_cyrillic_and_accents_are_drawn_by_the_shipped_font():
    k = kit()
    assert k.runs(NAME) == [(None, NAME)]
    assert k.missing == ()


def test_uncovered_characters_are_replaced_and_reported_once_in_order():
    k = kit()
    runs = k.runs(f"a{CJK}b{EMOJI}{CJK}")
    assert "".join(text for _font, text in runs) == "a" + REPLACEMENT * 2 + "b" + REPLACEMENT * 3
    assert k.missing == (CJK[0], CJK[1], EMOJI)


def test_astral_characters_are_replaced_even_where_the_font_has_a_glyph():
    assert 0x1F600 in family().covered  # DejaVu Sans draws this emoji ...
    k = kit()
    assert k.runs(EMOJI) == [(MARK, REPLACEMENT)]  # ... but its ToUnicode map would be broken
    assert k.missing == (EMOJI,)


def test_a_fallback_font_takes_the_characters_it_has():
    k = kit(lambda cps: {cp: "Fallback-x" for cp in cps})
    assert k.runs(f"a{CJK}") == [(None, "a"), ("Fallback-x", CJK)]
    assert k.markup(f"a{CJK}") == f'a<font name="Fallback-x">{CJK}</font>'
    assert k.missing == ()


def test_fit_cuts_with_an_ellipsis_within_the_width():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    k = kit()
    font = family().regular
    runs = k.fit(LONG_WORD, 100, font, 8)
    text = "".join(t for _f, t in runs)
    assert text.endswith("\u2026") and stringWidth(text, font, 8) <= 100
    assert k.fit("short", 100, font, 8) == [(None, "short")]


def test_only_web_addresses_become_links():
    k = kit()
    assert '<link href="https://example.org/a?b=1&amp;c=&quot;">' in k.link(
        "t", 'https://example.org/a?b=1&c="'
    )
    assert "<link" not in k.link("t", "javascript:alert(1)")
    assert "<link" not in k.link("t", "file:///etc/passwd")


@settings(max_examples=150, deadline=None)
@given(some.text(min_size=0, max_size=80))
def test_any_text_parses_and_reads_back_as_drawn(text):
    k = kit()
    style = make_styles(family()).body
    para = Paragraph(k.markup(text), style)
    drawn = "".join(t for _f, t in k.runs(text)).replace("\n", " ")
    assert " ".join(para.getPlainText().split()) == " ".join(drawn.split())
    para.wrap(200, 1000)  # and it lays out


# -- a whole plan full of awkward text ------------------------------------------------------
@pytest.fixture
def nasty(demo_document):
    roadmap = demo_document.roadmap
    steps = list(roadmap.steps)
    steps[1] = replace(steps[1], note=NOTE, status="done", title=f"{steps[1].title} {LONG_WORD}")
    steps[2] = replace(steps[2], note=f"{CJK} and {EMOJI}\nsecond line", status="in_progress")
    roadmap = replace(
        roadmap,
        person=f"{NAME} {CJK} {EMOJI}",
        steps=tuple(steps),
        warnings=(*roadmap.warnings, LONG_WORD),
    )
    branding = Branding(f'Coach <Ann> & "Bob" {EMOJI}', "\u00dcn\u00efc\u00f6d\u00e9 & Co")
    notes = ((date(2027, 1, 10), NOTE), (date(2027, 2, 1), f"line one\nline two\n\n{LONG_WORD}"))
    return replace(demo_document, roadmap=roadmap, branding=branding, notes=notes)


def test_awkward_text_renders_exactly_as_typed(tmp_path, nasty, no_system_fonts):
    result = write_pdf(nasty, tmp_path / "nasty.pdf")
    pdf = reader(result.path)
    texts = page_texts(pdf)
    body = "\n".join(texts)
    content = "".join(frame_text(page) for page in pdf.pages)  # without headers and footers
    assert NAME in texts[0]
    assert f"{NAME} {REPLACEMENT}{REPLACEMENT}" in flat(texts[0])
    assert 'Coach <Ann> & "Bob"' in body
    assert squeezed(LONG_WORD) in squeezed(body)  # split over lines, never lost
    # The 5,000-character note, whole, as the step's note and as a session note.
    assert squeezed(content).count(squeezed(NOTE)) == 2
    assert "&amp;" not in body and "&lt;" not in body
    assert result.missing_characters == (CJK[0], CJK[1], EMOJI)
    assert "\u2713 Done on" in body


def test_awkward_text_in_the_metadata_is_kept(tmp_path, nasty, no_system_fonts):
    pdf = reader(write_pdf(nasty, tmp_path / "nasty.pdf").path)
    assert pdf.metadata.title == f"Career transition plan \u2014 {NAME} {CJK} {EMOJI}"
    assert pdf.metadata.author == f'Coach <Ann> & "Bob" {EMOJI}'


@settings(max_examples=6, deadline=None)
@given(
    person=some.text(max_size=60),
    title=some.text(min_size=1, max_size=120),
    note=some.text(max_size=400),
    coach=some.text(max_size=40),
)
def test_any_text_anywhere_exports(demo_document, person, title, note, coach):
    """Names, step titles (Gantt labels, outline), notes and branding: never a crash."""
    from planner.export.pdf.writer import render_bytes

    roadmap = demo_document.roadmap
    steps = (replace(roadmap.steps[0], title=title, note=note), *roadmap.steps[1:])
    doc = replace(
        demo_document,
        roadmap=replace(roadmap, person=person, steps=steps),
        branding=Branding(coach, coach),
        notes=((date(2027, 1, 1), note),),
    )
    data, pages, _missing = render_bytes(doc)
    assert len(reader(data).pages) == pages


def test_an_empty_plan_still_prints(tmp_path, demo_document):
    empty = replace(
        demo_document.roadmap,
        steps=(),
        gaps=(),
        risks=(),
        fits=(),
        warnings=(),
        niche_suggestions=(),
        eligibility=(),
        person="",
        track="no-such-track",
    )
    result = write_pdf(replace(demo_document, roadmap=empty, profile=None), tmp_path / "e.pdf")
    text = " ".join(page_texts(reader(result.path)))
    assert "Unnamed" in text and "This plan has no steps." in text
