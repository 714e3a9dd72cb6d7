"""What changed between two plans of one person: steps added, removed, moved, re-costed."""

from __future__ import annotations

from datetime import date

from planner.domain.messages import N_, _, ngettext
from planner.domain.records import record
from planner.domain.roadmap import Roadmap, Step
from planner.i18n.format import day, money_range, number


@record
class StepChange:
    step_id: str
    title: str
    change: str  # added, removed, moved or changed
    before: Step | None
    after: Step | None

    @property
    def days_moved(self) -> int:
        """Days the step's end moved (positive: later); 0 unless both plans have it."""
        if self.before is None or self.after is None:
            return 0
        return (self.after.end - self.before.end).days


@record
class Figures:
    """The headline figures of one plan, to set side by side."""

    track: str
    start: date
    finish: date
    hours: float
    known_cost: float
    cost_low: float | None
    cost_high: float | None
    currency: str
    ready_to_apply: date | None
    pmp_exam: date | None

    def cost_text(self) -> str:
        """The cost range in the plan's currency, in local format; or 'not estimated'."""
        if self.cost_low is None or self.cost_high is None:
            return _("not estimated")
        return money_range(self.cost_low, self.cost_high, self.currency)

    @classmethod
    def of(cls, roadmap: Roadmap) -> Figures:
        s = roadmap.summary
        return cls(
            track=roadmap.track,
            start=roadmap.start,
            finish=s.finish,
            hours=s.total_hours,
            known_cost=s.total_cost,
            cost_low=s.cost_low,
            cost_high=s.cost_high,
            currency=s.currency,
            ready_to_apply=s.ready_to_apply,
            pmp_exam=s.pmp_exam,
        )


@record
class PlanDiff:
    before: Figures
    after: Figures
    changes: tuple[StepChange, ...]

    def of_kind(self, change: str) -> tuple[StepChange, ...]:
        return tuple(c for c in self.changes if c.change == change)

    @property
    def finish_moved(self) -> int:
        return (self.after.finish - self.before.finish).days


def _cost_changed(a: Step, b: Step) -> bool:
    return (a.cost, a.cost_low, a.cost_high, a.currency) != (
        b.cost,
        b.cost_low,
        b.cost_high,
        b.currency,
    )


def diff_plans(before: Roadmap, after: Roadmap) -> PlanDiff:
    """Steps are matched by their stable ids, so a re-plan's moves show as moves."""
    old = {s.id: s for s in before.steps}
    new = {s.id: s for s in after.steps}
    changes: list[StepChange] = []
    for step in after.steps:
        was = old.get(step.id)
        if was is None:
            changes.append(StepChange(step.id, step.title, "added", None, step))
        elif (was.start, was.end) != (step.start, step.end):
            changes.append(StepChange(step.id, step.title, "moved", was, step))
        elif _cost_changed(was, step) or was.hours != step.hours or was.status != step.status:
            changes.append(StepChange(step.id, step.title, "changed", was, step))
    changes += [
        StepChange(s.id, s.title, "removed", s, None) for s in before.steps if s.id not in new
    ]
    return PlanDiff(Figures.of(before), Figures.of(after), tuple(changes))


GROUPS = (
    ("added", N_("Added")),
    ("removed", N_("Removed")),
    ("moved", N_("Moved")),
    ("changed", N_("Hours, cost or status changed")),
)


def _signed_days(days: int) -> str:
    """'+12 days', '-3 days', '+1 day' (the sign says later or earlier)."""
    signed = ("+" if days >= 0 else "-") + number(abs(days), digits=0)
    return ngettext("{days} day", "{days} days", abs(days), days=signed)


def _day(value: date | None) -> str:
    return day(value) if value else "-"


def describe(diff: PlanDiff) -> list[str]:
    """The diff in lines of text: headline figures first, then the steps by kind of change."""
    a, b = diff.before, diff.after
    lines = [
        _(
            "Finish: {before} -> {after} ({days})",
            before=day(a.finish),
            after=day(b.finish),
            days=_signed_days(diff.finish_moved),
        ),
        _(
            "Hours: {before} -> {after}",
            before=number(a.hours, digits=0),
            after=number(b.hours, digits=0),
        ),
        _("Cost: {before} -> {after}", before=a.cost_text(), after=b.cost_text()),
    ]
    if a.track != b.track:
        lines.append(_("Track: {before} -> {after}", before=a.track, after=b.track))
    if a.ready_to_apply != b.ready_to_apply:
        lines.append(
            _(
                "Ready to apply: {before} -> {after}",
                before=_day(a.ready_to_apply),
                after=_day(b.ready_to_apply),
            )
        )
    if a.pmp_exam != b.pmp_exam:
        lines.append(
            _("PMP exam: {before} -> {after}", before=_day(a.pmp_exam), after=_day(b.pmp_exam))
        )
    for kind, title in GROUPS:
        changes = diff.of_kind(kind)
        if changes:
            lines += ["", _("{group} ({n}):", group=_(title), n=len(changes))]
            lines += [f"  {_change(c)}" for c in changes]
    if not diff.changes:
        lines += ["", _("No step changed.")]
    return lines


def _change(c: StepChange) -> str:
    if c.change == "added" and c.after is not None:
        return _(
            "{step} ({start} to {end})",
            step=c.title,
            start=day(c.after.start),
            end=day(c.after.end),
        )
    if c.change == "moved" and c.before is not None and c.after is not None:
        days, before, after = c.days_moved, day(c.before.end), day(c.after.end)
        if days > 0:
            return ngettext(
                "{step}: ends {before} -> {after} ({n} day later)",
                "{step}: ends {before} -> {after} ({n} days later)",
                days,
                step=c.title,
                before=before,
                after=after,
            )
        if days < 0:
            return ngettext(
                "{step}: ends {before} -> {after} ({n} day earlier)",
                "{step}: ends {before} -> {after} ({n} days earlier)",
                -days,
                step=c.title,
                before=before,
                after=after,
            )
        return _("{step}: ends {before} -> {after}", step=c.title, before=before, after=after)
    return c.title
