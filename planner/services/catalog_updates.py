"""Shipped catalog updates: what a newer catalog changes for the people's plans, shown once.

The database remembers the catalog version it last saw (a coach setting) and a snapshot of
that catalog's items. Opening it with a catalog of another version diffs the two snapshots and
records the changes, naming the people whose current plans they touch. Nothing is re-planned
and no progress is touched: progress is kept by step id, and a done step whose item the new
catalog no longer has stays done in the plan history.
"""

from __future__ import annotations

import json

from planner.domain.catalog_model import Catalog
from planner.domain.messages import _, ngettext
from planner.domain.records import record
from planner.storage.coach import CoachRepository
from planner.storage.people import PeopleRepository
from planner.storage.plans import PlansRepository

VERSION_SETTING = "catalog_version_seen"
SNAPSHOT_SETTING = "catalog_snapshot"
CHANGES_SETTING = "catalog_changes"
SHOWN_SETTING = "catalog_changes_shown"  # the update's version the app has shown
MAX_LINES = 500  # kept and shown; a longer list says how many more there were


def catalog_version(catalog: Catalog) -> str:
    """The shipped catalog's version with every pack's: cheap to compute, compared at start."""
    packs = ",".join(f"{code}:{p.pack_version}" for code, p in sorted(catalog.countries.items()))
    return f"{catalog.version}+{packs}" if packs else catalog.version


@record
class CatalogUpdate:
    """The last shipped catalog update: versions, change lines, and whom it touches."""

    before: str
    after: str
    lines: tuple[str, ...]
    affected: tuple[tuple[int, str, tuple[str, ...]], ...]  # person id, name, their lines
    more: int = 0  # lines left out beyond MAX_LINES

    def text(self) -> list[str]:
        """The update as lines for the command line and the app's dialog (the change lines
        themselves come from the catalog diff, in English)."""
        versions = _versions(self.before, self.after)
        count = len(self.lines) + self.more
        if not count:
            return [
                _("Catalog updated {versions}: nothing that plans use changed.", versions=versions)
            ]
        lines = [
            ngettext(
                "Catalog updated {versions}: {n} change.",
                "Catalog updated {versions}: {n} changes.",
                count,
                versions=versions,
            )
        ]
        lines += [f"  {line}" for line in self.lines]
        if self.more:
            lines.append("  " + _("... and {n} more", n=self.more))
        if self.affected:
            lines.append(_("Plans these changes touch (progress is kept; nothing was re-planned):"))
            for person_id, name, touched in self.affected:
                lines.append(
                    "  "
                    + ngettext(
                        "{name} (#{id}): {n} change",
                        "{name} (#{id}): {n} changes",
                        len(touched),
                        name=name,
                        id=person_id,
                    )
                )
            lines.append(_("Re-plan affected people later, when you review their plans."))
        else:
            lines.append(_("No current plan uses a changed item; progress is kept."))
        return lines


class CatalogUpdates:
    """Notice a newer (or older) shipped catalog when a database is opened."""

    def __init__(
        self,
        coach: CoachRepository,
        people: PeopleRepository,
        plans: PlansRepository,
        catalog: Catalog,
    ) -> None:
        self._coach = coach
        self._people = people
        self._plans = plans
        self._catalog = catalog  # the shipped catalog (without the coach's packs)

    def check(self) -> CatalogUpdate | None:
        """Record what changed if the catalog's version is not the one last seen; the new
        update, or None. Cheap when nothing changed: one setting read and one comparison."""
        version = catalog_version(self._catalog)
        seen = self._coach.setting(VERSION_SETTING)
        if seen == version:
            return None
        # Only now: the diff's modules are not imported at an ordinary start.
        from planner.catalog.catalog_diff import snapshot

        after = snapshot(self._catalog)
        stored = self._coach.setting(SNAPSHOT_SETTING)
        update = None
        if seen is not None and stored:
            try:
                before = json.loads(stored)
            except ValueError:
                before = None  # a damaged snapshot: start afresh rather than guess
            if isinstance(before, dict):
                update = self._update(seen, version, before, after)
        values = {SNAPSHOT_SETTING: json.dumps(after, sort_keys=True), VERSION_SETTING: version}
        if update is not None:
            values[CHANGES_SETTING] = json.dumps(_to_dict(update))
        self._coach.set_settings(values)
        return update

    def _update(self, seen: str, version: str, before: dict, after: dict) -> CatalogUpdate:
        from planner.catalog.catalog_diff import catalog_changes

        changes = catalog_changes(before, after)
        affected = []
        for person in self._people.list():
            saved = self._plans.current(person.id)
            if saved is None:
                continue
            ids = {s.get("id") for s in saved.roadmap.get("steps", ())}
            country = (saved.roadmap.get("summary") or {}).get("country") or ""
            touched = tuple(
                c.line
                for c in changes
                if (c.step_id and c.step_id in ids)
                or (c.country and c.country == country)
                or (not c.step_id and not c.country)
            )
            if touched:
                affected.append((person.id, person.name, touched))
        lines = tuple(c.line for c in changes)
        return CatalogUpdate(
            seen,
            version,
            lines[:MAX_LINES],
            tuple(affected),
            max(0, len(lines) - MAX_LINES),
        )

    def last(self) -> CatalogUpdate | None:
        """The last update recorded (None: none since this database first saw a catalog)."""
        text = self._coach.setting(CHANGES_SETTING)
        if not text:
            return None
        try:
            return _from_dict(json.loads(text))
        except (ValueError, KeyError, TypeError):
            return None

    def unshown(self) -> CatalogUpdate | None:
        """The last update if the app has not shown it yet."""
        update = self.last()
        if update is None or self._coach.setting(SHOWN_SETTING) == update.after:
            return None
        return update

    def mark_shown(self, update: CatalogUpdate) -> None:
        self._coach.set_setting(SHOWN_SETTING, update.after)


def _split(version: str) -> tuple[str, dict[str, str]]:
    """'2026.12.1+GB:2026.12.1,US:2026.12.1' -> ('2026.12.1', {'GB': ..., 'US': ...})."""
    main, _, packs = version.partition("+")
    return main, dict(p.split(":", 1) for p in packs.split(",") if ":" in p)


def _versions(before: str, after: str) -> str:
    """'from 2026.12.1 to 2027.01.1', naming only the country packs whose version changed."""
    (old, old_packs), (new, new_packs) = _split(before), _split(after)
    if old != new:
        text = _("from {old} to {new}", old=old, new=new)
    else:
        text = _("(catalog {new})", new=new)
    none = _("none")
    packs = [
        _(
            "{code} pack {old} -> {new}",
            code=code,
            old=old_packs.get(code, none),
            new=new_packs.get(code, none),
        )
        for code in sorted(old_packs.keys() | new_packs.keys())
        if old_packs.get(code) != new_packs.get(code)
    ]
    return text + (f"; {', '.join(packs)}" if packs else "")


def _to_dict(update: CatalogUpdate) -> dict:
    return {
        "before": update.before,
        "after": update.after,
        "lines": list(update.lines),
        "more": update.more,
        "affected": [[i, name, list(lines)] for i, name, lines in update.affected],
    }


def _from_dict(data: dict) -> CatalogUpdate:
    return CatalogUpdate(
        str(data["before"]),
        str(data["after"]),
        tuple(map(str, data["lines"])),
        tuple((int(i), str(n), tuple(map(str, ls))) for i, n, ls in data["affected"]),
        int(data.get("more", 0)),
    )
