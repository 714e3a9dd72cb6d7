"""People's plans over time: first plan, progress, re-planning from today, plan history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from planner.catalog.overrides import with_overrides
from planner.codec.plan_json import roadmap_from_dict, roadmap_to_dict
from planner.codec.profile_file import profile_from_dict
from planner.domain.catalog_model import Catalog
from planner.domain.errors import InvalidInput, NotFound
from planner.domain.messages import _
from planner.domain.profile import Profile
from planner.domain.progress import STATUSES, StepProgress
from planner.domain.records import record
from planner.domain.roadmap import Roadmap, Step
from planner.domain.saved_plan import SavedPlan
from planner.engine.eligibility import ExperienceDate, experience_date
from planner.engine.experience import months_led
from planner.services import staleness
from planner.services.country_packs import CountryPackService
from planner.storage.coach import CoachRepository
from planner.storage.journal import JournalRepository
from planner.storage.people import PeopleRepository
from planner.storage.plans import PlansRepository

PLAN_CURRENCY_SETTING = "plan_currency"


@record(frozen=False)
class Repositories:
    people: PeopleRepository
    plans: PlansRepository
    journal: JournalRepository
    coach: CoachRepository


class PlanningService:
    """Plans for stored people; `today` is injected so tests and re-plans are reproducible."""

    def __init__(self, repos: Repositories, catalog: Catalog, today: Callable[[], date]) -> None:
        self._repos = repos
        self.base_catalog = catalog
        self.today = today
        self.packs = CountryPackService(repos.coach, catalog)
        # Told (person id, roadmap) after each plan is saved: keeps calendar files current.
        self.saved_listeners: list[Callable[[int, Roadmap], None]] = []

    def catalog(self) -> Catalog:
        """The catalog with the coach's own prices and country packs applied."""
        overrides = self._repos.coach.price_overrides()
        custom = self._repos.coach.custom_steps()
        catalog = self.packs.catalog_with_packs(self.base_catalog)
        if not overrides and not custom:
            return catalog
        return with_overrides(catalog, overrides, custom, as_of=self.today().isoformat()[:7])

    def plan_currency(self) -> str | None:
        """The coach's currency for every plan; None (the default): each person's own."""
        return self._repos.coach.setting(PLAN_CURRENCY_SETTING, None) or None

    def ledger_months(self, person_id: int, on: date) -> int:
        """Months the experience ledger adds (distinct months in the 8 years before `on`)."""
        ledger = self._repos.journal.ledger(person_id)
        return months_led(((e.started, e.finished) for e in ledger), on)

    def effective_profile(
        self, person_id: int, on: date, profile: Profile | None = None
    ) -> Profile:
        """The stored profile (or profile, a changed one) plus the months its ledger adds.

        The profile's own pm_experience_months are months not recorded in the ledger.
        """
        profile = profile or self._repos.people.get(person_id)
        extra = self.ledger_months(person_id, on)
        return replace(profile, pm_experience_months=profile.pm_experience_months + extra)

    def build(
        self,
        person_id: int,
        start: date | None = None,
        track: str | None = None,
        *,
        profile: Profile | None = None,
    ) -> Roadmap:
        """A fresh roadmap from start (default today) with the person's progress; profile
        plans a changed profile instead of the stored one (a trial: nothing is saved)."""
        from planner.engine import build_roadmap  # the whole engine: not paid at start-up

        start = start or self.today()
        return build_roadmap(
            self.effective_profile(person_id, start, profile),
            self.catalog(),
            track=track,
            start=start,
            progress=self._repos.plans.progress(person_id),
            currency=self.plan_currency(),
            today=self.today(),  # a start already past is planned from today, with a warning
            earlier=self.earlier_steps(person_id),
        )

    def earlier_steps(self, person_id: int) -> dict[str, Step]:
        """Each step as the newest saved plan that still gave its reason had it.

        A re-plan keeps what is done with its original reason; plans made before that was so
        said only "Done.", so older plans in the history are looked at for those steps.
        """
        found: dict[str, Step] = {}
        done = {k for k, p in self._repos.plans.progress(person_id).items() if p.status == "done"}

        def collect(plans: list[SavedPlan]) -> bool:
            for saved in plans:  # newest first
                for step in roadmap_from_dict(saved.roadmap).steps:
                    if step.id not in found and step.why and step.why != "Done.":
                        found[step.id] = step
                if done <= found.keys():
                    return True
            return False

        current = self._repos.plans.current(person_id)
        # The whole history is read only for steps the current plan has no reason for.
        if current is not None and not collect([current]):
            collect(self._repos.plans.history(person_id)[1:])
        return found

    def experience_date(self, person_id: int, cert_id: str = "pmi-pmp") -> ExperienceDate:
        """When the current plan has the person meet cert's months-leading-projects rule.

        Computed from what the plan was made from (its profile, ledger months and start), with
        the engine's one rule, so every screen shows the plan's date, not one of its own.
        """
        saved = self.current(person_id)
        start = date.fromisoformat(saved.start)
        inputs = saved.inputs or {}
        stored = inputs.get("profile")
        profile = profile_from_dict(stored) if stored else self._repos.people.get(person_id)
        ledger = inputs.get("ledger_months_added")
        extra = self.ledger_months(person_id, start) if ledger is None else int(ledger)
        counted = replace(profile, pm_experience_months=profile.pm_experience_months + extra)
        return experience_date(self.base_catalog.cert_by_id[cert_id], counted, start)

    def save(self, person_id: int, roadmap: Roadmap, reason: str) -> SavedPlan:
        inputs = {
            "profile": self._repos.people.get(person_id).to_dict(),
            "progress": {
                k: {"status": p.status, "started": _iso(p.started), "finished": _iso(p.finished)}
                for k, p in sorted(self._repos.plans.progress(person_id).items())
            },
            "ledger_months_added": self.ledger_months(person_id, roadmap.start),
        }
        self._repos.plans.save(person_id, roadmap_to_dict(roadmap), inputs, reason)
        saved = self._repos.plans.current(person_id)
        assert saved is not None
        for listener in self.saved_listeners:
            listener(person_id, roadmap)
        return saved

    def _require(self, person_id: int) -> None:
        if not self._repos.people.exists(person_id):
            raise NotFound(_("no person with id {id}", id=person_id))

    def current_roadmap(self, person_id: int, start: date | None = None) -> Roadmap:
        """The current plan as a Roadmap (the first one is made and saved on demand)."""
        return roadmap_of(self.current(person_id, start))

    def has_plan(self, person_id: int) -> bool:
        """Whether a plan was saved for the person (current() would make the first one)."""
        return self._repos.plans.current(person_id) is not None

    def current(self, person_id: int, start: date | None = None) -> SavedPlan:
        """The person's latest saved plan; the first one is made (and saved) on demand."""
        self._require(person_id)
        saved = self._repos.plans.current(person_id)
        if saved is None:
            profile = self._repos.people.get(person_id)
            first_start = start or profile.start_date or self.today()
            saved = self.save(person_id, self.build(person_id, first_start), "first plan")
        return saved

    def out_of_date(self, person_id: int, saved: SavedPlan | None = None) -> list[str]:
        """What changed since the person's plan (default: the current one) was made."""
        saved = saved or self.current(person_id)
        return staleness.reasons(
            saved,
            self._repos.people.get(person_id),
            self._repos.plans.progress(person_id),
            self.ledger_months(person_id, date.fromisoformat(saved.start)),
        )

    def replan(self, person_id: int, start: date | None = None) -> SavedPlan:
        """Re-plan from today: done steps keep their dates; the earlier plan stays in history."""
        self._require(person_id)
        return self.save(person_id, self.build(person_id, start), "re-plan from today")

    def bring_back(self, person_id: int, roadmap: Roadmap, reason: str) -> SavedPlan:
        """Save an earlier plan's roadmap as the current plan, with the inputs of the plan it
        replaces; the plans in between stay in the history. (Listeners are not told.)"""
        inputs = self.current(person_id).inputs
        self._repos.plans.save(person_id, roadmap_to_dict(roadmap), inputs, reason)
        saved = self._repos.plans.current(person_id)
        assert saved is not None
        return saved

    def history(self, person_id: int) -> list[SavedPlan]:
        """Every plan saved for the person, newest first."""
        return self._repos.plans.history(person_id)

    def progress(self, person_id: int) -> dict[str, StepProgress]:
        """The person's recorded progress by step id."""
        return self._repos.plans.progress(person_id)

    def set_progress(self, person_id: int, entry: StepProgress) -> None:
        """Store one step's progress as given (undo and redo put back what was there)."""
        self._repos.plans.set_progress(person_id, entry)

    def record(
        self, person_id: int, step_id: str, status: str, on: date | None = None, note: str = ""
    ) -> StepProgress:
        """Record progress on a step of the person's plan (dates default to today)."""
        if status not in STATUSES:
            raise InvalidInput(
                _(
                    "status must be one of {statuses} (got {status!r})",
                    statuses=", ".join(STATUSES),
                    status=status,
                )
            )
        on = on or self.today()
        known = {s["id"] for s in self.current(person_id).roadmap["steps"]}
        if step_id not in known and step_id not in self.base_catalog.cert_by_id:
            raise InvalidInput(_("'{step}' is not a step of this person's plan", step=step_id))
        if on > self.today():
            raise InvalidInput(
                _("{day} is in the future; record progress once it has happened", day=on)
            )
        previous = self._repos.plans.progress(person_id).get(step_id)
        started = previous.started if previous else None
        if status == "in_progress":
            entry = StepProgress(step_id, status, started or on, None, note)
        elif status == "done":
            entry = StepProgress(step_id, status, min(started or on, on), on, note)
        elif status == "skipped":
            entry = StepProgress(step_id, status, started, None, note)
        else:
            entry = StepProgress(step_id, "todo", None, None, note)
        if not note and previous:
            entry = replace(entry, note=previous.note)
        self._repos.plans.set_progress(person_id, entry)
        return entry


def roadmap_of(saved: SavedPlan) -> Roadmap:
    """A saved plan's roadmap (decoded from the JSON it is stored as)."""
    return roadmap_from_dict(saved.roadmap)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
