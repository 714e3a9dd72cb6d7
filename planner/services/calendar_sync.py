"""Keep a person's calendar file current: rewritten after every re-plan at a path they chose."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.errors import PlannerError
from planner.domain.messages import _
from planner.domain.records import record
from planner.domain.roadmap import Roadmap
from planner.services.planning import Repositories
from planner.storage.person_keys import person_setting_key

if TYPE_CHECKING:
    from planner.export.ics import IcsResult

log = logging.getLogger("planner.calendar")


@record
class KeptCalendar:
    path: Path
    study_alarms: bool


class CalendarSync:
    """A subscribed calendar app re-reads the file; stable UIDs make events update in place."""

    def __init__(self, repos: Repositories) -> None:
        self._repos = repos
        self.last_error: str | None = None

    def _key(self, person_id: int) -> str:
        return person_setting_key(self._repos.people.uuid(person_id), "calendar")

    def kept(self, person_id: int) -> KeptCalendar | None:
        value = self._repos.coach.setting(self._key(person_id))
        if not value:
            return None
        data = json.loads(value)
        return KeptCalendar(Path(data["path"]), bool(data.get("study_alarms", True)))

    def keep(self, person_id: int, path: Path, roadmap: Roadmap, study_alarms: bool) -> IcsResult:
        """Write the calendar now and remember to rewrite it after each re-plan."""
        result = self._write(person_id, path, roadmap, study_alarms)
        value = json.dumps({"path": str(Path(path).absolute()), "study_alarms": study_alarms})
        self._repos.coach.set_setting(self._key(person_id), value)
        return result

    def stop(self, person_id: int) -> KeptCalendar | None:
        kept = self.kept(person_id)
        self._repos.coach.delete_setting(self._key(person_id))
        return kept

    def plan_saved(self, person_id: int, roadmap: Roadmap) -> None:
        """After a plan is saved: rewrite the kept calendar; a failure never undoes the plan."""
        self.last_error = None
        kept = self.kept(person_id)
        if kept is None:
            return
        try:
            self._write(person_id, kept.path, roadmap, kept.study_alarms)
        except (PlannerError, OSError) as exc:
            self.last_error = _(
                "the calendar at {path} could not be updated: {error}", path=kept.path, error=exc
            )
            log.warning(self.last_error)

    def _write(self, person_id: int, path: Path, roadmap: Roadmap, alarms: bool) -> IcsResult:
        from planner.export.ics import write_ics  # icalendar loads only when a file is kept

        uid = self._repos.people.uuid(person_id)
        return write_ics(path, roadmap, uid, study_alarms=alarms)
