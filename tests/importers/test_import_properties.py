"""Garbage in any shape gives InvalidInput (or a usable preview), never a crash, never a write."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.errors import InvalidInput
from planner.importers.linkedin import FILES
from planner.services.imports import ImportService
from planner.services.workspace import open_workspace

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"
TODAY = date(2027, 3, 1)
FAST = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def place(tmp_path_factory, catalog):
    """One database and one scratch folder for all examples (examples must not leave people)."""
    root = tmp_path_factory.mktemp("garbage")
    ws = open_workspace(root / "planner.db", catalog, lambda: TODAY)
    yield ws, ImportService(ws), root
    ws.close()


def outcome(place, source: Path) -> None:
    """Preview: InvalidInput with one line, or a preview that commits cleanly."""
    ws, service, _ = place
    try:
        preview = service.preview(source)
    except InvalidInput as exc:
        assert "\n" not in str(exc) and str(exc)
        assert ws.people.count() == 0
        return
    person_id = service.commit(preview)  # a preview that came back must be saveable
    assert ws.people.get(person_id).name == preview.name.strip()
    ws.people.erase(person_id)


@FAST
@given(raw=st.binary(max_size=300))
def test_random_bytes_as_a_resume(place, raw):
    path = place[2] / "resume.json"
    path.write_bytes(raw)
    outcome(place, path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
dates = st.from_regex(r"[12][0-9]{3}(-[0-9]{2}(-[0-9]{2})?)?", fullmatch=True) | st.text(
    max_size=10
)
words = st.text(max_size=40) | st.sampled_from(["CCNA", "Project Manager", "Led the migration"])
entry = st.fixed_dictionaries(
    {},
    optional={
        "name": words | json_values,
        "position": words,
        "studyType": words,
        "startDate": dates,
        "endDate": dates,
        "date": dates,
        "expires": dates | json_values,
        "level": words,
        "keywords": st.lists(words, max_size=3),
        "highlights": st.lists(words, max_size=3),
    },
)
resumes = st.fixed_dictionaries(
    {},
    optional={
        "basics": st.fixed_dictionaries(
            {}, optional={"name": words, "location": st.dictionaries(st.text(max_size=8), words)}
        )
        | json_values,
        "work": st.lists(entry, max_size=3),
        "education": st.lists(entry, max_size=2),
        "skills": st.lists(entry, max_size=3),
        "certificates": st.lists(entry, max_size=3),
        "projects": st.lists(entry, max_size=2) | json_values,
    },
)


@FAST
@given(doc=json_values | resumes)
def test_random_json_and_resume_shaped_documents(place, doc):
    path = place[2] / "resume.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    outcome(place, path)


headers = {
    "Profile.csv": "First Name,Last Name,Headline,Geo Location\n",
    "Positions.csv": "Company Name,Title,Description,Started On,Finished On\n",
    "Skills.csv": "Name\n",
    "Certifications.csv": "Name,Authority,Started On,Finished On\n",
    "Education.csv": "School Name,Degree Name,Start Date,End Date\n",
}
csv_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=200)


@FAST
@given(files=st.dictionaries(st.sampled_from(FILES), st.tuples(st.booleans(), csv_text)))
def test_random_csv_text_in_an_export_folder(place, files):
    folder = place[2] / "export"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for name, (with_header, text) in files.items():
        (folder / name).write_text((headers[name] if with_header else "") + text, "utf-8")
    outcome(place, folder)


member_names = (
    st.sampled_from(FILES)
    | st.builds(
        lambda a, b: f"{a}/{b}",
        st.sampled_from(["x", "..", "", "/abs", "C:"]),
        st.sampled_from(FILES),
    )
    | st.text(alphabet="abc./\\", min_size=1, max_size=12)
)


@FAST
@given(members=st.dictionaries(member_names, st.binary(max_size=200), max_size=6))
def test_random_zip_members(place, members):
    path = place[2] / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    outcome(place, path)


def _good_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted((DATA / "linkedin-current").iterdir()):
            archive.write(path, path.name)
    return buffer.getvalue()


GOOD_ZIP = _good_zip()


@FAST
@given(
    changes=st.lists(
        st.tuples(st.integers(0, len(GOOD_ZIP) - 1), st.integers(0, 255)), min_size=1, max_size=8
    ),
    cut=st.none() | st.integers(0, len(GOOD_ZIP)),
)
def test_damaged_zips(place, changes, cut):
    raw = bytearray(GOOD_ZIP)
    for at, value in changes:
        raw[at] = value
    path = place[2] / "damaged.zip"
    path.write_bytes(bytes(raw[:cut] if cut is not None else raw))
    outcome(place, path)
