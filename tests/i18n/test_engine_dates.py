"""The engine's sentences write dates as the language does; ISO stays in the JSON's date fields."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from planner.catalog import load_catalog
from planner.codec.plan_json import roadmap_to_dict
from planner.domain.messages import speaking
from planner.engine import build_roadmap
from planner.i18n.catalogs import load
from planner.i18n.format import day

PERSONAS = sorted(p.stem for p in (Path(__file__).parents[1] / "data" / "personas").glob("*.json"))
ISO = re.compile(r"\b\d{4}-\d\d-\d\d\b")


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_no_engine_sentence_prints_an_iso_date(persona, code):
    with speaking(load(code)):
        catalog = load_catalog()
        plans = [build_roadmap(persona(name), catalog) for name in PERSONAS]
    for plan in plans:
        texts = [
            *plan.warnings,
            *plan.eligibility,
            plan.summary.route,
            *(text for s in plan.steps for text in (s.title, s.why)),
            *(r.risk + " " + r.mitigation for r in plan.risks),
            *(a.reason for a in plan.alternatives),
            *(reason for f in plan.fits for reason in f.reasons),
        ]
        assert [t for t in texts if ISO.search(t)] == [], plan.person
        data = roadmap_to_dict(plan)
        assert all(ISO.fullmatch(s["start"]) and ISO.fullmatch(s["end"]) for s in data["steps"])
        assert all(ISO.fullmatch(e["day"]) for e in data["eligible_on"])


def test_expired_credentials_and_eligibility_speak_spanish(persona):
    with speaking(load("es")):
        catalog = load_catalog()
        waiting = build_roadmap(persona("service-manager"), catalog)
        expired = build_roadmap(persona("expired-ccna"), catalog)
    assert waiting.eligibility[0] == (
        f"PMP: cumple los requisitos desde el {day(date(2028, 9, 4), 'es')} (20 meses más de "
        "dirección de proyectos, contados desde el inicio del plan el 4 ene 2027)."
    )
    assert any(
        w.startswith("CCNA (obtenida el 1 mar 2018) caducó el 1 mar 2021") for w in expired.warnings
    )
