"""Move a person between databases: export a bundle; import one, merging without duplicates.

A bundle's person is the stored person with the bundle's uid (their uuid where they were
exported; a person added from a bundle keeps it). Failing that, it is the stored person with
the same normalised name and the same current role or region (or neither on both sides);
when several match, the oldest (lowest id) is used. Otherwise the import adds a new person.
A merge keeps the newer profile's fields (by each side's updated_at), unions skills and
credentials by normalised name (higher level, earliest earned date), memberships and tags;
keeps the most advanced progress per step (todo < in progress < skipped < done, then the
latest date); adds notes not already there by (day, text), ledger projects by (project, start
date), and plans whose plan JSON is not already in the history. Everything is one
transaction, so importing the same bundle twice changes nothing the second time and a failure
changes nothing at all.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from planner.domain.messages import N_plural, _, ngettext
from planner.domain.names import normalize
from planner.domain.profile import Credential, Profile, Skill
from planner.domain.progress import StepProgress
from planner.domain.records import record

if TYPE_CHECKING:
    from planner.export.bundle import PersonBundle
    from planner.services.planning import Repositories
    from planner.services.workspace import Workspace
    from planner.storage.database import Store

RANK = {"todo": 0, "in_progress": 1, "skipped": 2, "done": 3}
IMPORTED = "imported from a bundle"


@record
class ImportResult:
    person_id: int
    name: str
    created: bool
    profile_changed: bool = False
    tags: int = 0
    progress: int = 0
    notes: int = 0
    experience: int = 0
    plans: int = 0
    also_matching: int = 0  # other stored people the bundle's person matched

    @property
    def changed(self) -> bool:
        return (
            self.created
            or self.profile_changed
            or any((self.tags, self.progress, self.notes, self.experience, self.plans))
        )

    def parts(self) -> str:
        """What was (or would be) added: 'profile changes, 2 notes and 1 plan'."""
        parts = [
            ngettext(singular, plural, n)
            for n, (singular, plural) in (
                (self.progress, N_plural("{n} progress entry", "{n} progress entries")),
                (self.notes, N_plural("{n} note", "{n} notes")),
                (self.experience, N_plural("{n} ledger project", "{n} ledger projects")),
                (self.plans, N_plural("{n} plan", "{n} plans")),
                (self.tags, N_plural("{n} tag", "{n} tags")),
            )
            if n
        ]
        if self.profile_changed and not self.created:
            parts.insert(0, _("profile changes"))
        if len(parts) < 2:
            return "".join(parts)
        # TRANSLATORS: the last two of a list of things added ("2 notes, 1 plan and 3 tags").
        return _("{first} and {last}", first=", ".join(parts[:-1]), last=parts[-1])

    def _matched(self) -> str:
        if not self.also_matching:
            return ""
        return " " + ngettext(
            "({n} more person matches; the oldest is used)",
            "({n} more people match; the oldest is used)",
            self.also_matching,
        )

    def describe(self) -> str:
        """What the import did, in one line for the status bar or the terminal."""
        parts = self.parts()
        values = {"name": self.name, "id": self.person_id, "parts": parts}
        if self.created:
            if parts:
                return _("Added {name} as person {id} with {parts}.", **values)
            return _("Added {name} as person {id}.", **values)
        if not self.changed:
            return _("{name} (person {id}) already has everything in this bundle.", **values)
        return _(
            "Merged the bundle into {name} (person {id}): {parts}{matched}.",
            matched=self._matched(),
            **values,
        )

    def preview(self) -> str:
        """What the import would do (from a dry run), as a question to confirm."""
        parts = self.parts()
        values = {"name": self.name, "id": self.person_id, "parts": parts}
        if self.created:
            if parts:
                return _("Add {name} as a new person with {parts}?", **values)
            return _("Add {name} as a new person?", **values)
        if not self.changed:
            return _("{name} (person {id}) already has everything in this bundle.", **values)
        return _(
            "{name} is already here (person {id}){matched}. Merge the bundle into this person: "
            "{parts}?",
            matched=self._matched(),
            **values,
        )


# -- the service -----------------------------------------------------------------------------
class BundleService:
    """Bundles out of and into one database (the workspace's `bundles`)."""

    def __init__(self, store: Store, repos: Repositories) -> None:
        self._store = store
        self._repos = repos

    def export_person(self, person_id: int, catalog_version: str = "") -> PersonBundle:
        """Everything stored about one person, as a bundle (plans oldest first)."""
        # Here, not at the top: every database opened (the app's start) builds this service.
        from planner.export.bundle import BundleNote, BundlePlan, BundleProject, PersonBundle
        from planner.export.ics import stamp_now

        repos = self._repos
        profile = repos.people.get(person_id)  # NotFound for an unknown id
        summary = next((p for p in repos.people.list() if p.id == person_id), None)
        return PersonBundle(
            profile=profile,
            uid=repos.people.uuid(person_id),
            updated_at=_moment(summary.updated_at) if summary else None,
            tags=tuple(repos.people.tags(person_id)),
            progress=tuple(repos.plans.progress(person_id).values()),
            notes=tuple(BundleNote(n.day, n.body) for n in repos.journal.notes(person_id)),
            experience=tuple(
                BundleProject(e.project, e.started, e.finished, e.role, e.note)
                for e in repos.journal.ledger(person_id)
            ),
            plans=tuple(
                BundlePlan(p.roadmap, p.inputs, p.created_at, p.reason)
                for p in reversed(repos.plans.history(person_id))
            ),
            exported_at=stamp_now().isoformat(),
            catalog_version=catalog_version,
        )

    def import_bundle(self, bundle: PersonBundle, *, dry_run: bool = False) -> ImportResult:
        """Add or merge the bundle's person in one transaction; dry_run rolls everything back."""
        try:
            with self._store.atomic():
                result = _import(self._repos, bundle)
                if dry_run:
                    raise _DryRun(result)
        except _DryRun as preview:
            return preview.result
        return result


def export_person(ws: Workspace, person_id: int, catalog_version: str = "") -> PersonBundle:
    """Everything stored about one person, as a bundle (plans oldest first)."""
    return ws.bundles.export_person(person_id, catalog_version)


def import_bundle(ws: Workspace, bundle: PersonBundle, *, dry_run: bool = False) -> ImportResult:
    """Add or merge the bundle's person in one transaction; dry_run rolls everything back."""
    return ws.bundles.import_bundle(bundle, dry_run=dry_run)


# -- matching and merging (pure) -------------------------------------------------------------
def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def same_person(name: str, role: str, region: str, profile: Profile) -> bool:
    """Same normalised name, and the same role or region (or neither on both sides)."""
    if normalize(name) != normalize(profile.name):
        return False
    role_a, role_b = normalize(role), normalize(profile.current_role)
    region_a, region_b = normalize(region), normalize(profile.region)
    bare = not (role_a or region_a or role_b or region_b)
    return bare or bool(role_a and role_a == role_b) or bool(region_a and region_a == region_b)


def merge_profile(local: Profile, incoming: Profile, incoming_newer: bool) -> Profile:
    """The newer side's fields; skills, credentials and memberships from both."""
    base, other = (incoming, local) if incoming_newer else (local, incoming)
    skills = {normalize(s.name): s for s in base.skills}
    for s in other.skills:
        kept = skills.get(normalize(s.name))
        if kept is None or s.level > kept.level:
            skills[normalize(s.name)] = Skill(kept.name if kept else s.name, s.level)
    creds = {normalize(c.name): c for c in base.credentials}
    for c in other.credentials:
        held = creds.get(normalize(c.name))
        if held is None:
            creds[normalize(c.name)] = c
        elif c.earned and (held.earned is None or c.earned < held.earned):
            creds[normalize(c.name)] = Credential(held.name, c.earned)
    members = {normalize(m): m for m in base.memberships}
    for m in other.memberships:
        members.setdefault(normalize(m), m)
    return replace(
        base,
        skills=tuple(skills.values()),
        credentials=tuple(creds.values()),
        memberships=tuple(members.values()),
    )


def _progress_key(p: StepProgress) -> tuple[int, date]:
    return RANK[p.status], max((d for d in (p.started, p.finished) if d), default=date.min)


def merge_progress(local: StepProgress | None, incoming: StepProgress) -> StepProgress:
    """The more advanced entry (then the later date); a note from either side is kept."""
    if local is None:
        return incoming
    chosen, other = (
        (incoming, local) if _progress_key(incoming) > _progress_key(local) else (local, incoming)
    )
    return replace(chosen, note=other.note) if not chosen.note and other.note else chosen


def _canonical(roadmap: dict) -> str:
    return json.dumps(roadmap, sort_keys=True, ensure_ascii=False)


# -- import ----------------------------------------------------------------------------------
class _DryRun(Exception):
    """Raised inside the transaction to roll a preview back."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__("dry run")
        self.result = result


def find_match(repos: Repositories, profile: Profile, uid: str = "") -> tuple[int | None, int]:
    """(id of the stored person the profile is, how many others also match).

    The bundle's uid (the person's uuid where they were exported) decides first; a bundle
    whose uid is unknown here falls back to name and role or region.
    """
    by_uid = repos.people.id_for_uuid(uid) if uid else None
    if by_uid is not None:
        return by_uid, 0
    found = [
        p.id for p in repos.people.list() if same_person(p.name, p.current_role, p.region, profile)
    ]
    return (min(found), len(found) - 1) if found else (None, 0)


def _import(repos: Repositories, bundle: PersonBundle) -> ImportResult:
    person_id, others = find_match(repos, bundle.profile, bundle.uid)
    created = person_id is None
    profile_changed, tags_added = False, 0
    if person_id is None:
        person_id = repos.people.add(bundle.profile, bundle.tags, bundle.uid)
        tags_added = len(set(bundle.tags))
    else:
        summary = next(p for p in repos.people.list() if p.id == person_id)
        local_time, bundle_time = _moment(summary.updated_at), bundle.updated_at
        newer = bool(bundle_time and (local_time is None or bundle_time > local_time))
        local = repos.people.get(person_id)
        merged = merge_profile(local, bundle.profile, newer)
        local_tags = set(repos.people.tags(person_id))
        tags = local_tags | {t for t in bundle.tags if t.strip()}
        tags_added = len(tags - local_tags)
        profile_changed = merged != local
        if profile_changed:
            repos.people.update(person_id, merged, sorted(tags))
        elif tags_added:
            repos.people.set_tags(person_id, sorted(tags))
    progress_changed = _merge_progress(repos, person_id, bundle.progress)
    notes = _merge_notes(repos, person_id, bundle.notes)
    projects = _merge_ledger(repos, person_id, bundle.experience)
    plans = _merge_plans(repos, person_id, bundle.plans, keep_current=not created)
    return ImportResult(
        person_id=person_id,
        name=repos.people.get(person_id).name,
        created=created,
        profile_changed=profile_changed,
        tags=tags_added,
        progress=progress_changed,
        notes=notes,
        experience=projects,
        plans=plans,
        also_matching=others,
    )


def _merge_progress(repos: Repositories, person_id: int, entries) -> int:
    local = repos.plans.progress(person_id)
    changed = 0
    for entry in entries:
        merged = merge_progress(local.get(entry.step_id), entry)
        if merged != local.get(entry.step_id):
            repos.plans.set_progress(person_id, merged)
            local[entry.step_id] = merged
            changed += 1
    return changed


def _merge_notes(repos: Repositories, person_id: int, notes) -> int:
    seen = {(n.day, n.body) for n in repos.journal.notes(person_id)}
    added = 0
    for note in notes:
        if (note.day, note.body) not in seen:
            repos.journal.add_note(person_id, note.day, note.body)
            seen.add((note.day, note.body))
            added += 1
    return added


def _merge_ledger(repos: Repositories, person_id: int, projects) -> int:
    seen = {(normalize(e.project), e.started) for e in repos.journal.ledger(person_id)}
    added = 0
    for e in projects:
        if (normalize(e.project), e.started) not in seen:
            repos.journal.add_project(
                person_id, e.project, e.started, finished=e.finished, role=e.role, note=e.note
            )
            seen.add((normalize(e.project), e.started))
            added += 1
    return added


def _merge_plans(repos: Repositories, person_id: int, plans, keep_current: bool) -> int:
    """Append plans not in the history (oldest first); a newer local plan stays current."""
    history = repos.plans.history(person_id)
    seen = {_canonical(p.roadmap) for p in history}
    epoch = datetime.min.replace(tzinfo=UTC)
    missing = []
    for plan in sorted(plans, key=lambda p: _moment(p.created_at) or epoch):
        key = _canonical(plan.roadmap)
        if key not in seen:
            seen.add(key)
            missing.append(plan)
    for plan in missing:
        reason = plan.reason or "plan"
        if IMPORTED not in reason:
            made = f"; made {plan.created_at[:10]}" if plan.created_at else ""
            reason = f"{reason} ({IMPORTED}{made})"
        repos.plans.save(person_id, plan.roadmap, plan.inputs, reason)
    current = history[0] if history else None
    newest = _moment(missing[-1].created_at) if missing else None
    if keep_current and current and newest and (_moment(current.created_at) or epoch) >= newest:
        # The plan made here is newer than anything in the bundle: it stays the current one.
        repos.plans.save(
            person_id, current.roadmap, current.inputs, "current plan, kept after a bundle import"
        )
    return len(missing)
