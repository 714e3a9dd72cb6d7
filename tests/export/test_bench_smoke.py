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
    assert set(cases) == {"typical", "long"}
    assert cases["long"]["steps"] == 60 and cases["long"]["pages"] > cases["typical"]["pages"]
    assert all(case["floor_median_ms"] > 0 for case in cases.values())
    assert "x floor" in capsys.readouterr().out
