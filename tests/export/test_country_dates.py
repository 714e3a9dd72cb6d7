"""English dates follow the person's country: 'Jan 4, 2027' in the US, '4 Jan 2027' elsewhere."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from planner.cli import main
from planner.domain.messages import in_country, speaking
from planner.i18n.catalogs import load as language
from planner.i18n.format import day, short_day, weekday

PERSONAS = Path(__file__).parents[1] / "data" / "personas"
US_PERSON = PERSONAS / "service-manager.json"  # Cedar Rapids, IA
UK_PERSON = PERSONAS / "countries" / "uk-infrastructure-engineer.json"
US_DAY = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, 20\d\d\b")
OTHER_DAY = re.compile(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d\b")


def test_the_country_decides_only_what_the_language_leaves_open():
    day_ = date(2027, 1, 4)
    assert (day(day_), weekday(day_), short_day(day_)) == ("4 Jan 2027", "Mon 04 Jan 2027", "4 Jan")
    with in_country("US"):
        assert (day(day_), weekday(day_)) == ("Jan 4, 2027", "Mon, Jan 4, 2027")
        assert short_day(day_) == "Jan 4"
        with in_country("GB"):
            assert day(day_) == "4 Jan 2027"
        assert day(day_) == "Jan 4, 2027"
        with speaking(language("de")):
            assert day(day_) == day(day_, "de")  # German keeps its own order
    assert day(day_) == "4 Jan 2027"  # the scope ends with the block


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CAREER_PLANNER_DB", str(tmp_path / "planner.db"))

    def run(*args: str) -> str:
        code = main(list(args))
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    return run


def test_the_text_plan_and_the_calendar_follow_the_country(cli, tmp_path):
    cli("people", "add", str(US_PERSON))
    cli("people", "add", str(UK_PERSON))
    us, uk = cli("plan", "--person", "1"), cli("plan", "--person", "2")
    assert US_DAY.search(us) and not OTHER_DAY.search(us)
    assert OTHER_DAY.search(uk) and not US_DAY.search(uk)
    for person, wanted, unwanted in (("1", US_DAY, OTHER_DAY), ("2", OTHER_DAY, US_DAY)):
        target = tmp_path / f"{person}.ics"
        cli("ics", "--person", person, "-o", str(target))
        text = target.read_text(encoding="utf-8").replace("\r\n ", "").replace("\\,", ",")
        descriptions = " ".join(re.findall(r"^DESCRIPTION:(.*)$", text, re.MULTILINE))
        assert wanted.search(descriptions) and not unwanted.search(descriptions)
