"""Has anything the plan was made from changed since? (profile, progress, experience ledger)

One check for every edge: the roadmap page's banner, the app's export and the command line's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from planner.domain.messages import _
from planner.domain.profile import Profile
from planner.domain.progress import StepProgress
from planner.domain.saved_plan import SavedPlan


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _counts(entry: Mapping[str, Any]) -> bool:
    """A 'to do' entry without dates plans the same as no entry at all."""
    return entry.get("status") != "todo" or bool(entry.get("started") or entry.get("finished"))


def reasons(
    saved: SavedPlan, profile: Profile, progress: Mapping[str, StepProgress], ledger_months: int
) -> list[str]:
    """What changed since the saved plan was made, compared with the inputs saved with it."""
    inputs = saved.inputs or {}
    found = []
    if "profile" in inputs and inputs["profile"] != profile.to_dict():
        found.append(_("your profile changed"))
    then = {k: v for k, v in (inputs.get("progress") or {}).items() if _counts(v)}
    now = {
        k: {"status": p.status, "started": _iso(p.started), "finished": _iso(p.finished)}
        for k, p in progress.items()
    }
    now = {k: v for k, v in now.items() if _counts(v)}
    if "progress" in inputs and then != now:
        found.append(_("progress was recorded"))
    if inputs.get("ledger_months_added", ledger_months) != ledger_months:
        found.append(_("your experience ledger changed"))
    return found


def what_changed(found: Sequence[str]) -> str:
    """'your profile changed and progress was recorded'."""
    if len(found) == 1:
        return found[0]
    # TRANSLATORS: the last two of a list of changes ("A, B and C").
    return _("{first} and {last}", first=", ".join(found[:-1]), last=found[-1])


def message(found: Sequence[str]) -> str:
    if not found:
        return ""
    what = what_changed(found)
    return _(
        "Since this plan was made, {what}. Re-plan from today to update the steps and dates; "
        "what is done keeps its dates, and this plan stays in the history.",
        what=what,
    )
