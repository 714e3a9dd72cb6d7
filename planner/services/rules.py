"""The engine's rules that screens show on their own, so every screen counts as the plan does.

PMI's experience months, how long a ledger project counts, a date some months on, and how well
a profile fits each track: the engine's one implementation of each, reached through services.
"""

from __future__ import annotations

from datetime import date

from planner.domain.catalog_model import Catalog
from planner.domain.profile import Profile
from planner.domain.roadmap import TrackFit
from planner.engine.eligibility import ExperienceDate, required_pm_months
from planner.engine.experience import months_led
from planner.engine.timeline import add_months

__all__ = [
    "ExperienceDate",
    "add_months",
    "months_led",
    "required_pm_months",
    "track_fits",
]


def track_fits(profile: Profile, catalog: Catalog, today: date) -> tuple[TrackFit, ...]:
    """How well the profile (its answers to the questionnaire too) fits each track today."""
    from planner.engine.assessment import assess
    from planner.engine.fit import all_fits

    return tuple(all_fits(assess(profile, catalog, today), profile.answers, catalog))
