"""The bundled demo person (Dana), whose plan starts in the week she is added."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from planner.codec.profile_file import load_profile
from planner.domain.profile import Profile
from planner.resources import resources_dir


def demo_profile(today: date) -> Profile:
    """Dana, starting on the Monday of today's week.

    The file keeps a fixed start date so tests and printed examples stay reproducible; a
    person trying the app should see a plan that starts now, not one in the future or past.
    """
    profile = load_profile(resources_dir() / "demo" / "dana.json")
    return replace(profile, start_date=today - timedelta(days=today.weekday()))
