"""The person bundle: one person's data as versioned JSON, checked before anything is saved.

Format "career-planner-bundle", version 1 (resources/schemas/bundle.schema.json). Reading a
bundle never touches the database: every problem becomes one InvalidInput line, and a bundle
written by a newer planner is refused rather than half understood.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import field
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from planner import __version__
from planner.domain.errors import InvalidInput
from planner.domain.messages import _
from planner.domain.names import normalize
from planner.domain.profile import Profile
from planner.domain.progress import StepProgress
from planner.domain.records import record

FORMAT = "career-planner-bundle"
VERSION = 1
MAX_BYTES = 50_000_000
# Fixed namespace: the same name and region give the same uid on every machine.
_UID_NAMESPACE = uuid.UUID("5b0c7f44-9d3e-4a51-8f0e-2f6c1d7a9b31")


@record
class BundleNote:
    day: date
    body: str


@record
class BundleProject:
    """One entry of the PM-experience ledger."""

    project: str
    started: date
    finished: date | None = None
    role: str = ""
    note: str = ""


@record
class BundlePlan:
    """One saved plan: the plan JSON and the inputs it came from."""

    roadmap: dict[str, Any]
    inputs: dict[str, Any] = field(default_factory=dict)
    created_at: str = ""
    reason: str = ""


@record
class PersonBundle:
    profile: Profile
    uid: str = ""
    updated_at: datetime | None = None
    tags: tuple[str, ...] = ()
    progress: tuple[StepProgress, ...] = ()
    notes: tuple[BundleNote, ...] = ()
    experience: tuple[BundleProject, ...] = ()
    plans: tuple[BundlePlan, ...] = ()  # oldest first
    exported_at: str = ""
    app_version: str = __version__
    catalog_version: str = ""


def person_uid(profile: Profile) -> str:
    """A stable id for the person: derived from the normalised name and region."""
    key = f"{normalize(profile.name)}|{normalize(profile.region)}"
    return str(uuid.uuid5(_UID_NAMESPACE, key))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def bundle_to_dict(bundle: PersonBundle) -> dict[str, Any]:
    """The bundle file's JSON object (entries in a fixed order, so exports compare well)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": bundle.exported_at,
        "app_version": bundle.app_version,
        "catalog_version": bundle.catalog_version,
        "person": {
            "uid": bundle.uid or person_uid(bundle.profile),
            "updated_at": bundle.updated_at.isoformat() if bundle.updated_at else None,
            "profile": bundle.profile.to_dict(),
            "tags": sorted(set(bundle.tags)),
            "progress": {
                p.step_id: {
                    "status": p.status,
                    "started": _iso(p.started),
                    "finished": _iso(p.finished),
                    "note": p.note,
                }
                for p in sorted(bundle.progress, key=lambda p: p.step_id)
            },
            "notes": [
                {"day": n.day.isoformat(), "body": n.body}
                for n in sorted(bundle.notes, key=lambda n: (n.day, n.body))
            ],
            "experience": [
                {
                    "project": e.project,
                    "role": e.role,
                    "started": e.started.isoformat(),
                    "finished": _iso(e.finished),
                    "note": e.note,
                }
                for e in sorted(bundle.experience, key=lambda e: (e.started, e.project))
            ],
            "plans": [
                {
                    "created_at": p.created_at,
                    "reason": p.reason,
                    "roadmap": p.roadmap,
                    "inputs": p.inputs,
                }
                for p in bundle.plans
            ],
        },
    }


def bundle_bytes(bundle: PersonBundle) -> bytes:
    return (json.dumps(bundle_to_dict(bundle), indent=1, ensure_ascii=False) + "\n").encode()


def write_bundle(target: Path, bundle: PersonBundle) -> Path:
    """Write the bundle atomically (temp file, fsync, rename; owner-only, as it is personal)."""
    from planner.export.files import atomic_write, check_target

    target = Path(target)
    check_target(target)
    atomic_write(target, bundle_bytes(bundle))
    return target


# -- reading ----------------------------------------------------------------------------------
@cache
def _validator():
    import jsonschema  # only bundle imports pay for it

    from planner.resources import resources_dir

    path = resources_dir() / "schemas" / "bundle.schema.json"
    return jsonschema.Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))


def _where(path: Any) -> str:
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
    return text.lstrip(".") or "the bundle"


def _schema_message(error: Any) -> str:
    where, value = _where(error.absolute_path), error.instance
    shown = "{…}" if isinstance(value, dict) else json.dumps(value, ensure_ascii=False)
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    if error.validator == "required":
        missing = error.message.split("'")[1]
        place = "" if where == "the bundle" else f"{where}."
        return f"missing required field '{place}{missing}'"
    if error.validator == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        return f"{where} must be {expected} (got {shown})"
    if error.validator == "pattern" and where.endswith(".uid"):
        return f"{where} must be a UUID (got {shown})"
    if error.validator in ("pattern", "anyOf"):  # the only patterns and anyOfs are dates
        return f"{where} must be a date written YYYY-MM-DD (got {shown})"
    if error.validator in ("enum", "const"):
        allowed = error.validator_value
        allowed = ", ".join(map(str, allowed)) if isinstance(allowed, list) else allowed
        return f"{where}: {shown} is not one of {allowed}"
    if error.validator in ("maxItems", "maxProperties"):
        return f"{where} has more than {error.validator_value} entries"
    if error.validator == "maxLength":
        return f"{where} is longer than {error.validator_value} characters"
    if error.validator == "minLength":
        return f"{where} must not be empty"
    return f"{where}: {error.message[:200]}".replace("\n", " ")


def _day(value: Any, where: str) -> date | None:
    from planner.codec.profile_file import parse_date

    return parse_date(value, where) if value is not None else None


def _required_day(value: Any, where: str) -> date:
    from planner.codec.profile_file import parse_date

    return parse_date(value, where)


def _moment(value: Any, where: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(
            f"{where} must be a date and time (ISO 8601), got {value!r:.40}"
        ) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def check_envelope(data: Any) -> None:
    """Refuse what is not a bundle, or a bundle from a newer planner, before the details."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidInput(f'not a person bundle (no "format": "{FORMAT}")')
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidInput(f"the bundle's version must be a whole number (got {version!r:.40})")
    if version > VERSION:
        raise InvalidInput(
            f"the bundle was written by a newer version of the planner (bundle version "
            f"{version}; this version reads up to {VERSION}); update the planner to import it"
        )


def bundle_from_dict(data: Any) -> PersonBundle:
    """Check a parsed bundle (format, version, schema, real dates) and build it."""
    from planner.codec.plan_json import roadmap_from_dict
    from planner.codec.profile_file import profile_from_dict

    check_envelope(data)
    error = _first_error(data)
    if error is not None:
        raise InvalidInput(_schema_message(error))
    person = data["person"]
    try:
        profile = profile_from_dict(person["profile"])
    except InvalidInput as exc:
        raise InvalidInput(f"person.profile: {exc}") from exc
    progress = tuple(
        StepProgress(
            step_id,
            entry["status"],
            _day(entry.get("started"), f"person.progress.{step_id}.started"),
            _day(entry.get("finished"), f"person.progress.{step_id}.finished"),
            entry.get("note", ""),
        )
        for step_id, entry in person.get("progress", {}).items()
    )
    notes = []
    for i, note in enumerate(person.get("notes", [])):
        if not note["body"].strip():
            raise InvalidInput(f"person.notes[{i}].body is blank")
        notes.append(BundleNote(_required_day(note["day"], f"person.notes[{i}].day"), note["body"]))
    experience = []
    for i, item in enumerate(person.get("experience", [])):
        started = _required_day(item["started"], f"person.experience[{i}].started")
        finished = _day(item.get("finished"), f"person.experience[{i}].finished")
        if not item["project"].strip():
            raise InvalidInput(f"person.experience[{i}].project is blank")
        if finished and started and finished < started:
            raise InvalidInput(f"person.experience[{i}] finishes before it starts")
        experience.append(
            BundleProject(
                item["project"], started, finished, item.get("role", ""), item.get("note", "")
            )
        )
    plans = []
    for i, plan in enumerate(person.get("plans", [])):
        try:
            roadmap_from_dict(plan["roadmap"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InvalidInput(f"person.plans[{i}].roadmap is not a plan ({exc!s:.80})") from exc
        _moment(plan.get("created_at"), f"person.plans[{i}].created_at")
        try:
            json.dumps(plan)  # the plan is stored as JSON again; refuse what cannot be
        except (RecursionError, ValueError) as exc:
            raise InvalidInput(f"person.plans[{i}] nests too deeply to be a plan") from exc
        plans.append(
            BundlePlan(
                plan["roadmap"],
                plan.get("inputs", {}),
                plan.get("created_at", ""),
                plan.get("reason", ""),
            )
        )
    return PersonBundle(
        profile=profile,
        uid=person.get("uid", ""),
        updated_at=_moment(person.get("updated_at"), "person.updated_at"),
        tags=tuple(t.strip() for t in person.get("tags", []) if t.strip()),
        progress=progress,
        notes=tuple(notes),
        experience=tuple(experience),
        plans=tuple(plans),
        exported_at=data.get("exported_at", ""),
        app_version=data.get("app_version", ""),
        catalog_version=data.get("catalog_version", ""),
    )


def _first_error(data: Any) -> Any:
    from jsonschema.exceptions import best_match

    return best_match(_validator().iter_errors(data))


def read_bundle(path: Path) -> PersonBundle:
    """Read and check a bundle file; InvalidInput ('PATH: what is wrong') on any problem."""
    path = Path(path)
    try:
        try:
            return bundle_from_dict(_read_json(path))
        except RecursionError as exc:
            raise InvalidInput("the bundle nests too deeply to be read") from exc
    except InvalidInput as exc:
        message = str(exc)
        raise InvalidInput(
            message if message.startswith(str(path)) else f"{path}: {message}"
        ) from exc


def _read_json(path: Path) -> Any:
    from planner.codec.json_file import read_json_file

    return read_json_file(path, what=_("a person bundle"), max_bytes=MAX_BYTES)
