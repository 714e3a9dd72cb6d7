"""Adding and erasing people; erasing reaches the backups too, so the data is really gone."""

from __future__ import annotations

from collections.abc import Iterable

from planner.domain.profile import Profile
from planner.services.planning import Repositories
from planner.storage.backups import Backups, purge_person
from planner.storage.database import Store
from planner.storage.wal_check import discard_set_aside


class PeopleService:
    def __init__(self, store: Store, repos: Repositories, backups: Backups) -> None:
        self._store = store
        self._repos = repos
        self._backups = backups

    def add(self, profile: Profile, tags: Iterable[str] = ()) -> int:
        return self._repos.people.add(profile, tags)

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
