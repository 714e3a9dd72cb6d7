"""The cover: who the plan is for, where it leads, when, and who prepared it."""

from __future__ import annotations

import io
import logging

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepInFrame, Paragraph, Spacer, Table

from planner.domain.branding import Branding
from planner.domain.messages import _, ngettext
from planner.domain.profile import Profile
from planner.export import headline
from planner.export.pdf import styles as st
from planner.export.pdf.blocks import Layout, Rule
from planner.export.pdf.breaks import fit_name
from planner.export.pdf.document import runs_width
from planner.export.pdf.summary import card, card_row
from planner.export.wording import day, number

LOGO_BOX = (48 * mm, 24 * mm)
NAME_SMALLEST = 12.0  # a name that does not fit even at this size is split letter by letter
NAME_LINES = 3
FRAME_PADDING = 12.0  # a reportlab Frame's default left and right padding, 6 points each
log = logging.getLogger(__name__)


def logo_image(branding: Branding | None) -> Image | None:
    """The coach's PNG or JPEG logo scaled into the logo box; None when absent or unreadable.

    SVG logos are not drawn: reportlab cannot read SVG without an extra library.
    """
    if (
        branding is None
        or not branding.logo
        or branding.logo_type not in ("image/png", "image/jpeg")
    ):
        return None
    try:
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(io.BytesIO(branding.logo))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            return None
        scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
        image = Image(io.BytesIO(branding.logo), width * scale, height * scale, mask="auto")
        image.hAlign = "RIGHT"
        return image
    except Exception:  # a broken logo must never stop the plan from printing
        log.warning("the coach's logo could not be read; printing without it", exc_info=True)
        return None


def cover_name(layout: Layout, name: str) -> Paragraph:
    """The name as large as fits: broken only at spaces and hyphens, never mid-word."""
    kit, base = layout.kit, layout.styles.cover_name
    text = kit.clean(name)

    def measure(line: str, size: float) -> float:
        return runs_width(kit.runs(line), kit, base.fontName, size)

    size, lines = fit_name(
        text,
        layout.width - FRAME_PADDING - 1,  # the room the frame gives a paragraph, less rounding
        measure,
        largest=base.fontSize,
        smallest=NAME_SMALLEST,
        max_lines=NAME_LINES,
    )
    style = ParagraphStyle(
        f"{base.name}-{size:g}",
        parent=base,
        fontSize=size,
        leading=size * base.leading / base.fontSize,
    )
    return layout.m("<br/>".join(kit.markup(line) for line in lines), style)


def at_a_glance(layout: Layout) -> list[Flowable]:
    """The plan's headline dates on a band, then its cost against the budget in words."""
    r, s = layout.roadmap, layout.styles
    sm = r.summary
    figures = [
        (_("Ready to apply"), sm.ready_to_apply, _("start applying for PM roles")),
        (_("PMP eligible"), sm.pmp_eligible, _("you meet PMP's experience rule")),
        (_("PMP exam"), sm.pmp_exam, _("sit the exam by this date")),
        (
            _("Finish"),
            sm.finish,
            ngettext("the whole plan, {n} week", "the whole plan, {n} weeks", sm.weeks),
        ),
    ]
    cards = [card(layout, label, day(when), detail) for label, when, detail in figures if when]
    story: list[Flowable] = [card_row(layout, cards), Spacer(1, 3 * mm)]
    budget = _(
        "Cost {range}. Budget {verdict}.",
        range=headline.cost_range(sm),
        verdict=headline.verdict(sm),
    )
    story.append(layout.p(budget, s.body))
    first = next((step for step in r.steps if step.status != "done"), None)
    if first is not None:
        first_step = _("First step: {step}, from {day}.", step=first.title, day=day(first.start))
        story.append(layout.p(first_step, s.body))
    return story


def cover(layout: Layout, profile: Profile | None, branding: Branding | None) -> list[Flowable]:
    r, s = layout.roadmap, layout.styles
    summary = r.summary
    story: list[Flowable] = []
    logo = logo_image(branding)
    org = branding.organisation if branding else ""
    if logo is not None or org:
        cells = [[layout.p(org, s.cover_small) if org else "", logo or ""]]
        top = Table(cells, colWidths=[layout.width - LOGO_BOX[0] - 4, LOGO_BOX[0] + 4])
        top.setStyle(
            st.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story += [top, Spacer(1, 30 * mm)]
    else:
        story.append(Spacer(1, 30 * mm + LOGO_BOX[1]))

    story += [
        Rule(28 * mm, st.ACCENT, 3, space=6 * mm),
        layout.p(_("CAREER TRANSITION PLAN"), s.kicker),
        Spacer(1, 3 * mm),
        cover_name(layout, r.person or _("Unnamed")),
        Spacer(1, 3 * mm),
        layout.p(_("toward {track}", track=layout.track_name(r.track).lower()), s.cover_line),
        Spacer(1, 10 * mm),
        *at_a_glance(layout),
        Spacer(1, 10 * mm),
    ]
    facts = [
        (
            _("Plan"),
            ngettext(
                "{start} to {finish}, {n} week",
                "{start} to {finish}, {n} weeks",
                summary.weeks,
                start=day(r.start),
                finish=day(summary.finish),
            ),
        ),
    ]
    if profile is not None:
        now = ", ".join(x for x in (profile.current_role, profile.region) if x)
        if now:
            facts.append((_("Starting from"), now))
        facts.append((_("Time"), _("{hours} hours a week", hours=number(profile.weekly_hours))))
    if summary.country_name:
        guessed = " " + _("(guessed from the region)") if summary.country_guessed else ""
        facts.append(
            (
                _("Country"),
                _(
                    "{country}{guessed}; prices in {currency}",
                    country=summary.country_name,
                    guessed=guessed,
                    currency=summary.currency,
                ),
            )
        )
    coach = branding.coach_name if branding else ""
    if coach:
        facts.append((_("Prepared by"), coach + (f", {org}" if org else "")))
    facts.append((_("Printed"), day(layout.printed)))
    rows = [
        [layout.p(label.upper(), s.label), layout.p(value, s.cover_small)] for label, value in facts
    ]
    table = Table(rows, colWidths=[34 * mm, layout.width - 34 * mm], hAlign="LEFT")
    table.setStyle(
        st.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (0, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(table)
    story += [
        Spacer(1, 16 * mm),
        Rule(layout.width),
        Spacer(1, 3 * mm),
        layout.p(
            _(
                "How to use this plan: work through the steps in order, tick each box and write "
                "the date when you finish it. When life gets in the way, re-plan from today "
                "rather than abandoning the plan; what you have done is kept."
            ),
            s.small,
        ),
        layout.p(
            _(
                "Prices are list prices with the date of their source (catalog {version}); "
                "'check with issuer' marks prices no source could confirm. Check every price "
                "with the issuer before paying.",
                version=r.catalog_version,
            ),
            s.small,
        ),
    ]
    # A very long name or organisation must not push the cover onto a second page.
    return [KeepInFrame(layout.width, layout.height - 2, story, mode="shrink")]
