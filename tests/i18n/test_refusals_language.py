"""Refusals, previews and change lines from services, storage, importers and codec, translated."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from planner.cli import main
from planner.domain.errors import DatabaseRefused
from planner.domain.messages import speaking
from planner.i18n import catalogs
from planner.resources import resources_dir

PERSONAS = Path(__file__).resolve().parents[1] / "data" / "personas"
PROFILE = PERSONAS / "developer.json"
GB = resources_dir() / "catalog" / "countries" / "GB.json"


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CAREER_PLANNER_DB", str(tmp_path / "db" / "planner.db"))
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def refusal(cli, *args: str) -> str:
    """The one line a refused command writes to stderr (exit 2, nothing on stdout)."""
    code, out, err = cli(*args)
    assert code == 2 and not out and err.count("\n") == 1, (code, out, err)
    return err


def test_storage_refuses_a_file_that_is_no_database_in_german(cli, tmp_path):
    thesis = tmp_path / "thesis.db"
    thesis.write_bytes(b"my thesis, not a database" * 100)
    err = refusal(cli, "--db", str(thesis), "people", "list", "--language", "de")
    assert f"{thesis} ist keine Planer-Datenbank (keine SQLite-Datei); unverändert gelassen" in err
    assert "not an SQLite file" not in err
    assert thesis.read_bytes() == b"my thesis, not a database" * 100
    english = refusal(cli, "--db", str(thesis), "people", "list")
    assert "is not a planner database (not an SQLite file); left as is" in english


def test_storage_names_the_missing_person_in_spanish(cli):
    err = refusal(cli, "people", "show", "7", "--language", "es")
    assert "no hay ninguna persona con el id 7" in err


def test_codec_refuses_an_empty_profile_in_german(cli, tmp_path):
    empty = tmp_path / "empty.json"
    empty.write_text("", encoding="utf-8")
    err = refusal(cli, "plan", str(empty), "--language", "de")
    assert f"{empty} ist leer; erwartet: ein JSON-Profil" in err


def test_codec_checks_a_profile_field_in_spanish(cli, tmp_path):
    data = json.loads(PROFILE.read_text(encoding="utf-8"))
    data["start_date"] = "4/1/2027"
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    err = refusal(cli, "plan", str(path), "--language", "es")
    assert "start_date debe ser una fecha escrita AAAA-MM-DD (se indicó '4/1/2027')" in err


def test_importers_refuse_a_planner_profile_given_as_a_resume_in_spanish(cli, tmp_path):
    err = refusal(cli, "import", str(PROFILE), "--language", "es")
    assert "es un perfil del planificador, no un JSON Resume" in err
    assert "«career-planner people add developer.json»" in err


def test_importers_refuse_a_zip_bomb_with_local_numbers_in_german(cli, tmp_path):
    bomb = tmp_path / "export.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Profile.csv", b"\0" * 101_000_000)
    err = refusal(cli, "import", str(bomb), "--language", "de")
    assert "wird abgelehnt: Entpackt wären es 101.000.000 Bytes (Obergrenze 100.000.000)" in err


def test_importers_name_the_bad_row_of_a_client_list_in_german(cli, tmp_path):
    clients = tmp_path / "clients.csv"
    clients.write_text("name,hours a week\nAda,many\n", encoding="utf-8")
    err = refusal(cli, "clients", "import", str(clients), "--language", "de")
    assert f"{clients}, Zeile 2: Wochenstunden: 'many' ist keine Zahl" in err


def test_services_refuse_an_unknown_import_source_in_spanish(cli, tmp_path):
    err = refusal(cli, "import", str(tmp_path / "nowhere.json"), "--language", "es")
    assert "no existe el archivo o la carpeta" in err


def test_services_refuse_a_bad_profile_field_in_german(cli):
    assert cli("people", "add", str(PROFILE))[0] == 0
    err = refusal(cli, "people", "set", "1", "weekly_hours=lots", "--language", "de")
    assert "weekly_hours muss eine Zahl sein (angegeben: 'lots')" in err


def test_the_import_preview_speaks_german(cli, tmp_path):
    resume = tmp_path / "resume.json"
    resume.write_text(
        json.dumps({"basics": {"name": "Ada Lovelace"}, "work": []}), encoding="utf-8"
    )
    code, out, err = cli("import", str(resume), "--dry-run", "--language", "de")
    assert code == 0, err
    assert "resume.json (JSON Resume) legt eine neue Person an:" in out
    assert "  Name: Ada Lovelace" in out and "  Wochenstunden: 5" in out
    assert "Warnung: Die Wochenstunden standen nicht in der Datei" in out
    assert "will create" not in out and "Hours a week" not in out


def test_a_country_pack_summary_speaks_spanish(cli, tmp_path):
    data = json.loads(GB.read_text(encoding="utf-8"))
    data["pack_version"] = "2026.12.coach1"
    data["credentials"][0]["levels"][0]["fee"].update(amount=180, confidence="S")
    path = tmp_path / "gb.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = cli("catalog", "import", str(path), "--dry-run", "--language", "es")
    assert code == 0, err
    assert "United Kingdom (GB): 2 cambios" in out
    assert "  ~ precio APM Project Fundamentals Qualification (PFQ): consultar con el emisor" in out
    assert "changes" not in out and "check with issuer" not in out


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("de", "ist ein Ordner, keine Datenbank"),
        ("es", "es una carpeta, no una base de datos"),
    ],
)
def test_a_refusal_is_built_in_the_language_spoken_when_it_is_raised(tmp_path, code, text):
    from planner.storage.database import open_store

    with speaking(catalogs.load(code)), pytest.raises(DatabaseRefused) as refused:
        open_store(tmp_path)
    assert text in str(refused.value)


def test_a_limit_is_grouped_as_the_language_groups_it():
    from planner.importers.client_list import _too_many_rows

    assert _too_many_rows("a.csv") == "a.csv has over 50,000 rows; split it"
    with speaking(catalogs.load("de")):
        assert (
            _too_many_rows("a.csv") == "a.csv hat mehr als 50.000 Zeilen; teilen Sie die Datei auf"
        )


def test_catalog_update_lines_speak_german_and_the_snapshot_stays_neutral():
    from planner.catalog.catalog_diff import catalog_changes, snapshot
    from tests.services.test_catalog_updates import SHIPPED, newer

    before, after = snapshot(SHIPPED), snapshot(newer(SHIPPED))
    with speaking(catalogs.load("de")):
        lines = [change.line for change in catalog_changes(before, after)]
        assert snapshot(SHIPPED) == before  # stored in the database: the same in any language
    assert "- Zertifizierung Associate Cloud Engineer (gcp-ace)" in lines
    price = next(line for line in lines if "comptia-secplus" in line)
    assert price.startswith("~ Preis CompTIA Security+ (comptia-secplus): ")
    assert price.endswith("-> $425")
    assert any(line.startswith("~ Regel Project Management Professional (PMP)") for line in lines)


def test_a_damaged_database_is_worded_in_the_language_of_whoever_shows_it(tmp_path):
    """The page check runs on a plain thread (English); the GUI thread shows it in German."""
    import threading

    from planner.storage.database import DatabaseDamaged, QuickCheck, damaged

    found: list[DatabaseDamaged] = []
    rows = (("row 3 missing from index people_by_name",), ("wrong # of entries",))
    thread = threading.Thread(
        target=lambda: found.append(damaged(tmp_path / "p.db", QuickCheck(rows)))
    )
    thread.start()
    thread.join()
    english = str(found[0])
    assert english.startswith(f"{tmp_path / 'p.db'} is damaged (quick check: row 3 missing")
    with speaking(catalogs.load("de")):
        german = str(found[0])
    assert german.startswith(f"{tmp_path / 'p.db'} ist beschädigt (Schnellprüfung: row 3 missing")
    assert "career-planner restore DATEI" in german
