"""`catalog import PACK.json [--dry-run]` and `catalog remove-pack CODE`: a coach's own packs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli import main
from planner.resources import resources_dir

PERSONAS = Path(__file__).parents[1] / "data" / "personas"
GB = resources_dir() / "catalog" / "countries" / "GB.json"


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CAREER_PLANNER_DB", str(tmp_path / "db" / "planner.db"))

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def coach_pack(tmp_path: Path, change=None, name: str = "gb-coach.json") -> Path:
    """The shipped GB pack with the coach's own APM PFQ price and a branch added."""
    data = json.loads(GB.read_text(encoding="utf-8"))
    data["pack_version"] = "2026.12.coach1"
    pfq = data["credentials"][0]["levels"][0]
    assert pfq["id"] == "apm-pfq"
    pfq["fee"].update(amount=180, confidence="S", note="our accredited provider's price")
    data["chapters"].append(
        {
            "id": "pmi-uk-north-west",
            "name": "PMI UK Chapter, North West branch",
            "body": "pmi",
            "regions": ["North West"],
            "subdivisions": [],
            "url": None,
            "sources": [{"title": "the coach's contact", "url": "https://pmi.org.uk/"}],
            "confidence": "S",
        }
    )
    if change:
        change(data)
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def packs(cli) -> dict[str, dict]:
    return {
        row["country"]: row for row in json.loads(cli("catalog", "packs", "--format", "json")[1])
    }


def test_dry_run_shows_the_changes_and_the_real_run_applies_them(cli, tmp_path):
    path = coach_pack(tmp_path)
    code, out, err = cli("catalog", "import", str(path), "--dry-run")
    assert code == 0 and not err
    assert "~ price APM Project Fundamentals Qualification (PFQ): check with issuer -> £180" in out
    assert "+ chapter PMI UK Chapter, North West branch: North West" in out
    assert "Nothing changed" in out
    assert packs(cli)["GB"]["source"] == "shipped"
    code, out, _ = cli("catalog", "import", str(path))
    assert code == 0 and "Pack imported" in out
    assert packs(cli)["GB"] == {
        "country": "GB",
        "name": "United Kingdom",
        "currency": "GBP",
        "version": "2026.12.coach1",
        "source": "yours (replaces shipped)",
    }
    code, out, _ = cli("catalog", "remove-pack", "gb")
    assert code == 0 and "£180 -> check with issuer" in out
    assert packs(cli)["GB"]["source"] == "shipped"


def test_plans_use_the_coach_pack_and_keep_progress_by_step_id(cli, tmp_path):
    def apm_first(data):
        # this coach's clients take APM first: PRINCE2 drops to valued
        data["credentials"][1]["standing"]["rank"] = "valued"

    profile = json.loads((PERSONAS / "countries" / "uk-infrastructure-engineer.json").read_text())
    path = tmp_path / "uk.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    assert cli("people", "add", str(path))[0] == 0
    assert cli("catalog", "import", str(coach_pack(tmp_path, apm_first)))[0] == 0
    plan = json.loads(cli("plan", "--person", "1", "--format", "json")[1])
    steps = {s["id"]: s for s in plan["steps"]}
    assert steps["apm-pfq"]["cost"] == 180 and steps["apm-pfq"]["currency"] == "GBP"
    assert cli("progress", "1", "apm-pfq", "done", "--on", "2026-11-20")[0] == 0
    assert cli("catalog", "remove-pack", "GB")[0] == 0
    assert cli("catalog", "import", str(coach_pack(tmp_path, apm_first)))[0] == 0
    plan = json.loads(cli("replan", "1", "--format", "json")[1])
    steps = {s["id"]: s for s in plan["steps"]}
    assert steps["apm-pfq"]["status"] == "done"  # progress kept across remove and re-import


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.update(country="XX"), "field 'country'"),
        (lambda d: d.pop("currency"), "'currency' is a required property"),
        (
            lambda d: d["credentials"][0]["levels"][0]["fee"].update(currency="JPY"),
            "field 'credentials[0].levels[0].fee.currency': no exchange rate for 'JPY'",
        ),
        (
            lambda d: d["credentials"][0]["levels"][2].update(id="cisco-ccna"),
            "field 'credentials[0].levels[2].id': id 'cisco-ccna' is already a step",
        ),
        (
            lambda d: d["exchange_rates"].append(
                {**d["exchange_rates"][0], "currency": "EUR", "units_per_usd": 0.5}
            ),
            "EUR 0.5 on 2025-10-21 conflicts with",
        ),
    ],
)
def test_bad_packs_are_refused_in_one_line_and_nothing_changes(cli, tmp_path, change, field):
    code, out, err = cli("catalog", "import", str(coach_pack(tmp_path, change)))
    assert code == 2 and not out and err.count("\n") == 1 and field in err
    assert packs(cli)["GB"]["source"] == "shipped"


def test_removing_a_pack_that_is_not_yours_is_refused(cli):
    code, _, err = cli("catalog", "remove-pack", "DE")
    assert code == 2 and "no country pack of yours for 'DE'" in err


WORKSHOP = {
    "id": "coach-uk-cv-workshop",
    "title": "UK CV and interview workshop",
    "kind": "job-search",
    "hours": 6,
    "cost": 120,
    "currency": "GBP",
    "description": "Our Manchester workshop on UK-style CVs.",
}


def with_steps(*steps):
    def change(data):
        data["steps"] = [dict(s) for s in steps]

    return change


def add_person(cli, tmp_path, persona: str) -> None:
    profile = json.loads((PERSONAS / "countries" / persona).read_text())
    path = tmp_path / persona
    path.write_text(json.dumps(profile), encoding="utf-8")
    assert cli("people", "add", str(path))[0] == 0


def plan_steps(cli, person: str, verb: str = "plan") -> dict[str, dict]:
    args = ("plan", "--person", person) if verb == "plan" else ("replan", person)
    code, out, err = cli(*args, "--format", "json")
    assert code == 0, err
    return {s["id"]: s for s in json.loads(out)["steps"]}


def test_a_pack_step_is_previewed_planned_for_the_country_and_keeps_its_progress(cli, tmp_path):
    add_person(cli, tmp_path, "uk-infrastructure-engineer.json")
    add_person(cli, tmp_path, "de-developer.json")
    path = coach_pack(tmp_path, with_steps(WORKSHOP))
    code, out, _ = cli("catalog", "import", str(path), "--dry-run")
    assert code == 0
    assert (
        "+ step UK CV and interview workshop (coach-uk-cv-workshop): job-search, 6 h, £120" in out
    )
    assert cli("catalog", "import", str(path))[0] == 0
    uk, de = plan_steps(cli, "1"), plan_steps(cli, "2")
    assert "coach-uk-cv-workshop" not in de  # only for people in the pack's country
    step = uk["coach-uk-cv-workshop"]
    assert (step["cost"], step["currency"], step["hours"]) == (120, "GBP", 6)
    assert cli("progress", "1", "coach-uk-cv-workshop", "done", "--on", "2026-11-20")[0] == 0

    # An update renames the step and changes its price: the preview says so, progress stays.
    renamed = {**WORKSHOP, "title": "UK CV workshop", "cost": 150}
    meetup = {"id": "coach-uk-meetup", "title": "Our Manchester PM meetup", "hours": 2}
    updated = coach_pack(tmp_path, with_steps(renamed, meetup), name="gb-coach-2.json")
    code, out, _ = cli("catalog", "import", str(updated), "--dry-run")
    assert "~ step UK CV workshop (coach-uk-cv-workshop): job-search, 6 h, £120 -> " in out
    assert "+ step Our Manchester PM meetup (coach-uk-meetup): education, 2 h, check" in out
    assert cli("catalog", "import", str(updated))[0] == 0
    uk = plan_steps(cli, "1", "replan")
    assert uk["coach-uk-cv-workshop"]["status"] == "done"
    assert uk["coach-uk-meetup"]["status"] == "todo"

    # Removing the pack takes its steps out of the plan; what is done stays done.
    code, out, _ = cli("catalog", "remove-pack", "GB")
    assert code == 0 and "- step UK CV workshop (coach-uk-cv-workshop)" in out
    uk = plan_steps(cli, "1", "replan")
    assert "coach-uk-meetup" not in uk
    assert uk["coach-uk-cv-workshop"]["status"] == "done"
    assert uk["coach-uk-cv-workshop"]["end"] == "2026-11-20"
    assert cli("catalog", "import", str(updated))[0] == 0
    assert plan_steps(cli, "1", "replan")["coach-uk-cv-workshop"]["status"] == "done"


@pytest.mark.parametrize(
    ("step", "field"),
    [
        (
            {**WORKSHOP, "id": "cisco-ccna"},
            "field 'steps[0].id': id 'cisco-ccna' is already a step of the catalog",
        ),
        (
            {**WORKSHOP, "id": "gpm-level-d"},
            "field 'steps[0].id': id 'gpm-level-d' is already a step of the DE country pack",
        ),
        ({**WORKSHOP, "id": "apm-pfq"}, "field 'steps[0].id': id 'apm-pfq' is already used at"),
        ({**WORKSHOP, "currency": "JPY"}, "field 'steps[0].currency': no exchange rate for 'JPY'"),
        ({**WORKSHOP, "hours": 5000}, "field 'steps[0].hours'"),
        ({**WORKSHOP, "kind": "party"}, "field 'steps[0].kind'"),
    ],
)
def test_a_bad_pack_step_is_refused_in_one_line_and_nothing_is_stored(cli, tmp_path, step, field):
    code, out, err = cli("catalog", "import", str(coach_pack(tmp_path, with_steps(step))))
    assert code == 2 and not out and err.count("\n") == 1 and field in err, err
    assert packs(cli)["GB"]["source"] == "shipped"


def test_a_pack_step_may_not_take_the_id_of_a_coach_step(cli, tmp_path):
    assert cli("coach", "step", "uk-workshop", "--title", "Workshop", "--hours", "3")[0] == 0
    step = {**WORKSHOP, "id": "uk-workshop"}
    code, _, err = cli("catalog", "import", str(coach_pack(tmp_path, with_steps(step))))
    assert code == 2 and "field 'steps[0].id': id 'uk-workshop' is already a step" in err


def test_a_coach_step_may_not_take_the_id_of_a_pack_step(cli, tmp_path):
    assert cli("catalog", "import", str(coach_pack(tmp_path, with_steps(WORKSHOP))))[0] == 0
    code, _, err = cli("coach", "step", WORKSHOP["id"], "--title", "W", "--hours", "3")
    assert code == 2 and err.endswith(
        f"'{WORKSHOP['id']}' is already a step of the GB country pack\n"
    )
    code, _, err = cli("coach", "step", "gpm-level-d", "--title", "W", "--hours", "3")
    assert code == 2 and "DE country pack" in err
