"""Hints under profile fields, worded from the catalog's rules so they never drift from them."""

from __future__ import annotations

import logging

from planner.domain.catalog_model import Catalog
from planner.gui.session import PersonSession

log = logging.getLogger(__name__)


def pmp_months_rule(catalog: Catalog) -> str:
    pmp = catalog.cert_by_id.get("pmi-pmp")
    months = pmp.prerequisites.pm_experience_months if pmp else {}
    if "bachelor" in months and "secondary" in months:
        return (
            f" PMP asks for {months['bachelor']} months with a bachelor's degree, "
            f"{months['secondary']} without one."
        )
    return ""


def experience_hints(session: PersonSession, person_id: int | None) -> dict[str, str]:
    """Hints for the Experience group, keyed like the form's fields."""
    catalog = session.catalog
    try:
        ledger = session.workspace.planning.ledger_months(person_id, session.today())
        so_far = f" ({ledger} now)"
    except Exception:  # a hint must never stop the page from showing
        log.warning("ledger months unavailable", exc_info=True)
        so_far = ""
    hints = {
        "pm_experience_months": (
            "Months not recorded in the Experience ledger; the ledger's months"
            f"{so_far} are added on top.{pmp_months_rule(catalog)}"
        )
    }
    pmp = catalog.cert_by_id.get("pmi-pmp")
    hours = pmp.prerequisites.pm_education_hours if pmp else 0
    hints["pm_education_hours"] = "Contact hours of project-management training" + (
        f"; PMP asks for {hours:g}." if hours else "."
    )
    acp = catalog.cert_by_id.get("pmi-acp")
    if acp and acp.prerequisites.agile_training_hours:
        hints["agile_training_hours"] = (
            f"PMI-ACP asks for {acp.prerequisites.agile_training_hours:g} hours."
        )
    if acp and acp.prerequisites.agile_experience_months:
        hints["agile_experience_months"] = (
            "Months working on agile projects; PMI-ACP asks for "
            f"{acp.prerequisites.agile_experience_months}."
        )
    return hints


def money_hint(session: PersonSession) -> str:
    try:
        plan = session.workspace.planning.plan_currency()
    except Exception:
        log.warning("plan currency unavailable", exc_info=True)
        plan = None
    if plan is None:
        return (
            "Plan prices are shown in this currency: the issuer's local price, or converted "
            "at a dated rate and marked so."
        )
    return f"Plan prices are in {plan}; a budget in another currency is shown but not compared."


def niche_hint(catalog: Catalog, niche_id: str | None) -> str:
    niche = catalog.niche_by_id.get(niche_id or "")
    if niche is None:
        return "A niche (such as cloud migration) shapes the plan's technical steps."
    return niche.description
