"""`plans list|diff|restore` and `compare` from the command line."""

from __future__ import annotations

import json
from datetime import date

import pytest

from planner.cli import main
from tests.export.conftest import DEMO


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "h.db"
    assert main(["--db", str(path), "people", "add", str(DEMO)]) == 0
    assert main(["--db", str(path), "plan", "--person", "1"]) == 0
    assert main(["--db", str(path), "replan", "1", "--start", "2027-03-01"]) == 0
    return str(path)


def test_plans_list_newest_first_in_json(db, capsys):
    capsys.readouterr()
    assert main(["--db", db, "plans", "list", "--person", "1", "--format", "json"]) == 0
    plans = json.loads(capsys.readouterr().out)
    assert [p["id"] for p in plans] == [2, 1]
    assert plans[0]["current"] and not plans[1]["current"]
    assert {"finish", "hours", "cost_estimate", "ready_to_apply"} <= set(plans[0])


def test_plans_diff_and_restore(db, capsys):
    capsys.readouterr()
    assert main(["--db", db, "plans", "diff", "--person", "1", "1", "2", "--format", "json"]) == 0
    diff = json.loads(capsys.readouterr().out)
    assert diff["changes"] and all(
        c["change"] in {"added", "removed", "moved", "changed"} for c in diff["changes"]
    )
    assert main(["--db", db, "plans", "restore", "--person", "1", "1"]) == 0
    assert main(["--db", db, "plans", "list", "--person", "1", "--format", "json"]) == 0
    out = capsys.readouterr().out
    plans = json.loads(out[out.index("[") :])
    assert plans[0]["finish"] == plans[-1]["finish"] and len(plans) == 3


@pytest.mark.parametrize(
    "argv",
    [
        ["plans", "diff", "--person", "1", "1", "9"],
        ["plans", "restore", "--person", "1", "2"],  # already current
        ["plans", "list", "--person", "7"],
        ["plans", "diff", "--person", "1", "x", "2"],
        ["compare", "--person", "1"],
        ["compare", "--person", "1", "--hours", "500"],
        ["compare", "--person", "1", "--leave-out", "nothing-like-this"],
    ],
)
def test_bad_requests_exit_2_with_one_line(db, capsys, argv):
    capsys.readouterr()
    assert main(["--db", db, *argv]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_compare_a_profile_file_side_by_side(capsys):
    assert main(["compare", str(DEMO), "--hours", "4", "12", "--start", "2027-01-04"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "as planned" in lines[0] and "4 h a week" in lines[0] and "12 h a week" in lines[0]
    assert [line.split()[0] for line in lines[1:]] == [
        "ready",
        "PMP",
        "finish",
        "hours",
        "cost",
        "budget",
    ]


def test_compare_a_person_in_json(db, capsys):
    capsys.readouterr()
    assert (
        main(["--db", db, "compare", "--person", "1", "--budget", "500", "--format", "json"]) == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert [r["variant"] for r in rows] == ["as planned", "budget 500"]
    assert date.fromisoformat(rows[1]["finish"])
