"""People and their profiles: list, read, change, add and erase (erasing reaches the backups too).

The one way the app and the command line read and change people; neither touches storage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from planner.domain.people_list import PeoplePage, PersonSummary
from planner.domain.profile import Profile
from planner.services.planning import Repositories
from planner.services.profile_fields import apply_fields
from planner.storage.backups import Backups, purge_person
from planner.storage.database import Store
from planner.storage.people import PAGE_SIZE
from planner.storage.wal_check import discard_set_aside


class PeopleService:
    def __init__(self, store: Store, repos: Repositories, backups: Backups) -> None:
        self._store = store
        self._repos = repos
        self._backups = backups

    # -- reading -----------------------------------------------------------------------------
    def get(self, person_id: int) -> Profile:
        """The stored profile; NotFound when there is no such person."""
        return self._repos.people.get(person_id)

    def exists(self, person_id: int) -> bool:
        return self._repos.people.exists(person_id)

    def uuid(self, person_id: int) -> str:
        """The person's stable id (calendar UIDs, bundles) that survives export and import."""
        return self._repos.people.uuid(person_id)

    def tags(self, person_id: int) -> list[str]:
        return self._repos.people.tags(person_id)

    def all_tags(self) -> list[tuple[str, int]]:
        """Every tag in use and how many people carry it."""
        return self._repos.people.all_tags()

    def ids_with_tag(self, tag: str) -> list[int]:
        return self._repos.people.ids_with_tag(tag)

    def count(
        self,
        query: str = "",
        tag: str | None = None,
        status: str | None = None,
        today: date | None = None,
    ) -> int:
        return self._repos.people.count(query, tag, status, today)

    def list(
        self,
        query: str = "",
        tag: str | None = None,
        sort: str = "name",
        limit: int | None = None,
        after: PersonSummary | None = None,
        *,
        status: str | None = None,
        today: date | None = None,
    ) -> Sequence[PersonSummary]:
        """People matching query, tag and status filter in sort order, after the row `after`."""
        return self._repos.people.list(query, tag, sort, limit, after, status=status, today=today)

    def search(
        self,
        query: str = "",
        tag: str | None = None,
        sort: str = "name",
        limit: int = PAGE_SIZE,
        *,
        status: str | None = None,
        today: date | None = None,
    ) -> PeoplePage:
        """The first page of matching people and how many match in all."""
        return self._repos.people.search(query, tag, sort, limit, status=status, today=today)

    def position(
        self,
        person_id: int,
        query: str = "",
        tag: str | None = None,
        sort: str = "name",
        *,
        status: str | None = None,
        today: date | None = None,
    ) -> int | None:
        """Where the person stands in list(query, tag, sort); None if they do not match."""
        return self._repos.people.position(person_id, query, tag, sort, status=status, today=today)

    # -- changing ----------------------------------------------------------------------------
    def add(self, profile: Profile, tags: Iterable[str] = ()) -> int:
        return self._repos.people.add(profile, tags)

    def update(self, person_id: int, profile: Profile) -> None:
        """Store the changed profile in one write (the plan is not re-planned)."""
        self._repos.people.update(person_id, profile)

    def set_tags(self, person_id: int, tags: Iterable[str]) -> None:
        self._repos.people.set_tags(person_id, tags)

    def set_fields(self, person_id: int, assignments: Sequence[str]) -> tuple[Profile, Profile]:
        """Apply FIELD=VALUE changes to the stored profile in one write: (before, after).

        The plan is not re-planned: it says it is out of date until the person re-plans.
        """
        before = self._repos.people.get(person_id)
        after = apply_fields(before, assignments)
        self._repos.people.update(person_id, after)
        return before, after

    # -- erasing -----------------------------------------------------------------------------
    def erase(self, person_id: int) -> int:
        """Delete every row about the person, compact the file, and purge them from backups.

        The purge is recorded (by the person's uuid) before anything is erased, so an erase cut
        short is finished by finish_pending at the next start. Returns how many backups held
        them.
        """
        person_uuid = self._repos.people.mark_for_purge(person_id)
        return self._purge(person_uuid)

    def finish_pending(self) -> int:
        """Finish erases a kill or power cut interrupted; how many were finished."""
        pending = self._repos.people.pending_purges()
        for person_uuid in pending:
            self._purge(person_uuid)
        return len(pending)

    def _purge(self, person_uuid: str) -> int:
        self._repos.people.delete_uuid(person_uuid)
        self._store.compact()
        purged = sum(purge_person(backup, person_uuid) for backup in self._backups.all())
        discard_set_aside(self._store.path)
        self._repos.people.purge_done(person_uuid)
        return purged
