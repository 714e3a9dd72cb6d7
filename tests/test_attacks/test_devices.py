"""Item 14: devices and '-o -' are written in place, never replaced by a renamed file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.test_attacks.conftest import PERSONAS

EXPORTS = [
    ("export", "--person", "1", "-o", "{out}"),
    ("ics", "--person", "1", "-o", "{out}"),
    ("bundle", "export", "--person", "1", "-o", "{out}"),
    ("csv", "--person", "1", "-o", "{out}"),
    ("backup", "-o", "{out}"),
]


@pytest.fixture
def planned(two_people):
    assert two_people("plan", "--person", "1")[0] == 0
    return two_people


@pytest.mark.parametrize("args", EXPORTS, ids=lambda a: a[0])
def test_dev_full_is_an_error_and_stays_a_device(planned, args):
    code, _, err = planned(*[a.format(out="/dev/full") for a in args])
    assert code == 2 and "full" in err, err
    assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)


@pytest.mark.parametrize("args", EXPORTS, ids=lambda a: a[0])
def test_dash_writes_to_standard_output(planned, args, monkeypatch):
    import io
    import sys

    from planner.cli import main

    buffer = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(buffer, encoding="utf-8"))
    assert main([a.format(out="-") for a in args]) == 0
    data = buffer.getvalue()
    assert len(data) > 100 and b"wrote " not in data[:200]  # the report goes to stderr
    assert data[:1] in (b"%", b"B", b"{", b"s", b"S", b"\xef")  # PDF, ICS, JSON, CSV, SQLite


def test_ics_to_standard_output_is_the_calendar(planned, monkeypatch):
    import io
    import sys

    buffer = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(buffer, encoding="utf-8"))
    from planner.cli import main

    assert main(["ics", "--person", "1", "-o", "-"]) == 0
    assert buffer.getvalue().startswith(b"BEGIN:VCALENDAR")


def test_a_symlink_to_a_device_is_not_replaced(planned, tmp_path):
    link = tmp_path / "out.ics"
    link.symlink_to("/dev/null")
    assert planned("ics", "--person", "1", "-o", link)[0] == 0
    assert link.is_symlink()


def test_regular_files_still_go_through_a_temporary_file(planned, tmp_path):
    target = tmp_path / "plan.ics"
    assert planned("ics", "--person", "1", "-o", target)[0] == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert PERSONAS.exists()
