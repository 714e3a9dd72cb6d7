"""Print preview and printing of the demo plan: time to the first page and peak memory.

Each figure comes from its own process (offscreen Qt) so peak RSS (VmHWM) belongs to it
alone; the floor is a bare PySide6 window's process, measured in the same run.

    python3 benchmarks/bench_preview.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = r"""
import json, sys, time
from pathlib import Path

def peak_mib():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")

from PySide6.QtWidgets import QApplication, QMainWindow
mode, pdf = sys.argv[1], sys.argv[2]
if mode != "floor":  # painted as the app paints, on its own thread
    from planner.gui.application import serial_painting
    serial_painting()
app = QApplication([])
if mode == "floor":
    window = QMainWindow()
    window.resize(900, 1000)
    window.show()
    app.processEvents()
    print(json.dumps({"first_page_ms": 0.0, "peak_mib": peak_mib()}))
    sys.exit(0)
if mode == "preview":
    from planner.gui.pdf_preview import PdfPreviewDialog
    started = time.perf_counter()
    dialog = PdfPreviewDialog(Path(pdf))
    dialog.show()
    while 0 not in dialog.strip.rendered_pages():
        app.processEvents()
    first = (time.perf_counter() - started) * 1000
    bar = dialog.scroll.verticalScrollBar()
    for index in range(len(dialog.pages)):  # scroll through every page
        bar.setValue(dialog.strip.top_of(index))
        while index not in dialog.strip.rendered_pages():
            app.processEvents()
    print(json.dumps({"first_page_ms": first, "peak_mib": peak_mib(),
                      "pages": len(dialog.pages)}))
    dialog.done(0)
    sys.exit(0)
if mode == "print":
    from PySide6.QtPrintSupport import QPrinter
    from planner.gui.output import paint_pdf
    from planner.gui.pdf_pages import PdfPages
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(sys.argv[3])
    started = time.perf_counter()
    with PdfPages(Path(pdf)) as pages:
        paint_pdf(pages, printer)
    print(json.dumps({"first_page_ms": (time.perf_counter() - started) * 1000,
                      "peak_mib": peak_mib(), "printer_dpi": printer.resolution()}))
"""


def demo_pdf(folder: Path) -> Path:
    from planner.catalog import load_catalog
    from planner.codec.profile_file import load_profile
    from planner.engine import build_roadmap
    from planner.export.pdf import PlanDocument, write_pdf

    catalog = load_catalog()
    profile = load_profile(ROOT / "resources" / "demo" / "dana.json")
    document = PlanDocument(
        roadmap=build_roadmap(profile, catalog), catalog=catalog, profile=profile
    )
    target = folder / "dana.pdf"
    write_pdf(document, target, paper="a4")
    return target


def run_child(mode: str, pdf: Path, folder: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(pdf), str(folder / f"{mode}-out.pdf")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        pdf = demo_pdf(folder)
        results: dict[str, list[dict]] = {"floor": [], "preview": [], "print": []}
        for _ in range(args.runs):  # interleaved, so machine drift hits every mode alike
            for mode, samples in results.items():
                samples.append(run_child(mode, pdf, folder))
    floor = statistics.median(r["peak_mib"] for r in results["floor"])
    rows = [
        ("figure", "ours", "floor", "ratio", "goal"),
        ("", "", "(bare window)", "", ""),
    ]
    for mode, goal_ms, goal_mib in (("preview", 1000, 300), ("print", None, 300)):
        first = statistics.median(r["first_page_ms"] for r in results[mode])
        peak = statistics.median(r["peak_mib"] for r in results[mode])
        label = "first page" if mode == "preview" else "all pages to a 1,200 dpi printer"
        rows.append(
            (f"{mode}: {label}", f"{first:.0f} ms", "", "", f"< {goal_ms} ms" if goal_ms else "")
        )
        rows.append(
            (
                f"{mode}: peak RSS",
                f"{peak:.0f} MiB",
                f"{floor:.0f} MiB",
                f"{peak / floor:.2f}x",
                f"< {goal_mib} MiB",
            )
        )
    pages = results["preview"][0]["pages"]
    print(f"demo plan: {pages} pages; medians of {args.runs} runs per figure")
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
