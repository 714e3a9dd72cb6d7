"""FIELD=VALUE changes to a stored profile (`people set`), typed and checked by the profile schema.

Each value is read as the schema's type for its field, then the whole profile goes through the
same validation as a profile file, so the command line cannot store what the app would refuse.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from planner.codec.profile_file import profile_from_dict, profile_schema
from planner.domain.errors import InvalidInput
from planner.domain.messages import _
from planner.domain.profile import Profile

_TRUE, _FALSE = {"true", "yes", "1"}, {"false", "no", "0"}
_NONE = {"", "none", "null"}


def settable_fields() -> dict[str, dict[str, Any]]:
    """The profile's fields that hold one value (lists and mappings are edited elsewhere)."""
    found = {}
    for name, rule in profile_schema()["properties"].items():
        types = rule.get("type", "string")
        types = [types] if isinstance(types, str) else types
        if "array" not in types and "object" not in types:
            found[name] = rule
    return found


def _types(rule: dict[str, Any]) -> list[str]:
    if "enum" in rule:
        return ["string"]
    kind = rule.get("type", "string")
    return [kind] if isinstance(kind, str) else list(kind)


def _value(name: str, rule: dict[str, Any], text: str) -> Any:
    """text as the field's type; None means 'clear the field'."""
    types = _types(rule)
    if text.strip().casefold() in _NONE and (
        "null" in types or name not in profile_schema().get("required", [])
    ):
        return None
    if "number" in types or "integer" in types:
        try:
            number = int(text) if "integer" in types else float(text)
        except ValueError:
            if "integer" in types:
                message = _("{field} must be a whole number (got {text!r})", field=name, text=text)
            else:
                message = _("{field} must be a number (got {text!r})", field=name, text=text)
            raise InvalidInput(message) from None
        if isinstance(number, float) and not math.isfinite(number):
            raise InvalidInput(
                _("{field} must be a finite number (got {text!r})", field=name, text=text)
            )
        return number
    if "boolean" in types:
        word = text.strip().casefold()
        if word not in _TRUE | _FALSE:
            raise InvalidInput(
                _("{field} must be true or false (got {text!r})", field=name, text=text)
            )
        return word in _TRUE
    return text


def apply_fields(profile: Profile, assignments: Sequence[str]) -> Profile:
    """profile with each FIELD=VALUE applied; InvalidInput naming the first bad one."""
    if not assignments:
        raise InvalidInput(_("give at least one FIELD=VALUE (for example weekly_hours=40)"))
    fields = settable_fields()
    data = profile.to_dict()
    for assignment in assignments:
        name, equals, text = assignment.partition("=")
        name = name.strip()
        if not equals or not name:
            raise InvalidInput(
                _(
                    "{text!r} is not FIELD=VALUE (for example weekly_hours=40)",
                    text=assignment,
                )
            )
        if name not in fields:
            known = ", ".join(sorted(fields))
            raise InvalidInput(
                _("no profile field {field!r} can be set; one of {known}", field=name, known=known)
            )
        value = _value(name, fields[name], text)
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return profile_from_dict(data)
