"""Hints under profile fields, worded from the catalog's rules so they never drift from them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from planner.domain.catalog_model import Catalog
from planner.gui import formats
from planner.gui.session import PersonSession

log = logging.getLogger(__name__)


def pmp_months_rule(catalog: Catalog) -> str:
    pmp = catalog.cert_by_id.get("pmi-pmp")
    months = pmp.prerequisites.pm_experience_months if pmp else {}
    if "bachelor" in months and "secondary" in months:
        text = QCoreApplication.translate(
            "ProfileHints", "PMP asks for %1 months with a bachelor's degree, %2 without one."
        )
        return " " + text.replace("%2", str(months["secondary"])).replace(
            "%1", str(months["bachelor"])
        )
    return ""


def experience_hints(session: PersonSession, person_id: int | None) -> dict[str, str]:
    """Hints for the Experience group, keyed like the form's fields."""
    catalog = session.catalog
    try:
        ledger = session.workspace.planning.ledger_months(person_id, session.today())
        so_far = QCoreApplication.translate(
            "ProfileHints",
            "Months not recorded in the Experience ledger; the ledger's months (%1 now) "
            "are added on top.",
        ).replace("%1", str(ledger))
    except Exception:  # a hint must never stop the page from showing
        log.warning("ledger months unavailable", exc_info=True)
        so_far = QCoreApplication.translate(
            "ProfileHints",
            "Months not recorded in the Experience ledger; the ledger's months are added on top.",
        )
    hints = {"pm_experience_months": so_far + pmp_months_rule(catalog)}
    pmp = catalog.cert_by_id.get("pmi-pmp")
    hours = pmp.prerequisites.pm_education_hours if pmp else 0
    hints["pm_education_hours"] = (
        QCoreApplication.translate(
            "ProfileHints", "Contact hours of project-management training; PMP asks for %1."
        ).replace("%1", formats.number(hours))
        if hours
        else QCoreApplication.translate(
            "ProfileHints", "Contact hours of project-management training."
        )
    )
    acp = catalog.cert_by_id.get("pmi-acp")
    if acp and acp.prerequisites.agile_training_hours:
        hints["agile_training_hours"] = QCoreApplication.translate(
            "ProfileHints", "PMI-ACP asks for %1 hours."
        ).replace("%1", formats.number(acp.prerequisites.agile_training_hours))
    if acp and acp.prerequisites.agile_experience_months:
        hints["agile_experience_months"] = QCoreApplication.translate(
            "ProfileHints", "Months working on agile projects; PMI-ACP asks for %1."
        ).replace("%1", str(acp.prerequisites.agile_experience_months))
    return hints


def money_hint(session: PersonSession) -> str:
    try:
        plan = session.workspace.planning.plan_currency()
    except Exception:
        log.warning("plan currency unavailable", exc_info=True)
        plan = None
    if plan is None:
        return QCoreApplication.translate(
            "ProfileHints",
            "Plan prices are shown in this currency: the issuer's local price, or converted "
            "at a dated rate and marked so.",
        )
    return QCoreApplication.translate(
        "ProfileHints",
        "Plan prices are in %1; a budget in another currency is shown but not compared.",
    ).replace("%1", plan)


def niche_hint(catalog: Catalog, niche_id: str | None) -> str:
    niche = catalog.niche_by_id.get(niche_id or "")
    if niche is None:
        return QCoreApplication.translate(
            "ProfileHints", "A niche (such as cloud migration) shapes the plan's technical steps."
        )
    return niche.description
