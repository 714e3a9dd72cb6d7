"""The printed plan outside the US: the country on the cover, pounds with the conversion note."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from planner.codec.profile_file import profile_from_dict
from planner.engine import build_roadmap
from planner.export.pdf import PlanDocument, paper_for, write_pdf
from tests.export.pdfcheck import page_texts, reader

PERSONA = Path(__file__).resolve().parents[1] / "data" / "personas" / "countries"


def test_uk_plan_prints_its_country_and_money_in_pounds(catalog, tmp_path):
    data = json.loads((PERSONA / "uk-infrastructure-engineer.json").read_text(encoding="utf-8"))
    profile = profile_from_dict(data)
    roadmap = build_roadmap(profile, catalog, today=date(2026, 12, 2))
    doc = PlanDocument(roadmap, catalog, profile)
    assert paper_for(doc) == "a4"
    result = write_pdf(doc, tmp_path / "plan.pdf", paper=paper_for(doc))
    text = " ".join(" ".join(page.split()) for page in page_texts(reader(result.path)))
    assert "United Kingdom; prices in GBP" in text
    assert "converted into GBP at a dated exchange rate" in text
    assert "converted from" in text and "GBP/USD on 21 Oct 2025" in text
    assert "PRINCE2" in text
    assert "In the United Kingdom: APM is the chartered body" in text  # the track comparison


def test_us_and_canada_print_on_letter(catalog, persona):
    us = build_roadmap(persona("service-manager"), catalog)
    assert paper_for(PlanDocument(us, catalog)) == "letter"
    ca = build_roadmap(persona("service-manager", region="Toronto, ON"), catalog)
    assert ca.summary.country == "CA" and paper_for(PlanDocument(ca, catalog)) == "letter"
