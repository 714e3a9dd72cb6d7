"""The timeline section: the Gantt chart (one slice per page) and its legend."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from planner.domain.messages import _, pgettext
from planner.domain.roadmap import STEP_KINDS
from planner.export.pdf import styles as st
from planner.export.pdf.blocks import Layout, heading, table_heading
from planner.export.pdf.gantt import FOOT, HEAD, ROW, Band, gantt_charts, gantt_legend
from planner.export.stretches import Stretch, quiet_stretches
from planner.export.wording import day, month, plural

SAFETY = 12.0  # points kept free for rounding in reportlab's own layout


def _height(flowable: Flowable, width: float) -> float:
    _w, h = flowable.wrap(width, 10_000)
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def timeline(layout: Layout) -> list[Flowable]:
    r, s = layout.roadmap, layout.styles
    story: list[Flowable] = [
        heading(layout, _("Timeline"), key="timeline"),
        layout.p(
            _(
                "From {start} to {finish}. Each bar is one step, numbered as in the steps "
                "section; the pattern shows its kind. Diamonds mark the date to sit an exam by.",
                start=day(r.start),
                finish=day(r.summary.finish),
            ),
            s.lead,
        ),
    ]
    kinds = [k for k in STEP_KINDS if any(step.kind == k for step in r.steps)]
    kinds += sorted({step.kind for step in r.steps} - set(kinds))
    stretches = quiet_stretches(r)
    legend = gantt_legend(layout.width, layout.kit, kinds, bands=bool(stretches))
    story.append(legend)
    story.append(Spacer(1, 4 * mm))
    notes = [layout.m(stretch_note(layout, q), s.body) for q in stretches]
    # The notes go under the chart's first slice: keep room for them on its page.
    used = sum(_height(f, layout.width) for f in [*story, *notes]) + 4 * mm
    room = layout.height - used - SAFETY
    # A chart that fits its page at the smallest row height leaves room for the key dates
    # rather than growing its rows into it (and pushing two rows of dates onto a new page).
    dates = key_dates(layout)
    with_dates = room - sum(_height(f, layout.width) for f in dates) - 3 * mm
    if HEAD + FOOT + ROW * max(1, len(r.steps)) <= with_dates:
        room = with_dates
    charts = gantt_charts(
        r.steps,
        layout.width,
        layout.kit,
        start=r.start,
        finish=r.summary.finish,
        today=layout.printed,
        first_height=room,
        height=layout.height - SAFETY,
        bands=[Band(q.start, q.end, stretch_label(q)) for q in stretches],
    )
    for i, chart in enumerate(charts):
        if i:
            story.append(Spacer(1, 3 * mm))
        story.append(chart)
        if i == 0 and notes:
            story += [Spacer(1, 2 * mm), *notes]
    if not r.steps:
        story.append(layout.p(_("This plan has no steps.")))
    story += dates
    return story


def stretch_label(stretch: Stretch) -> str:
    """A few words for the shaded stretch on the chart."""
    if stretch.waits_for_pmp:
        if stretch.experience:
            return _("building project months for PMP eligibility")
        return _("waiting for PMP eligibility")
    return _("building project experience") if stretch.experience else _("no step planned")


def stretch_note(layout: Layout, stretch: Stretch) -> str:
    """Markup: when the quiet stretch runs, why nothing else is planned, and what ends it."""
    numbers = {step.id: n for n, step in enumerate(layout.roadmap.steps, 1)}
    esc = layout.esc
    when = _(
        "{start} to {end}",
        start=month(stretch.start.isoformat()),
        end=month(stretch.end.isoformat()),
    )
    text = f"<b>{esc(when)} ({esc(plural(stretch.months, 'month'))}): "
    text += f"{esc(stretch_label(stretch))}.</b> "
    if stretch.experience:
        names = "; ".join(f"{numbers[e.id]}. {e.title}" for e in stretch.experience)
        text += esc(_("No course or exam is planned; keep going with {steps}.", steps=names))
    else:
        text += esc(_("No course or exam is planned."))
    if stretch.pmp_eligible is not None:
        eligible = day(stretch.pmp_eligible)
        if stretch.next_step is not None:
            text += " " + esc(
                _(
                    "You meet PMP's experience rule on {day}; PMP study starts on {start}.",
                    day=eligible,
                    start=day(stretch.next_step.start),
                )
            )
        else:
            text += " " + esc(_("You meet PMP's experience rule on {day}.", day=eligible))
    elif stretch.next_step is not None:
        nxt = stretch.next_step
        text += " " + esc(
            _(
                "Next: {number}. {step}, from {day}.",
                number=numbers[nxt.id],
                step=nxt.title,
                day=day(nxt.start),
            )
        )
    return text


def key_dates(layout: Layout) -> list[Flowable]:
    """Start, exam bookings and sittings, finish: the dates worth copying into a calendar."""
    r, s = layout.roadmap, layout.styles
    dates: list[tuple[date, int, str, str]] = [(r.start, 0, "", _("The plan starts"))]
    for number, step in enumerate(r.steps, 1):
        codes = ", ".join(step.exam_codes)
        exam = _("{codes} exam", codes=codes) if codes else _("the exam")
        if step.book_by and step.status != "done":
            dates.append(
                (
                    step.book_by,
                    1,
                    str(number),
                    _("Book {exam} ({step})", exam=exam, step=step.title),
                )
            )
        if step.exam_date:
            dates.append(
                (
                    step.exam_date,
                    2,
                    str(number),
                    _("Sit {exam} by this date ({step})", exam=exam, step=step.title),
                )
            )
    dates.append((r.summary.finish, 3, "", _("The plan is complete")))
    head = [
        layout.p(h, s.cell_head) for h in (_("Date"), pgettext("narrow column", "Step"), _("What"))
    ]
    rows = [
        [
            layout.p(day(when), s.small_cell),
            layout.p(number, s.small_cell),
            layout.p(what, s.small_cell),
        ]
        for when, _order, number, what in sorted(dates, key=lambda d: (d[0], d[1]))
    ]
    table = Table([head, *rows], colWidths=[26 * mm, 12 * mm, layout.width - 38 * mm], repeatRows=1)
    table.setStyle(st.grid_table())
    return [*table_heading(layout, _("Key dates"), key="timeline-dates"), table]
