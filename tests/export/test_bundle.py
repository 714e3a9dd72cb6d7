"""The person bundle format: round trip, schema, refusals, and the file on disk."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.codec.plan_json import roadmap_to_dict
from planner.domain.errors import InvalidInput
from planner.domain.progress import StepProgress
from planner.engine import build_roadmap
from planner.export.bundle import (
    FORMAT,
    MAX_BYTES,
    VERSION,
    BundleNote,
    BundlePlan,
    BundleProject,
    PersonBundle,
    bundle_from_dict,
    bundle_to_dict,
    person_uid,
    read_bundle,
    write_bundle,
)
from tests.export.conftest import demo_profile


@pytest.fixture(scope="module")
def bundle(catalog) -> PersonBundle:
    profile = demo_profile()
    roadmap = roadmap_to_dict(build_roadmap(profile, catalog, start=date(2027, 1, 4)))
    return PersonBundle(
        profile=profile,
        updated_at=datetime(2027, 2, 1, 9, 30, tzinfo=UTC),
        tags=("cohort-1", "remote"),
        progress=(
            StepProgress("choose-niche", "done", date(2027, 1, 5), date(2027, 1, 9), "Picked ITSM"),
            StepProgress("pmi", "in_progress", date(2027, 1, 12)),
        ),
        notes=(BundleNote(date(2027, 1, 10), "Kick-off; agreed on\nweekends"),),
        experience=(
            BundleProject("Service desk migration", date(2025, 3, 1), date(2025, 9, 30), "lead"),
        ),
        plans=(BundlePlan(roadmap, {"profile": profile.to_dict()}, "2027-01-04T10:00:00+00:00"),),
        exported_at="2027-02-02T00:00:00+00:00",
        catalog_version=catalog.version,
    )


def test_round_trip_keeps_everything(bundle):
    data = json.loads(json.dumps(bundle_to_dict(bundle)))
    assert data["format"] == FORMAT and data["version"] == VERSION
    assert data["person"]["uid"] == person_uid(bundle.profile)
    back = bundle_from_dict(data)
    assert back.profile == bundle.profile
    assert back.updated_at == bundle.updated_at
    assert set(back.tags) == set(bundle.tags)
    assert sorted(back.progress, key=lambda p: p.step_id) == sorted(
        bundle.progress, key=lambda p: p.step_id
    )
    assert back.notes == bundle.notes and back.experience == bundle.experience
    assert back.plans[0].roadmap == bundle.plans[0].roadmap
    assert back.catalog_version == bundle.catalog_version


def test_uid_is_stable_and_depends_on_name_and_region(bundle):
    from dataclasses import replace

    profile = bundle.profile
    assert person_uid(profile) == person_uid(replace(profile, name="  dana   EXAMPLE "))
    assert person_uid(profile) == person_uid(replace(profile, weekly_hours=3))
    assert person_uid(profile) != person_uid(replace(profile, region="Oslo"))


def test_write_is_owner_only_and_reads_back(bundle, tmp_path):
    target = write_bundle(tmp_path / "dana.json", bundle)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert read_bundle(target).profile == bundle.profile
    assert [p.name for p in tmp_path.iterdir()] == ["dana.json"]


def test_a_byte_order_mark_is_accepted(bundle, tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(bundle_to_dict(bundle)).encode())
    assert read_bundle(path).profile.name == "Dana Example"


def broken(bundle, change) -> dict:
    data = json.loads(json.dumps(bundle_to_dict(bundle)))
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(version=2), "newer version of the planner"),
        (lambda d: d.update(version="1"), "version must be a whole number"),
        (lambda d: d.pop("format"), "not a person bundle"),
        (lambda d: d.update(format="jsonresume"), "not a person bundle"),
        (lambda d: d.pop("person"), "missing required field 'person'"),
        (lambda d: d["person"].pop("profile"), "missing required field 'person.profile'"),
        (lambda d: d["person"].update(tags="a,b"), "person.tags must be array"),
        (lambda d: d["person"]["notes"][0].update(day="2027-02-30"), "impossible date"),
        (lambda d: d["person"]["notes"][0].update(day="tomorrow"), "YYYY-MM-DD"),
        (lambda d: d["person"]["notes"][0].update(body="   "), "blank"),
        (
            lambda d: d["person"]["progress"]["choose-niche"].update(status="finished"),
            "is not one of",
        ),
        (
            lambda d: d["person"]["progress"]["choose-niche"].update(finished="2026-01-01"),
            "before started",
        ),
        (
            lambda d: d["person"]["experience"][0].update(finished="2020-01-01"),
            "finishes before it starts",
        ),
        (lambda d: d["person"]["profile"].update(weekly_hours=0), "person.profile"),
        (lambda d: d["person"]["plans"][0]["roadmap"].pop("summary"), "summary"),
        (lambda d: d["person"]["plans"][0]["roadmap"]["steps"][0].pop("id"), "id"),
        (lambda d: d["person"].update(updated_at="last week"), "date and time"),
    ],
)
def test_bad_bundles_get_one_clear_line(bundle, change, message):
    with pytest.raises(InvalidInput) as caught:
        bundle_from_dict(broken(bundle, change))
    text = str(caught.value)
    assert message in text and "\n" not in text and len(text) < 300


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"{not json", "is not valid JSON"),
        (b"\x00\x01PK binary", "binary file"),
        (b"\xff\xfe{}", "UTF-16 text"),
        (b"[1, 2, 3]", "not a person bundle"),
        (b'{"format": "career-planner-bundle", "version": NaN}', "NaN"),
        (b"[" * 100_000 + b"]" * 100_000, "nests too deeply"),
    ],
)
def test_bad_files_are_refused_with_the_path(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as caught:
        read_bundle(path)
    assert str(caught.value).startswith(str(path)) and message in str(caught.value)


def test_huge_missing_and_folder_paths_are_refused(tmp_path):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: nothing is actually written
    with pytest.raises(InvalidInput, match="a person bundle is at most"):
        read_bundle(huge)
    with pytest.raises(InvalidInput, match="no such file"):
        read_bundle(tmp_path / "missing.json")
    with pytest.raises(InvalidInput, match="is a folder"):
        read_bundle(tmp_path)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    content=st.binary(max_size=300)
    | st.text(max_size=300).map(str.encode)
    | st.from_regex(
        r'\{"format": "career-planner-bundle", "version": 1, .{0,80}', fullmatch=True
    ).map(str.encode)
)
def test_arbitrary_bytes_give_a_bundle_or_one_clear_line(tmp_path, content):
    path = tmp_path / "fuzz.json"
    path.write_bytes(content)
    try:
        assert isinstance(read_bundle(path), PersonBundle)  # a valid bundle, by chance
    except InvalidInput as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
