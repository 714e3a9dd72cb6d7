"""Read and check a profile JSON file; every problem becomes one clear InvalidProfile line."""

from __future__ import annotations

import json
import math
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.codec.json_file import read_json_file
from planner.codec.schema_check import quick_valid, understood
from planner.domain.errors import InvalidInput, InvalidProfile
from planner.domain.messages import N_, _
from planner.domain.places import ISO_COUNTRIES
from planner.domain.profile import TRACK_IDS, Credential, Education, Profile, Skill
from planner.resources import resources_dir

if TYPE_CHECKING:
    import jsonschema

MAX_BYTES = 5_000_000
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# JSON Schema's type names as a person reads them ("weekly_hours must be number").
TYPE_NAMES = {
    "string": N_("string"),
    "number": N_("number"),
    "integer": N_("integer"),
    "boolean": N_("boolean"),
    "object": N_("object"),
    "array": N_("array"),
    "null": N_("null"),
}


@cache
def _schema() -> dict[str, Any]:
    schema_path = resources_dir() / "schemas" / "profile.schema.json"
    return json.loads(schema_path.read_text(encoding="utf-8"))


def profile_schema() -> dict[str, Any]:
    """The profile file's JSON schema (its fields and their types); do not change it."""
    return _schema()


@cache
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema  # only for a profile the quick check doubts: it costs about 60 ms

    # Dates are checked by parse_date below, which also rejects 2027-02-30.
    return jsonschema.Draft202012Validator(_schema())


def _schema_errors(data: dict[str, Any]) -> list[jsonschema.ValidationError]:
    schema = _schema()
    if understood(schema) and quick_valid(schema, data):
        return []
    return sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))


def _where(path: list[Any]) -> str:
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
    return text.lstrip(".")


def type_names(expected: str | list[str]) -> str:
    """A schema's 'type' as words in the active language: 'number', 'string or null'."""
    kinds = expected if isinstance(expected, list) else [expected]
    return _(" or ").join(_(TYPE_NAMES.get(kind, kind)) for kind in kinds)


def _message(error: jsonschema.ValidationError) -> str:
    path = list(error.absolute_path)
    where = _where(path)
    value = error.instance
    if error.validator == "required":
        missing = error.message.split("'")[1]
        field = f"{where}.{missing}" if where else missing
        return _("missing required field '{field}'", field=field)
    bound = error.validator_value
    facts = {"where": where, "bound": bound, "value": value}
    if error.validator == "exclusiveMinimum":
        return _("{where} must be more than {bound:g} (got {value!r})", **facts)
    if error.validator in ("minimum", "maximum"):
        if path and path[-1] == "level":
            return _("{where}: skill level must be 0 to 4 (got {value!r})", **facts)
        if error.validator == "minimum":
            return _("{where} must be at least {bound:g} (got {value!r})", **facts)
        return _("{where} must be at most {bound:g} (got {value!r})", **facts)
    if error.validator == "maxLength":
        return _("{where} is longer than {bound} characters", where=where, bound=bound)
    if error.validator == "maxItems":
        return _("{where} has more than {bound} entries", where=where, bound=bound)
    if error.validator == "enum" and path == ["target_track"]:
        return _(
            "unknown track {value!r} (choose one of: {tracks})",
            value=value,
            tracks=", ".join(TRACK_IDS),
        )
    if error.validator == "enum":
        allowed = ", ".join(map(str, error.validator_value))
        return _("{where}: {value!r} is not one of {allowed}", allowed=allowed, **facts)
    if error.validator == "pattern" and path == ["country"]:
        return country_problem(str(value)) or _(
            "country: {value!r} is not a country code", value=value
        )
    where = where or _("the profile")
    if error.validator == "type":
        return _(
            "{where} must be {expected} (got {value})",
            where=where,
            expected=type_names(bound),
            value=json.dumps(value)[:40],
        )
    return f"{where}: {error.message[:200]}"


# Dates outside these bounds are typing mistakes; near date.min/max, plan arithmetic overflows.
EARLIEST, LATEST = date(1900, 1, 1), date(2100, 12, 31)


def parse_date(text: Any, field: str) -> date:
    if not isinstance(text, str) or not _ISO_DATE.match(text):
        raise InvalidProfile(
            _("{field} must be a date written YYYY-MM-DD (got {text!r})", field=field, text=text)
        )
    try:
        day = date.fromisoformat(text)
    except ValueError as exc:
        raise InvalidProfile(
            _("{field}: impossible date {text!r} ({error})", field=field, text=text, error=exc)
        ) from exc
    if not EARLIEST <= day <= LATEST:
        raise InvalidProfile(
            _(
                "{field} must be between {earliest} and {latest} (got {text})",
                field=field,
                earliest=EARLIEST,
                latest=LATEST,
                text=text,
            )
        )
    return day


def country_problem(code: str) -> str | None:
    """Why code is not an ISO 3166-1 alpha-2 country code, naming the field; None when it is."""
    if code in ISO_COUNTRIES:
        return None
    return _(
        "country: {code!r} is not an ISO 3166-1 alpha-2 country code (two capital letters, "
        "such as GB, DE, IN or US)",
        code=code[:20],
    )


def read_profile_json(path: Path) -> dict[str, Any]:
    """The file's JSON object, or InvalidProfile saying what is wrong with the file."""
    try:
        data = read_json_file(path, what=_("a JSON profile"), max_bytes=MAX_BYTES)
    except InvalidInput as exc:
        raise InvalidProfile(str(exc)) from exc
    if not isinstance(data, dict):
        raise InvalidProfile(
            _("{path} must hold a JSON object (got {type})", path=path, type=type(data).__name__)
        )
    return data


def profile_from_dict(data: dict[str, Any]) -> Profile:
    """Validate a profile mapping and build the Profile; InvalidProfile on the first problem."""
    errors = _schema_errors(data)
    if errors:
        raise InvalidProfile(_message(errors[0]))
    if not data["name"].strip():
        raise InvalidProfile(_("name is blank; give the person's name"))
    for number in ("weekly_hours", "years_experience", "pm_education_hours", "budget"):
        value = data.get(number)
        if isinstance(value, float) and not math.isfinite(value):
            raise InvalidProfile(_("{field} must be a finite number", field=number))
    start = parse_date(data["start_date"], "start_date") if "start_date" in data else None
    country = data.get("country")
    if country is not None and (problem := country_problem(country)):
        raise InvalidProfile(problem)
    credentials = []
    for i, item in enumerate(data.get("credentials", [])):
        earned = item.get("earned")
        earned_date = parse_date(earned, f"credentials[{i}].earned") if earned else None
        credentials.append(Credential(item["name"].strip(), earned_date))
    education = data.get("education")
    return Profile(
        name=data["name"].strip() or data["name"],
        weekly_hours=float(data["weekly_hours"]),
        current_role=data.get("current_role", ""),
        years_experience=float(data.get("years_experience", 0)),
        pm_experience_months=int(data.get("pm_experience_months", 0)),
        pm_education_hours=float(data.get("pm_education_hours", 0)),
        agile_training_hours=float(data.get("agile_training_hours", 0)),
        agile_experience_months=int(data.get("agile_experience_months", 0)),
        education=Education.from_key(education) if education else None,
        region=data.get("region", ""),
        country=country,
        budget=None if data.get("budget") is None else float(data["budget"]),
        currency=data.get("currency", "USD"),
        target_track=data.get("target_track"),
        start_date=start,
        skills=tuple(Skill(s["name"].strip(), s["level"]) for s in data.get("skills", [])),
        credentials=tuple(credentials),
        memberships=tuple(data.get("memberships", [])),
        answers=dict(data.get("answers", {})),
        niche=data.get("niche"),
        study_hours=dict(data.get("study_hours", {})),
        exclude=tuple(data.get("exclude", [])),
        include=tuple(data.get("include", [])),
        gac_degree=bool(data.get("gac_degree", False)),
    )


def load_profile(path: Path) -> Profile:
    """Read, validate and build a Profile from a JSON file."""
    try:
        return profile_from_dict(read_profile_json(path))
    except InvalidProfile as exc:
        message = str(exc)
        if not message.startswith(str(path)):
            message = f"{path}: {message}"
        raise InvalidProfile(message) from exc
