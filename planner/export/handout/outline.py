"""The printed plan's sections as plain blocks, for hand-outs a coach can edit (Markdown, DOCX)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from planner.catalog.onet import ONET_ATTRIBUTION
from planner.domain.messages import _
from planner.domain.records import record
from planner.domain.roadmap import Gap, Roadmap, Step
from planner.export import headline
from planner.export.pdf import PlanDocument
from planner.export.wording import confidence, day, hours, kind, money, month, status_word
from planner.export.wording import number as fmt_number


@record
class Heading:
    level: int  # 1 = the plan's title, 2 = a section, 3 = a step
    text: str


@record
class Text:
    text: str
    label: str = ""  # shown in bold before the text ("Why", "Cost" ...)


@record
class Bullets:
    items: tuple[str, ...]


@record
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Text | Bullets | Table


def _how_closed(gap: Gap, titles: dict[str, str]) -> str:
    if not gap.size:
        return _("Met already.")
    if gap.reaches is not None and gap.reaches >= gap.need:
        named = [titles.get(step, step) for step in gap.steps]
        return (
            _("Closed by {steps}.", steps="; ".join(named)) if named else _("Closed by this plan.")
        )
    if gap.need <= 1:
        return _("Awareness: picked up working alongside the team.")
    return _("The plan reaches {level}; the rest comes with project work.", level=gap.reaches)


def _cost(step: Step) -> str:
    if step.cost is not None:
        text = money(step.cost, step.currency)
        if step.cost_as_of:
            basis = _("as of {month}", month=month(step.cost_as_of))
            if step.cost_confidence:
                basis += f"; {confidence(step.cost_confidence) or step.cost_confidence}"
            text += f" ({basis})"
        return text
    if step.cost_low is not None and step.cost_high is not None:
        low, high = money(step.cost_low, step.currency), money(step.cost_high, step.currency)
        span = f"{low}\u2013{high}"
        estimate = _("(estimate {range})", range=span)
        return f"{money(None, step.currency)} {estimate}"
    return money(None, step.currency)


def _step_blocks(number: int, step: Step, titles: dict[str, str]) -> list[Block]:
    blocks: list[Block] = [Heading(3, f"{number}. {step.title}")]
    when = _("{start} to {end}", start=day(step.start), end=day(step.end))
    blocks.append(Text(f"{kind(step.kind)}, {when}, {hours(step.hours)}", _("When")))
    if step.status == "done":
        blocks.append(Text(_("Done on {day}", day=day(step.end)), _("Status")))
    elif step.status in ("in_progress", "skipped"):
        blocks.append(Text(status_word(step.status), _("Status")))
    if step.description:
        blocks.append(Text(step.description, _("What")))
    blocks.append(Text(step.why, _("Why")))
    if step.closes:
        blocks.append(Text(", ".join(step.closes), _("Closes")))
    if step.depends_on:
        blocks.append(Text("; ".join(titles.get(d, d) for d in step.depends_on), _("After")))
    if step.hours_basis:
        blocks.append(Text(f"{hours(step.hours)} ({step.hours_basis})", _("Hours")))
    blocks.append(Text(_cost(step), _("Cost")))
    if step.exam_codes or step.exam_date:
        exam = ", ".join(step.exam_codes)
        dates = []
        if step.book_by:
            dates.append(_("book by {day}", day=day(step.book_by)))
        if step.exam_date:
            dates.append(_("sit by {day}", day=day(step.exam_date)))
        blocks.append(Text(" ".join(filter(None, [exam, "; ".join(dates)])), _("Exam")))
    if step.prerequisites:
        blocks.append(Text(step.prerequisites, _("Prerequisites")))
    if step.renewal:
        blocks.append(Text(step.renewal, _("Renewal")))
    if step.study:
        blocks.append(Text(_("Where to study:")))
        blocks.append(
            Bullets(
                tuple(
                    f"{title}: {url} " + _("(as of {month})", month=month(as_of))
                    for title, url, _k, as_of in step.study
                )
            )
        )
    if step.sources:
        blocks.append(
            Bullets(
                tuple(
                    _("Source: {url}", url=" ".join(filter(None, (title, url))))
                    for title, url in step.sources
                )
            )
        )
    if step.note:
        blocks.append(Text(step.note, _("Note")))
    return blocks


def _summary(r: Roadmap, doc: PlanDocument) -> list[Block]:
    s = r.summary
    rows = [(label, sentence) for label, sentence in headline.headline_dates(s)]
    rows.append((_("Hours"), _("{hours} of study and work", hours=hours(s.total_hours))))
    rows.append((_("Cost"), headline.cost_range(s)))
    rows.append(
        (
            _("Known cost"),
            _("{amount} (verified prices only)", amount=money(s.total_cost, s.currency)),
        )
    )
    rows.append((_("Budget"), headline.verdict(s)))
    blocks: list[Block] = [Heading(2, _("Summary")), Table(("", ""), tuple(rows))]
    if r.eligibility:
        blocks.append(Bullets(r.eligibility))
    if r.warnings:
        blocks.append(Text(_("Warnings:")))
        blocks.append(Bullets(r.warnings))
    return blocks


def _months(r: Roadmap) -> list[Block]:
    months: dict[tuple[int, int], dict[str, float]] = {}
    for step in r.steps:
        for monday, spent in step.weeks:
            titles = months.setdefault((monday.year, monday.month), {})
            titles[step.title] = titles.get(step.title, 0.0) + spent
    if not months:
        return []
    rows = []
    for (year, number), titles in sorted(months.items()):
        work = sorted(titles.items(), key=lambda item: -item[1])
        what = "; ".join(f"{title} ({fmt_number(spent, fixed=True)} h)" for title, spent in work)
        total = fmt_number(sum(titles.values()), fixed=True)
        rows.append((month(f"{year}-{number:02d}"), total, what))
    return [
        Heading(2, _("Month by month")),
        Table((_("Month"), _("Hours"), _("What to do")), tuple(rows)),
    ]


def _budget(r: Roadmap) -> list[Block]:
    s = r.summary
    blocks: list[Block] = [Heading(2, _("Budget"))]
    rows = tuple((step.title, _cost(step)) for step in r.steps if step.status != "skipped")
    blocks.append(Table((_("Step"), _("Cost")), rows))
    blocks.append(Text(f"{headline.cost_range(s)}; {headline.verdict(s)}."))
    if r.alternatives:
        blocks.append(Text(_("Cheaper alternatives:")))
        blocks.append(
            Bullets(
                tuple(
                    _(
                        "{alternative} instead of {step}: saves {amount}.",
                        alternative=a.title,
                        step=a.step,
                        amount=money(a.saves, s.currency),
                    )
                    + f" {a.reason}"
                    for a in r.alternatives
                )
            )
        )
    return blocks


def plan_outline(doc: PlanDocument, printed: date | None = None) -> list[Block]:
    """The hand-out's blocks, in the printed plan's order."""
    r, catalog, profile = doc.roadmap, doc.catalog, doc.profile
    titles = {step.id: step.title for step in r.steps}
    track = catalog.track_by_id.get(r.track)
    track_name = track.name if track else r.track
    blocks: list[Block] = [Heading(1, _("Career transition plan: {person}", person=r.person))]
    about = [
        _("Toward {track}", track=track_name.lower()),
        _("from {start} to {finish}", start=day(r.start), finish=day(r.summary.finish)),
    ]
    if profile and profile.current_role:
        about.append(_("starting as {role}", role=profile.current_role))
    if profile:
        about.append(_("{hours} a week", hours=hours(profile.weekly_hours)))
    blocks.append(Text(", ".join(about) + "."))
    branding = doc.branding
    if branding and not branding.is_empty:
        coach = ", ".join(filter(None, [branding.coach_name, branding.organisation]))
        blocks.append(Text(coach, _("Coach")))
    if printed:
        blocks.append(Text(day(printed), _("Printed")))
    blocks += _summary(r, doc)
    blocks.append(Heading(2, _("Gaps")))
    blocks.append(
        Table(
            (_("Competency"), _("Have"), _("Need"), _("What the plan does")),
            tuple(
                (g.name, str(g.have), str(g.need), _how_closed(g, titles))
                for g in sorted(r.gaps, key=lambda g: -g.size)
            ),
        )
    )
    blocks += _months(r)
    blocks.append(Heading(2, _("Steps")))
    for number, step in enumerate(r.steps, 1):
        blocks += _step_blocks(number, step, titles)
    blocks += _budget(r)
    blocks.append(Heading(2, _("Risks")))
    blocks.append(
        Table(
            (_("Risk"), _("Mitigation"), _("Steps")),
            tuple(
                (k.risk, k.mitigation, "; ".join(titles.get(s, s) for s in k.steps))
                for k in r.risks
            ),
        )
    )
    blocks.append(Heading(2, _("Track comparison")))
    blocks.append(
        Table(
            (_("Track"), _("Fit"), _("Why")),
            tuple(
                (
                    catalog.track_by_id[f.track].name
                    if f.track in catalog.track_by_id
                    else f.track,
                    f"{f.score}/100",
                    " ".join(f.reasons),
                )
                for f in r.fits
            ),
        )
    )
    blocks += _niche(doc)
    if doc.notes:
        blocks.append(Heading(2, _("Notes")))
        for when, body in doc.notes:
            blocks.append(Text(body, day(when)))
    blocks.append(Heading(2, _("Sources")))
    blocks.append(Text(ONET_ATTRIBUTION))
    return blocks


def _niche(doc: PlanDocument) -> Sequence[Block]:
    catalog, profile = doc.catalog, doc.profile
    chosen = catalog.niche_by_id.get(profile.niche) if profile and profile.niche else None
    blocks: list[Block] = [Heading(2, _("Niche"))]
    if chosen is not None:
        blocks.append(Text(f"{chosen.name}: {chosen.description}", _("Chosen")))
        return blocks
    if doc.roadmap.niche_suggestions:
        blocks.append(Text(_("No niche chosen yet. The closest fits from your skills:")))
        blocks.append(Bullets(tuple(doc.roadmap.niche_suggestions)))
    else:
        blocks.append(Text(_("No niche chosen yet: compare local job ads in the niche finder.")))
    return blocks
