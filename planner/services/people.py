"""Adding and erasing people; erasing reaches the backups too, so the data is really gone."""

from __future__ import annotations

from collections.abc import Iterable

from planner.domain.profile import Profile
from planner.services.planning import Repositories
from planner.storage.backups import Backups, purge_person
from planner.storage.database import Store


class PeopleService:
    def __init__(self, store: Store, repos: Repositories, backups: Backups) -> None:
        self._store = store
        self._repos = repos
        self._backups = backups

    def add(self, profile: Profile, tags: Iterable[str] = ()) -> int:
        return self._repos.people.add(profile, tags)

    def erase(self, person_id: int) -> int:
        """Delete every row about the person, compact the file, and purge them from backups.

        Returns how many backups held them.
        """
        self._repos.people.delete(person_id)
        self._store.compact()
        return sum(purge_person(backup, person_id) for backup in self._backups.all())
