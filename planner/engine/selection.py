"""Choose the certifications that close a person's gaps, under the real eligibility rules."""

from __future__ import annotations

import math
from datetime import date

from planner.domain.catalog_model import Catalog, Certification, Track
from planner.domain.messages import N_, _, ngettext
from planner.domain.names import normalize
from planner.domain.profile import Profile
from planner.engine.assessment import Assessment
from planner.engine.country import CountryContext
from planner.engine.drafts import Draft
from planner.engine.eligibility import Eligibility, check, experience_date
from planner.engine.timeline import add_months
from planner.i18n.format import day, number
from planner.i18n.format import money as format_money

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


def money(amount: float | None, currency: str = "USD") -> str:
    """A catalog price in the active language's format ('$1,095'; 'check with issuer')."""
    return format_money(amount, currency)


def weeks_for_months(start: date, months: int) -> int:
    """Whole weeks from start until the date `months` calendar months later."""
    return max(1, math.ceil((add_months(start, months) - start).days / 7))


class Selector:
    """Builds the list of drafts for one person and track; state lives for one plan only."""

    def __init__(
        self, profile: Profile, catalog: Catalog, track: Track, assessment: Assessment, start: date
    ) -> None:
        self.profile = profile
        self.catalog = catalog
        self.track = track
        self.assessment = assessment
        self.start = start
        self.levels = dict(assessment.levels)
        self.held = set(assessment.held)
        self.excluded = {normalize(x) for x in profile.exclude}
        self._excluded_ids: dict[str, bool] = {}
        self.drafts: dict[str, Draft] = {}
        self.eligibility_notes: list[str] = []
        self.niche = catalog.niche_by_id.get(profile.niche or "")
        self.vendors = self._vendor_affinity()
        self.low_resources = profile.weekly_hours <= LOW_WEEKLY_HOURS or (
            profile.budget is not None and profile.budget < LOW_BUDGET
        )
        self._retired_for: dict[str, list[Certification]] | None = None
        self._eligibility: dict[str, tuple[tuple[bool, ...], tuple[Eligibility, bool]]] = {}
        self._relevant: dict[str, tuple[str, ...]] = {}
        self.capm_note = ""  # why CAPM is or is not planned, for the summary
        self._hours: dict[str, tuple[float, str]] = {}
        self.country = CountryContext(None, None)  # set by the planner (country.py)
        self.local_first = False  # a local credential, not CAPM, is the PM route here
        self.local_pm_step = ""  # the local PM credential's step id, when one is planned
        self.route_note = ""  # why this route in this country, for the summary

    # -- helpers -------------------------------------------------------------------------
    def _vendor_affinity(self) -> set[str]:
        vendors = {c.issuer for c in self.assessment.held.values()}
        for skill in self.profile.skills:
            text = normalize(skill.name)
            vendors |= {v for word, v in VENDOR_WORDS.items() if word in text}
        return vendors

    def is_excluded(self, step_id: str) -> bool:
        if not self.excluded:
            return False
        if step_id not in self._excluded_ids:
            self._excluded_ids[step_id] = normalize(step_id) in self.excluded
        return self._excluded_ids[step_id]

    def is_member(self, membership: str) -> bool:
        return membership in self.assessment.memberships or membership in self.drafts

    def price(self, cert: Certification) -> float | None:
        member = bool(cert.fee.member_of) and self.is_member(cert.fee.member_of or "")
        return cert.fee.for_member(member)

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

    def eligibility(self, cert: Certification) -> tuple[Eligibility, bool]:
        """Eligibility plus whether it must wait (for experience, or on a step that waits)."""
        # The result depends on the plan only through which of the cert's prerequisite and
        # waiver credentials are planned: that is the cache key, so adding an unrelated step
        # (most additions) keeps it.
        relevant = self._relevant.get(cert.id)
        if relevant is None:
            pre = cert.prerequisites
            relevant = self._relevant[cert.id] = tuple(
                dict.fromkeys(
                    (
                        *pre.credentials_all,
                        *pre.credentials_any,
                        *pre.pm_education_waived_by,
                        *pre.agile_experience_waived_by,
                    )
                )
            )
        drafts = self.drafts
        key = tuple(c in drafts for c in relevant)
        cached = self._eligibility.get(cert.id)
        if cached is not None and cached[0] == key:
            return cached[1]
        result = check(cert, self.profile, self.held, drafts)
        waits = result.waits or any(drafts[w].waits_for_experience for w in result.waivers_used)
        self._eligibility[cert.id] = (key, (result, waits))
        return result, waits

    def _candidates_by_competency(self) -> dict[str, list[Certification]]:
        """Certifications the track may use, indexed by each competency they raise (built once)."""
        index: dict[str, list[Certification]] = {}
        for cert in self.catalog.certifications:
            if (
                cert.status != "retired"
                and self.track.id in cert.tracks
                and cert.id not in self.held
                and not self.is_excluded(cert.id)
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
            options = [o for o in options if o.status != "retired" and not self.is_excluded(o.id)]
            if not options:
                return None
            first = min(options, key=lambda o: (self.price(o) is None, self.price(o) or 0, o.id))
            self.add_cert(
                first, _("{cert} requires one of these first.", cert=cert.short_name), priority
            )
        hours, basis = self.hours_for(cert)
        price = self.price(cert)
        fee = cert.fee
        note = fee.note
        if price is None:
            reported = fee.reported and _("reported: {text}", text=fee.reported)
            note = "; ".join(x for x in (reported, note) if x)
        member = bool(fee.member_of) and self.is_member(fee.member_of or "")
        expired = self.assessment.expired.get(cert.id)
        if expired is not None:
            why = f"{why} {self.recertify_reason(cert, expired.lapses_on)}"
        draft = Draft(
            id=cert.id,
            title=f"{cert.name}"
            + (f" ({cert.short_name})" if cert.short_name not in cert.name else ""),
            kind="certification",
            hours=hours,
            why=why,
            priority=priority,
            min_weeks=max(1, cert.booking_lead_weeks),
            cost=price,
            currency=fee.currency,
            cost_note=note,
            cost_as_of=fee.as_of,
            cost_confidence=fee.confidence,
            closes=tuple(c for c, lvl in cert.raises.items() if lvl > self.levels.get(c, 0)),
            hours_basis=basis,
            exam_codes=cert.exam_codes,
            booking_lead_weeks=cert.booking_lead_weeks if cert.has_exam else 0,
            prerequisites=cert.prerequisites.text,
            sources=tuple((s.title, s.url) for s in cert.sources),
            renewal=cert.renewal or "",
            cost_range=fee.range_for(member),
            study=tuple((x.title, x.url, x.kind, x.as_of) for x in cert.study),
        )
        for prerequisite in (*cert.prerequisites.credentials_all, *result.waivers_used):
            if prerequisite in self.drafts:
                draft.needs(prerequisite)
        for option in cert.prerequisites.credentials_any:
            if option in self.drafts:
                draft.needs(option)
        if fee.member_of and fee.member_of in self.drafts:
            draft.needs(fee.member_of)  # member prices need membership active before paying
        if result.education_hours:
            draft.needs(self.education_step("pm-education-course", result.education_hours, cert))
        if result.agile_training_hours:
            draft.needs(
                self.education_step("agile-training-course", result.agile_training_hours, cert)
            )
        if result.experience_months:
            draft.needs(self.experience_step(result, cert))
        draft.waits_for_experience = any(
            self.drafts[d].waits_for_experience or self.drafts[d].kind == "experience"
            for d in draft.depends_on
            if d in self.drafts and self.drafts[d].kind in ("experience", "certification")
        )
        self.drafts[cert.id] = draft
        for comp, level in cert.raises.items():
            self.levels[comp] = max(self.levels.get(comp, 0), level)
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
            existing.hours = max(existing.hours, missing_hours)
            existing.why += " " + line
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
        eligible_on = experience_date(cert, self.profile, self.start).reached_on
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
        self.eligibility_notes.append(
            experience_date(cert, self.profile, self.start).sentence(cert.short_name)
        )
        existing = self.drafts.get(activity.id)
        weeks = weeks_for_months(self.start, months)
        hours = round(activity.hours_per_month * months, 1)
        if existing:
            existing.min_weeks = max(existing.min_weeks, weeks)
            existing.hours = max(existing.hours, hours)
            existing.max_per_week = existing.hours / existing.min_weeks
            existing.why = why
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

    def recertify_reason(self, cert: Certification, lapsed: date | None) -> str:
        """Renewal versus re-certification for an expired credential, with both costs."""
        price = self.price(cert)
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

    # -- the chosen niche ----------------------------------------------------------------
    def add_niche_certification(self) -> str | None:
        """The chosen niche adds its first entry/associate certification the plan lacks."""
        if self.niche is None:
            return None
        for cert_id in self.niche.certifications:
            cert = self.catalog.cert_by_id.get(cert_id)
            if (
                cert is None
                or cert.id in self.held
                or cert.id in self.drafts
                or cert.status == "retired"
                or cert.primary_competency == PM_COMPETENCY
                or cert.level not in NICHE_LEVELS
                or self.track.id not in cert.tracks
                or self.is_excluded(cert.id)
                or not any(lvl > self.levels.get(c, 0) for c, lvl in cert.raises.items())
            ):
                continue
            why = _(
                "Your niche, {niche}, asks for it: certifying in the niche's own technology shows "
                "employers you can lead that work.",
                niche=self.niche.name,
            )
            if self.add_cert(cert, why, PRIORITY["technical"]) is not None:
                return cert.id
        return None

    # -- gap closure ---------------------------------------------------------------------
    def close_gaps(self) -> None:
        comps = self.catalog.competency_by_id
        order = sorted(
            (c for c in self.track.targets if c != PM_COMPETENCY),
            key=lambda c: (
                GROUP_ORDER.get(comps[c].group, 3),
                -(self.track.targets[c] - self.levels.get(c, 0)),
                c,
            ),
        )
        index = self._candidates_by_competency()
        for comp in order:
            need = self.track.targets[comp]
            if need < WORKING_LEVEL:
                continue  # awareness comes from the job and the PM credentials, not an exam
            pool = index.get(comp, [])
            while self.levels.get(comp, 0) < need:
                if not self._close_one(comp, need, PRIORITY.get(comps[comp].group, 18), pool):
                    break

    def _close_one(self, comp: str, need: int, priority: int, pool: list[Certification]) -> bool:
        have = self.levels.get(comp, 0)
        options = [
            c
            for c in pool
            if c.raises[comp] > have
            and c.id not in self.drafts
            and c.top_level <= need + 1  # no expert credential for a working-level need
        ]
        if not options:
            return False
        niche_certs = set(self.niche.certifications) if self.niche else set()

        def rank(cert: Certification) -> tuple:
            result, waits = self.eligibility(cert)
            closes = cert.raises[comp] >= need
            tier = 0 if closes and not waits else 1 if not waits else 2
            price = self.price(cert)
            distance = cert.raises[comp] - need if closes else need - cert.raises[comp]
            if self.low_resources:  # little time or money: cheapest, then quickest, first
                low = (cert.fee.range_for(False) or (math.inf, math.inf))[0]
                return (
                    tier,
                    bool(result.missing_all or result.missing_any),
                    low,
                    distance,
                    self.hours_for(cert)[0],
                    cert.id,
                )
            return (
                tier,
                bool(result.missing_all or result.missing_any),
                -(cert.id in niche_certs) - (cert.issuer in self.vendors),
                bool(cert.prerequisites.course_required),  # a mandatory course costs time and money
                price is None,
                distance,
                price if price is not None else (cert.fee.range_for(False) or (math.inf,))[0],
                self.hours_for(cert)[0],
                cert.id,
            )

        options.sort(key=rank)
        for pick in options:
            why = self._gap_reason(pick, comp, have, need, options)
            if self.add_cert(pick, why, priority) is not None:
                return True
        return False

    def _gap_reason(
        self, pick: Certification, comp: str, have: int, need: int, options: list[Certification]
    ) -> str:
        name = self.catalog.competency_by_id[comp].name
        group = self.catalog.competency_by_id[comp].group
        parts = [
            _(
                "Closes your {gap} gap (you have {have}, the track needs {need}).",
                gap=name,
                have=have,
                need=need,
            )
        ]
        if pick.raises[comp] < need:
            parts[0] = _(
                "First step on your {gap} gap (you have {have}, the track needs {need}): "
                "reaches {reaches}.",
                gap=name,
                have=have,
                need=need,
                reaches=pick.raises[comp],
            )
        if group == "technical":
            parts.append(
                _(
                    "Certifying in the actual technical work gives you the team's vocabulary and "
                    "the credibility engineers expect from a PM."
                )
            )
        if self.niche and pick.id in self.niche.certifications:
            parts.append(_("Your niche, {niche}, asks for it.", niche=self.niche.name))
        elif pick.issuer in self.vendors:
            parts.append(_("You already work with {vendor} technology.", vendor=pick.issuer))
        for retired in self._retired_predecessors(pick.id):
            if comp in retired.raises:
                parts.append(
                    _(
                        "{retired}, still named in many guides, was retired on {day}; {cert} is "
                        "one of its role-based successors.",
                        retired=retired.short_name,
                        day=retired.retired_on,
                        cert=pick.short_name,
                    )
                )
        if self.low_resources and pick.study:
            free = "; ".join(f"{x.title} ({x.url})" for x in pick.study)
            parts.append(_("Study with the issuer's free material: {material}.", material=free))
        others = [
            o for o in options if o.id != pick.id and o.raises.get(comp, 0) >= pick.raises[comp]
        ][:3]
        if others:
            listed = ", ".join(f"{o.short_name} ({self.price_text(o)})" for o in others)
            parts.append(_("Alternatives: {listed}.", listed=listed))
        return " ".join(parts)

    def _retired_predecessors(self, cert_id: str) -> list[Certification]:
        """Retired certifications naming cert_id as a successor (indexed once per plan)."""
        if self._retired_for is None:
            self._retired_for = {}
            for cert in self.catalog.certifications:
                if cert.status == "retired":
                    for successor in cert.successors:
                        self._retired_for.setdefault(successor, []).append(cert)
        return self._retired_for.get(cert_id, [])
