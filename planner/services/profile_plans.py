"""Plans for profiles that are not stored (a profile file, the demo): planned, never saved.

Also the plan's two text forms the command line prints (JSON and plain text).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from planner.domain.catalog_model import Catalog
from planner.domain.profile import Profile
from planner.domain.roadmap import Roadmap


def read_profile(path: Path) -> Profile:
    """A profile JSON file, read with a size limit and checked; InvalidProfile when not."""
    from planner.codec.profile_file import load_profile

    return load_profile(path)


def parse_day(text: str | None, field: str) -> date | None:
    """A YYYY-MM-DD argument (None when not given); InvalidInput naming field when wrong."""
    from planner.codec.profile_file import parse_date

    return parse_date(text, field) if text else None


def plan_profile(
    profile: Profile,
    catalog: Catalog,
    today: Callable[[], date],
    start: date | None = None,
    track: str | None = None,
    *,
    past_start_from_today: bool = False,
) -> Roadmap:
    """A plan from start, else the profile's own start, else today.

    With past_start_from_today, a start already past is planned from today, with a warning.
    """
    from planner.engine import build_roadmap

    return build_roadmap(
        profile,
        catalog,
        track=track,
        start=start or profile.start_date or today(),
        today=today() if past_start_from_today else None,
    )


def roadmap_json(roadmap: Roadmap) -> str:
    """The plan JSON (docs/plan-json), indented, as `plan --format json` prints it."""
    from planner.codec.json_text import dumps
    from planner.codec.plan_json import roadmap_to_dict

    return dumps(roadmap_to_dict(roadmap)) + "\n"


def roadmap_text(roadmap: Roadmap) -> str:
    """The plan as plain text for a terminal."""
    from planner.export.plan_text import render_text

    return render_text(roadmap)
