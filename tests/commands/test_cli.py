"""The command line: plans print, and bad input gets exit 2 and one line, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main

PERSONAS = Path(__file__).parents[1] / "data" / "personas"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_text_for_a_profile(capsys):
    code, out, err = run(capsys, "plan", str(PERSONAS / "service-manager.json"))
    assert code == 0 and not err
    assert "Career transition plan for Sam Service" in out
    assert "Certified Associate in Project Management (CAPM)" in out
    assert "check with issuer" in out and "Why:" in out


def test_plan_json_with_track_and_start(capsys):
    code, out, _ = run(
        capsys,
        "plan",
        str(PERSONAS / "developer.json"),
        "--format",
        "json",
        "--track",
        "hybrid",
        "--start",
        "2028-02-07",
    )
    data = json.loads(out)
    assert code == 0 and data["track"] == "hybrid" and data["start"] == "2028-02-07"
    assert min(s["start"] for s in data["steps"]) == "2028-02-07"


def test_demo_plan(capsys):
    code, out, _ = run(capsys, "plan", "--demo")
    assert code == 0 and "Dana Example" in out


def _write(tmp_path: Path, content: bytes | str, name: str = "p.json") -> str:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(path)


def _profile(**changes) -> str:
    data = json.loads((PERSONAS / "helpdesk.json").read_text(encoding="utf-8"))
    data.update(changes)
    return json.dumps({k: v for k, v in data.items() if v is not ...})


BAD_INPUTS = {
    "invalid json": ("{ oops", "is not valid JSON"),
    "missing name": (_profile(name=...), "missing required field 'name'"),
    "zero hours": (_profile(weekly_hours=0), "weekly_hours must be at least 0.5"),
    "negative hours": (_profile(weekly_hours=-3), "weekly_hours must be at least 0.5"),
    "unknown track": (_profile(target_track="sales"), "unknown track 'sales'"),
    "skill level 5": (
        _profile(skills=[{"name": "Networking", "level": 5}]),
        "skills[0].level: skill level must be 0 to 4",
    ),
    "skill level -1": (
        _profile(skills=[{"name": "Networking", "level": -1}]),
        "skill level must be 0 to 4",
    ),
    "impossible date": (_profile(start_date="2027-02-30"), "impossible date '2027-02-30'"),
    "not a date": (_profile(start_date="next week"), "start_date must be a date"),
    "bad earned date": (
        _profile(credentials=[{"name": "CCNA", "earned": "2021-13-01"}]),
        "credentials[0].earned: impossible date",
    ),
    "empty file": ("", "is empty"),
    "whitespace file": ("  \n ", "is empty"),
    "binary file": (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    "latin-1 file": ('{"name": "Jos\xe9"}'.encode("latin-1"), "not UTF-8"),
    "json array": ("[1, 2]", "must hold a JSON object"),
    "NaN hours": ('{"name": "x", "weekly_hours": NaN}', "NaN"),
    "string hours": (_profile(weekly_hours="eight"), "weekly_hours must be number"),
    "unknown niche": (_profile(niche="underwater-basketry"), "unknown niche"),
    "deep nesting": ("[" * 100_000 + "]" * 100_000, "nests too deeply"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_profile_gets_exit_2_and_one_line(capsys, tmp_path, case):
    content, expected = BAD_INPUTS[case]
    code, out, err = run(capsys, "plan", _write(tmp_path, content))
    assert code == 2, err
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("career-planner: "), err
    assert expected in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["plan", "/no/such/profile.json"], "no such file"),
        (["plan", "."], "is a folder"),
        (["plan", "--demo", "--start", "2027-02-30"], "--start: impossible date"),
        (["plan", "--demo", "--track", "sales"], "invalid choice: 'sales'"),
        (["plan"], "give a PROFILE.json, --demo or --person ID"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_command_line_gets_exit_2_and_one_line(capsys, args, expected):
    code, _, err = run(capsys, *args)
    assert code == 2 and err.count("\n") == 1 and expected in err, err


def test_internal_error_is_exit_1_and_logged(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("CAREER_PLANNER_LOG_DIR", str(tmp_path / "logs"))
    import planner.engine

    def boom(*_args, **_kwargs):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(planner.engine, "build_roadmap", boom)
    code, _, err = run(capsys, "plan", "--demo")
    assert code == 1 and "internal error: kaboom" in err and err.count("\n") == 1
    log = tmp_path / "logs" / "career-planner.log"
    assert "RuntimeError: kaboom" in log.read_text(encoding="utf-8")
    assert log.stat().st_mode & 0o777 == 0o600


def test_real_process_exit_codes(tmp_path):
    """The installed entry point behaves the same as main() in a real process."""
    bad = _write(tmp_path, "{ oops")
    done = subprocess.run(
        [sys.executable, "-m", "planner", "plan", bad], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    version = subprocess.run(
        [sys.executable, "-m", "planner", "--version"], capture_output=True, text=True, check=False
    )
    assert version.returncode == 0 and version.stdout.startswith("career-planner ")


def test_no_display_is_one_line_not_a_qt_abort(capsys, monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = run(capsys)
    assert code == 2 and err.count("\n") == 1 and "no display" in err
