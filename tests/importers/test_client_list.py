"""Client lists from CSV or XLSX: columns guessed or mapped, every row checked, all-or-none."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import openpyxl
import pytest

from planner.cli import main
from planner.domain.errors import InvalidInput
from planner.importers.client_list import client_rows, read_client_list, remap
from planner.services.imports import ImportCancelled, add_clients
from planner.services.workspace import open_workspace
from planner.storage.person_keys import person_setting_key

HEADER = [
    "Client Name",
    "Job title",
    "City",
    "E-mail",
    "Cohort",
    "Hours per week",
    "Budget",
    "Track",
]
ROWS = [
    [
        "Ada Admin",
        "Sysadmin",
        "Leeds, UK",
        "ada@example.com",
        "spring;referral",
        "6",
        "1,500",
        "infra",
    ],
    ["Ben Builder", "Developer", "Pune", "", "spring", "10", "2000", "software"],
]


def write_csv(path, rows, delimiter=",", encoding="utf-8-sig"):
    import csv

    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_columns_are_guessed_from_the_header(tmp_path, delimiter):
    clients = read_client_list(write_csv(tmp_path / "c.csv", [HEADER, *ROWS], delimiter))
    assert sorted(clients.mapping.values()) == sorted(
        [
            "name",
            "current_role",
            "region",
            "email",
            "tags",
            "weekly_hours",
            "budget",
            "target_track",
        ]
    )
    ada, ben = client_rows(clients)
    assert ada.profile.name == "Ada Admin" and ada.profile.region == "Leeds, UK"
    assert ada.profile.budget == 1500 and ada.profile.target_track == "infrastructure"
    assert ada.tags == ("spring", "referral") and ada.email == "ada@example.com"
    assert ben.profile.weekly_hours == 10 and ben.line == 3


def test_xlsx_reads_like_csv(tmp_path):
    clients = read_client_list(write_xlsx(tmp_path / "c.xlsx", [HEADER, *ROWS]))
    assert [r.profile.name for r in client_rows(clients)] == ["Ada Admin", "Ben Builder"]


def test_a_windows_spreadsheet_csv_reads(tmp_path):
    path = write_csv(tmp_path / "c.csv", [["Name", "City"], ["Zoë Müller", "Köln"]], ";", "cp1252")
    (row,) = client_rows(read_client_list(path))
    assert row.profile.name == "Zoë Müller" and row.profile.region == "Köln"


@pytest.mark.parametrize(
    ("cell", "column", "message"),
    [
        ("abc", 5, "hours a week"),
        ("0.1", 5, "weekly_hours"),
        ("x@", 3, "email"),
        ("mgmt", 7, "track"),
        ("", 0, "name"),
    ],
)
def test_a_bad_row_refuses_the_file_and_names_the_row(tmp_path, cell, column, message):
    rows = [HEADER, ROWS[0], list(ROWS[1])]
    rows[2][column] = cell
    with pytest.raises(InvalidInput, match=f"row 3: .*{message}"):
        client_rows(read_client_list(write_csv(tmp_path / "c.csv", rows)))


def test_columns_can_be_mapped_by_hand(tmp_path):
    rows = [["Who", "Notes"], ["Cy Coder", "x"]]
    clients = read_client_list(write_csv(tmp_path / "c.csv", rows))
    with pytest.raises(InvalidInput, match="no column is mapped to name"):
        client_rows(clients)
    (row,) = client_rows(remap(clients, {0: "name"}))
    assert row.profile.name == "Cy Coder"
    with pytest.raises(InvalidInput, match="two columns"):
        remap(clients, {0: "name", 1: "name"})


def test_a_zip_bomb_workbook_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 250_000_000)
    (tmp_path / "bomb.xlsx").write_bytes(buffer.getvalue())
    with pytest.raises(InvalidInput, match="unpacks to over"):
        read_client_list(tmp_path / "bomb.xlsx")


def test_a_damaged_workbook_gets_one_line(tmp_path):
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(InvalidInput, match=r"bad\.xlsx"):
        read_client_list(tmp_path / "bad.xlsx")


@pytest.fixture
def ws(tmp_path, catalog):
    workspace = open_workspace(tmp_path / "c.db", catalog, lambda: date(2027, 3, 1))
    yield workspace
    workspace.close()


def test_everyone_is_added_in_one_transaction_with_their_email(ws, tmp_path):
    rows = client_rows(read_client_list(write_csv(tmp_path / "c.csv", [HEADER, *ROWS])))
    ids = add_clients(ws, rows, ["cohort-a"])
    assert len(ids) == 2 and ws.people.count() == 2
    assert "cohort-a" in ws.people.tags(ids[0])
    key = person_setting_key(ws.people.uuid(ids[0]), "email")
    assert ws.coach.setting(key) == "ada@example.com"
    ws.people.erase(ids[0])
    assert ws.coach.setting(key) is None


def test_a_cancelled_or_failed_import_adds_nobody(ws, tmp_path, monkeypatch):
    rows = client_rows(read_client_list(write_csv(tmp_path / "c.csv", [HEADER, *ROWS * 60])))
    with pytest.raises(ImportCancelled):
        add_clients(ws, rows, cancelled=lambda: ws.people.count() > 50)
    assert ws.people.count() == 0
    calls = []
    real = ws.people.add
    monkeypatch.setattr(
        ws.people, "add", lambda p, t: calls.append(1) or (real(p, t) if len(calls) < 5 else 1 / 0)
    )
    with pytest.raises(ZeroDivisionError):
        add_clients(ws, rows)
    assert ws.people.count() == 0


def test_cli_previews_then_adds(tmp_path, capsys):
    path = write_csv(tmp_path / "c.csv", [HEADER, *ROWS])
    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "clients", "import", str(path), "--dry-run"]) == 0
    assert "Dry run" in capsys.readouterr().out
    assert main(["--db", db, "clients", "import", str(path), "--map", "City=-", "--tag", "x"]) == 0
    out = capsys.readouterr().out
    assert "'City' -> (not used)" in out and "added 2 people" in out
    assert main(["--db", db, "clients", "import", str(path), "--map", "Nope=name"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
