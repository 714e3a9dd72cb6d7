"""Item 12: hours a week, plan length, dates and custom-step hours have sane bounds."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.test_attacks.conftest import PERSONAS


def _profile(tmp_path, **changes):
    data = json.loads((PERSONAS / "developer.json").read_text())
    data.update(changes)
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize("hours", [1e-9, 0.01, 0.4, 80.5, 1e300])
def test_weekly_hours_out_of_bounds_are_refused_at_once(cli, tmp_path, hours):
    code, _, err = cli("plan", _profile(tmp_path, weekly_hours=hours))
    assert code == 2 and "weekly_hours must be" in err


def test_a_plan_longer_than_fifteen_years_is_refused(cli, tmp_path):
    code, _, err = cli("plan", _profile(tmp_path, weekly_hours=0.5))
    assert code == 2 and "15" in err and "hours a week" in err


@pytest.mark.parametrize("hours", ["inf", "1e300", "nan", "-1", "1001"])
def test_coach_step_hours_are_bounded(cli, hours):
    code, _, err = cli("coach", "step", "w1", "--title", "Workshop", "--hours", hours)
    assert code == 2 and "hours must be" in err
    if cli.db.exists():
        conn = sqlite3.connect(cli.db)
        assert conn.execute("SELECT count(*) FROM custom_steps").fetchone()[0] == 0
        conn.close()


def test_bundle_with_absurd_hours_is_refused(two_people, tmp_path):
    cli = two_people
    cli("bundle", "export", "--person", "1", "-o", tmp_path / "b.json")
    data = json.loads((tmp_path / "b.json").read_text())
    data["person"]["profile"]["weekly_hours"] = 1e-9
    (tmp_path / "b.json").write_text(json.dumps(data))
    code, _, err = cli("bundle", "import", tmp_path / "b.json")
    assert code == 2 and "weekly_hours" in err


def test_gui_checks_share_the_bound():
    from planner.gui.pages.profile.checks import weekly_hours_problem

    assert weekly_hours_problem(0.01) and weekly_hours_problem(0.4)
    assert weekly_hours_problem(0.5) is None and weekly_hours_problem(80) is None
