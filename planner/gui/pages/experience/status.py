"""Where a person stands on PMI's rules: months leading projects, PMP date, education hours."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.domain.catalog_model import Catalog
from planner.domain.profile import Education, Profile
from planner.domain.records import record
from planner.gui import formats
from planner.gui.plural import counts
from planner.services.rules import ExperienceDate, required_pm_months

PMP, CAPM = "pmi-pmp", "pmi-capm"

# The whole sentence per education, so each language can inflect the degree as it needs.
RULES = {
    Education.SECONDARY: QT_TRANSLATE_NOOP(
        "ExperienceStatus", "With a secondary diploma, the PMP needs %1 leading projects"
    ),
    Education.ASSOCIATE: QT_TRANSLATE_NOOP(
        "ExperienceStatus", "With an associate degree, the PMP needs %1 leading projects"
    ),
    Education.BACHELOR: QT_TRANSLATE_NOOP(
        "ExperienceStatus", "With a four-year degree, the PMP needs %1 leading projects"
    ),
    Education.MASTER: QT_TRANSLATE_NOOP(
        "ExperienceStatus", "With a master's degree, the PMP needs %1 leading projects"
    ),
    Education.DOCTORATE: QT_TRANSLATE_NOOP(
        "ExperienceStatus", "With a doctorate, the PMP needs %1 leading projects"
    ),
}


@record
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
        QCoreApplication.translate(
            "ExperienceStatus",
            "%1 from the profile + %2 from the ledger (distinct months in the last 8 years) = %3",
        )
        .replace("%3", counts().months(status.months))
        .replace("%2", str(status.ledger_months))
        .replace("%1", str(status.profile_months))
    )


def pmp_text(status: ExperienceStatus) -> str:
    """The plan's date (the Roadmap and the PDF show the same), and what it counts from."""
    plan = status.plan
    if plan is None:
        return (
            QCoreApplication.translate("ExperienceStatus", "PMP eligibility: reached")
            if not status.missing_months
            else QCoreApplication.translate("ExperienceStatus", "PMP eligibility: no plan yet")
        )
    if not plan.missing_months:
        return QCoreApplication.translate("ExperienceStatus", "PMP eligibility: reached")
    return QCoreApplication.translate(
        "ExperienceStatus", "PMP eligibility from %1 in the plan"
    ).replace("%1", formats.day(plan.reached_on))


def counting_text(status: ExperienceStatus) -> str:
    """What the plan's date counts from (empty when there is nothing left to count)."""
    plan = status.plan
    if plan is None or not plan.missing_months:
        return ""
    return (
        QCoreApplication.translate(
            "ExperienceStatus", "%1 leading projects, counted from the plan's start on %2."
        )
        .replace("%2", formats.day(plan.counted_from))
        .replace("%1", counts().more_months(plan.missing_months))
    )


def rule_text(status: ExperienceStatus) -> str:
    text = QCoreApplication.translate("ExperienceStatus", RULES[status.education]).replace(
        "%1", counts().months(status.required_months)
    )
    if status.missing_months:
        text += QCoreApplication.translate("ExperienceStatus", "; %1 to go").replace(
            "%1", str(status.missing_months)
        )
    if status.education_assumed:
        text += QCoreApplication.translate(
            "ExperienceStatus", " (no education given in the profile, so the stricter rule applies)"
        )
    return text + "."


def _hours(value: float) -> str:
    return formats.number(value)


def education_text(status: ExperienceStatus) -> str:
    """The PMP's 35 contact hours, which holding the CAPM replaces."""
    need = status.pmp_hours
    if status.pm_hours >= need:
        return (
            QCoreApplication.translate("ExperienceStatus", "%1-hour PM education: met (%2)")
            .replace("%2", counts().hours(status.pm_hours))
            .replace("%1", _hours(need))
        )
    if status.capm_held:
        return QCoreApplication.translate(
            "ExperienceStatus", "%1-hour PM education: met by holding the CAPM"
        ).replace("%1", _hours(need))
    left = need - status.pm_hours
    return (
        QCoreApplication.translate(
            "ExperienceStatus",
            "%1-hour PM education: %2 of %1 hours, %3 to go (or hold the CAPM, which replaces "
            "them)",
        )
        .replace("%3", _hours(left))
        .replace("%2", _hours(status.pm_hours))
        .replace("%1", _hours(need))
    )


def capm_text(status: ExperienceStatus) -> str:
    need = status.capm_hours
    if status.capm_held:
        return QCoreApplication.translate("ExperienceStatus", "CAPM: already held")
    if status.pm_hours >= need:
        return (
            QCoreApplication.translate("ExperienceStatus", "CAPM's %1 hours: met (%2)")
            .replace("%2", counts().hours(status.pm_hours))
            .replace("%1", _hours(need))
        )
    left = need - status.pm_hours
    return (
        QCoreApplication.translate("ExperienceStatus", "CAPM's %1 hours: %2 of %1, %3 to go")
        .replace("%3", _hours(left))
        .replace("%2", _hours(status.pm_hours))
        .replace("%1", _hours(need))
    )
