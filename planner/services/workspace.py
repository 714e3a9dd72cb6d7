"""Open everything one database needs (store, repositories, backups, services) in one place."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.catalog_model import Catalog
from planner.domain.errors import InvalidInput
from planner.domain.messages import _
from planner.domain.records import record
from planner.services.calendar_sync import CalendarSync
from planner.services.catalog_updates import CatalogUpdate, CatalogUpdates
from planner.services.coach import CoachService
from planner.services.country_packs import CountryPackService
from planner.services.dashboard import Dashboard
from planner.services.journal import JournalService
from planner.services.people import PeopleService
from planner.services.plan_edits import PlanEdits
from planner.services.planning import PlanningService, Repositories
from planner.storage.backups import DEFAULT_KEEP, Backups, restore
from planner.storage.coach import CoachRepository
from planner.storage.database import Store, explain_error, open_store
from planner.storage.journal import JournalRepository
from planner.storage.people import PeopleRepository
from planner.storage.plans import PlansRepository

if TYPE_CHECKING:
    from planner.services.bundles import BundleService

__all__ = ["Workspace", "explain_error", "open_workspace"]

KEEP_SETTING = "backups_keep"
AUTO_BACKUP_SECONDS = 3600  # at most one automatic backup an hour


@record(frozen=False)
class Workspace:
    """One open database, offered as use cases; its store, backups and repositories stay
    with the services."""

    _store: Store
    _backups: Backups
    planning: PlanningService
    people: PeopleService
    calendars: CalendarSync
    coach: CoachService
    journal: JournalService
    edits: PlanEdits
    packs: CountryPackService
    updates: CatalogUpdates
    _repos: Repositories
    # The shipped catalog's changes found when this database was opened (None: same version).
    catalog_update: CatalogUpdate | None = None
    _bundles: BundleService | None = None

    @property
    def bundles(self) -> BundleService:
        """Person bundles out and in; the service is made when first asked for (the app's
        start never does, and its module is not imported then)."""
        if self._bundles is None:
            from planner.services.bundles import BundleService

            self._bundles = BundleService(self._store, self._repos)
        return self._bundles

    def close(self) -> None:
        self._store.close()

    def atomic(self) -> AbstractContextManager[object]:
        """Several use cases as one transaction: all of their writes are kept, or none."""
        return self._store.atomic()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        """The database file."""
        return self._store.path

    def check_pages(self) -> None:
        """Read every page unless that was done since the file last changed from outside (safe
        on a worker thread); DatabaseRefused when one is damaged."""
        self._store.check_pages()

    def back_up(self, target: Path | None = None) -> Path:
        """A manual backup: into the backups folder (rotated), or to target ("-": stdout)."""
        if target is not None and str(target) != "-" and target.resolve() == self.path.resolve():
            raise InvalidInput(_("the backup cannot overwrite the database itself"))
        if target is None:
            return self._backups.create(self._store.conn, "manual")
        return self._backups.create(self._store.conn, "manual", target=target)

    def restore(self, source: Path) -> Path:
        """Replace the database with a backup; closes this workspace (open a new one after).

        Returns where the database it replaced is kept.
        """
        store, safety = restore(self._store, source, self._backups)
        store.close()
        return safety

    def set_backups_keep(self, keep: int) -> None:
        if keep < 1:
            raise InvalidInput(_("--keep must be at least 1"))
        self.coach.set_setting(KEEP_SETTING, str(keep))
        self._backups.keep = keep
        self._backups.rotate()

    def auto_backup(self) -> Path | None:
        """A rotating backup when the newest one is over an hour old and there is data."""
        age = self._backups.latest_age_seconds()
        if (age is None or age > AUTO_BACKUP_SECONDS) and self.people.count():
            return self._backups.create(self._store.conn, "auto")
        return None


def open_workspace(
    path: Path,
    catalog: Catalog,
    today: Callable[[], date],
    *,
    allow_empty: bool = False,
    check_pages: bool = True,
    page_record: Path | None = None,
) -> Workspace:
    """Open the database and everything on it; check_pages=False leaves the page-by-page
    damage check to Workspace.check_pages (the desktop app runs it after the window is ready).
    page_record: the user's record of files already found sound (storage/page_record.py)."""
    backups = Backups(path)
    backups.clean_leftovers()  # half-written copies a killed process left may hold people
    store = open_store(
        path,
        backup_before_migration=backups.create,
        allow_empty=allow_empty,
        check_pages=check_pages,
        page_record=page_record,
    )
    try:
        repos = Repositories(
            people=PeopleRepository(store),
            plans=PlansRepository(store),
            journal=JournalRepository(store),
            coach=CoachRepository(store),
        )
        keep = repos.coach.setting(KEEP_SETTING)
        backups.keep = int(keep) if keep and keep.isdigit() and int(keep) > 0 else DEFAULT_KEEP
        planning = PlanningService(repos, catalog, today)
        calendars = CalendarSync(repos)
        dashboard = Dashboard(repos, today)
        planning.saved_listeners += [dashboard.plan_saved, calendars.plan_saved]
        people = PeopleService(store, repos, backups)
        people.finish_pending()  # an erase cut short is finished before anything else
        dashboard.catch_up()
        updates = CatalogUpdates(repos.coach, repos.people, repos.plans, catalog)
        update = updates.check()  # compares versions first: a diff only after an update
    except BaseException as exc:
        store.close()
        # A damaged page that opening had to read (the page check comes after): the sentence
        # that offers the newest backup, as the check would have said.
        explained = explain_error(exc, path)
        if explained is not None:
            raise explained from exc
        raise
    return Workspace(
        store,
        backups,
        planning,
        people,
        calendars,
        CoachService(repos.coach),
        JournalService(repos.journal),
        PlanEdits(store, repos, planning),
        planning.packs,
        updates,
        repos,
        update,
    )
