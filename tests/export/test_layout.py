"""Page layout of the printed plan: names and URLs break at sensible points, pages are used."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as hs

from planner.export.pdf import write_pdf
from planner.export.pdf.breaks import break_points, fill_lines, fit_name, pieces, split_pairs
from planner.export.wording import day
from tests.export.pdfcheck import flat, outline, page_texts, reader

US = "en_US"  # these personas live in the US: their dates read "Jan 4, 2027"

LONG_NAME = "Aoife Fitzgerald-O'Shaughnessy-Oyelaran"
ONE_WORD = "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewiss"  # 60 letters
LONG_URL = (
    "https://www.example.org/certifications/project-management-professional/handbook/"
    "exam-content-outline-2026-edition.pdf?version=2026&lang=en"
)


def render(tmp_path, document, name="plan.pdf", paper="a4"):
    result = write_pdf(document, tmp_path / name, paper=paper)
    pdf = reader(result.path)
    return pdf, page_texts(pdf)


def named(document, person):
    return replace(document, roadmap=replace(document.roadmap, person=person))


def cover_name_lines(cover: str) -> list[str]:
    lines = [line.strip() for line in cover.splitlines()]
    first = lines.index("CAREER TRANSITION PLAN") + 1
    last = next(i for i, line in enumerate(lines) if line.startswith("toward "))
    return lines[first:last]


# -- where words may break ---------------------------------------------------------------
def test_break_points_of_a_url_are_after_separators_and_before_hyphens():
    url = "https://www.pmi.org/certifications/project-management-pmp?x=1&y=2"
    heads = [url[:p] for p in break_points(url)]
    assert "https://" in heads  # after the '//', never between the slashes
    assert "https:/" not in heads and "https:" not in heads
    assert "https://www." in heads and "https://www.pmi." in heads
    assert "https://www.pmi.org/certifications/" in heads
    assert "https://www.pmi.org/certifications/project" in heads  # before the hyphen
    assert url[: url.index("?") + 1] in heads and url[: url.index("&") + 1] in heads
    for head in heads:  # never inside a run of letters
        tail = url[len(head) :]
        assert not (head[-1].isalpha() and tail[0].isalpha()), (head, tail)


@pytest.mark.parametrize("word", ["4.5", "version-2", "v1.2.3", "abc", ONE_WORD])
def test_words_without_a_sensible_break_have_none(word):
    points = break_points(word)
    assert all(not (word[p - 1].isdigit() and word[p].isdigit()) for p in points)
    if word in ("4.5", "abc", ONE_WORD):
        assert split_pairs(word) is None


@given(hs.text(alphabet="ab-./?&=_#:1", min_size=1, max_size=40))
def test_split_pairs_give_the_word_back_longest_head_first(word):
    pairs = split_pairs(word) or []
    assert all(head + tail == word and head and tail for head, tail in pairs)
    assert [len(h) for h, _ in pairs] == sorted((len(h) for h, _ in pairs), reverse=True)


def test_a_name_is_cut_after_spaces_and_hyphens_only():
    assert pieces(LONG_NAME) == ["Aoife ", "Fitzgerald-", "O'Shaughnessy-", "Oyelaran"]
    assert "".join(pieces(LONG_NAME)) == LONG_NAME
    lines = fill_lines(pieces(LONG_NAME), 14, len)
    assert lines == ["Aoife", "Fitzgerald-", "O'Shaughnessy-", "Oyelaran"]


def test_a_name_shrinks_until_its_longest_piece_fits():
    def measure(text, size):
        return len(text) * size * 0.6

    size, lines = fit_name("Dana Example", 480, measure, largest=30, smallest=12)
    assert (size, lines) == (30, ["Dana Example"])
    size, lines = fit_name(ONE_WORD, 480, measure, largest=30, smallest=12)
    assert lines == [ONE_WORD] and size < 30 and measure(ONE_WORD, size) <= 480
    size, lines = fit_name(ONE_WORD * 3, 480, measure, largest=30, smallest=12)
    assert size == 12  # as small as it goes; the paragraph splits what still does not fit


# -- the cover ---------------------------------------------------------------------------
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_long_hyphenated_name_breaks_at_its_hyphens_on_the_cover(tmp_path, demo_document, paper):
    _pdf, texts = render(tmp_path, named(demo_document, LONG_NAME), paper=paper)
    lines = cover_name_lines(texts[0])
    assert len(lines) >= 2
    assert " ".join(lines).replace("- ", "-") == LONG_NAME  # every break at a space or hyphen
    assert all(line.endswith("-") or f"{line} " in LONG_NAME for line in lines[:-1])


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_sixty_letter_name_shrinks_to_one_line(tmp_path, demo_document, paper):
    _pdf, texts = render(tmp_path, named(demo_document, ONE_WORD), paper=paper)
    assert cover_name_lines(texts[0]) == [ONE_WORD]


def test_the_cover_shows_the_headline_dates_and_the_budget(demo_pdf, demo_document):
    cover = flat(reader(demo_pdf[0]).pages[0].extract_text())
    s = demo_document.roadmap.summary
    for label, when in (
        ("READY TO APPLY", s.ready_to_apply),
        ("PMP ELIGIBLE", s.pmp_eligible),
        ("PMP EXAM", s.pmp_exam),
        ("FINISH", s.finish),
    ):
        assert f"{label} {day(when, US)}" in cover
    assert "Budget $3,000: may not fit" in cover
    first = demo_document.roadmap.steps[0]
    assert f"First step: {first.title}, from {day(first.start, US)}." in cover


# -- long URLs ---------------------------------------------------------------------------
def url_pieces(text: str, url: str) -> list[str]:
    """The URL as the lines of extracted text carry it."""
    lines = [line.strip() for line in text.splitlines()]
    for i, line in enumerate(lines):
        at = line.find(url[:24])
        if at < 0:
            continue
        found = [line[at:]]
        following = iter(lines[i + 1 :])
        while len("".join(found)) < len(url):
            found.append(next(following))
        return found
    raise AssertionError(f"{url[:24]} not found")


def test_long_urls_break_at_separators_in_sources_and_notes(tmp_path, demo_document):
    roadmap = demo_document.roadmap
    first = replace(
        roadmap.steps[0],
        sources=(("A long handbook", LONG_URL),),
        note=f"Read {LONG_URL} before booking.",
    )
    doc = replace(demo_document, roadmap=replace(roadmap, steps=(first, *roadmap.steps[1:])))
    _pdf, texts = render(tmp_path, doc)
    steps_page = next(t for t in texts if "A long handbook" in t)
    allowed = set(break_points(LONG_URL))
    for text in (steps_page[: steps_page.index("NOTE")], steps_page[steps_page.index("NOTE") :]):
        found = url_pieces(text, LONG_URL)
        assert "".join(found).startswith(LONG_URL)
        assert len(found) >= 2  # it was too long for one line
        ends = [sum(len(p) for p in found[: i + 1]) for i in range(len(found) - 1)]
        assert set(ends) <= allowed, (found, ends)


# -- pages used --------------------------------------------------------------------------
def test_steps_flow_several_to_a_page(demo_pdf, demo_document):
    pdf = reader(demo_pdf[0])
    texts = page_texts(pdf)
    heads = [page for level, title, page in outline(pdf) if level == 1 and title[0].isdigit()]
    assert len(heads) == len(demo_document.roadmap.steps)
    per_page = {page: heads.count(page) for page in heads}
    assert all(count >= 2 for count in per_page.values())
    for page in per_page:  # no forced break: the next step follows on the same page
        assert "Done on:" in texts[page - 1]


def test_a_short_step_moves_whole_and_a_tall_one_continues(demo_document):
    from reportlab.platypus import Spacer

    from planner.export.pdf.blocks import KeepUnlessTall

    def block(height):
        keep = KeepUnlessTall([Spacer(100, height)], tall=350, room=175)
        keep.canv = None
        return keep

    short, tall = block(300), block(500)
    assert type(short.split(400, 200)[0]).__name__ == "_FrameBreak"  # moves on whole
    assert isinstance(tall.split(400, 250)[0], Spacer)  # starts here, continues on the next
    assert type(tall.split(400, 100)[0]).__name__ == "_FrameBreak"  # too little room: moves


def test_a_step_split_over_two_pages_says_it_continues(tmp_path, demo_document):
    _pdf, texts = render(tmp_path, demo_document)
    continued = [t for t in texts if "(continued)" in t]
    for text in continued:
        line = next(x for x in text.splitlines() if "(continued)" in x)
        number, title = line.split(". ", 1)
        step = demo_document.roadmap.steps[int(number) - 1]
        assert title == f"{step.title} (continued)"


def test_notes_flow_after_a_short_niche_section(tmp_path, demo_document):
    from tests.export.conftest import demo_profile

    profile = demo_profile(niche="network-refresh")
    pdf, texts = render(tmp_path, replace(demo_document, profile=profile))
    starts = {title: page for level, title, page in outline(pdf) if level == 0}
    # Each may go on under the rows before it; none opens a page of its own to stay short.
    assert len(texts) - 1 <= starts["Niche"] <= starts["Sources"] <= starts["Notes"] <= len(texts)
    assert "Your notes" in texts[-1]


def test_a_section_goes_on_under_a_spill_instead_of_leaving_a_page_nearly_empty(tmp_path, catalog):
    """German runs longer: the month table's last row alone on a page, then a page break."""
    from planner.domain.messages import speaking
    from planner.engine import build_roadmap
    from planner.export.pdf import PlanDocument
    from planner.i18n import catalogs
    from tests.export.conftest import demo_profile

    with speaking(catalogs.load("de")):
        profile = demo_profile()
        document = PlanDocument(build_roadmap(profile, catalog), catalog, profile)
        _pdf, texts = render(tmp_path, document, paper="letter")
    # Every page but the cover and the last carries a fair amount of text.
    thin = [n for n, text in enumerate(texts[1:-1], 2) if len(text.split()) < 60]
    assert not thin, f"nearly empty pages: {thin}"


def test_the_gaps_table_adds_evidence_steps_and_dates(demo_pdf, demo_document):
    pdf = reader(demo_pdf[0])
    texts = page_texts(pdf)
    gaps_page = next(page for level, title, page in outline(pdf) if title == "Gaps")
    text = flat(texts[gaps_page - 1])
    assert "Have Need Reaches" not in text  # the chart shows the levels
    roadmap = demo_document.roadmap
    numbers = {step.id: n for n, step in enumerate(roadmap.steps, 1)}
    security = next(g for g in roadmap.gaps if g.competency == "security-compliance")
    step = next(s for s in roadmap.steps if s.id in security.steps)
    done = day(step.exam_date or step.end, US)
    assert f"{security.name} 0 \u2192 2, closed {done}" in text
    assert f"{numbers[step.id]}. {step.title} \u00b7 {done}" in text
    assert "Now: 40 months leading projects; holds ITIL 4 Foundation." in text


def test_german_prices_and_headers_in_the_budget_are_never_cut(tmp_path, catalog):
    """German ranges (amounts joined by no-break spaces) and "Verlässlichkeit" are
    wider than the English; the budget's columns grow to hold them whole."""
    from planner.domain.messages import speaking
    from planner.engine import build_roadmap
    from planner.export.pdf import PlanDocument
    from planner.export.pdf.budget import _price
    from planner.i18n import catalogs
    from tests.export.conftest import demo_profile

    with speaking(catalogs.load("de")):
        profile = demo_profile()
        roadmap = build_roadmap(profile, catalog)
        prices = [_price(step).split(" ", 1)[-1] for step in roadmap.steps if step.cost != 0]
        pdf, texts = render(tmp_path, PlanDocument(roadmap, catalog, profile), paper="letter")
    budget = next(page for level, title, page in outline(pdf) if title == "Budget")
    lines = {line.strip().replace("\u00a0", " ") for line in texts[budget - 1].splitlines()}
    assert any("Verlässlichkeit" in line for line in lines)
    ranges = [p.replace("\u00a0", " ") for p in prices if "–" in p]
    assert ranges, "the demo plan has estimated prices"
    for price in ranges:
        assert any(price in line for line in lines), f"{price!r} is cut across lines"
