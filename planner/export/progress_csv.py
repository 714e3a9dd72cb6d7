"""Progress as CSV for spreadsheets: one row per planned step, then progress on other steps.

Cells are separated by ',' with a decimal point, or by ';' with a decimal comma where the
language writes numbers so (German, Spanish), as the spreadsheets there expect.
The file is UTF-8 with a byte-order mark and CRLF line ends, which is what Excel needs to
read accented names correctly (LibreOffice and Google Sheets accept it too). Cells that
start with = + - @ (or a tab or carriage return) get a leading apostrophe, so a spreadsheet
shows them as text instead of running them as formulas (CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from planner.domain.catalog_model import Catalog
from planner.domain.progress import StepProgress
from planner.domain.records import record
from planner.domain.roadmap import Roadmap
from planner.i18n.format import csv_delimiter, decimal_separator

HEADER = (
    "step_id",
    "title",
    "kind",
    "planned_start",
    "planned_end",
    "hours",
    "cost",
    "currency",
    "status",
    "started",
    "finished",
    "note",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@record
class CsvResult:
    path: Path
    rows: int


def safe_cell(value: str) -> str:
    """The value, with a leading apostrophe when a spreadsheet would take it for a formula."""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _number(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    text = text if text != "-0" else "0"
    return text.replace(".", decimal_separator())  # '2,5' where spreadsheets expect a comma


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def catalog_titles(catalog: Catalog) -> dict[str, str]:
    """Titles for steps that are not in the plan (progress recorded on a catalog item)."""
    titles = {a.id: a.title for a in catalog.activities}
    titles.update({m.id: m.name for m in catalog.memberships})
    titles.update({c.id: c.name for c in catalog.certifications})
    return titles


def progress_rows(
    roadmap: Roadmap | None,
    progress: Mapping[str, StepProgress],
    titles: Mapping[str, str] | None = None,
) -> list[tuple[str, ...]]:
    """Rows under HEADER: the plan's steps in plan order, then other steps with progress."""
    titles = titles or {}
    rows: list[tuple[str, ...]] = []
    planned = set()
    for step in roadmap.steps if roadmap else ():
        planned.add(step.id)
        entry = progress.get(step.id)
        rows.append(
            (
                step.id,
                step.title,
                step.kind,
                _day(step.start),
                _day(step.end),
                _number(step.hours),
                _number(step.cost),
                step.currency,
                entry.status if entry else step.status,
                _day(entry.started) if entry else "",
                _day(entry.finished) if entry else "",
                (entry.note if entry and entry.note else step.note),
            )
        )
    for step_id in sorted(set(progress) - planned):
        entry = progress[step_id]
        rows.append(
            (
                step_id,
                titles.get(step_id, ""),
                "",
                "",
                "",
                "",
                "",
                "",
                entry.status,
                _day(entry.started),
                _day(entry.finished),
                entry.note,
            )
        )
    return rows


def csv_bytes(rows: list[tuple[str, ...]]) -> bytes:
    """HEADER and rows as UTF-8 with BOM, CRLF line ends, quoted where needed."""
    buffer = io.StringIO(newline="")
    # ';' where the decimal separator is a comma, as spreadsheets there split on ';'.
    writer = csv.writer(
        buffer, delimiter=csv_delimiter(), lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL
    )
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_progress_csv(
    target: Path,
    roadmap: Roadmap | None,
    progress: Mapping[str, StepProgress],
    titles: Mapping[str, str] | None = None,
) -> CsvResult:
    """Write the CSV atomically (temp file, fsync, rename; owner-only)."""
    from planner.export.files import atomic_write, check_target

    target = Path(target)
    check_target(target)
    rows = progress_rows(roadmap, progress, titles)
    atomic_write(target, csv_bytes(rows))
    return CsvResult(target, len(rows))
