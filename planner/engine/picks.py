"""The steps chosen so far and how a credential joins them, under the real eligibility rules."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from functools import cached_property, lru_cache

from planner.domain.catalog_model import Catalog, Certification, Niche, Track
from planner.domain.messages import N_, _, active, ngettext
from planner.domain.names import normalize
from planner.domain.profile import Profile
from planner.domain.records import record
from planner.domain.roadmap import Eligible
from planner.engine.assessment import Assessment
from planner.engine.country import CountryContext
from planner.engine.drafts import Draft
from planner.engine.eligibility import Eligibility, check, experience_date
from planner.engine.timeline import add_months
from planner.i18n.format import day
from planner.i18n.format import money as format_money
from planner.i18n.format import number as format_number

PM_COMPETENCY = "pm-fundamentals"
WORKING_LEVEL = 2  # below this a track needs awareness only, which no exam is planned for
NICHE_LEVELS = ("entry", "associate")  # a niche adds a credential a newcomer can earn
# Little time or money: prefer the cheapest credentials and free official learning.
LOW_WEEKLY_HOURS = 4
LOW_BUDGET = 1000
GROUP_ORDER = {"technical": 0, "delivery": 1, "management": 2}
PRIORITY = {"technical": 10, "delivery": 14, "management": 18}

# Words in a person's skills that show familiarity with one vendor's platform; a tie between
# equivalent certifications goes to the vendor the person already works with.
VENDOR_WORDS = {
    "azure": "Microsoft",
    "microsoft": "Microsoft",
    "windows": "Microsoft",
    "aws": "AWS",
    "amazon": "AWS",
    "gcp": "Google Cloud",
    "google cloud": "Google Cloud",
    "cisco": "Cisco",
    "red hat": "Red Hat",
    "rhel": "Red Hat",
}


EDUCATION_NAMES = {
    "secondary": N_("secondary"),
    "associate": N_("associate"),
    "bachelor": N_("bachelor"),
    "master": N_("master"),
    "doctorate": N_("doctorate"),
}


def education_name(key: str) -> str:
    """'bachelor' as the sentence 'with a ... education' wants it, in the active language."""
    name = EDUCATION_NAMES.get(key)
    return _(name) if name else key


NO_COUNTRY = CountryContext(None, None)


@lru_cache(maxsize=4096)  # bounded: an app plans many people in one session
def _money(amount: float, currency: str, locale: str) -> str:
    return format_money(amount, currency, locale)


def money(amount: float | None, currency: str = "USD") -> str:
    """A catalog price in the active language's format ('$1,095'; 'check with issuer')."""
    if amount is None:
        return format_money(None, currency)
    # A large plan formats the same few prices thousands of times; Babel takes ~10 µs each.
    return _money(amount, currency, active().locale)


@lru_cache(maxsize=4096)
def _number(value: float, locale: str) -> str:
    return format_number(value, locale)


def number(value: float) -> str:
    """'1,234.5' in the active language (memoised like money)."""
    return _number(value, active().locale)


def weeks_for_months(start: date, months: int) -> int:
    """Whole weeks from start until the date `months` calendar months later."""
    return max(1, math.ceil((add_months(start, months) - start).days / 7))


@record
class Context:
    """What choosing steps for one person and track reads and never changes."""

    profile: Profile
    catalog: Catalog
    track: Track
    assessment: Assessment
    start: date
    country: CountryContext = NO_COUNTRY

    @cached_property
    def held(self) -> frozenset[str]:
        return frozenset(self.assessment.held)

    @cached_property
    def excluded(self) -> frozenset[str]:
        return frozenset(normalize(x) for x in self.profile.exclude)

    @cached_property
    def niche(self) -> Niche | None:
        return self.catalog.niche_by_id.get(self.profile.niche or "")

    @cached_property
    def vendors(self) -> frozenset[str]:
        """Issuers the person already works with: a tie between equivalents goes to them."""
        vendors = {c.issuer for c in self.assessment.held.values()}
        for skill in self.profile.skills:
            text = normalize(skill.name)
            vendors |= {v for word, v in VENDOR_WORDS.items() if word in text}
        return frozenset(vendors)

    @cached_property
    def low_resources(self) -> bool:
        profile = self.profile
        return profile.weekly_hours <= LOW_WEEKLY_HOURS or (
            profile.budget is not None and profile.budget < LOW_BUDGET
        )

    @cached_property
    def _excluded_ids(self) -> dict[str, bool]:
        return {}

    @cached_property
    def _hours(self) -> dict[str, tuple[float, str]]:
        return {}

    @cached_property
    def retired_for(self) -> dict[str, list[Certification]]:
        """Retired certifications by each successor they name."""
        found: dict[str, list[Certification]] = {}
        for cert in self.catalog.certifications:
            if cert.status == "retired":
                for successor in cert.successors:
                    found.setdefault(successor, []).append(cert)
        return found

    def is_excluded(self, step_id: str) -> bool:
        if not self.excluded:
            return False
        known = self._excluded_ids
        if step_id not in known:
            known[step_id] = normalize(step_id) in self.excluded
        return known[step_id]

    def hours_for(self, cert: Certification) -> tuple[float, str]:
        """Study hours for this person: their own figure, else the sourced range by their level."""
        found = self._hours.get(cert.id)
        if found is None:  # depends only on the profile and the starting levels: once per plan
            found = self._hours[cert.id] = self._hours_for(cert)
        return found

    def _hours_for(self, cert: Certification) -> tuple[float, str]:
        override = self.profile.study_hours.get(cert.id)
        if override is not None:
            return float(override), _("your own estimate")
        level = self.assessment.level(cert.primary_competency)
        if cert.id in self.assessment.expired:
            level = max(level, 3)  # studied it before: the low end of the range
        return cert.study_hours.for_level(level)

    def is_member(self, membership: str, drafts: Mapping[str, Draft]) -> bool:
        return membership in self.assessment.memberships or membership in drafts

    def price(self, cert: Certification, drafts: Mapping[str, Draft]) -> float | None:
        """cert's fee, at the member price when the person is or becomes a member."""
        fee = cert.fee
        if not fee.member_of:  # most fees: no member price to weigh
            return fee.amount
        return fee.for_member(self.is_member(fee.member_of, drafts))

    def recertify_reason(
        self, cert: Certification, lapsed: date | None, drafts: Mapping[str, Draft]
    ) -> str:
        """Renewal versus re-certification for an expired credential, with both costs."""
        price = self.price(cert, drafts)
        hours, _basis = self.hours_for(cert)
        step = cert.renewal_step
        renew = (
            _(
                "renewal ({step}, {amount}) is only possible within {months} months of lapsing",
                step=step.title,
                amount=money(step.cost),
                months=cert.suspension_months,
            )
            if step and cert.suspension_months
            else _("renewal by continuing education is only possible before it expires")
        )
        return _(
            "You held {cert} until {day}; it has expired, so {renew}. Re-certifying by exam "
            "({amount}, about {hours} h at the low end of the study hours, as you studied it "
            "before) is the cheaper and faster way back.",
            cert=cert.short_name,
            day=day(lapsed),
            renew=renew,
            amount=money(price),
            hours=number(hours),
        )


class Picks:
    """The steps chosen so far for one plan: grown by the choices stage, which alone owns it.

    Adding a credential brings every step its eligibility needs first, so additions depend on
    what is already chosen; this object keeps that growing set (and caches keyed on it) while
    `choose` runs, and never leaves it: the stage returns a frozen `Choices`.
    """

    def __init__(self, context: Context) -> None:
        self.context = context
        self.catalog = context.catalog
        self.profile = context.profile
        self.levels = dict(context.assessment.levels)
        self.drafts: dict[str, Draft] = {}
        self.notes: list[str] = []  # eligibility notes, for the summary
        self.eligible_on: dict[str, Eligible] = {}  # by cert id: the dates the notes give
        self._eligibility: dict[str, tuple[tuple[bool, ...], tuple[Eligibility, bool]]] = {}

    def add(self, draft: Draft) -> Draft:
        """Put draft in the plan (replacing a chosen step of the same id in its place)."""
        self.drafts[draft.id] = draft
        return draft

    def reach(self, raises: Mapping[str, int]) -> None:
        """The levels the chosen steps reach now include raises."""
        levels = self.levels
        for comp, level in raises.items():
            if level > levels.get(comp, 0):
                levels[comp] = level

    def is_member(self, membership: str) -> bool:
        return self.context.is_member(membership, self.drafts)

    def price(self, cert: Certification) -> float | None:
        return self.context.price(cert, self.drafts)

    def price_text(self, cert: Certification) -> str:
        """'$165', 'about $350-$400' for a reported range, or 'check with issuer'."""
        price = self.price(cert)
        if price is not None:
            return money(price)
        member = bool(cert.fee.member_of) and self.is_member(cert.fee.member_of or "")
        span = cert.fee.range_for(member)
        if span is None:
            return money(None)
        low, high = span
        if low == high:
            return _("about {amount}", amount=money(low))
        return _("about {low}-{high}", low=money(low), high=money(high))

    def eligibility(self, cert: Certification) -> tuple[Eligibility, bool]:
        """Eligibility plus whether it must wait (for experience, or on a step that waits)."""
        # The result depends on the plan only through which of the cert's prerequisite and
        # waiver credentials are planned: that is the cache key, so adding an unrelated step
        # (most additions) keeps it.
        relevant = cert.prerequisites.credentials_named
        drafts = self.drafts
        key = tuple(map(drafts.__contains__, relevant)) if relevant else ()
        cached = self._eligibility.get(cert.id)
        if cached is not None and cached[0] == key:
            return cached[1]
        result = check(cert, self.profile, self.context.held, drafts)
        waits = result.waits or (
            bool(result.waivers_used)
            and any(drafts[w].waits_for_experience for w in result.waivers_used)
        )
        self._eligibility[cert.id] = (key, (result, waits))
        return result, waits

    def candidates_by_competency(self) -> dict[str, list[Certification]]:
        """Certifications the track may use, indexed by each competency they raise (built once)."""
        index: dict[str, list[Certification]] = {}
        context = self.context
        track, held, excluded = context.track.id, context.held, context.excluded
        for cert in self.catalog.certifications:
            if (
                cert.status != "retired"
                and track in cert.tracks
                and cert.id not in held
                and not (excluded and context.is_excluded(cert.id))
                and cert.primary_competency != PM_COMPETENCY
            ):
                for comp in cert.raises:
                    index.setdefault(comp, []).append(cert)
        return index

    # -- adding steps --------------------------------------------------------------------
    def add_cert(self, cert: Certification, why: str, priority: int) -> Draft | None:
        """Add cert with every step its eligibility needs first; None if it cannot be planned."""
        result, _notes = self.eligibility(cert)
        if result.work_experience_months:
            return None  # work experience in a field cannot be scheduled by this planner
        for prerequisite in result.missing_all:
            pre = self.catalog.cert_by_id[prerequisite]
            if (
                self.add_cert(
                    pre, _("Formal prerequisite of {cert}.", cert=cert.short_name), priority
                )
                is None
            ):
                return None
        if result.missing_any:
            options = [self.catalog.cert_by_id[c] for c in result.missing_any]
            options = [
                o for o in options if o.status != "retired" and not self.context.is_excluded(o.id)
            ]
            if not options:
                return None
            first = min(options, key=lambda o: (self.price(o) is None, self.price(o) or 0, o.id))
            self.add_cert(
                first, _("{cert} requires one of these first.", cert=cert.short_name), priority
            )
        context, drafts = self.context, self.drafts
        hours, basis = context.hours_for(cert)
        price = context.price(cert, drafts)
        fee = cert.fee
        note = fee.note
        if price is None:
            reported = fee.reported and _("reported: {text}", text=fee.reported)
            note = "; ".join(x for x in (reported, note) if x)
        member = bool(fee.member_of) and context.is_member(fee.member_of or "", drafts)
        expired = context.assessment.expired.get(cert.id)
        if expired is not None:
            why = f"{why} {context.recertify_reason(cert, expired.lapses_on, drafts)}"
        # Planned prerequisites, then planned options, then the membership whose member price
        # is paid (it must be active before paying); the rules' own steps follow.
        needed = [
            *cert.prerequisites.credentials_all,
            *result.waivers_used,
            *cert.prerequisites.credentials_any,
        ]
        if fee.member_of:
            needed.append(fee.member_of)
        needed = [step_id for step_id in needed if step_id in drafts]
        levels = self.levels
        closes = tuple(c for c, lvl in cert.raises.items() if lvl > levels.get(c, 0))
        if result.education_hours:
            needed.append(self.education_step("pm-education-course", result.education_hours, cert))
        if result.agile_training_hours:
            needed.append(
                self.education_step("agile-training-course", result.agile_training_hours, cert)
            )
        if result.experience_months:
            needed.append(self.experience_step(result, cert))
        deps: list[str] = []
        waits = False
        for step_id in needed:
            if step_id != cert.id and step_id not in deps:
                deps.append(step_id)
                step = drafts[step_id]
                waits = (
                    waits
                    or step.kind == "experience"
                    or (step.kind == "certification" and step.waits_for_experience)
                )
        title = cert.name if cert.short_name in cert.name else f"{cert.name} ({cert.short_name})"
        draft = Draft.of(  # every field named: the one draft built per credential in the plan
            {
                "id": cert.id,
                "title": title,
                "kind": "certification",
                "hours": hours,
                "why": why,
                "priority": priority,
                "depends_on": tuple(deps),
                "min_weeks": max(1, cert.booking_lead_weeks),
                "max_per_week": None,
                "cost": price,
                "currency": fee.currency,
                "cost_note": note,
                "cost_as_of": fee.as_of,
                "cost_confidence": fee.confidence,
                "closes": closes,
                "hours_basis": basis,
                "exam_codes": cert.exam_codes,
                "booking_lead_weeks": cert.booking_lead_weeks if cert.has_exam else 0,
                "prerequisites": cert.prerequisites.text,
                "sources": cert.source_links,
                "description": "",
                "renewal": cert.renewal or "",
                "waits_for_experience": waits,
                # A known price is its own range (what fee.range_for(member) gives then).
                "cost_range": (price, price) if price is not None else fee.range_for(member),
                "study": cert.study_links,
                "role": "",
                "local_fee": None,
                "price_kind": "",
            }
        )
        drafts[cert.id] = draft
        self.reach(cert.raises)
        return draft

    def education_step(self, activity_id: str, missing_hours: float, cert: Certification) -> str:
        activity = self.catalog.activity_by_id[activity_id]
        existing = self.drafts.get(activity_id)
        rule = cert.prerequisites.pm_education_hours or cert.prerequisites.agile_training_hours
        have = rule - missing_hours
        line = _(
            "{cert} requires {rule} contact hours; you have {have}.",
            cert=cert.short_name,
            rule=number(rule),
            have=number(have),
        )
        if existing:
            self.add(
                existing.changed(
                    hours=max(existing.hours, missing_hours), why=f"{existing.why} {line}"
                )
            )
            return activity_id
        self.drafts[activity_id] = Draft(
            id=activity_id,
            title=_("{title}: {hours} hours", title=activity.title, hours=number(missing_hours)),
            kind=activity.kind,
            hours=missing_hours,
            why=line,
            priority=20,
            min_weeks=activity.min_weeks,
            cost=activity.cost,
            cost_note=activity.cost_note,
            cost_range=activity.cost_range,
            closes=tuple(activity.raises),
            hours_basis=_("contact hours the rule requires"),
            description=activity.description,
        )
        return activity_id

    def experience_step(self, result: Eligibility, cert: Certification) -> str:
        """A background step that lasts until the months of project leadership are reached."""
        activity = self.catalog.activity_by_id["lead-internal-project"]
        months = result.experience_months
        eligible_on = experience_date(cert, self.profile, self.context.start).reached_on
        education = self.profile.education_for_rules.key
        assumed = "" if self.profile.education else _(" (education not given: secondary assumed)")
        why = _(
            "{cert} needs {required} months leading projects with a {education} education"
            "{assumed}; you have {have}. Leading internal projects builds the remaining {months} "
            "months by {day}, and the leadership skills engineers look for. PMI counts months in "
            "the last 8 years.",
            cert=cert.short_name,
            required=result.required_experience_months,
            education=education_name(education),
            assumed=assumed,
            have=self.profile.pm_experience_months,
            months=months,
            day=day(eligible_on),
        )
        self.notes.append(
            experience_date(cert, self.profile, self.context.start).sentence(cert.short_name)
        )
        self.eligible_on[cert.id] = Eligible(cert.id, cert.short_name, eligible_on)
        existing = self.drafts.get(activity.id)
        weeks = weeks_for_months(self.context.start, months)
        hours = round(activity.hours_per_month * months, 1)
        if existing:
            longest, most = max(existing.min_weeks, weeks), max(existing.hours, hours)
            self.add(
                existing.changed(
                    min_weeks=longest, hours=most, max_per_week=most / longest, why=why
                )
            )
            return activity.id
        self.drafts[activity.id] = Draft(
            id=activity.id,
            title=ngettext(
                "{title}: {n} more month of project leadership",
                "{title}: {n} more months of project leadership",
                months,
                title=activity.title,
            ),
            kind=activity.kind,
            hours=hours,
            why=why,
            priority=0,
            min_weeks=weeks,
            max_per_week=hours / weeks,
            cost=activity.cost,
            closes=tuple(activity.raises),
            hours_basis=_(
                "{hours} h a month of your own time (log, reading)",
                hours=number(activity.hours_per_month),
            ),
            description=activity.description,
        )
        return activity.id
