"""LinkedIn exports (folder or ZIP, old or new, whole or partial) map to a reviewed person."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from planner.domain.errors import InvalidInput
from planner.domain.profile import Education
from planner.importers import linkedin
from planner.importers.linkedin import parse_date, preview_linkedin, read_rows

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"
TODAY = date(2027, 3, 1)


def zip_folder(folder: Path, target: Path, prefix: str = "") -> Path:
    """A ZIP of the sample folder, its files under prefix (exports often have a top folder)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, prefix + path.name)
    return target


def make_zip(target: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


@pytest.fixture
def preview(catalog):
    return lambda path: preview_linkedin(path, catalog, TODAY)


def check_current(p) -> None:
    assert p.name == "Priya Raman"
    assert p.current_role == "Senior Network Engineer"  # the position with no Finished On
    assert p.region == "Leeds, England, United Kingdom"  # Geo Location
    assert p.education is Education.BACHELOR
    assert p.years_experience == 12.6  # Sep 2014 to Mar 2027
    assert [lead.months for lead in p.leadership] == [72]  # Apr 2021 to now
    assert any("Led the WAN refresh project" in r for r in p.leadership[0].reasons)
    profile = p.profile()
    assert {s.name for s in profile.skills} == {
        "Networking",
        "Stakeholder communication",
        "Software development lifecycle",
    }
    creds = {c.name: c.earned for c in profile.credentials}
    # listed twice (renewed): kept once, with the latest date
    assert creds["Cisco Certified Network Associate (CCNA)"] == date(2022, 7, 1)
    assert creds["PRINCE2 Foundation (7th ed.)"] == date(2023, 11, 1)
    assert "Certified Kubernetes Administrator (CKA)" in creds
    assert any("CKA) expired on 2027-01-01" in w for w in p.warnings)
    assert not any("2022-06-01" in w for w in p.warnings)  # the renewed one is not nagged
    assert p.notes == []  # nothing missing


def test_current_export_folder(preview):
    p = preview(DATA / "linkedin-current")
    check_current(p)
    assert p.kind == "LinkedIn export, folder"


def test_current_export_zip_with_files_in_a_subfolder(preview, tmp_path):
    archive = zip_folder(DATA / "linkedin-current", tmp_path / "export.zip", "Basic_Export/")
    p = preview(archive)
    check_current(p)
    assert p.kind == "LinkedIn export, ZIP"


def test_older_export_with_preamble_bom_crlf_and_other_column_names(preview, tmp_path):
    for source in (
        DATA / "linkedin-older",
        zip_folder(DATA / "linkedin-older", tmp_path / "o.zip"),
    ):
        p = preview(source)
        assert p.name == "Daniel Kowalski"
        # no current position: the headline stands in
        assert p.current_role.startswith("IT Service Delivery Manager at Harbour")
        assert p.region == "Gdansk, Poland"  # "Location" in the older Profile.csv
        assert p.education is Education.BACHELOR  # "Degree" column
        assert p.years_experience == 6.5  # Jan 2012 to Jun 2018 ("01 Mar 2015" read too)
        assert [lead.all_months for lead in p.leadership] == [40, 38]
        assert [lead.months for lead in p.leadership] == [0, 0]  # outside PMI's 8 years
        assert {s.name for s in p.profile().skills} == {
            "IT service management",
            "Vendors and procurement",
        }
        creds = {c.name: c.earned for c in p.profile().credentials}
        assert creds == {  # "Authority" was "Issuer"; "Started On" was "Start Date"
            "ITIL 4 Foundation": date(2013, 6, 1),
            "Project Management Professional (PMP)": date(2017, 1, 1),
        }


def test_partial_export_notes_the_missing_files(preview, tmp_path):
    for source in (
        DATA / "linkedin-partial",
        zip_folder(DATA / "linkedin-partial", tmp_path / "p.zip"),
    ):
        p = preview(source)
        assert p.name == "Ana Moreau" and p.skills == [] and p.credentials == []
        assert p.current_role == "Developer moving into delivery"  # headline
        assert p.education is Education.MASTER
        assert [lead.months for lead in p.leadership] == [47]  # "Tech Lead"
        assert any("Skills.csv is not in the export" in n for n in p.notes)
        assert any("Certifications.csv is not in the export" in n for n in p.notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan 2019", date(2019, 1, 1)),
        ("January 2019", date(2019, 1, 1)),
        ("2019", date(2019, 1, 1)),
        ("01 Jan 2019", date(2019, 1, 1)),
        ("Jan 15, 2019", date(2019, 1, 15)),
        ("2019-03-15", date(2019, 3, 15)),
        ("3/15/2019", date(2019, 3, 15)),
        ("Sept 2020", date(2020, 9, 1)),
        ("Spring 2019", None),
        ("2019-13", None),
        ("31 Feb 2019", None),
        ("Jan Feb 2019", None),
        ("", None),
    ],
)
def test_dates_in_the_forms_linkedin_used(text, expected):
    assert parse_date(text) == expected


def test_unreadable_dates_are_warnings_not_failures(preview, tmp_path):
    (tmp_path / "Positions.csv").write_text(
        "Company Name,Title,Started On,Finished On\nAcme,Engineer,Spring 2019,\n", encoding="utf-8"
    )
    p = preview(tmp_path)
    assert any("could not read the date 'Spring 2019'" in w for w in p.warnings)
    assert p.current_role == "Engineer" and p.years_experience == 0


def test_preamble_rows_are_skipped_until_the_header():
    data = b'Notes:\n"Name, as you wrote it"\n\nName\nLinux\n\nITIL\n'
    assert read_rows("Skills.csv", data, Path("x")) == [{"name": "Linux"}, {"name": "ITIL"}]


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({"../Profile.csv": b"First Name\nEve\n"}, "unsafe path '../Profile.csv'"),
        ({"/etc/Profile.csv": b"First Name\nEve\n"}, "unsafe path '/etc/Profile.csv'"),
        ({"a/../../Skills.csv": b"Name\n"}, "unsafe path"),
        ({"C:/Skills.csv": b"Name\n"}, "unsafe path"),
        ({"notes.txt": b"hello"}, "does not look like a LinkedIn data export"),
        ({"Profile.csv": b"\x00\x01\x02binary"}, "Profile.csv is a binary file"),
        ({"Profile.csv": "First Name\nZoë\n".encode("latin-1")}, "Profile.csv is not UTF-8"),
        ({"Skills.csv": b"Colour,Size\nred,9\n"}, "Skills.csv has no header row"),
        ({"Skills.csv": b'Name\n"unclosed\x00'}, "Skills.csv is a binary file"),
    ],
)
def test_bad_archives_are_refused_in_one_line(preview, tmp_path, members, message):
    archive = make_zip(tmp_path / "export.zip", members)
    with pytest.raises(InvalidInput) as error:
        preview(archive)
    assert message in str(error.value) and str(archive) in str(error.value)
    assert "\n" not in str(error.value)


def test_too_many_members_or_too_much_to_unpack_is_refused(preview, tmp_path, monkeypatch):
    many = make_zip(tmp_path / "many.zip", {f"f{i}.txt": b"" for i in range(201)})
    with pytest.raises(InvalidInput, match="holds 201 files"):
        preview(many)
    monkeypatch.setattr(linkedin, "MAX_UNCOMPRESSED", 1_000)
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Skills.csv", b"Name\n" + b"a" * 5_000)
    assert bomb.stat().st_size < 1_000  # small on disk, large unpacked
    with pytest.raises(InvalidInput, match="would unpack to 5,005 bytes"):
        preview(bomb)


def test_a_huge_zip_is_refused_before_opening(preview, tmp_path, monkeypatch):
    monkeypatch.setattr(linkedin, "MAX_ZIP_BYTES", 100)
    archive = zip_folder(DATA / "linkedin-current", tmp_path / "big.zip")
    with pytest.raises(InvalidInput, match="a LinkedIn export ZIP is at most 100"):
        preview(archive)


def test_damaged_and_fake_zips(preview, tmp_path):
    good = zip_folder(DATA / "linkedin-current", tmp_path / "good.zip")
    damaged = tmp_path / "damaged.zip"
    raw = bytearray(good.read_bytes())
    raw[60:400] = b"\xff" * 340  # inside the first member's compressed data
    damaged.write_bytes(bytes(raw))
    with pytest.raises(InvalidInput, match="damaged"):
        preview(damaged)
    fake = tmp_path / "fake.zip"
    fake.write_text("not a zip", encoding="utf-8")
    with pytest.raises(InvalidInput, match="is not a ZIP archive"):
        preview(fake)


def test_a_folder_that_is_not_an_export(preview, tmp_path):
    (tmp_path / "holiday.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(InvalidInput, match="does not look like a LinkedIn data export"):
        preview(tmp_path)


def test_nothing_is_extracted_to_disk(preview, tmp_path):
    archive = zip_folder(DATA / "linkedin-current", tmp_path / "export.zip", "Sub/")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    preview(archive)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_country_is_guessed_from_geo_location(preview):
    p = preview(DATA / "linkedin-current")
    assert p.country == "GB" and "guessed" in p.country_basis
    assert p.profile().country == "GB"
