"""Time the printed plan (write_pdf) on the demo plan and on a 60-step plan with long notes.

Each case is compared with a floor measured in the same run: reportlab writing the same
number of pages of plain paragraphs, in the same embedded font, saved the same way.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

# Run from a checkout without installing: `python3 benchmarks/bench_pdf.py`.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine_info as common_machine_info
from benchmarks.common import percentile, timed
from planner.catalog import load_catalog
from planner.codec.profile_file import load_profile
from planner.domain.catalog_model import Catalog
from planner.domain.roadmap import Roadmap
from planner.engine.planner import build_roadmap
from planner.export.pdf import PlanDocument, write_pdf
from planner.export.pdf.writer import atomic_write, page_size

ROOT = Path(__file__).resolve().parent.parent
DEMO_PROFILE = ROOT / "resources" / "demo" / "dana.json"
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "pdf.json"
EPOCH = "1796083200"  # fixed dates, so every run renders the same bytes

TYPICAL_TARGET_MS = 300.0
LONG_TARGET_MS = 1500.0
LONG_STEPS = 60
PER_PAGE_STEPS = (10, 60, 200)
PER_PAGE_GOAL = 3.0  # ms a page, x the floor's ms a page
FLAT_GOAL = 1.25  # ms a page at the most steps, x at the fewest
STEP_NOTE = "A long note on this step: what went well, what to revisit, whom to call next. " * 12
SESSION_NOTE = (
    "Session notes: progress, blockers, the next exam date and what to read. " * 14 + "\n\n"
) * 5
FLOOR_TEXT = (
    "Plain paragraph text for the floor: reportlab lays out and writes the same number of "
    "pages as the plan, in the same embedded font, with nothing else on the page. "
) * 5
FLOOR_DESCRIPTION = (
    "reportlab writing the same number of pages of plain paragraphs (SimpleDocTemplate, "
    "DejaVu Sans subset-embedded, the same paper), saved with the same atomic write: the cost "
    "of any reportlab PDF of that length, before charts, tables, outline or page numbering."
)


def long_roadmap(base: Roadmap, count: int = LONG_STEPS, note: str = STEP_NOTE) -> Roadmap:
    """count steps cycled from base's, four weeks apart, each with a long note."""
    steps = []
    for k in range(count):
        step = base.steps[k % len(base.steps)]
        start = base.start + timedelta(weeks=4 * k)
        end = start + (step.end - step.start)
        exam = end if step.exam_date else None
        steps.append(
            replace(
                step,
                id=f"{step.id}-{k}",
                start=start,
                end=end,
                exam_date=exam,
                book_by=end - timedelta(weeks=3) if exam else None,
                depends_on=(),
                note=note,
            )
        )
    finish = max(s.end for s in steps)
    return replace(base, steps=tuple(steps), summary=replace(base.summary, finish=finish))


def documents(catalog: Catalog) -> dict[str, PlanDocument]:
    profile = load_profile(DEMO_PROFILE)
    roadmap = build_roadmap(profile, catalog)
    notes = tuple((date(2027, 1, 4) + timedelta(weeks=6 * i), SESSION_NOTE) for i in range(10))
    docs = {
        "typical": PlanDocument(roadmap, catalog, profile),
        "long": PlanDocument(long_roadmap(roadmap), catalog, profile, notes=notes),
    }
    for steps in PER_PAGE_STEPS:  # the same plan grown: the cost of a page must stay flat
        docs[f"{steps} steps"] = PlanDocument(long_roadmap(roadmap, steps), catalog, profile)
    return docs


# -- the floor -------------------------------------------------------------------------------
FLOOR_FONT = "FloorDejaVuSans"


def floor_font() -> str:
    """The shipped regular face registered as reportlab ships it: none of the planner's own
    speed-ups (the planner's registration remembers string widths), so the floor stays plain."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from planner.export.pdf.fonts import FILES, REGULAR, fonts_dir

    if FLOOR_FONT not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(FLOOR_FONT, str(fonts_dir() / FILES[REGULAR]))
        # A face name of its own: reportlab shares one font object between registrations of
        # the same face, which would give the floor the planner's font (or the other way).
        font.face.name = FLOOR_FONT.encode("ascii")
        pdfmetrics.registerFont(font)
    return FLOOR_FONT


def floor_story(pages: int) -> list[Any]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph

    style = ParagraphStyle("floor", fontName=floor_font(), fontSize=9.5, leading=13.5)
    story: list[Any] = []
    for page in range(pages):
        story += [Paragraph(FLOOR_TEXT, style) for _ in range(5)]  # about a page's worth
        if page < pages - 1:
            story.append(PageBreak())
    return story


def write_floor(pages: int, target: Path, paper: str) -> int:
    import io

    from reportlab.platypus import SimpleDocTemplate

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=page_size(paper), initialFontName=floor_font(), invariant=1
    )
    doc.build(floor_story(pages))
    atomic_write(target, buffer.getvalue())
    return doc.page


# -- timing ----------------------------------------------------------------------------------
@dataclass
class Figures:
    name: str
    steps: int
    pages: int
    target_ms: float | None  # None: judged per page against the floor instead
    samples: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.samples) * 1000

    @property
    def floor_ms(self) -> float:
        return statistics.median(self.floor) * 1000

    @property
    def ratio(self) -> float:
        return self.median_ms / self.floor_ms

    @property
    def passed(self) -> bool:
        if self.target_ms is None:
            return self.ratio <= PER_PAGE_GOAL
        return self.median_ms < self.target_ms

    def as_dict(self) -> dict[str, Any]:
        return {
            "case": self.name,
            "steps": self.steps,
            "pages": self.pages,
            "runs": len(self.samples),
            "median_ms": round(self.median_ms, 2),
            "p95_ms": round(percentile(self.samples, 0.95) * 1000, 2),
            "min_ms": round(min(self.samples) * 1000, 2),
            "max_ms": round(max(self.samples) * 1000, 2),
            "floor_median_ms": round(self.floor_ms, 2),
            "ratio_to_floor": round(self.ratio, 2),
            "target_ms": self.target_ms,
            "meets_target": self.passed,
            **self.extra,
        }


def bench_case(
    name: str,
    doc: PlanDocument,
    *,
    target_ms: float | None,
    runs: int,
    warmup: int,
    folder: Path,
) -> Figures:
    """write_pdf and its floor, interleaved run by run so machine drift hits both alike."""
    stem = name.replace(" ", "-")
    plan_file, floor_file = folder / f"{stem}.pdf", folder / f"{stem}-floor.pdf"
    result = write_pdf(doc, plan_file)
    floor_pages = write_floor(result.pages, floor_file, "a4")
    if floor_pages != result.pages:
        raise RuntimeError(f"floor has {floor_pages} pages, the plan {result.pages}")
    for _ in range(warmup):
        write_pdf(doc, plan_file)
        write_floor(result.pages, floor_file, "a4")
    figures = Figures(name, len(doc.roadmap.steps), result.pages, target_ms)
    figures.extra["bytes"] = plan_file.stat().st_size
    figures.extra["floor_bytes"] = floor_file.stat().st_size
    gc.collect()
    for _ in range(runs):
        figures.samples.append(timed(lambda: write_pdf(doc, plan_file)))
        figures.floor.append(timed(lambda: write_floor(result.pages, floor_file, "a4")))
    return figures


def cold_first_export_ms(folder: Path) -> float | None:
    """A fresh interpreter's first export of the demo plan (imports, fonts, catalog excluded)."""
    script = "\n".join(
        [
            "import sys, time",
            f"sys.path.insert(0, {str(ROOT)!r})",
            "from pathlib import Path",
            "from planner.catalog import load_catalog",
            "from planner.engine import build_roadmap",
            "from planner.codec.profile_file import load_profile",
            f"c = load_catalog(); p = load_profile(Path({str(DEMO_PROFILE)!r}))",
            "r = build_roadmap(p, c)",
            "t = time.perf_counter()",
            "from planner.export.pdf import PlanDocument, write_pdf",
            f"write_pdf(PlanDocument(r, c, p), Path({str(folder / 'cold.pdf')!r}))",
            "print((time.perf_counter() - t) * 1000)",
        ]
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
        )
        return round(float(done.stdout.strip()), 1)
    except (OSError, subprocess.SubprocessError, ValueError):
        return None


# -- reporting -------------------------------------------------------------------------------
def render_table(cases: Sequence[Figures], cold: float | None) -> str:
    header = (
        f"{'case':<12}{'steps':>7}{'pages':>7}{'runs':>6}{'median ms':>11}{'p95 ms':>9}"
        f"{'floor ms':>10}{'x floor':>9}  target"
    )
    lines = [header, "-" * len(header)]
    for f in cases:
        if f.target_ms is None:
            continue
        verdict = f"{'ok' if f.passed else 'MISSED'} (<{f.target_ms:g} ms)"
        p95 = percentile(f.samples, 0.95) * 1000
        lines.append(
            f"{f.name:<12}{f.steps:>7}{f.pages:>7}{len(f.samples):>6}{f.median_ms:>11.1f}"
            f"{p95:>9.1f}{f.floor_ms:>10.1f}{f.ratio:>9.2f}  {verdict}"
        )
    per_page = [f for f in cases if f.target_ms is None]
    if per_page:
        lines += ["", render_per_page(per_page)]
    lines += ["", f"floor = {FLOOR_DESCRIPTION}"]
    if cold is not None:
        lines.append(
            f"first export in a fresh process (imports reportlab, registers fonts): {cold:.0f} ms"
        )
    return "\n".join(lines)


def render_per_page(cases: Sequence[Figures]) -> str:
    """figure | ours | floor | ratio | goal, per page, and how flat it stays as plans grow."""
    head = f"{'PDF per page':<28}{'pages':>6}{'ours':>10}{'floor':>10}{'ratio':>8}  goal"
    lines = [head, "-" * len(head)]
    for f in cases:
        ours, floor = f.median_ms / f.pages, f.floor_ms / f.pages
        verdict = "ok" if f.ratio <= PER_PAGE_GOAL else "MISSED"
        lines.append(
            f"{'at ' + f.name:<28}{f.pages:>6}{ours:>7.1f} ms{floor:>7.1f} ms{f.ratio:>7.2f}x"
            f"  <= {PER_PAGE_GOAL:g}x {verdict}"
        )
    first, last = cases[0], cases[-1]
    growth = (last.median_ms / last.pages) / (first.median_ms / first.pages)
    verdict = "ok" if growth <= FLAT_GOAL else "MISSED"
    lines.append(
        f"{'flat: per page ' + last.name + ' / ' + first.name:<28}{'':>6}{growth:>9.2f}x"
        f"{'':>18}  <= {FLAT_GOAL:g}x {verdict}"
    )
    return "\n".join(lines)


def machine_info() -> dict[str, Any]:
    import reportlab

    try:
        import rl_accel  # type: ignore[import-not-found]  # noqa: F401

        accelerated = True
    except ImportError:
        accelerated = False  # reportlab's pure-Python fallbacks are in use
    return common_machine_info(reportlab=reportlab.Version, rl_accel=accelerated)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30, help="timed runs, typical plan")
    parser.add_argument("--long-runs", type=int, default=10, help="timed runs, 60-step plan")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs per case")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results JSON file")
    parser.add_argument("--no-write", action="store_true", help="do not write the results file")
    parser.add_argument("--no-cold", action="store_true", help="skip the fresh-process timing")
    args = parser.parse_args(argv)

    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    machine = machine_info()
    catalog = load_catalog()
    docs = documents(catalog)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = [
            bench_case(
                "typical",
                docs["typical"],
                target_ms=TYPICAL_TARGET_MS,
                runs=args.runs,
                warmup=args.warmup,
                folder=folder,
            ),
            bench_case(
                "long",
                docs["long"],
                target_ms=LONG_TARGET_MS,
                runs=args.long_runs,
                warmup=args.warmup,
                folder=folder,
            ),
        ]
        for steps in PER_PAGE_STEPS:
            cases.append(
                bench_case(
                    f"{steps} steps",
                    docs[f"{steps} steps"],
                    target_ms=None,
                    runs=args.long_runs,
                    warmup=min(args.warmup, 1),
                    folder=folder,
                )
            )
        cold = None if args.no_cold else cold_first_export_ms(folder)
    print(render_table(cases, cold))
    if not args.no_write:
        results = {
            "benchmark": "write_pdf",
            "generated": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": machine,
            "floor": FLOOR_DESCRIPTION,
            "targets": {"typical_median_ms": TYPICAL_TARGET_MS, "long_median_ms": LONG_TARGET_MS},
            "cases": [c.as_dict() for c in cases],
            "cold_first_export_ms": cold,
        }
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.out}")
    return 0 if all(c.passed for c in cases) else 1


if __name__ == "__main__":
    raise SystemExit(main())
