"""Where a person stands on PMI's rules: months leading projects, PMP date, education hours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.domain.catalog_model import Catalog
from planner.domain.profile import Education, Profile
from planner.gui.plural import count
from planner.services.rules import ExperienceDate, required_pm_months

PMP, CAPM = "pmi-pmp", "pmi-capm"

EDUCATION_WORDS = {
    Education.SECONDARY: "a secondary diploma",
    Education.ASSOCIATE: "an associate degree",
    Education.BACHELOR: "a four-year degree",
    Education.MASTER: "a master's degree",
    Education.DOCTORATE: "a doctorate",
}


@dataclass(frozen=True)
class ExperienceStatus:
    """Everything the Experience tab says, computed from the profile, ledger and catalog."""

    today: date
    profile_months: int
    ledger_months: int
    required_months: int
    education: Education
    education_assumed: bool  # no education given: the rules assume a secondary diploma
    pm_hours: float
    pmp_hours: float  # contact hours the PMP needs (35)
    capm_hours: float  # contact hours the CAPM needs (23)
    capm_held: bool
    plan: ExperienceDate | None = None  # the saved plan's PMP date: the one shown everywhere

    @property
    def months(self) -> int:
        return self.profile_months + self.ledger_months

    @property
    def missing_months(self) -> int:
        return max(0, self.required_months - self.months)


def experience_status(
    profile: Profile,
    ledger_months: int,
    catalog: Catalog,
    today: date,
    plan: ExperienceDate | None = None,
) -> ExperienceStatus:
    pmp, capm = catalog.cert_by_id[PMP], catalog.cert_by_id[CAPM]
    found = (catalog.find_certification(c.name) for c in profile.credentials)
    held = {cert.id for cert in found if cert is not None}
    return ExperienceStatus(
        today=today,
        profile_months=profile.pm_experience_months,
        ledger_months=ledger_months,
        required_months=required_pm_months(pmp, profile.education_for_rules, profile.gac_degree),
        education=profile.education_for_rules,
        education_assumed=profile.education is None,
        pm_hours=profile.pm_education_hours,
        pmp_hours=pmp.prerequisites.pm_education_hours,
        capm_hours=capm.prerequisites.pm_education_hours,
        capm_held=CAPM in held,
        plan=plan,
    )


def months_text(status: ExperienceStatus) -> str:
    return (
        f"{status.profile_months} from the profile + {status.ledger_months} from the ledger "
        f"(distinct months in the last 8 years) = {count(status.months, 'month')}"
    )


def pmp_text(status: ExperienceStatus) -> str:
    """The plan's date (the Roadmap and the PDF show the same), and what it counts from."""
    plan = status.plan
    if plan is None:
        return (
            "PMP eligibility: reached"
            if not status.missing_months
            else "PMP eligibility: no plan yet"
        )
    if not plan.missing_months:
        return "PMP eligibility: reached"
    return f"PMP eligibility from {plan.reached_on.isoformat()} in the plan"


def counting_text(status: ExperienceStatus) -> str:
    """What the plan's date counts from (empty when there is nothing left to count)."""
    plan = status.plan
    if plan is None or not plan.missing_months:
        return ""
    return (
        f"{count(plan.missing_months, 'more month')} leading projects, counted from the "
        f"plan's start on {plan.counted_from.isoformat()}."
    )


def rule_text(status: ExperienceStatus) -> str:
    words = EDUCATION_WORDS[status.education]
    text = f"With {words}, the PMP needs {count(status.required_months, 'month')} leading projects"
    if status.missing_months:
        text += f"; {status.missing_months} to go"
    if status.education_assumed:
        text += " (no education given in the profile, so the stricter rule applies)"
    return text + "."


def _hours(value: float) -> str:
    return f"{value:g}"


def education_text(status: ExperienceStatus) -> str:
    """The PMP's 35 contact hours, which holding the CAPM replaces."""
    need = status.pmp_hours
    if status.pm_hours >= need:
        return f"{_hours(need)}-hour PM education: met ({count(status.pm_hours, 'hour')})"
    if status.capm_held:
        return f"{_hours(need)}-hour PM education: met by holding the CAPM"
    left = need - status.pm_hours
    return (
        f"{_hours(need)}-hour PM education: {_hours(status.pm_hours)} of {_hours(need)} hours, "
        f"{_hours(left)} to go (or hold the CAPM, which replaces them)"
    )


def capm_text(status: ExperienceStatus) -> str:
    need = status.capm_hours
    if status.capm_held:
        return "CAPM: already held"
    if status.pm_hours >= need:
        return f"CAPM's {_hours(need)} hours: met ({count(status.pm_hours, 'hour')})"
    left = need - status.pm_hours
    return (
        f"CAPM's {_hours(need)} hours: {_hours(status.pm_hours)} of {_hours(need)}, "
        f"{_hours(left)} to go"
    )
