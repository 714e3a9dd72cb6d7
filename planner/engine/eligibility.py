"""Formal eligibility rules (PMP, CAPM, PMI-ACP, prerequisite credentials) as data checks."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from planner.domain.catalog_model import Certification
from planner.domain.frozen_init import quick_init
from planner.domain.messages import ngettext
from planner.domain.profile import Education, Profile
from planner.domain.records import record
from planner.engine.timeline import add_months
from planner.i18n.format import day


@quick_init
@record
class Eligibility:
    """What still stands between a person and sitting an exam."""

    cert: str
    education_hours: float = 0  # PM contact hours still missing
    required_education_hours: float = 0
    experience_months: int = 0  # months leading projects still missing
    required_experience_months: int = 0
    agile_training_hours: float = 0
    agile_experience_months: int = 0
    missing_all: tuple[str, ...] = ()  # prerequisite credentials not held or planned
    missing_any: tuple[str, ...] = ()  # one of these is needed; none held or planned
    work_experience_months: int = 0
    waivers_used: tuple[str, ...] = ()  # planned credentials this eligibility relies on

    @property
    def waits(self) -> bool:
        """True when only time (experience) can make the person eligible."""
        return bool(
            self.experience_months or self.agile_experience_months or self.work_experience_months
        )

    @property
    def eligible_now(self) -> bool:
        return not (
            self.waits
            or self.education_hours
            or self.agile_training_hours
            or self.missing_all
            or self.missing_any
        )


def required_pm_months(cert: Certification, education: Education, gac: bool = False) -> int:
    """Months for the highest education level in the rule not above the person's."""
    rule = cert.prerequisites.pm_experience_months
    if not rule:
        return 0
    if gac and cert.prerequisites.pm_experience_months_gac and education >= Education.BACHELOR:
        return cert.prerequisites.pm_experience_months_gac
    applicable = sorted(
        (Education.from_key(key), months)
        for key, months in rule.items()
        if Education.from_key(key) <= education
    )
    # Below every listed level the strictest (largest) requirement applies.
    return applicable[-1][1] if applicable else max(rule.values())


def check(
    cert: Certification,
    profile: Profile,
    held: Collection[str],
    planned: Collection[str] = (),
) -> Eligibility:
    """Eligibility of profile for cert, given held and already planned credential ids."""
    pre = cert.prerequisites
    if pre.credentials_only:  # most certifications: quick, as planning asks thousands
        needed = pre.credentials_all
        missing_all = (
            tuple([c for c in needed if c not in held and c not in planned]) if needed else ()
        )
        any_held = not pre.credentials_any or any(
            c in held or c in planned for c in pre.credentials_any
        )
        return Eligibility(
            cert=cert.id,
            missing_all=missing_all,
            missing_any=() if any_held else pre.credentials_any,
        )

    def has(credential: str) -> bool:
        return credential in held or credential in planned

    waivers: list[str] = []

    # A waiver (CAPM for the 35 hours, PMP for agile experience) is used only when needed.
    education_missing = max(0.0, pre.pm_education_hours - profile.pm_education_hours)
    waiver = next((w for w in pre.pm_education_waived_by if has(w)), None)
    if education_missing and waiver:
        waivers.append(waiver)
        education_missing = 0.0

    months_needed = required_pm_months(cert, profile.education_for_rules, profile.gac_degree)
    months_missing = max(0, months_needed - profile.pm_experience_months)

    agile_hours = max(0.0, pre.agile_training_hours - profile.agile_training_hours)
    agile_months = max(0, pre.agile_experience_months - profile.agile_experience_months)
    waiver = next((w for w in pre.agile_experience_waived_by if has(w)), None)
    if agile_months and waiver:
        waivers.append(waiver)
        agile_months = 0

    work_months = max(0, pre.work_experience_months - round(profile.years_experience * 12))
    missing_all = tuple(c for c in pre.credentials_all if not has(c))
    missing_any = () if any(has(c) for c in pre.credentials_any) else pre.credentials_any
    return Eligibility(
        cert=cert.id,
        education_hours=education_missing,
        required_education_hours=pre.pm_education_hours,
        experience_months=months_missing,
        required_experience_months=months_needed,
        agile_training_hours=agile_hours,
        agile_experience_months=agile_months,
        missing_all=missing_all,
        missing_any=missing_any,
        work_experience_months=work_months,
        waivers_used=tuple(w for w in waivers if w not in held),
    )


@record
class ExperienceDate:
    """When the months-leading-projects rule is met: the one rule every screen and the PDF
    use. It counts the months still missing from `counted_from` (the plan's start), taking
    the person to keep leading projects from then on."""

    cert: str
    required_months: int
    months: int  # counted toward the rule on counted_from (profile + experience ledger)
    counted_from: date

    @property
    def missing_months(self) -> int:
        return max(0, self.required_months - self.months)

    @property
    def reached_on(self) -> date:
        return add_months(self.counted_from, self.missing_months)

    def sentence(self, short_name: str) -> str:
        """The plan's eligibility line, dates as the language writes them (the calendar takes
        the date from Roadmap.eligible_on, not from this text)."""
        return ngettext(
            "{cert}: eligible from {day} ({n} more month of project leadership, counted from the "
            "plan's start on {start}).",
            "{cert}: eligible from {day} ({n} more months of project leadership, counted from "
            "the plan's start on {start}).",
            self.missing_months,
            cert=short_name,
            day=day(self.reached_on),
            start=day(self.counted_from),
        )


def experience_date(cert: Certification, profile: Profile, counted_from: date) -> ExperienceDate:
    """The date profile meets cert's experience rule, counting from counted_from."""
    return ExperienceDate(
        cert=cert.id,
        required_months=required_pm_months(cert, profile.education_for_rules, profile.gac_degree),
        months=profile.pm_experience_months,
        counted_from=counted_from,
    )
