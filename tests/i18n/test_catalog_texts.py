"""The catalog's own texts in German and Spanish: loaded for the active language, quoted in
plans, with proper nouns, ids and English look-ups left alone."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from planner.catalog import load_catalog
from planner.catalog.texts import localize_file
from planner.cli import main
from planner.domain.messages import speaking
from planner.i18n import catalogs

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
DEMO = ROOT / "resources" / "demo" / "dana.json"


@pytest.fixture(scope="module")
def german():
    with speaking(catalogs.load("de")):
        return load_catalog()


@pytest.fixture(scope="module")
def spanish():
    with speaking(catalogs.load("es")):
        return load_catalog()


def test_the_catalog_speaks_the_active_language(catalog, german, spanish):
    assert catalog.competency_by_id["networking"].name == "Networking"
    assert german.competency_by_id["networking"].name == "Netzwerke"
    assert spanish.competency_by_id["networking"].name == "Redes"
    question = "q-team"
    assert german.question_by_id[question].text == "Welches Team würden Sie lieber leiten?"
    assert spanish.question_by_id[question].text == "¿Qué equipo preferiría dirigir?"
    assert german.track_by_id["software"].aspects["change_risk"].startswith("Geringer:")
    assert german.countries["DE"].market_notes[0].text.startswith("Prüfungen bei GPM/PM-ZERT")
    assert spanish.risks[0].risk.startswith("Hay menos ofertas")


def test_proper_nouns_and_ids_stay(catalog, german):
    for english, local in zip(catalog.certifications, german.certifications, strict=True):
        assert (local.id, local.name, local.short_name, local.exam_codes) == (
            english.id,
            english.name,
            english.short_name,
            english.exam_codes,
        )
        assert [s.title for s in local.sources] == [s.title for s in english.sources]
    assert german.niche_by_id["telecom"].keywords == catalog.niche_by_id["telecom"].keywords


def test_english_names_still_find_their_items(german):
    """Profiles keep skill and membership names as typed: English ones resolve in German."""
    assert german.find_competency("Networking").id == "networking"
    assert german.find_competency("Netzwerke").id == "networking"
    assert german.find_membership("PMI individual membership").id == "pmi"
    assert not german.name_clashes


def test_english_is_the_file_itself():
    data = {"risks": [{"id": "x", "risk": "A risk.", "mitigation": "Act."}]}
    with speaking(catalogs.load("en")):
        assert localize_file("risks", data) is data


def test_a_changed_english_text_shows_in_english_until_translated():
    data = {"risks": [{"id": "cost", "risk": "A brand-new sentence.", "mitigation": "Act."}]}
    with speaking(catalogs.load("de")):
        done = localize_file("risks", data)
    assert done["risks"][0]["risk"] == "A brand-new sentence."


def _numbers(text: str) -> Counter:
    """The numbers a text quotes, separators dropped ('2,500', '2.500' and '2 500' alike)."""
    found = re.findall(r"\d+(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}\b))\d+)*", text)
    return Counter(re.sub(r"\D", "", n) for n in found)


@pytest.mark.parametrize("code", ["de", "es"])
def test_translations_keep_every_number(code):
    with (I18N / f"catalog_{code}.po").open("rb") as handle:
        po = read_po(handle)
    wrong = [m.id for m in po if m.id and m.string and _numbers(m.id) != _numbers(m.string)]
    assert not wrong, f"{len(wrong)} change a number: {wrong[:3]}"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("de", ("Netzwerke", "Ein internes Projekt leiten", "Gegenmaßnahme: Spezialisieren Sie")),
        ("es", ("Redes", "Dirigir un proyecto interno", "Especialícese en un nicho")),
    ],
)
def test_a_plan_quotes_the_catalog_in_its_language(code, expected, capsys):
    assert main(["plan", str(DEMO), "--language", code, "--format", "text"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    for words in expected:
        assert words in text
    with (I18N / f"catalog_{code}.po").open("rb") as handle:
        po = read_po(handle)
    # Sentences long enough not to be a proper noun: none may be left in English.
    english = [m.id for m in po if m.id and m.string != m.id and len(m.id.split()) >= 5]
    left = [sentence for sentence in english if sentence in text]
    assert not left, f"English catalog texts in the {code} plan: {left[:3]}"
