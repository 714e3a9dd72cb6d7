"""The demo plan read back with pypdf: sections in order, numbering, outline, fonts, metadata."""

from __future__ import annotations

from datetime import timedelta

import pytest
from reportlab.lib.pagesizes import A4, LETTER

from planner.export.pdf import write_pdf
from tests.export.pdfcheck import flat, fonts, image_count, is_embedded, outline, page_texts, reader

US = "en_US"  # these personas live in the US: their dates read "Jan 4, 2027"

SECTIONS = [
    "Summary",
    "Gaps",
    "Timeline",
    "Steps",
    "Budget",
    "Risks",
    "Infrastructure vs software project management",
    "Niche",
    "Sources",
    "Notes",
]
FLOWING = {"Notes", "Sources"}  # short sections that go on under the one before
ONET = "This product includes information from the O*NET 29.2 Database"


@pytest.fixture(scope="module")
def demo(demo_pdf):
    path, result = demo_pdf
    pdf = reader(path)
    return pdf, page_texts(pdf), result


def test_result_reports_the_file_and_its_pages(demo_pdf):
    path, result = demo_pdf
    assert result.path == path
    assert result.pages == len(reader(path).pages) > 9
    assert result.missing_characters == ()


def test_sections_start_on_their_own_pages_in_order(demo):
    pdf, texts, _ = demo
    starts = {title: page for level, title, page in outline(pdf) if level == 0}
    assert list(starts) == SECTIONS
    pages = list(starts.values())
    assert pages == sorted(pages)
    own = [page for title, page in starts.items() if title not in FLOWING]
    assert len(set(own)) == len(own)
    header = "Dana Example \u00b7 Infrastructure PM \u00b7 plan of Jan 4, 2027"
    for title, page in starts.items():
        if title in FLOWING:
            assert title in texts[page - 1].split("\n"), (title, page)
            continue
        text = flat(texts[page - 1])
        # The running header (person, track, date; section name) and then the heading.
        assert text.startswith(header), text[:80]
        assert " ".join(title.split()[:3]) in text[: len(header) + 60], (title, text[:120])


def test_every_page_after_the_cover_is_numbered_and_headed(demo):
    _pdf, texts, _ = demo
    total = len(texts)
    assert "page 1 of" not in texts[0]
    assert "Dana Example" in texts[0] and "CAREER TRANSITION PLAN" in texts[0]
    for number, text in enumerate(texts[1:], 2):
        assert f"page {number} of {total}" in text
        first_line = text.split("\n")[0]
        assert first_line.startswith(
            "Dana Example \u00b7 Infrastructure PM \u00b7 plan of Jan 4, 2027"
        )


def test_running_header_names_the_section(demo):
    pdf, texts, _ = demo
    header = "Dana Example \u00b7 Infrastructure PM \u00b7 plan of Jan 4, 2027"
    running = [flat(t)[len(header) :].split()[0] for t in texts[1:]]
    steps_page = next(page for level, title, page in outline(pdf) if title == "Steps")
    assert running[0] == "Summary"
    assert running[steps_page - 2 : steps_page + 1] == ["Steps"] * 3  # steps run over pages


def test_onet_attribution_is_printed_once_in_the_sources_section(demo):
    pdf, texts, _ = demo
    body = flat("\n".join(texts))
    assert body.count(ONET) == 1
    assert body.count("USDOL/ETA has not approved") == 1
    sources = next(page for level, title, page in outline(pdf) if title == "Sources")
    page = flat(texts[sources - 1])
    assert page.index("Sources") < page.index(ONET)


def test_notes_and_sources_follow_the_niche_without_a_near_empty_page(demo):
    pdf, texts, _ = demo
    starts = {title: page for level, title, page in outline(pdf) if level == 0}
    # Both fit on one page: they share it rather than each opening a new one.
    assert starts["Notes"] == starts["Sources"] == len(texts)
    last = texts[-1]
    for expected in ("What the planner noticed", "Your notes", "Sources"):
        assert expected in last


def test_summary_page_has_the_key_figures(demo, demo_document):
    from planner.export.wording import day

    _, texts, _ = demo
    summary = next(t for t in texts if "\nSummary\n" in t).replace("\n", " ")
    s = demo_document.roadmap.summary
    # Dana has 40 months leading projects: she applies in the first quarter
    assert s.ready_to_apply <= demo_document.roadmap.start + timedelta(weeks=13)
    for expected in (
        day(s.ready_to_apply, US),
        "Ready to apply",
        "PMP eligible",
        "PMP exam",
        day(s.finish, US),
        f"{s.total_hours:g} h",
        f"${s.cost_low:,.0f}\u2013${s.cost_high:,.0f} estimated",
        "$3,000",
        "uncertain",
        "74/100",
        "The three biggest gaps",
        "Risk and change control",
        "PMP: eligible from Sep 4, 2028",  # a US person: month first
    ):
        assert expected in summary


def test_steps_appear_in_plan_order_with_their_details(demo, demo_document):
    _, texts, _ = demo
    body = "\n".join(texts)
    start = body.index("\nSteps\n")
    positions = []
    for step in demo_document.roadmap.steps:
        first_words = " ".join(step.title.split()[:3])
        found = body.find(first_words, start)
        assert found > 0, step.title
        positions.append(found)
        start = found
    assert positions == sorted(positions)
    for expected in (
        "WHY",
        "HOURS",
        "COST",
        "check with issuer",
        "SY0-701",
        "book by",
        "sit by",
        "Done on:",
        "as of Nov 2026",
        "confidence T",
    ):
        assert expected in body


def test_sources_are_live_links(demo, demo_document):
    pdf, _, _ = demo
    uris = {
        str(annot.get_object()["/A"]["/URI"])
        for page in pdf.pages
        for annot in page.get("/Annots") or []
        if "/A" in annot.get_object()
    }
    sources = {url for step in demo_document.roadmap.steps for _title, url in step.sources}
    assert sources and sources <= uris


def test_outline_has_every_section_and_one_entry_per_step(demo, demo_document):
    pdf, texts, _ = demo
    entries = outline(pdf)
    top = [title for level, title, _page in entries if level == 0]
    assert top == SECTIONS
    steps = [title for level, title, _page in entries if level == 1 and title[0].isdigit()]
    assert len(steps) == len(demo_document.roadmap.steps)
    assert steps[0] == f"1. {demo_document.roadmap.steps[0].title}"
    for level, title, page in entries:
        if level == 0:
            assert title.split()[0] in texts[page - 1], (title, page)
    assert pdf.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_metadata(demo):
    pdf, _, _ = demo
    meta = pdf.metadata
    assert meta.title == "Career transition plan \u2014 Dana Example"
    assert meta.author == "Career Transition Planner"
    assert "Infrastructure project management" in meta.subject
    assert meta.creator.startswith("Career Transition Planner")
    assert pdf.trailer["/Root"]["/Lang"] == "en"
    assert meta["/CreationDate"].startswith("D:20261201000000")


def test_all_fonts_are_embedded_truetype_and_no_standard_font_is_left(demo):
    pdf, _, _ = demo
    used = fonts(pdf)
    assert used, "no fonts found"
    assert any("DejaVuSans" in name for name in used)
    for name, font in used.items():
        assert is_embedded(font), f"{name} is not embedded"
        assert "Helvetica" not in name and "Times" not in name and "Courier" not in name


def test_a4_page_size(demo):
    pdf, _, _ = demo
    for page in pdf.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4)


def test_us_letter(tmp_path, demo_document):
    result = write_pdf(demo_document, tmp_path / "letter.pdf", paper="letter")
    pdf = reader(result.path)
    assert (float(pdf.pages[0].mediabox.width), float(pdf.pages[0].mediabox.height)) == (
        pytest.approx(LETTER)
    )
    assert result.pages == len(pdf.pages)
    assert f"page 2 of {result.pages}" in pdf.pages[1].extract_text()


def test_cover_shows_coach_and_logo(tmp_path, demo_document, logo_png):
    from dataclasses import replace

    from planner.domain.branding import Branding

    branding = Branding("Alex Coach", "Bright Paths", logo_png, "image/png")
    result = write_pdf(replace(demo_document, branding=branding), tmp_path / "b.pdf")
    pdf = reader(result.path)
    cover = pdf.pages[0].extract_text()
    assert "Alex Coach, Bright Paths" in cover
    assert image_count(pdf, 0) == 1
    assert pdf.metadata.author == "Alex Coach"
    assert "prepared by Alex Coach" in pdf.pages[1].extract_text()


@pytest.mark.parametrize(
    ("logo", "kind"),
    [
        (b"not an image at all", "image/png"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml"),
    ],
)
def test_a_logo_that_cannot_be_drawn_is_left_out(tmp_path, demo_document, logo, kind):
    from dataclasses import replace

    from planner.domain.branding import Branding

    branding = Branding("Alex Coach", "", logo, kind)
    result = write_pdf(replace(demo_document, branding=branding), tmp_path / "b.pdf")
    assert image_count(reader(result.path), 0) == 0


def test_month_table_follows_the_scheduled_weeks(demo, demo_document):
    from planner.export.pdf.months import hours_by_month

    roadmap = demo_document.roadmap
    months = hours_by_month(roadmap)
    total = sum(h for titles in months.values() for h in titles.values())
    assert round(total, 1) == round(sum(h for s in roadmap.steps for _, h in s.weeks), 1)
    first_step = next(s for s in roadmap.steps if s.weeks)
    monday, hours = first_step.weeks[0]
    assert months[(monday.year, monday.month)][first_step.title] >= hours
    _, texts, _ = demo
    body = "\n".join(texts)
    assert "Month by month" in body and "What to do (hours)" in body
