"""--language (or the locale) picks the language of the text plan, the PDF and the calendar."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.cli import main

PERSONAS = Path(__file__).resolve().parents[1] / "data" / "personas"
PROFILE = str(PERSONAS / "service-manager.json")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_text_plan_in_german(capsys):
    code, out, err = run(capsys, "plan", PROFILE, "--start", "2027-01-04", "--language", "de")
    assert code == 0 and not err
    assert "Plan für den Berufswechsel von Sam Service" in out
    assert "ÜBERBLICK" in out and "Warum:" in out
    assert "4. Jan. 2027" in out  # the start, in German
    assert "SUMMARY" not in out and "Why:" not in out


def test_the_language_may_come_before_the_command(capsys):
    code, out, _ = run(capsys, "--language", "es", "plan", PROFILE)
    assert code == 0 and "Plan de transición profesional de Sam Service" in out


def test_the_locale_is_the_default(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    code, out, _ = run(capsys, "plan", PROFILE)
    assert code == 0 and "RESUMEN" in out
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")  # a language the planner does not speak: English
    code, out, _ = run(capsys, "plan", PROFILE)
    assert code == 0 and "SUMMARY" in out


def test_an_unknown_language_is_refused_in_one_line(capsys):
    code, out, err = run(capsys, "plan", PROFILE, "--language", "fr")
    assert code == 2 and not out
    assert err.count("\n") == 1
    assert "unknown language 'fr': choose one of de, en, es" in err


def test_the_json_keeps_ids_and_numbers_and_says_its_language(capsys):
    _, english, _ = run(capsys, "plan", PROFILE, "--format", "json", "--start", "2027-01-04")
    _, german, _ = run(
        capsys, "plan", PROFILE, "--format", "json", "--start", "2027-01-04", "--language", "de"
    )
    en, de = json.loads(english), json.loads(german)
    assert (en["language"], de["language"]) == ("en", "de")
    assert [s["id"] for s in en["steps"]] == [s["id"] for s in de["steps"]]
    assert [s["start"] for s in en["steps"]] == [s["start"] for s in de["steps"]]
    assert en["summary"] == de["summary"]


def test_engine_reasons_in_spanish(capsys):
    code, out, _ = run(capsys, "plan", PROFILE, "--language", "es")
    assert code == 0
    assert "Por qué: " in out and "La certificación que más piden" in out
    assert "Why:" not in out and "The credential most PM postings" not in out


def test_export_demo_in_german(capsys, tmp_path):
    target = tmp_path / "plan.pdf"
    code, _, err = run(capsys, "export", "--demo", "--language", "de", "-o", str(target))
    assert code == 0, err
    reader = PdfReader(target)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "PLAN FÜR DEN BERUFSWECHSEL" in text
    assert "Seite 2 von" in text and "Überblick" in text and "KOSTENSCHÄTZUNG" in text
    assert "page 2 of" not in text and "COST ESTIMATE" not in text
    assert reader.trailer["/Root"]["/Lang"] == "de"


@pytest.mark.parametrize(
    ("code", "words"),
    [("es", "Plan de carrera"), ("de", "Karriereplan"), ("de", "Zulassung für PMP")],
)
def test_the_calendar_follows_the_language(capsys, tmp_path, code, words):
    target = tmp_path / "plan.ics"
    status, _, err = run(capsys, "ics", PROFILE, "-o", str(target), "--language", code)
    assert status == 0, err
    text = target.read_text(encoding="utf-8")
    assert words in text and "Career plan" not in text


def test_progress_csv_uses_semicolons_and_decimal_commas_in_german():
    from planner.domain.messages import speaking
    from planner.export import progress_csv
    from planner.i18n import catalogs

    def hours_cell() -> str:
        row = ("pmi-capm", "CAPM", "certification", "", "", progress_csv._number(2.5))
        text = progress_csv.csv_bytes([(*row, "", "", "", "", "", "")]).decode("utf-8-sig")
        return text.splitlines()[1]

    with speaking(catalogs.load("de")):
        assert hours_cell().split(";")[5] == "2,5"
    assert hours_cell().split(",")[5] == "2.5"
