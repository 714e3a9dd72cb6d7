"""The printed plan's sections as plain blocks, for hand-outs a coach can edit (Markdown, DOCX)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from planner.catalog.onet import ONET_ATTRIBUTION
from planner.domain.roadmap import Gap, Roadmap, Step
from planner.export import headline
from planner.export.pdf import PlanDocument
from planner.export.pdf.formatting import CONFIDENCE, day, hours, kind, money, month


@dataclass(frozen=True)
class Heading:
    level: int  # 1 = the plan's title, 2 = a section, 3 = a step
    text: str


@dataclass(frozen=True)
class Text:
    text: str
    label: str = ""  # shown in bold before the text ("Why", "Cost" ...)


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Text | Bullets | Table


def _how_closed(gap: Gap, titles: dict[str, str]) -> str:
    if not gap.size:
        return "Met already."
    if gap.reaches is not None and gap.reaches >= gap.need:
        named = [titles.get(step, step) for step in gap.steps]
        return "Closed by " + "; ".join(named) + "." if named else "Closed by this plan."
    if gap.need <= 1:
        return "Awareness: picked up working alongside the team."
    return f"The plan reaches {gap.reaches}; the rest comes with project work."


def _cost(step: Step) -> str:
    if step.cost is not None:
        text = money(step.cost, step.currency)
        if step.cost_as_of:
            text += f" (as of {month(step.cost_as_of)}"
            if step.cost_confidence:
                text += f"; {CONFIDENCE.get(step.cost_confidence, step.cost_confidence)}"
            text += ")"
        return text
    if step.cost_low is not None and step.cost_high is not None:
        low, high = money(step.cost_low, step.currency), money(step.cost_high, step.currency)
        return f"check with issuer (estimate {low}-{high})"
    return money(None, step.currency)


def _step_blocks(number: int, step: Step, titles: dict[str, str]) -> list[Block]:
    blocks: list[Block] = [Heading(3, f"{number}. {step.title}")]
    when = f"{day(step.start)} to {day(step.end)}"
    blocks.append(Text(f"{kind(step.kind)}, {when}, {hours(step.hours)}", "When"))
    if step.status == "done":
        blocks.append(Text(f"done on {day(step.end)}", "Status"))
    elif step.status in ("in_progress", "skipped"):
        blocks.append(Text(step.status.replace("_", " "), "Status"))
    if step.description:
        blocks.append(Text(step.description, "What"))
    blocks.append(Text(step.why, "Why"))
    if step.closes:
        blocks.append(Text(", ".join(step.closes), "Closes"))
    if step.depends_on:
        blocks.append(Text("; ".join(titles.get(d, d) for d in step.depends_on), "After"))
    if step.hours_basis:
        blocks.append(Text(f"{hours(step.hours)} ({step.hours_basis})", "Hours"))
    blocks.append(Text(_cost(step), "Cost"))
    if step.exam_codes or step.exam_date:
        exam = ", ".join(step.exam_codes)
        dates = []
        if step.book_by:
            dates.append(f"book by {day(step.book_by)}")
        if step.exam_date:
            dates.append(f"sit by {day(step.exam_date)}")
        blocks.append(Text(" ".join(filter(None, [exam, "; ".join(dates)])), "Exam"))
    if step.prerequisites:
        blocks.append(Text(step.prerequisites, "Prerequisites"))
    if step.renewal:
        blocks.append(Text(step.renewal, "Renewal"))
    if step.study:
        blocks.append(Text("Where to study:"))
        blocks.append(
            Bullets(
                tuple(
                    f"{title}: {url} (as of {month(as_of)})" for title, url, _k, as_of in step.study
                )
            )
        )
    if step.sources:
        blocks.append(
            Bullets(tuple(f"Source: {title} {url}".strip() for title, url in step.sources))
        )
    if step.note:
        blocks.append(Text(step.note, "Note"))
    return blocks


def _summary(r: Roadmap, doc: PlanDocument) -> list[Block]:
    s = r.summary
    rows = [(label, sentence) for label, sentence in headline.headline_dates(s)]
    rows.append(("Hours", f"{hours(s.total_hours)} of study and work"))
    rows.append(("Cost", headline.cost_range(s)))
    rows.append(("Known cost", f"{money(s.total_cost, s.currency)} (verified prices only)"))
    rows.append(("Budget", headline.verdict(s)))
    blocks: list[Block] = [Heading(2, "Summary"), Table(("", ""), tuple(rows))]
    if r.eligibility:
        blocks.append(Bullets(r.eligibility))
    if r.warnings:
        blocks.append(Text("Warnings:"))
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
        what = "; ".join(f"{title} ({spent:.1f} h)" for title, spent in work)
        rows.append((f"{year}-{number:02d}", f"{sum(titles.values()):.1f}", what))
    return [Heading(2, "Month by month"), Table(("Month", "Hours", "What to do"), tuple(rows))]


def _budget(r: Roadmap) -> list[Block]:
    s = r.summary
    blocks: list[Block] = [Heading(2, "Budget")]
    rows = tuple((step.title, _cost(step)) for step in r.steps if step.status != "skipped")
    blocks.append(Table(("Step", "Cost"), rows))
    blocks.append(Text(f"{headline.cost_range(s)}; {headline.verdict(s)}."))
    if r.alternatives:
        blocks.append(Text("Cheaper alternatives:"))
        blocks.append(
            Bullets(
                tuple(
                    f"{a.title} instead of {a.step}: saves {money(a.saves, s.currency)}. {a.reason}"
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
    blocks: list[Block] = [Heading(1, f"Career transition plan: {r.person}")]
    about = [f"Toward {track_name.lower()}", f"from {day(r.start)} to {day(r.summary.finish)}"]
    if profile and profile.current_role:
        about.append(f"starting as {profile.current_role}")
    if profile:
        about.append(f"{hours(profile.weekly_hours)} a week")
    blocks.append(Text(", ".join(about) + "."))
    branding = doc.branding
    if branding and not branding.is_empty:
        coach = ", ".join(filter(None, [branding.coach_name, branding.organisation]))
        blocks.append(Text(coach, "Coach"))
    if printed:
        blocks.append(Text(day(printed), "Printed"))
    blocks += _summary(r, doc)
    blocks.append(Heading(2, "Gaps"))
    blocks.append(
        Table(
            ("Competency", "Have", "Need", "What the plan does"),
            tuple(
                (g.name, str(g.have), str(g.need), _how_closed(g, titles))
                for g in sorted(r.gaps, key=lambda g: -g.size)
            ),
        )
    )
    blocks += _months(r)
    blocks.append(Heading(2, "Steps"))
    for number, step in enumerate(r.steps, 1):
        blocks += _step_blocks(number, step, titles)
    blocks += _budget(r)
    blocks.append(Heading(2, "Risks"))
    blocks.append(
        Table(
            ("Risk", "Mitigation", "Steps"),
            tuple(
                (k.risk, k.mitigation, "; ".join(titles.get(s, s) for s in k.steps))
                for k in r.risks
            ),
        )
    )
    blocks.append(Heading(2, "Track comparison"))
    blocks.append(
        Table(
            ("Track", "Fit", "Why"),
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
        blocks.append(Heading(2, "Notes"))
        for when, body in doc.notes:
            blocks.append(Text(body, day(when)))
    blocks.append(Heading(2, "Sources"))
    blocks.append(Text(ONET_ATTRIBUTION))
    return blocks


def _niche(doc: PlanDocument) -> Sequence[Block]:
    catalog, profile = doc.catalog, doc.profile
    chosen = catalog.niche_by_id.get(profile.niche) if profile and profile.niche else None
    blocks: list[Block] = [Heading(2, "Niche")]
    if chosen is not None:
        blocks.append(Text(f"{chosen.name}: {chosen.description}", "Chosen"))
        return blocks
    if doc.roadmap.niche_suggestions:
        blocks.append(Text("No niche chosen yet. The closest fits from your skills:"))
        blocks.append(Bullets(tuple(doc.roadmap.niche_suggestions)))
    else:
        blocks.append(Text("No niche chosen yet: compare local job ads in the niche finder."))
    return blocks
