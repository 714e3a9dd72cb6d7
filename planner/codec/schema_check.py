"""A quick yes/no check of data against a simple JSON Schema, so valid files skip jsonschema.

Importing jsonschema costs about 60 ms, far more than checking a profile. This answers only
"is it valid?" for the keywords the planner's own simple schemas use; a schema with any other
keyword, and every invalid file, still goes through jsonschema for its exact error message.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_ANNOTATIONS = {"$schema", "$id", "title", "description", "format", "$comment", "examples"}
_CHECKED = {
    "type",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "enum",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "maxItems",
    "pattern",
}
_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and v.is_integer())
    ),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "null": lambda v: v is None,
    "boolean": lambda v: isinstance(v, bool),
}


def understood(schema: Any) -> bool:
    """Does quick_valid know every keyword of schema (and of its subschemas)?"""
    if not isinstance(schema, dict):
        return False
    for key, value in schema.items():
        if key in _ANNOTATIONS:
            continue
        if key not in _CHECKED:
            return False
        if key == "properties" and not all(understood(s) for s in value.values()):
            return False
        if key in ("items", "additionalProperties") and not understood(value):
            return False
        if key == "type" and not all(t in _TYPES for t in _as_list(value)):
            return False
    return True


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


@cache
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def quick_valid(schema: dict[str, Any], value: Any) -> bool:
    """True if value meets schema (which must be `understood`); False if it may not."""
    if "type" in schema and not any(_TYPES[t](value) for t in _as_list(schema["type"])):
        return False
    if "enum" in schema and not any(
        value == option and type(value) is type(option) for option in schema["enum"]
    ):
        return False
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0) or len(value) > schema.get(
            "maxLength", len(value)
        ):
            return False
        if "pattern" in schema and not _pattern(schema["pattern"]).search(value):
            return False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and not value >= schema["minimum"]:
            return False
        if "maximum" in schema and not value <= schema["maximum"]:
            return False
        if "exclusiveMinimum" in schema and not value > schema["exclusiveMinimum"]:
            return False
    if isinstance(value, list):
        if len(value) > schema.get("maxItems", len(value)):
            return False
        if "items" in schema and not all(quick_valid(schema["items"], v) for v in value):
            return False
    if isinstance(value, dict):
        if any(key not in value for key in schema.get("required", ())):
            return False
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            sub = properties.get(key, extra)
            if isinstance(sub, dict) and not quick_valid(sub, item):
                return False
            if sub is False:
                return False
    return True
