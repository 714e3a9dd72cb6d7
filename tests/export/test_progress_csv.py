"""Progress as CSV: header, one row per planned step, extra progress rows, BOM and injection."""

from __future__ import annotations

import csv
import io
import stat
from dataclasses import replace
from datetime import date

import pytest

from planner.domain.progress import StepProgress
from planner.engine import build_roadmap
from planner.export.progress_csv import (
    HEADER,
    catalog_titles,
    csv_bytes,
    progress_rows,
    safe_cell,
    write_progress_csv,
)
from tests.export.conftest import demo_profile


@pytest.fixture(scope="module")
def roadmap(catalog):
    return build_roadmap(demo_profile(), catalog, start=date(2027, 1, 4))


def parse(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_header_and_one_row_per_planned_step(roadmap, catalog):
    progress = {"choose-niche": StepProgress("choose-niche", "done", None, date(2027, 1, 9))}
    data = csv_bytes(progress_rows(roadmap, progress, catalog_titles(catalog)))
    assert data.split(b"\r\n")[0] == b"\xef\xbb\xbf" + ",".join(HEADER).encode()
    rows = parse(data)
    assert [r["step_id"] for r in rows] == [s.id for s in roadmap.steps]
    niche = next(r for r in rows if r["step_id"] == "choose-niche")
    assert niche["status"] == "done" and niche["finished"] == "2027-01-09"
    az104 = next(r for r in rows if r["step_id"] == "ms-az104")
    step = next(s for s in roadmap.steps if s.id == "ms-az104")
    assert az104["planned_start"] == step.start.isoformat()
    assert az104["planned_end"] == step.end.isoformat()
    assert float(az104["hours"]) == step.hours and float(az104["cost"]) == step.cost
    assert az104["currency"] == "USD" and az104["status"] == "todo"
    unpriced = next(s for s in roadmap.steps if s.cost is None)
    assert next(r for r in rows if r["step_id"] == unpriced.id)["cost"] == ""


def test_progress_on_steps_outside_the_plan_is_listed_after_it(roadmap, catalog):
    progress = {
        "aws-ccp": StepProgress("aws-ccp", "done", date(2026, 5, 1), date(2026, 6, 1)),
        "zz-custom": StepProgress("zz-custom", "skipped", note="not needed"),
    }
    rows = parse(csv_bytes(progress_rows(roadmap, progress, catalog_titles(catalog))))
    extra = rows[len(roadmap.steps) :]
    assert [r["step_id"] for r in extra] == ["aws-ccp", "zz-custom"]
    assert extra[0]["title"] == catalog.cert_by_id["aws-ccp"].name
    assert extra[0]["planned_start"] == "" and extra[0]["started"] == "2026-05-01"
    assert extra[1]["status"] == "skipped" and extra[1]["note"] == "not needed"


def test_formulas_are_neutralised_and_quoting_is_right(roadmap):
    evil = replace(roadmap.steps[0], title='=HYPERLINK("http://x","click")', note="")
    progress = {
        evil.id: StepProgress(evil.id, "todo", note='+1, "quoted"\nsecond line'),
        "@sum": StepProgress("@sum", "todo", note="-2"),
    }
    rows = parse(csv_bytes(progress_rows(replace(roadmap, steps=(evil,)), progress)))
    assert rows[0]["title"] == '\'=HYPERLINK("http://x","click")'
    assert rows[0]["note"] == '\'+1, "quoted"\nsecond line'
    assert rows[1]["step_id"] == "'@sum" and rows[1]["note"] == "'-2"
    assert safe_cell("plain") == "plain" and safe_cell("\tx") == "'\tx"


def test_no_plan_still_lists_progress():
    progress = {"pmi-capm": StepProgress("pmi-capm", "in_progress", date(2027, 2, 1))}
    rows = parse(csv_bytes(progress_rows(None, progress)))
    assert [(r["step_id"], r["status"], r["started"]) for r in rows] == [
        ("pmi-capm", "in_progress", "2027-02-01")
    ]


def test_write_is_owner_only(roadmap, tmp_path):
    result = write_progress_csv(tmp_path / "progress.csv", roadmap, {})
    assert result.rows == len(roadmap.steps)
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert len(parse(result.path.read_bytes())) == result.rows
