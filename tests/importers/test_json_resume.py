"""JSON Resume files map to a reviewed person; anything else is refused in one clear line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from planner.domain.errors import InvalidInput
from planner.domain.profile import Education
from planner.importers import json_resume
from planner.importers.json_resume import preview_json_resume

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"
TODAY = date(2027, 3, 1)


@pytest.fixture
def preview(catalog):
    return lambda path: preview_json_resume(path, catalog, TODAY)


def write(tmp_path: Path, data, name: str = "resume.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_a_sysadmin_resume_maps_to_the_profile(preview):
    p = preview(DATA / "sysadmin.resume.json")
    assert p.name == "Morgan Vale"
    assert p.current_role == "Infrastructure Team Lead"  # the position without an end date
    assert p.years_experience == 13.6  # 2013-09 to 2027-03, overlaps counted once
    assert p.education is Education.BACHELOR and p.education_basis == "Bachelor of Science"
    assert p.region == "Dayton, OH"
    assert p.weekly_hours == 5 and any("hours per week" in w for w in p.warnings)
    profile = p.profile()
    skills = {s.name: s.level for s in profile.skills}
    assert skills == {
        "Servers and operating systems": 3,  # "Windows Server", Advanced
        "Networking": 2,
        "IT service management": 1,
        "Stakeholder communication": 2,  # no level given: 2
    }
    assert {s.source for s in p.skills if not s.keep} == {
        "Group Policy",
        "PowerShell",
        "VLANs",
        "Bash",
        "Ansible",
    }
    creds = {c.name: c.earned for c in profile.credentials}
    assert creds["Cisco Certified Network Associate (CCNA)"] == date(2018, 4, 12)
    assert creds["ITIL 4 Foundation"] == date(2021, 11, 1)
    assert creds["Microsoft Certified: Azure Administrator Associate"] == date(2023, 2, 20)
    # an unknown credential is kept as written (the planner counts it toward nothing)
    assert "VMware Certified Professional – Data Center Virtualization" in creds


def test_months_leading_projects_come_with_their_evidence(preview):
    p = preview(DATA / "sysadmin.resume.json")
    [lead] = p.leadership
    assert lead.period.title == "Infrastructure Team Lead"
    assert lead.months == 61  # 2022-03 to 2027-03
    assert lead.reasons[0].startswith('title "Infrastructure Team Lead"')
    assert any("Led the migration of 400 mailboxes" in r for r in lead.reasons)
    assert p.estimated_months == p.pm_experience_months == 61
    lines = "\n".join(p.summary_lines())
    assert "Months leading projects: 61" in lines and "Led the migration" in lines
    # unticking the evidence re-estimates, and an untouched months field follows
    lead.keep = False
    assert p.recount() == 0 and p.pm_experience_months == 0


def test_mixed_languages(preview):
    p = preview(DATA / "mixed-language.resume.json")
    assert p.name == "Lucía Fernández Ortega"
    assert p.education is Education.MASTER  # Máster beats Bachillerato (secondary)
    assert p.current_role == "Jefa de proyectos de infraestructura"
    assert [lead.period.organisation for lead in p.leadership] == [
        "Logística Ebro S.L. (ficticia)",
        "Beispiel GmbH (fiktiv)",
    ]
    skills = {s.name: s.level for s in p.profile().skills}
    assert skills["Project planning and control"] == 3  # Projektmanagement, Fortgeschritten
    assert skills["Servers and operating systems"] == 3  # Virtualización, Avanzado
    assert {c.name for c in p.profile().credentials} == {
        "PRINCE2 Foundation (7th ed.)",
        "Certified ScrumMaster (CSM)",
    }


def test_missing_optional_fields_and_extra_fields_are_tolerated(preview):
    p = preview(DATA / "sparse.resume.json")
    assert p.name == "Tom Pike" and p.region == "IE" and p.education is None
    assert p.current_role == "IT Support Engineer"  # endDate "" means still there
    creds = {c.name: c for c in p.credentials}
    assert creds["CompTIA Network+"].how == "form"  # "CompTIA Network+ ce"
    assert creds["CompTIA A+"].expires == date(2020, 5, 1)
    assert any("CompTIA A+ expired on 2020-05-01" in w for w in p.warnings)
    assert any("not-an-email" in w for w in p.warnings)  # a format slip is a warning only
    assert p.profile().name == "Tom Pike"


def test_a_very_long_name_is_shortened_with_a_warning(preview, tmp_path):
    p = preview(write(tmp_path, {"basics": {"name": "Ann " + "x" * 300}}))
    assert len(p.name) == 200 and p.name.endswith("…")
    assert any("basics.name was longer than 200 characters" in w for w in p.warnings)


def test_no_name_gets_a_placeholder_and_a_warning(preview, tmp_path):
    p = preview(write(tmp_path, {"work": [{"position": "Analyst", "startDate": "2020"}]}))
    assert p.name == "Imported from resume.json"
    assert any("set the person's name" in w for w in p.warnings)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"name": "Dana", "weekly_hours": 8}, "is a planner profile, not a JSON Resume"),
        ({"hello": "world"}, "is not a JSON Resume: it has none of basics"),
        ([1, 2], "is not a JSON Resume: it holds a list"),
        ({"work": [{"startDate": "2020-13"}]}, "work[0].startDate: '2020-13' is not a real date"),
        ({"work": [{"startDate": "2021-02-30"}]}, "is not a real date"),
        (
            {"work": [{"startDate": "2020-05", "endDate": "2019-01"}]},
            "work[0]: endDate 2019-01 is before startDate 2020-05",
        ),
        ({"work": [{"endDate": "Present"}]}, "work[0].endDate: 'Present' is not a date"),
        ({"basics": {"name": 42}}, "basics.name must be string"),
        ({"skills": "Linux"}, "skills must be array"),
        ({"awards": [{"date": "2019-00"}]}, "awards[0].date: '2019-00' is not a real date"),
        ("", "is empty"),
        ("   \n", "is empty"),
        ('{"basics": ', "is not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "nests too deeply"),
        ('{"basics": {"name": NaN}}', "not a number JSON allows"),
    ],
)
def test_bad_files_are_refused_in_one_line(preview, tmp_path, content, message):
    path = write(tmp_path, content)
    with pytest.raises(InvalidInput) as error:
        preview(path)
    text = str(error.value)
    assert message in text and str(path) in text and "\n" not in text


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "is a binary file"),
        (b"PK\x03\x04rest", "is a ZIP archive, not a JSON Resume"),
        ('{"basics": {"name": "Zoë"}}'.encode("latin-1"), "is not UTF-8 text"),
        ('{"basics": {"name": "Zoë"}}'.encode("utf-16"), "is UTF-16 text; save it as UTF-8"),
    ],
)
def test_binary_zip_and_legacy_encodings_are_named(preview, tmp_path, raw, message):
    path = tmp_path / "resume.json"
    path.write_bytes(raw)
    with pytest.raises(InvalidInput, match=message):
        preview(path)


def test_a_byte_order_mark_is_fine(preview, tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"basics": {"name": "Bo"}}).encode())
    assert preview(path).name == "Bo"


def test_huge_files_are_refused_before_reading(preview, tmp_path, monkeypatch):
    monkeypatch.setattr(json_resume, "MAX_BYTES", 1_000)
    path = write(tmp_path, {"basics": {"name": "Big", "summary": "x" * 2_000}})
    with pytest.raises(InvalidInput, match=r"is 2,\d{3} bytes; a JSON Resume is at most 1,000"):
        preview(path)


@pytest.mark.parametrize(
    ("location", "country", "basis"),
    [
        ({"city": "Leeds", "countryCode": "gb"}, "GB", "countryCode"),
        ({"city": "Manchester", "countryCode": "UK"}, "GB", "countryCode"),
        ({"city": "Pune", "region": "Maharashtra", "countryCode": "ZZ"}, "IN", "guessed"),
        ({"city": "Springfield"}, None, ""),
    ],
)
def test_country_comes_from_country_code_or_a_clear_region(
    preview, tmp_path, location, country, basis
):
    p = preview(write(tmp_path, {"basics": {"name": "Ann", "location": location}}))
    assert p.country == country and basis in p.country_basis
    assert p.profile().country == country
    if country:
        assert any(f"Country: {country}" in line for line in p.summary_lines())
