"""Smoke test: the PDF benchmark still runs (tiny run counts, nothing written)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_pdf.py"


def test_the_pdf_benchmark_runs(tmp_path, capsys, monkeypatch):
    spec = importlib.util.spec_from_file_location("bench_pdf", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    out = tmp_path / "pdf.json"
    module.main(
        ["--runs", "1", "--long-runs", "1", "--warmup", "0", "--no-cold", "--out", str(out)]
    )
    results = json.loads(out.read_text(encoding="utf-8"))
    cases = {case["case"]: case for case in results["cases"]}
    assert set(cases) == {"typical", "long", "10 steps", "60 steps", "200 steps"}
    assert cases["long"]["steps"] == 60 and cases["long"]["pages"] > cases["typical"]["pages"]
    assert cases["10 steps"]["pages"] < cases["60 steps"]["pages"] < cases["200 steps"]["pages"]
    assert all(case["floor_median_ms"] > 0 for case in cases.values())
    printed = capsys.readouterr().out
    assert "x floor" in printed and "PDF per page" in printed and "flat: per page" in printed


def test_the_floor_uses_a_plain_reportlab_font(monkeypatch):
    """The planner's faces remember string widths; the floor must not get that for free."""
    spec = importlib.util.spec_from_file_location("bench_pdf", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    from reportlab.pdfbase import pdfmetrics

    from planner.export.pdf.fonts import family

    plain = pdfmetrics.getFont(module.floor_font())
    ours = pdfmetrics.getFont(family().regular)
    assert "stringWidth" not in vars(plain) and "stringWidth" in vars(ours)
    assert plain.stringWidth("Plain text", 10) == ours.stringWidth("Plain text", 10)
