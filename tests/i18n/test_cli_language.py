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


# -- the command line's own messages ---------------------------------------------------------


def test_export_status_line_in_german(capsys, tmp_path):
    target = tmp_path / "f.pdf"
    code, out, err = run(capsys, "--language", "de", "export", "--demo", "-o", str(target))
    assert code == 0 and not err
    assert out.startswith(f"{target} geschrieben (") and " Seiten, " in out
    assert "wrote" not in out and "pages" not in out


def test_export_status_line_in_english_is_unchanged(capsys, tmp_path):
    target = tmp_path / "f.pdf"
    code, out, _ = run(capsys, "export", "--demo", "-o", str(target), "--paper", "a4")
    assert code == 0
    assert out.startswith(f"wrote {target} (") and out.endswith(" pages, A4)\n")


def test_a_bad_hours_refusal_in_spanish_in_one_line(capsys):
    code, out, err = run(
        capsys, "--language", "es", "coach", "step", "x", "--title", "T", "--hours", "abc"
    )
    assert code == 2 and not out and err.count("\n") == 1
    assert err == (
        "career-planner: argumento --hours: las horas deben ser un número de 0 a 1000 "
        "(se indicó 'abc') (consulte 'career-planner coach step --help')\n"
    )


def test_argparse_refusals_follow_a_language_given_after_the_command(capsys):
    code, _, err = run(capsys, "export", "--demo", "--language", "de")
    assert code == 2 and err.count("\n") == 1
    assert "folgende Argumente fehlen: -o/--output" in err
    code, _, err = run(capsys, "plan", "--track", "foo", "--lang", "es")
    assert code == 2 and "argumento --track: opción no válida: 'foo'" in err


def test_the_locale_speaks_when_no_language_is_given(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, _, err = run(capsys, "plan", "--bogus")
    assert code == 2 and err == (
        "career-planner: unbekannte Argumente: --bogus (siehe 'career-planner --help')\n"
    )


def test_an_unknown_language_is_refused_in_the_locale_language(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, _, err = run(capsys, "plan", PROFILE, "--language", "fr")
    assert code == 2 and err.count("\n") == 1
    assert "idioma desconocido 'fr': elija uno de de, en, es" in err


def test_a_command_refusal_in_german(capsys):
    code, out, err = run(capsys, "--language", "de", "plan")
    assert code == 2 and not out
    assert err == "career-planner: geben Sie eine PROFILE.json, --demo oder --person ID an\n"


def test_stored_person_messages_and_the_out_of_date_warning(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("CAREER_PLANNER_DB", str(tmp_path / "p.db"))
    code, out, _ = run(capsys, "people", "add", PROFILE)
    assert code == 0 and out == "1\n"  # the id alone, whatever the language: scripts read it
    run(capsys, "plan", "--person", "1", "--format", "json")
    code, out, _ = run(capsys, "--language", "es", "people", "set", "1", "weekly_hours=12")
    assert code == 0 and "El plan está desactualizado: replanifíquelo con" in out
    target = tmp_path / "plan.pdf"
    code, out, err = run(capsys, "--language", "de", "export", "--person", "1", "-o", str(target))
    assert code == 0 and out.startswith(f"{target} geschrieben (")
    assert err == (
        "Warnung: der Plan ist veraltet (seit seiner Erstellung hat sich Ihr Profil geändert); er "
        "wird so gedruckt, wie er erstellt wurde: fügen Sie --replan hinzu, um zuerst ab heute "
        "neu zu planen\n"
    )
    code, out, _ = run(capsys, "--language", "es", "people", "list")
    assert out.split()[:3] == ["ID", "NOMBRE", "HECHO"]
    code, out, _ = run(capsys, "--language", "de", "people", "list", "--format", "json")
    assert json.loads(out)[0]["name"] == "Sam Service"  # JSON keys stay as they are


def test_counts_use_proper_plurals(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("CAREER_PLANNER_DB", str(tmp_path / "p.db"))
    run(capsys, "people", "add", PROFILE)
    target = tmp_path / "b.json"
    code, out, _ = run(capsys, "bundle", "export", "--person", "1", "-o", str(target))
    assert code == 0 and "0 notes, 0 ledger projects" in out
    code, out, _ = run(
        capsys, "--language", "es", "bundle", "export", "--person", "1", "-o", str(target)
    )
    assert "0 notas, 0 proyectos del registro de experiencia" in out


def test_every_argparse_refusal_listed_is_one_argparse_uses():
    """A Python that rewords one leaves it English; this notices when none match any more."""
    import argparse
    import inspect

    from planner.commands.parser_text import COUNTED, REFUSALS

    source = inspect.getsource(argparse)
    missing = [m for m in (*REFUSALS, *COUNTED[0]) if repr(m)[1:-1] not in source]
    assert len(missing) <= 2, missing
