"""A readable plan for the terminal: summary, gaps, dated steps with reasons, budget, risks."""

from __future__ import annotations

from planner.domain.messages import _, ngettext
from planner.domain.roadmap import Roadmap, Step
from planner.export import headline
from planner.export.country_dates import follows_country
from planner.export.text_wrap import wrap
from planner.export.wording import kind, track_name
from planner.i18n.format import day, hours, money, month

WIDTH = 78


def _money(amount: float | None, currency: str) -> str:
    return money(amount, currency)


def _wrap(text: str, indent: str) -> list[str]:
    return wrap(text, WIDTH, indent) or [indent]


def _cost_line(step: Step) -> str:
    cost = _money(step.cost, step.currency)
    if step.cost is not None and step.cost_as_of:
        cost = _(
            "{cost} (as of {month}, confidence {code})",
            cost=cost,
            month=month(step.cost_as_of),
            code=step.cost_confidence,
        )
        if step.price_stale:
            cost += _("; over 6 months old by then: check before paying")
    return _("Cost: {cost}", cost=cost)


def _step_lines(number: int, step: Step) -> list[str]:
    head = f"{number:>2}. {step.title}"
    when = _("{start} to {end}", start=day(step.start), end=day(step.end))
    lines = [head, f"    {when}  ·  {kind(step.kind)}  ·  {hours(step.hours)}"]
    lines[-1] += f" ({step.hours_basis})" if step.hours_basis else ""
    lines.append(f"    {_cost_line(step)}")
    if step.cost is None and step.cost_low is not None and step.cost_high is not None:
        low, high = _money(step.cost_low, step.currency), _money(step.cost_high, step.currency)
        lines.append("      " + _("estimate {low}-{high}", low=low, high=high))
    if step.cost is None and step.cost_note:
        lines += _wrap(step.cost_note, "      ")
    if step.exam_date:
        lines.append(
            "    "
            + _(
                "Exam {codes}: book by {book_by}, sit by {exam_day}",
                codes=", ".join(step.exam_codes),
                book_by=day(step.book_by),
                exam_day=day(step.exam_date),
            )
        )
    if step.depends_on:
        lines.append("    " + _("After: {steps}", steps=", ".join(step.depends_on)))
    lines += _wrap(_("Why: {reason}", reason=step.why), "    ")
    if step.renewal:
        lines += _wrap(_("Renewal: {renewal}", renewal=step.renewal), "    ")
    if step.sources:
        lines.append("    " + _("Source: {url}", url=step.sources[0][1]))
    for title, url, _kind, as_of in step.study:
        text = _("Study: {title}: {url} (as of {month})", title=title, url=url, month=month(as_of))
        lines += _wrap(text, "    ")
    return lines


def _summary(roadmap: Roadmap) -> list[str]:
    s = roadmap.summary
    rows = list(headline.headline_dates(s))
    rows.append((_("Study/work"), ngettext("{n} hour", "{n} hours", round(s.total_hours))))
    rows.append((_("Cost"), headline.cost_range(s)))
    known = _money(s.total_cost, s.currency)
    if s.unpriced_steps:
        rows.append(
            (
                _("Known cost"),
                ngettext(
                    "{amount} (verified prices only; leaves out {n} price)",
                    "{amount} (verified prices only; leaves out {n} prices)",
                    s.unpriced_steps,
                    amount=known,
                ),
            )
        )
    else:
        rows.append((_("Known cost"), _("{amount} (verified prices only)", amount=known)))
    if s.budget is not None:
        rows.append((_("Budget"), headline.verdict(s)))
    width = max(16, *(len(label) + 2 for label, _text in rows))
    return [f"  {label + ':':<{width}}{text}" for label, text in rows]


def _gap_line(gap) -> str:
    bar = "#" * gap.have + "." * max(0, gap.need - gap.have)
    line = f"  {gap.name:<32} {gap.have} -> {gap.need}  {bar:<5}"
    if gap.size and gap.reaches is not None and gap.reaches >= gap.need:
        line += " " + _("closed by {steps}", steps=", ".join(gap.steps))
    elif gap.size and gap.need <= 1:
        line += " " + _("awareness: picked up working alongside the team")
    elif gap.size:
        line += " " + _("plan reaches {level}; the rest comes with PM work", level=gap.reaches)
    return line.rstrip()


@follows_country
def render_text(roadmap: Roadmap) -> str:
    s = roadmap.summary
    out = [
        _("Career transition plan for {person}", person=roadmap.person),
        _(
            "Target: {track} project management  ·  start {start}  ·  catalog {version}",
            track=track_name(roadmap.track),
            start=day(roadmap.start),
            version=roadmap.catalog_version,
        ),
        "",
        _("SUMMARY"),
    ]
    out += _summary(roadmap)
    out += ["", _("TRACK FIT")]
    for fit in roadmap.fits:
        marker = "*" if fit.track == roadmap.track else " "
        out.append(f" {marker}{track_name(fit.track):<15} {fit.score:>3}/100")
    out += ["", _("GAPS (have -> need; what the plan does about it)")]
    out += [_gap_line(gap) for gap in roadmap.gaps]
    if roadmap.eligibility:
        out += ["", _("ELIGIBILITY")] + [f"  {line}" for line in roadmap.eligibility]
    out += ["", _("STEPS")]
    for number, step in enumerate(roadmap.steps, 1):
        out += _step_lines(number, step)
        out.append("")
    if roadmap.alternatives:
        out.append(_("CHEAPER ALTERNATIVES"))
        for alt in roadmap.alternatives:
            saves = _("Saves {amount}.", amount=_money(alt.saves, s.currency))
            out += _wrap(f"- {alt.reason} {saves}", "  ")
        out.append("")
    out.append(_("RISKS"))
    for risk in roadmap.risks:
        out += _wrap(f"- {risk.risk}", "  ")
        out += _wrap(_("Mitigation: {text}", text=risk.mitigation), "    ")
        if risk.steps:
            out.append("    " + _("Steps: {steps}", steps=", ".join(risk.steps)))
    if roadmap.warnings:
        out += ["", _("NOTES")] + [line for w in roadmap.warnings for line in _wrap(f"- {w}", "  ")]
    out += ["", *wrap(_footnote(), WIDTH)]
    return "\n".join(out) + "\n"


def _footnote() -> str:
    return _(
        "Prices are US list prices with their source date; 'check with issuer' marks prices no "
        "source could confirm. Study hours marked 'planner estimate' are the planner's own."
    )
