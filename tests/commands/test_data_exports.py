"""The `ics`, `bundle` and `csv` verbs through cli.main: files written, bad input refused."""

from __future__ import annotations

import csv
import io
import json
import stat
from pathlib import Path

import pytest
from icalendar import Calendar

from planner.cli import main

PERSONAS = Path(__file__).parents[1] / "data" / "personas"


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CAREER_PLANNER_DB", str(tmp_path / "db" / "planner.db"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796083200")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.fixture
def person(cli) -> str:
    cli("people", "add", str(PERSONAS / "service-manager.json"), "--tag", "cohort-1")
    cli("progress", "1", "choose-niche", "done", "--on", "2026-11-20", "--note", "=1+1")
    cli("notes", "add", "1", "First session", "--on", "2026-10-01")
    return "1"


def test_ics_for_a_stored_person(cli, person, tmp_path):
    target = tmp_path / "plan.ics"
    code, out, err = cli("ics", "--person", person, "-o", str(target))
    assert code == 0 and err == ""
    assert out.startswith(f"wrote {target} (") and "milestones" in out
    assert private(target)
    calendar = Calendar.from_ical(target.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Career plan \u2014 Sam Service"
    summaries = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
    assert "Career plan complete" in summaries and "Eligible for PMP" in summaries
    # Exporting again gives the same file: UIDs and DTSTAMP are stable.
    first = target.read_bytes()
    cli("ics", "--person", person, "-o", str(target))
    assert target.read_bytes() == first


def test_ics_for_a_profile_file(cli, tmp_path):
    target = tmp_path / "dev.ics"
    code, _, _ = cli(
        "ics", str(PERSONAS / "developer.json"), "-o", str(target), "--start", "2027-01-04"
    )
    assert code == 0 and private(target)
    calendar = Calendar.from_ical(target.read_bytes())
    starts = [e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]).startswith("Career plan st")]
    assert starts[0]["DTSTART"].dt.isoformat() == "2027-01-04"


def test_bundle_export_then_import_elsewhere_and_twice(cli, person, tmp_path, monkeypatch):
    bundle = tmp_path / "sam.json"
    code, out, _ = cli("bundle", "export", "--person", person, "-o", str(bundle))
    assert code == 0 and out.strip() == (
        f"wrote {bundle} (Sam Service: 1 plan, 1 progress entry, 1 note, 0 ledger projects)"
    )
    assert private(bundle)
    assert json.loads(bundle.read_text(encoding="utf-8"))["format"] == "career-planner-bundle"
    monkeypatch.setenv("CAREER_PLANNER_DB", str(tmp_path / "other" / "planner.db"))
    code, out, _ = cli("bundle", "import", str(bundle))
    assert code == 0
    assert out.strip() == (
        "Added Sam Service as person 1 with 1 progress entry, 1 note, 1 plan and 1 tag."
    )
    before = json.loads(cli("people", "show", "1", "--format", "json")[1])
    code, out, _ = cli("bundle", "import", str(bundle))
    assert code == 0 and "already has everything" in out
    assert json.loads(cli("people", "show", "1", "--format", "json")[1]) == before
    assert len(json.loads(cli("people", "list", "--format", "json")[1])) == 1


def test_csv_of_progress(cli, person, tmp_path):
    target = tmp_path / "progress.csv"
    code, out, _ = cli("csv", "--person", person, "-o", str(target))
    assert code == 0 and out.startswith(f"wrote {target} (") and private(target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfstep_id,title,kind,")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    niche = next(r for r in rows if r["step_id"] == "choose-niche")
    assert niche["status"] == "done" and niche["finished"] == "2026-11-20"
    assert niche["note"] == "'=1+1"  # never a formula in a spreadsheet


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ics", "--person", "9", "-o", "{tmp}/x.ics"), "no person with id 9"),
        (("ics", "{tmp}/missing.json", "-o", "{tmp}/x.ics"), "no such file"),
        (("ics", "{personas}/developer.json", "-o", "{tmp}/no/x.ics"), "does not exist"),
        (("ics", "--person", "1", "-o", "{tmp}/x.ics", "--start", "2027-13-01"), "--start"),
        (("csv", "--person", "9", "-o", "{tmp}/x.csv"), "no person with id 9"),
        (("bundle", "export", "--person", "9", "-o", "{tmp}/x.json"), "no person with id 9"),
        (("bundle", "import", "{tmp}/missing.json"), "no such file"),
        (("bundle", "import", "{tmp}/newer.json"), "newer version of the planner"),
        (("bundle", "import", "{tmp}/resume.json"), "not a person bundle"),
        (("bundle", "import", "{tmp}/broken.json"), "not valid JSON"),
        (("bundle", "import", "{tmp}"), "is a folder"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(cli, tmp_path, args, message):
    (tmp_path / "newer.json").write_text('{"format": "career-planner-bundle", "version": 7}')
    (tmp_path / "resume.json").write_text('{"basics": {"name": "Sam"}}')
    (tmp_path / "broken.json").write_text('{"format": "career-planner-bundle", ')
    code, out, err = cli(*(a.format(tmp=tmp_path, personas=PERSONAS) for a in args))
    assert code == 2 and out == ""
    assert err.startswith("career-planner: ") and message in err and err.count("\n") == 1
    assert not (tmp_path / "x.ics").exists() and not (tmp_path / "x.csv").exists()
    assert cli("people", "list", "--format", "json")[1].strip() == "[]"
