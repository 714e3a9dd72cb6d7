"""`people set ID FIELD=VALUE...`, then an export: warned about, or re-planned on request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli import main
from tests.export.pdfcheck import flat, page_texts, reader

PERSONAS = Path(__file__).parents[1] / "data" / "personas"


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CAREER_PLANNER_DB", str(tmp_path / "db" / "planner.db"))

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def person(cli) -> str:
    assert cli("people", "add", str(PERSONAS / "developer.json"))[1].strip() == "1"
    return "1"


def profile(cli, person: str) -> dict:
    return json.loads(cli("people", "show", person, "--format", "json")[1])["profile"]


def history(cli, person: str) -> list[dict]:
    return json.loads(cli("people", "show", person, "--format", "json")[1])["plans"]


def test_set_changes_the_fields_and_says_what_changed(cli, person):
    assert profile(cli, person)["weekly_hours"] == 10
    code, out, err = cli("people", "set", person, "weekly_hours=40", "current_role=SRE", "budget=")
    assert code == 0 and not err
    assert out.splitlines()[0] == (
        "Dev Oper (id 1): budget 2500.0 -> (none); "
        "current_role Senior Software Developer -> SRE; weekly_hours 10.0 -> 40.0"
    )
    stored = profile(cli, person)
    assert stored["weekly_hours"] == 40 and stored["current_role"] == "SRE"
    assert stored.get("budget") is None


def test_set_after_a_plan_says_it_is_out_of_date(cli, person, tmp_path):
    cli("plan", "--person", person)
    code, out, _ = cli("people", "set", person, "weekly_hours=40")
    assert code == 0
    assert out.splitlines()[1] == (
        "The plan is out of date: re-plan with 'career-planner replan 1', or export with --replan."
    )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (["weekly_hours=abc"], "weekly_hours must be a number (got 'abc')"),
        (["weekly_hours=400"], "weekly_hours must be at most 80"),
        (["weekly_hours="], "weekly_hours must be a number (got '')"),
        (["pm_experience_months=1.5"], "pm_experience_months must be a whole number"),
        (["gac_degree=maybe"], "gac_degree must be true or false (got 'maybe')"),
        (["skills=python"], "no profile field 'skills' can be set; one of "),
        (["colour=blue"], "no profile field 'colour' can be set"),
        (["weekly_hours"], "'weekly_hours' is not FIELD=VALUE"),
        (["start_date=2027-02-30"], "start_date: impossible date"),
        (["target_track=cooking"], "unknown track 'cooking' (choose one of: infrastructure"),
    ],
)
def test_bad_fields_exit_2_with_one_line_and_change_nothing(cli, person, fields, message):
    before = profile(cli, person)
    code, out, err = cli("people", "set", person, *fields)
    assert code == 2 and not out
    assert err.startswith(f"career-planner: {message}") and err.count("\n") == 1
    assert profile(cli, person) == before


def test_set_for_nobody_exits_2(cli):
    code, _, err = cli("people", "set", "7", "weekly_hours=20")
    assert code == 2 and err == "career-planner: no person with id 7\n"


def test_export_after_a_change_warns_that_the_plan_is_out_of_date(cli, person, tmp_path):
    """The bug this fixes: the PDF printed the old plan beside the new hours, and said nothing."""
    target = tmp_path / "plan.pdf"
    assert cli("export", "--person", person, "-o", str(target))[0] == 0
    cli("people", "set", person, "weekly_hours=40")
    code, out, err = cli("export", "--person", person, "-o", str(target))
    assert code == 0 and out.startswith(f"wrote {target}")
    assert err == (
        "warning: the plan is out of date (since it was made, your profile changed); this "
        "prints it as it was made: add --replan to re-plan from today first\n"
    )
    assert len(history(cli, person)) == 1  # warned, not re-planned


def test_export_with_replan_plans_again_first_and_prints_the_new_plan(cli, person, tmp_path):
    before, after = tmp_path / "before.pdf", tmp_path / "after.pdf"
    cli("export", "--person", person, "-o", str(before))
    cli("people", "set", person, "weekly_hours=40")
    code, out, err = cli("export", "--person", person, "-o", str(after), "--replan")
    assert code == 0 and out.startswith(f"wrote {after}")
    assert err == "re-planned from today first: the plan was out of date\n"
    plans = history(cli, person)
    assert len(plans) == 2 and plans[0]["reason"] == "re-plan from today"
    # At 40 hours a week instead of 10 the plan finishes sooner, and the PDF says so.
    assert plans[0]["finish"] < plans[1]["finish"]
    assert "40 hours" in flat(" ".join(page_texts(reader(after))))
    assert "40 hours" not in flat(" ".join(page_texts(reader(before))))
    # Now current: neither a warning nor a second re-plan.
    code, _, err = cli("export", "--person", person, "-o", str(after), "--replan")
    assert code == 0 and not err and len(history(cli, person)) == 2


def test_replan_is_for_stored_people(cli, tmp_path):
    code, out, err = cli(
        "export", str(PERSONAS / "developer.json"), "-o", str(tmp_path / "p.pdf"), "--replan"
    )
    assert code == 2 and not out
    assert err == "career-planner: --replan re-plans a stored person: use it with --person ID\n"


def test_country_is_set_and_an_unknown_code_is_refused_naming_the_field(cli, person):
    code, out, _ = cli("people", "set", person, "country=GB", "currency=GBP")
    assert code == 0 and "country (none) -> GB" in out
    assert profile(cli, person)["country"] == "GB"
    code, out, err = cli("people", "set", person, "country=XX")
    assert code == 2 and err.count("\n") == 1 and "career-planner: country:" in err
    assert profile(cli, person)["country"] == "GB"  # nothing changed
    plan = json.loads(cli("plan", "--person", person, "--format", "json")[1])
    assert plan["summary"]["country"] == "GB" and plan["summary"]["currency"] == "GBP"
    code, _, _ = cli("people", "set", person, "country=none")
    assert code == 0 and "country" not in profile(cli, person)
