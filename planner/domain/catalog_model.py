"""Catalog items (certifications, tracks, niches ...) and the lookups the engine needs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import field
from functools import cached_property
from typing import TYPE_CHECKING

from planner.domain.messages import N_, _
from planner.domain.names import name_variants, normalize
from planner.domain.records import record

if TYPE_CHECKING:
    from planner.domain.country_pack import CountryPack

CHECK_WITH_ISSUER = N_("check with issuer")


@record
class Source:
    """A cited source: its title, address and the date it was read."""

    title: str
    url: str
    date: str = ""


@record
class Fee:
    """A price with its provenance; amount None means unverified ('check with issuer')."""

    amount: float | None
    currency: str
    as_of: str
    confidence: str
    member_amount: float | None = None
    member_of: str | None = None
    reported: str = ""
    note: str = ""
    estimate: tuple[float, float] | None = None  # [low, high] from reported figures
    member_estimate: tuple[float, float] | None = None

    def for_member(self, is_member: bool) -> float | None:
        has_member_price = self.member_amount is not None or self.member_estimate is not None
        if is_member and self.member_of and has_member_price:
            return self.member_amount  # None when the member price itself is unverified
        return self.amount

    def range_for(self, is_member: bool) -> tuple[float, float] | None:
        """(low, high) of what the person pays: exact when verified, else the reported range."""
        member = is_member and bool(self.member_of)
        price = self.for_member(is_member)
        if price is not None:
            return (price, price)
        if member and self.member_estimate is not None:
            return self.member_estimate
        return self.estimate


@record
class StudyHours:
    """Typical study hours for an item, with the range and basis they come from."""

    hours: float  # the typical figure
    basis: str  # "source", "source-range", "source-range-midpoint" or "planner-estimate"
    note: str = ""
    source_url: str = ""
    low: float | None = None
    high: float | None = None
    as_of: str = ""
    confidence: str = ""

    @property
    def label(self) -> str:
        return _("planner estimate") if self.basis == "planner-estimate" else _("sourced")

    def for_level(self, level: int) -> tuple[float, str]:
        """Hours for someone at `level` in what the exam covers: 3+ low end, 0-1 high end."""
        if self.low is None or self.high is None:
            return self.hours, self.note or self.label
        values = {"low": f"{self.low:g}", "high": f"{self.high:g}", "level": level}
        if level >= 3:
            return self.low, _(
                "low end of the sourced {low}-{high} h, for your level {level}", **values
            )
        if level <= 1:
            return self.high, _(
                "high end of the sourced {low}-{high} h, for your level {level}", **values
            )
        return self.hours, _(
            "typical of the sourced {low}-{high} h, for your level {level}", **values
        )


@record
class StudySource:
    """Where to study for a credential: an official page found in a source, never a guess."""

    title: str
    url: str
    kind: str  # objectives, free-learning or official-page
    as_of: str


@record
class RenewalStep:
    """What renewing a lapsing credential takes (PMI: PDUs plus a renewal fee)."""

    title: str
    hours: float
    cost: float | None
    member_cost: float | None
    member_of: str | None
    as_of: str
    confidence: str
    note: str = ""


@record
class ExamChange:
    """An exam version that changed or retires on a date, and what replaces it."""

    code: str
    on: str
    note: str


@record
class Prerequisites:
    """What a certification asks before the exam: credentials, education, experience."""

    text: str
    credentials_all: tuple[str, ...] = ()
    credentials_any: tuple[str, ...] = ()
    pm_education_hours: float = 0
    pm_education_waived_by: tuple[str, ...] = ()
    pm_experience_months: Mapping[str, int] = field(default_factory=dict)
    agile_training_hours: float = 0
    agile_experience_months: int = 0
    agile_experience_waived_by: tuple[str, ...] = ()
    course_required: str = ""
    work_experience_months: int = 0
    pm_experience_months_gac: int = 0  # PMI's route for degrees from GAC-accredited programmes

    @cached_property
    def credentials_only(self) -> bool:
        """True when only prerequisite credentials (no hours, months or experience) apply."""
        return not (
            self.pm_education_hours
            or self.pm_experience_months
            or self.agile_training_hours
            or self.agile_experience_months
            or self.work_experience_months
        )

    @cached_property
    def credentials_named(self) -> tuple[str, ...]:
        """Every credential the rules name (required, one of, waivers), each once: whether a
        plan holds these is all a person's eligibility can depend on besides the profile."""
        return tuple(
            dict.fromkeys(
                (
                    *self.credentials_all,
                    *self.credentials_any,
                    *self.pm_education_waived_by,
                    *self.agile_experience_waived_by,
                )
            )
        )


@record
class Certification:
    """One certification of the catalog: issuer, level, fees, hours and prerequisites."""

    id: str
    name: str
    short_name: str
    aliases: tuple[str, ...]
    issuer: str
    tracks: tuple[str, ...]
    level: str
    raises: Mapping[str, int]
    prerequisites: Prerequisites
    exam_codes: tuple[str, ...]
    fee: Fee
    study_hours: StudyHours
    validity_years: float | None
    renewal: str | None
    validity_applies_from: str | None
    status: str
    retired_on: str | None
    successors: tuple[str, ...]
    booking_lead_weeks: int
    sources: tuple[Source, ...]
    confidence: str
    credential_type: str = "certification"
    successor_note: str = ""
    notes: tuple[str, ...] = ()
    suspension_months: int = 0  # months after lapsing in which renewal is still allowed
    renewal_step: RenewalStep | None = None
    validity_source: Source | None = None
    exam_changes: tuple[ExamChange, ...] = ()
    study: tuple[StudySource, ...] = ()

    @cached_property
    def primary_competency(self) -> str:
        """The competency it raises most (ties: first listed), which decides its role."""
        return max(self.raises, key=lambda c: self.raises[c]) if self.raises else ""

    @cached_property
    def top_level(self) -> int:
        return max(self.raises.values(), default=0)

    @property
    def has_exam(self) -> bool:
        return bool(self.exam_codes) and self.credential_type != "certificate"

    @cached_property
    def source_links(self) -> tuple[tuple[str, str], ...]:
        """Each source as (title, url), as a plan's steps carry them."""
        return tuple((s.title, s.url) for s in self.sources)

    @cached_property
    def study_links(self) -> tuple[tuple[str, str, str, str], ...]:
        """Each free study source as (title, url, kind, as of), as a plan's steps carry them."""
        return tuple((x.title, x.url, x.kind, x.as_of) for x in self.study)


@record
class Competency:
    """One PM competency the plan measures a person's level in."""

    id: str
    name: str
    group: str
    description: str
    aliases: tuple[str, ...]


@record
class Track:
    """A target role family with the competency levels it needs."""

    id: str
    name: str
    short_name: str
    summary: str
    targets: Mapping[str, int]
    aspects: Mapping[str, str]
    onet_codes: tuple[str, ...] = ()


@record
class Membership:
    """A professional body's membership, with its fee and what it gives."""

    id: str
    name: str
    short_name: str
    aliases: tuple[str, ...]
    issuer: str
    fee: Fee
    reported_max: float | None
    validity: str
    benefits: tuple[str, ...]
    sources: tuple[Source, ...]
    confidence: str
    chapter_note: str = ""


@record
class Activity:
    """A non-exam step (project, course, networking) and the competencies it raises."""

    id: str
    kind: str
    title: str
    description: str
    hours: float | None
    cost: float | None
    raises: Mapping[str, int]
    min_weeks: int = 1
    hours_per_month: float = 0
    cost_note: str = ""
    currency: str = "USD"
    cost_range: tuple[float, float] | None = None  # sourced typical range when cost is unknown
    cost_range_source: Source | None = None
    cost_range_confidence: str = ""


@record
class Niche:
    """A specialism within a track, with its competencies, certifications and keywords."""

    id: str
    name: str
    tracks: tuple[str, ...]
    description: str
    competencies: tuple[str, ...]
    certifications: tuple[str, ...]
    keywords: tuple[str, ...]
    hot_technologies: tuple[str, ...]
    basis: str
    basis_note: str
    sources: tuple[Source, ...] = ()


@record
class Option:
    """One answer to a questionnaire question and the track scores it gives."""

    id: str
    text: str
    scores: Mapping[str, int]


@record
class Question:
    """One questionnaire question and its answers."""

    id: str
    text: str
    options: tuple[Option, ...]

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


@record
class RiskTemplate:
    """A risk the plan may carry, when it applies and the steps that mitigate it."""

    id: str
    tracks: tuple[str, ...]
    when: str
    risk: str
    mitigation: str
    mitigated_by: tuple[str, ...]


@record
class ExperienceRule:
    """Months leading projects that count as evidence of a competency level."""

    competency: str
    months: int
    level: int


@record
class Estimates:
    """The catalog's study-hour and booking estimates and the formula behind them."""

    study_hours_by_level: Mapping[str, float]
    additional_exam_factor: float
    default_booking_lead_weeks: int
    formula: str


class NameIndex:
    """Maps normalised ids, names and aliases to one item each."""

    def __init__(self) -> None:
        self._items: dict[str, object] = {}

    def add(self, item: object, names: Iterable[str]) -> list[str]:
        """Register names for item; returns the names already taken by another item."""
        clashes = []
        for name in names:
            key = normalize(name)
            if not key:
                continue
            if key in self._items and self._items[key] is not item:
                clashes.append(name)
                continue
            self._items[key] = item
        return clashes

    def find(self, name: str) -> object | None:
        for variant in name_variants(name):
            if variant in self._items:
                return self._items[variant]
        return None


def _derive(cert: Certification) -> None:
    """Fill the certification's cached values now, with the catalog: planning reads them
    thousands of times, and caching them there gave every certification a new attribute dict
    during the first plan, after the app had frozen its start-up heap out of the garbage
    collector (at 10,000 items, 20,000 dicts that every full collection then walked)."""
    cert.primary_competency, cert.top_level, cert.source_links, cert.study_links  # noqa: B018
    cert.prerequisites.credentials_only, cert.prerequisites.credentials_named  # noqa: B018


@record(frozen=False)
class Catalog:
    """The whole catalog, with the name lookups the engine and importers use."""

    version: str
    compiled_on: str
    certifications: tuple[Certification, ...]
    competencies: tuple[Competency, ...]
    tracks: tuple[Track, ...]
    memberships: tuple[Membership, ...]
    activities: tuple[Activity, ...]
    niches: tuple[Niche, ...]
    questions: tuple[Question, ...]
    risks: tuple[RiskTemplate, ...]
    estimates: Estimates
    readiness_weight: float
    experience_rules: tuple[ExperienceRule, ...] = ()
    aspect_labels: Mapping[str, str] = field(default_factory=dict)
    level_labels: Mapping[str, str] = field(default_factory=dict)
    # Country packs by ISO 3166-1 code (resources/catalog/countries), plus a coach's own.
    countries: Mapping[str, CountryPack] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.cert_by_id = {c.id: c for c in self.certifications}
        self.competency_by_id = {c.id: c for c in self.competencies}
        self.track_by_id = {t.id: t for t in self.tracks}
        self.membership_by_id = {m.id: m for m in self.memberships}
        self.activity_by_id = {a.id: a for a in self.activities}
        self.niche_by_id = {n.id: n for n in self.niches}
        self.question_by_id = {q.id: q for q in self.questions}
        self.credential_names = NameIndex()
        self.name_clashes: list[str] = []
        for cert in self.certifications:
            names = (cert.id, cert.name, cert.short_name, *cert.aliases)
            self.name_clashes += self.credential_names.add(cert, names)
        self.competency_names = NameIndex()
        for comp in self.competencies:
            names = (comp.id, comp.name, *comp.aliases)
            self.name_clashes += self.competency_names.add(comp, names)
        self.membership_names = NameIndex()
        for member in self.memberships:
            self.membership_names.add(member, (member.id, member.name, *member.aliases))
        for cert in self.certifications:
            _derive(cert)

    def find_certification(self, name: str) -> Certification | None:
        found = self.credential_names.find(name)
        return found if isinstance(found, Certification) else None

    def find_competency(self, name: str) -> Competency | None:
        found = self.competency_names.find(name)
        return found if isinstance(found, Competency) else None

    def find_membership(self, name: str) -> Membership | None:
        found = self.membership_names.find(name)
        return found if isinstance(found, Membership) else None


@record
class PriceOverride:
    """A coach's own price for a catalog item, used instead of the catalog's."""

    item_id: str
    amount: float | None
    currency: str = "USD"
    note: str = ""
    as_of: str = ""  # the day the coach set it (YYYY-MM-DD)


@record
class CustomStep:
    """A coach's own step (a workshop, an internal course) that people can pin to their plan."""

    id: str
    title: str
    kind: str
    hours: float
    cost: float | None = None
    currency: str = "USD"
    description: str = ""
