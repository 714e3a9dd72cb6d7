"""Item 13: hostile arguments get exit 2 and a sentence, never "internal error" (exit 1)."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_attacks.conftest import PERSONAS

EXTREME_DATES = ["0001-01-01", "9999-12-31"]


def _profile(tmp_path, **changes):
    data = json.loads((PERSONAS / "developer.json").read_text())
    data.update(changes)
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize("day", EXTREME_DATES)
def test_extreme_dates_are_refused(two_people, tmp_path, day):
    cli = two_people
    cases = [
        ("plan", _profile(tmp_path, start_date=day)),
        ("plan", PERSONAS / "developer.json", "--start", day),
        ("people", "add", _profile(tmp_path, start_date=day)),
        ("plan", _profile(tmp_path, credentials=[{"name": "CCNA", "earned": day}])),
        ("replan", "1", "--start", day),
        ("progress", "1", "choose-niche", "done", "--on", day),
    ]
    for args in cases:
        code, _, err = cli(*args)
        assert code == 2 and "between 1900-01-01 and 2100-12-31" in err, (args, err)
    assert cli("plan", "--person", "1")[0] == 0  # nobody was stored with such a date


def test_lone_surrogate_in_a_name(cli, tmp_path):
    path = tmp_path / "p.json"
    path.write_text(
        (PERSONAS / "developer.json").read_text().replace('"Dev Oper"', '"Dev \\ud800 Oper"')
    )
    code, _, err = cli("people", "add", path)
    assert code == 2 and "invalid character" in err
    code, _, err = cli("notes", "add", "1", "bad \udcff byte")
    assert code == 2 and "UTF-8" in err


def test_huge_numbers(cli, tmp_path):
    path = tmp_path / "p.json"
    path.write_text('{"name": "N", "weekly_hours": ' + "9" * 5000 + "}")
    code, _, err = cli("plan", path)
    assert code == 2 and "internal error" not in err
    code, _, err = cli("people", "show", "9" * 40)
    assert code == 2 and "whole number" in err
    code, _, err = cli("coach", "price", "pmi", "9" * 5000)
    assert code == 2 and "internal error" not in err


def test_backup_into_an_unwritable_folder(two_people, tmp_path):
    cli = two_people
    code, _, err = cli("backup", "-o", "/proc/nope/backup.db")
    assert code == 2 and "cannot write the backup" in err, err


# -- every verb, hostile arguments ------------------------------------------------------------
HOSTILE = st.sampled_from(
    [
        "",
        "-",
        "0",
        "-1",
        "1",
        "9" * 40,
        "9" * 5000,
        "1e308",
        "inf",
        "nan",
        "0001-01-01",
        "9999-12-31",
        "2027-02-30",
        "\udcff",
        "\x1b[2J\u202e",
        "\x00",
        " ",
        "/dev/zero",
        "/dev/full",
        "/",
        "/nonexistent/x",
        "../../etc/passwd",
        "a" * 5000,
    ]
)
VERBS = [
    ["plan", "{a}"],
    ["plan", "--person", "{a}"],
    ["plan", "--demo", "--start", "{a}"],
    ["replan", "{a}"],
    ["replan", "1", "--start", "{a}"],
    ["progress", "1", "{a}", "done", "--on", "{b}"],
    ["people", "list", "--search", "{a}", "--tag", "{b}"],
    ["people", "add", "{a}", "--tag", "{b}"],
    ["people", "show", "{a}"],
    ["people", "delete", "{a}"],
    ["notes", "add", "1", "{a}", "--on", "{b}"],
    ["notes", "list", "1", "--search", "{a}"],
    ["experience", "add", "1", "{a}", "--from", "{b}"],
    ["experience", "list", "{a}"],
    ["export", "{a}", "-o", "{b}"],
    ["export", "--person", "1", "-o", "{a}"],
    ["import", "{a}", "--dry-run"],
    ["ics", "--person", "{a}", "-o", "{b}"],
    ["bundle", "export", "--person", "1", "-o", "{a}"],
    ["bundle", "import", "{a}"],
    ["csv", "--person", "1", "-o", "{a}"],
    ["niches", "--person", "1", "{a}"],
    ["coach", "set", "--name", "{a}", "--currency", "{b}"],
    ["coach", "price", "{a}", "{b}"],
    ["coach", "step", "{a}", "--title", "{b}", "--hours", "{b}"],
    ["backup", "-o", "{a}"],
    ["backup", "--keep", "{a}"],
    ["restore", "{a}"],
]


def _hostile_run(cli, verb, a, b) -> None:
    args = [part.format(a=a, b=b) for part in verb]
    code, _, err = cli(*args)
    assert code in (0, 2), (args, err)
    assert "internal error" not in err, (args, err)


def _hostile(examples: int):
    @settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(verb=st.sampled_from(VERBS), a=HOSTILE, b=HOSTILE)
    def check(two_people, tmp_path, verb, a, b):
        # Relative names ("0", "inf") become output files: keep them in the test's folder.
        previous = os.getcwd()
        os.chdir(tmp_path)
        try:
            _hostile_run(two_people, verb, a, b)
        finally:
            os.chdir(previous)

    return check


test_every_verb_survives_hostile_arguments = _hostile(int(os.environ.get("ATTACK_EXAMPLES", "40")))
test_every_verb_survives_hostile_arguments_at_length = pytest.mark.slow(_hostile(600))
