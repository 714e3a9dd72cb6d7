"""A readable plan for the terminal: summary, gaps, dated steps with reasons, budget, risks."""

from __future__ import annotations

import textwrap

from planner.domain.roadmap import Roadmap, Step
from planner.export import headline
from planner.i18n.format import money

WIDTH = 78


def _money(amount: float | None, currency: str) -> str:
    return money(amount, currency)


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent) or [indent]


def _step_lines(number: int, step: Step) -> list[str]:
    head = f"{number:>2}. {step.title}"
    lines = [head, f"    {step.start} to {step.end}  ·  {step.kind}  ·  {step.hours:g} h"]
    lines[-1] += f" ({step.hours_basis})" if step.hours_basis else ""
    cost = _money(step.cost, step.currency)
    if step.cost is not None and step.cost_as_of:
        cost += f" (as of {step.cost_as_of}, confidence {step.cost_confidence})"
        if step.price_stale:
            cost += "; over 6 months old by then: check before paying"
    lines.append(f"    Cost: {cost}")
    if step.cost is None and step.cost_low is not None and step.cost_high is not None:
        lines.append(
            f"      estimate {_money(step.cost_low, step.currency)}-"
            f"{_money(step.cost_high, step.currency)}"
        )
    if step.cost is None and step.cost_note:
        lines += _wrap(step.cost_note, "      ")
    if step.exam_date:
        codes = ", ".join(step.exam_codes)
        lines.append(f"    Exam {codes}: book by {step.book_by}, sit by {step.exam_date}")
    if step.depends_on:
        lines.append(f"    After: {', '.join(step.depends_on)}")
    lines += _wrap(f"Why: {step.why}", "    ")
    if step.renewal:
        lines += _wrap(f"Renewal: {step.renewal}", "    ")
    if step.sources:
        lines.append(f"    Source: {step.sources[0][1]}")
    for title, url, _kind, as_of in step.study:
        lines += _wrap(f"Study: {title}: {url} (as of {as_of})", "    ")
    return lines


def render_text(roadmap: Roadmap) -> str:
    s = roadmap.summary
    out = [
        f"Career transition plan for {roadmap.person}",
        f"Target: {roadmap.track} project management  ·  start {roadmap.start}  ·  "
        f"catalog {roadmap.catalog_version}",
        "",
        "SUMMARY",
    ]
    out += [f"  {label + ':':<16}{text}" for label, text in headline.headline_dates(s)]
    out.append(f"  {'Study/work:':<16}{s.total_hours:g} hours")
    out.append(f"  {'Cost:':<16}{headline.cost_range(s)}")
    cost = f"  {'Known cost:':<16}{_money(s.total_cost, s.currency)} (verified prices only"
    if s.unpriced_steps:
        cost += f"; leaves out {s.unpriced_steps} price{'s' if s.unpriced_steps > 1 else ''}"
    out.append(cost + ")")
    if s.budget is not None:
        out.append(f"  {'Budget:':<16}{headline.verdict(s)}")
    out += ["", "TRACK FIT"]
    for fit in roadmap.fits:
        marker = "*" if fit.track == roadmap.track else " "
        out.append(f" {marker}{fit.track:<15} {fit.score:>3}/100")
    out += ["", "GAPS (have -> need; what the plan does about it)"]
    for gap in roadmap.gaps:
        bar = "#" * gap.have + "." * max(0, gap.need - gap.have)
        line = f"  {gap.name:<32} {gap.have} -> {gap.need}  {bar:<5}"
        if gap.size and gap.reaches is not None and gap.reaches >= gap.need:
            line += f" closed by {', '.join(gap.steps)}"
        elif gap.size and gap.need <= 1:
            line += " awareness: picked up working alongside the team"
        elif gap.size:
            line += f" plan reaches {gap.reaches}; the rest comes with PM work"
        out.append(line.rstrip())
    if roadmap.eligibility:
        out += ["", "ELIGIBILITY"] + [f"  {line}" for line in roadmap.eligibility]
    out += ["", "STEPS"]
    for number, step in enumerate(roadmap.steps, 1):
        out += _step_lines(number, step)
        out.append("")
    if roadmap.alternatives:
        out.append("CHEAPER ALTERNATIVES")
        for alt in roadmap.alternatives:
            out += _wrap(f"- {alt.reason} Saves {_money(alt.saves, s.currency)}.", "  ")
        out.append("")
    out.append("RISKS")
    for risk in roadmap.risks:
        out += _wrap(f"- {risk.risk}", "  ")
        out += _wrap(f"Mitigation: {risk.mitigation}", "    ")
        if risk.steps:
            out.append(f"    Steps: {', '.join(risk.steps)}")
    if roadmap.warnings:
        out += ["", "NOTES"] + [line for w in roadmap.warnings for line in _wrap(f"- {w}", "  ")]
    out += [
        "",
        "Prices are US list prices with their source date; 'check with issuer' marks prices no",
        "source could confirm. Study hours marked 'planner estimate' are the planner's own.",
    ]
    return "\n".join(out) + "\n"
