"""The quick schema check never passes a profile that jsonschema would refuse."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.codec.schema_check import quick_valid, understood
from planner.resources import resources_dir

SCHEMA = json.loads((resources_dir() / "schemas" / "profile.schema.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 900),
    st.floats(-5, 12000, allow_nan=False),
    st.sampled_from([0, 0.0, 4, 4.5, 80, 80.5, 70.0, 840]),
    st.text(max_size=4),
    st.sampled_from(["", "USD", "usd", "EURO", "bachelor", "hybrid", "software", "x" * 201]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["name", "level", "earned", "x"]), inner, max_size=3),
    ),
    max_leaves=6,
)
profiles = st.dictionaries(
    st.sampled_from([*SCHEMA["properties"], "unknown"]), values, max_size=8
).map(lambda d: {"name": "Dana", "weekly_hours": 6, **d})


def test_the_profile_schema_is_one_the_quick_check_understands():
    assert understood(SCHEMA)
    assert not understood({**SCHEMA, "oneOf": []})  # then jsonschema decides alone


@settings(max_examples=400, deadline=None)
@given(profiles)
def test_quick_valid_implies_jsonschema_valid(data):
    if quick_valid(SCHEMA, data):
        assert not list(VALIDATOR.iter_errors(data)), data


def test_the_demo_profile_passes_without_importing_jsonschema():
    code = (
        "import sys; from planner.codec.profile_file import load_profile; "
        "from planner.resources import resources_dir; "
        "load_profile(resources_dir() / 'demo' / 'dana.json'); "
        "print('jsonschema' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
