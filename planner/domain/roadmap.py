"""A planned roadmap: dated, costed steps with reasons, gaps, fit, risks and totals."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from datetime import date

from planner.domain.frozen_init import quick_init
from planner.domain.records import record

STEP_KINDS = (
    "certification",
    "education",
    "membership",
    "networking",
    "niche",
    "experience",
    "job-search",
)


@quick_init
@record
class Gap:
    """A competency's level now and the level the track needs, and the steps that close it."""

    competency: str
    name: str
    have: int
    need: int
    evidence: tuple[str, ...] = ()
    reaches: int | None = None  # level the plan's steps reach; None before planning
    steps: tuple[str, ...] = ()  # steps that raise this competency

    @property
    def size(self) -> int:
        return max(0, self.need - self.have)


@record
class TrackFit:
    """How well a person fits a track: score, readiness, preference and reasons."""

    track: str
    score: int  # 0-100
    readiness: int  # 0-100
    preference: int | None  # 0-100, None without questionnaire answers
    reasons: tuple[str, ...]


@quick_init
@record
class Step:
    """One dated step of the plan; cost None means 'check with issuer'."""

    id: str
    title: str
    kind: str
    start: date
    end: date
    hours: float
    cost: float | None
    currency: str
    depends_on: tuple[str, ...]
    why: str
    closes: tuple[str, ...] = ()
    hours_basis: str = ""
    cost_note: str = ""
    cost_as_of: str = ""
    cost_confidence: str = ""
    exam_codes: tuple[str, ...] = ()
    exam_date: date | None = None
    book_by: date | None = None
    prerequisites: str = ""
    sources: tuple[tuple[str, str], ...] = ()
    description: str = ""
    renewal: str = ""
    price_stale: bool = False  # the price's source is over 6 months older than the step
    status: str = "todo"  # todo, in_progress, done (kept with its actual dates) or skipped
    note: str = ""
    # (Monday of the week, hours the scheduler put in that week); adds up to `hours`
    weeks: tuple[tuple[date, float], ...] = ()
    cost_low: float | None = None  # estimate range; both None when nothing is known
    cost_high: float | None = None
    study: tuple[tuple[str, str, str, str], ...] = ()  # (title, url, kind, as of)
    # price (in the plan's currency), range (sourced, unverified), converted (from another
    # currency at a dated rate) or check_with_issuer; "" in plans made before countries
    price_kind: str = ""

    def hours_in_week(self, monday: date) -> float:
        return next((h for w, h in self.weeks if w == monday), 0.0)


@record
class Risk:
    """A risk the plan carries and the steps that mitigate it."""

    id: str
    risk: str
    mitigation: str
    steps: tuple[str, ...]


@quick_init
@record
class Alternative:
    """A cheaper step that could replace one in the plan, and what it saves."""

    step: str
    alternative: str
    title: str
    saves: float
    reason: str


@record
class Summary:
    """The plan's totals: hours, cost, finish date and budget verdict."""

    total_hours: float
    total_cost: float
    currency: str
    finish: date
    over_budget: bool | None
    budget: float | None
    budget_currency: str
    unpriced_steps: int
    weeks: int
    cost_low: float | None = None  # estimate over every step with a known price or range
    cost_high: float | None = None
    unknown_cost_steps: tuple[str, ...] = ()  # steps with no price and no sourced range
    budget_verdict: str | None = None  # within, over or uncertain; None without a budget
    ready_to_apply: date | None = None
    pmp_eligible: date | None = None
    pmp_exam: date | None = None
    country: str | None = None  # ISO 3166-1 code the plan was made for (given or guessed)
    country_name: str = ""
    country_guessed: bool = False
    price_kinds: Mapping[str, int] = field(default_factory=dict)  # steps by price kind
    route: str = ""  # why this PM route in this country


@record
class Eligible:
    """The day the plan makes the person eligible for a certification's exam (its experience rule).

    The eligibility line says it in words; this is the date itself, for the calendar.
    """

    cert: str  # catalog id
    name: str  # short name, as the line and the calendar name it
    day: date


@record
class Roadmap:
    """A person's whole plan: steps, summary, gaps, track fits, risks and warnings."""

    person: str
    track: str
    start: date
    catalog_version: str
    steps: tuple[Step, ...]
    summary: Summary
    gaps: tuple[Gap, ...]
    fits: tuple[TrackFit, ...]
    risks: tuple[Risk, ...]
    alternatives: tuple[Alternative, ...] = ()
    niche_suggestions: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    weekly_load: Mapping[int, float] = field(default_factory=dict)
    eligibility: tuple[str, ...] = ()
    eligible_on: tuple[Eligible, ...] = ()  # the dates the eligibility lines give
    country_notes: tuple[str, ...] = ()  # the country pack's job-market notes for the track
