"""What changed between two plans of one person: steps added, removed, moved, re-costed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.domain.roadmap import Roadmap, Step


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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
        """'1,759-4,248 USD', or 'not estimated'."""
        if self.cost_low is None or self.cost_high is None:
            return "not estimated"
        low, high = f"{self.cost_low:,.0f}", f"{self.cost_high:,.0f}"
        return f"{low}-{high} {self.currency}" if low != high else f"{low} {self.currency}"

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


@dataclass(frozen=True)
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
    ("added", "Added"),
    ("removed", "Removed"),
    ("moved", "Moved"),
    ("changed", "Hours, cost or status changed"),
)


def describe(diff: PlanDiff) -> list[str]:
    """The diff in lines of text: headline figures first, then the steps by kind of change."""
    a, b = diff.before, diff.after
    lines = [
        f"Finish: {a.finish} -> {b.finish} ({diff.finish_moved:+d} days)",
        f"Hours: {a.hours:,.0f} -> {b.hours:,.0f}",
        f"Cost: {a.cost_text()} -> {b.cost_text()}",
    ]
    if a.track != b.track:
        lines.append(f"Track: {a.track} -> {b.track}")
    for label, day_a, day_b in (
        ("Ready to apply", a.ready_to_apply, b.ready_to_apply),
        ("PMP exam", a.pmp_exam, b.pmp_exam),
    ):
        if day_a != day_b:
            lines.append(f"{label}: {day_a or '-'} -> {day_b or '-'}")
    for kind, title in GROUPS:
        changes = diff.of_kind(kind)
        if changes:
            lines += ["", f"{title} ({len(changes)}):"]
            lines += [f"  {_change(c)}" for c in changes]
    if not diff.changes:
        lines += ["", "No step changed."]
    return lines


def _change(c: StepChange) -> str:
    if c.change == "added" and c.after is not None:
        return f"{c.title} ({c.after.start} to {c.after.end})"
    if c.change == "moved" and c.before is not None and c.after is not None:
        days = c.days_moved
        when = f" ({abs(days)} days {'later' if days > 0 else 'earlier'})" if days else ""
        return f"{c.title}: ends {c.before.end} -> {c.after.end}{when}"
    return c.title
