"""Read a JSON Resume (jsonresume.org) file into an ImportPreview, checked against its schema."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from planner.codec.json_file import read_json_file
from planner.codec.profile_file import type_names
from planner.domain.catalog_model import Catalog
from planner.domain.errors import InvalidInput
from planner.domain.messages import N_, _
from planner.importers.matching import skill_level
from planner.importers.review import (
    ImportPreview,
    Period,
    add_credential,
    add_skill,
    apply_leadership,
    best_education,
    clip,
    current_role,
    experience_years,
    finish,
)
from planner.resources import resources_dir

KIND = "JSON Resume"
MAX_BYTES = 20_000_000
SECTIONS = (
    *("basics", "work", "volunteer", "education", "awards", "certificates", "publications"),
    *("skills", "languages", "interests", "references", "projects"),
)
_DATED = {"work", "volunteer", "education", "projects", "awards", "certificates", "publications"}
_DATE_KEYS = ("startDate", "endDate", "date", "releaseDate", "expires")
_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
DEFAULT_LEVEL, KEYWORD_LEVEL = 2, 1
# The schema's formats, as words for the warning that a value is not one.
FORMAT_NAMES = {"email": N_("email"), "uri": N_("uri")}


def read_json(path: Path, max_bytes: int | None = None) -> Any:
    """The file's JSON value, or InvalidInput naming the file and what is wrong with it."""
    return read_json_file(path, what=_("a JSON Resume"), max_bytes=max_bytes or MAX_BYTES)


@cache
def _validator():
    import jsonschema  # lazily: only imports need it

    schema_path = resources_dir() / "schemas" / "jsonresume.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _where(path) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


def check_schema(doc: Any, path: Path) -> list[str]:
    """InvalidInput for the first schema error; format slips (email, url) come back as warnings."""
    if not isinstance(doc, dict):
        raise InvalidInput(
            _(
                "{path} is not a JSON Resume: it holds a {type}",
                path=path,
                type=type(doc).__name__,
            )
        )
    if "weekly_hours" in doc or ("name" in doc and "basics" not in doc):
        raise InvalidInput(
            _(
                "{path} is a planner profile, not a JSON Resume: add it with "
                "'career-planner people add {name}'",
                path=path,
                name=path.name,
            )
        )
    if not any(section in doc for section in SECTIONS):
        raise InvalidInput(
            _(
                "{path} is not a JSON Resume: it has none of {sections} ... at the top level",
                path=path,
                sections=", ".join(SECTIONS[:5]),
            )
        )
    warnings = []
    try:
        errors = sorted(_validator().iter_errors(doc), key=lambda e: list(map(str, e.path)))
    except RecursionError as exc:
        raise InvalidInput(
            _("{path} nests too deeply to be {what}", path=path, what=_("a JSON Resume"))
        ) from exc
    for error in errors:
        where = _where(error.absolute_path) or _("the resume")
        if error.validator == "format":
            warnings.append(
                _(
                    "{where}: {value!r} is not a valid {format}; ignored.",
                    where=where,
                    value=str(error.instance)[:60],
                    format=_(FORMAT_NAMES.get(error.validator_value, error.validator_value)),
                )
            )
            continue
        if error.validator == "pattern":
            raise InvalidInput(
                _(
                    "{path}: {where}: {value!r} is not a date written YYYY, YYYY-MM or "
                    "YYYY-MM-DD (leave it out for a current position)",
                    path=path,
                    where=where,
                    value=str(error.instance)[:40],
                )
            )
        if error.validator == "type":
            raise InvalidInput(
                _(
                    "{path}: {where} must be {expected} (got {value})",
                    path=path,
                    where=where,
                    expected=type_names(error.validator_value),
                    value=json.dumps(error.instance)[:40],
                )
            )
        raise InvalidInput(f"{path}: {where}: {error.message[:160]}")
    return warnings


def _drop_empty_dates(doc: dict) -> None:
    """An empty date means 'not given' in many real files; the schema would refuse it."""
    for section in _DATED:
        items = doc.get(section)
        if isinstance(items, list):
            for item in items:
                if isinstance(item, dict):
                    for key in _DATE_KEYS:
                        if item.get(key) == "":
                            del item[key]


def parse_partial(text: str, where: str, path: Path) -> date:
    """'2019', '2019-03' or '2019-03-15' as a date (the first day of what is given)."""
    match = _PARTIAL.match(text.strip())
    if not match:
        raise InvalidInput(
            _(
                "{path}: {where}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                path=path,
                where=where,
                value=text[:40],
            )
        )
    try:
        return date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError as exc:
        raise InvalidInput(
            _(
                "{path}: {where}: {value!r} is not a real date ({error})",
                path=path,
                where=where,
                value=text,
                error=exc,
            )
        ) from exc


def _dates(item: dict, where: str, path: Path) -> tuple[date | None, date | None]:
    start = item.get("startDate")
    end = item.get("endDate")
    started = parse_partial(start, f"{where}.startDate", path) if isinstance(start, str) else None
    finished = parse_partial(end, f"{where}.endDate", path) if isinstance(end, str) else None
    if started and finished and finished < started:
        raise InvalidInput(
            _(
                "{path}: {where}: endDate {end} is before startDate {start}",
                path=path,
                where=where,
                end=end,
                start=start,
            )
        )
    return started, finished


def _texts(item: dict) -> tuple[str, ...]:
    parts = [item.get("summary"), item.get("description"), *item.get("highlights", [])]
    return tuple(p for p in parts if isinstance(p, str) and p.strip())


def _check_other_dates(doc: dict, path: Path) -> None:
    for section in ("awards", "publications"):
        for i, item in enumerate(doc.get(section) or []):
            for key in ("date", "releaseDate"):
                if isinstance(item.get(key), str):
                    parse_partial(item[key], f"{section}[{i}].{key}", path)


def preview_json_resume(path: Path, catalog: Catalog, today: date) -> ImportPreview:
    """Read, validate and map a JSON Resume; nothing is saved."""
    doc = read_json(path)
    if isinstance(doc, dict):
        _drop_empty_dates(doc)
    warnings = check_schema(doc, path)
    _check_other_dates(doc, path)
    basics = doc.get("basics") or {}
    name = clip(basics.get("name") or "", "basics.name", warnings)
    if not name:
        name = _("Imported from {file}", file=path.name)[:200]
        warnings.append(_("The file gives no name (basics.name): set the person's name."))
    preview = ImportPreview(path, KIND, today, name=name, warnings=warnings)

    periods: list[Period] = []
    for section, title_key, org_key in (
        ("work", "position", "name"),
        ("volunteer", "position", "organization"),
        ("projects", "roles", "entity"),
    ):
        for i, item in enumerate(doc.get(section) or []):
            started, finished = _dates(item, f"{section}[{i}]", path)
            title = item.get(title_key) or ""
            if isinstance(title, list):  # projects list their roles
                title = ", ".join(r for r in title if isinstance(r, str))
            org = item.get(org_key) or (item.get("name", "") if section == "projects" else "")
            period = Period(title, org or "", started, finished, _texts(item), f"{section}[{i}]")
            periods.append(period)
    work = [p for p in periods if p.origin.startswith("work")]
    latest = current_role(work)
    preview.current_role = clip(
        latest.title if latest else basics.get("label") or "", _("the current role"), warnings
    )
    preview.years_experience = experience_years(work, today)
    if any(p.started is None for p in work):
        warnings.append(_("Some positions have no start date; they are not counted in the years."))
    apply_leadership(preview, periods)

    location = basics.get("location") or {}
    place = [location[k] for k in ("city", "region") if location.get(k)]
    place = place or [location.get("countryCode") or ""]
    preview.region = clip(", ".join(place), "basics.location", warnings)
    code = location.get("countryCode")
    preview.set_country(code if isinstance(code, str) else None, "basics.location.countryCode")

    education = []
    for i, item in enumerate(doc.get("education") or []):
        finished = _dates(item, f"education[{i}]", path)[1]
        words = item.get("studyType") or ""
        if words:
            education.append((words, finished))
    best_education(education, today, preview)

    for i, skill in enumerate(doc.get("skills") or []):
        level = DEFAULT_LEVEL
        if skill.get("level"):
            found = skill_level(skill["level"])
            if found is None:
                where = f"skills[{i}].level"
                warnings.append(
                    _(
                        "{where} {value!r} is not a level the planner knows; {level} assumed.",
                        where=where,
                        value=skill["level"][:30],
                        level=DEFAULT_LEVEL,
                    )
                )
            level = DEFAULT_LEVEL if found is None else found
        if skill.get("name"):
            add_skill(preview, catalog, skill["name"], f"skills[{i}]", level)
        for keyword in skill.get("keywords") or []:
            where = f"skills[{i}]"
            origin = _("keyword of {where}", where=where)
            add_skill(preview, catalog, keyword, origin, KEYWORD_LEVEL)

    for i, cert in enumerate(doc.get("certificates") or []):
        where = f"certificates[{i}]"
        earned = parse_partial(cert["date"], f"{where}.date", path) if cert.get("date") else None
        expires = cert.get("expires")  # not in the schema, but common
        ends = None
        if isinstance(expires, str) and _PARTIAL.match(expires.strip()):
            ends = parse_partial(expires, f"{where}.expires", path)
        if not cert.get("name"):
            warnings.append(_("{where} has no name; it was left out.", where=where))
            continue
        add_credential(preview, catalog, cert["name"], where, earned, expires=ends)
    return finish(preview)
