"""Smoke test: the planning benchmark still imports, builds its synthetic catalog and plans."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_plan.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_plan", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def base(bench):
    return bench.load_catalog()


@pytest.fixture(scope="module")
def profile(bench):
    return bench.load_profile(bench.DEMO_PROFILE)


def test_synthetic_catalog_has_chains_and_plans(bench, base, profile):
    catalog = bench.synthetic_catalog(base, 80)
    synthetic = [c for c in catalog.certifications if c.id.startswith("syn-")]
    assert len(synthetic) == 80
    assert {"pmi-pmp", "pmi-capm"} <= set(catalog.cert_by_id)
    assert any(c.prerequisites.credentials_all for c in synthetic)

    roadmap = bench.build_roadmap(profile, catalog)
    assert roadmap.steps
    planned = [s for s in roadmap.steps if s.id.startswith("syn-")]
    assert len(planned) >= 10  # the synthetic track's targets really drive gap closure
    chained = [s for s in planned if s.depends_on]
    assert chained
    for step in chained:  # each chained step waits for its prerequisite in the same plan
        for pre in catalog.cert_by_id[step.id].prerequisites.credentials_all:
            assert pre in step.depends_on
    with_prereqs, with_deps = bench.chain_stats(catalog, roadmap)
    assert with_prereqs > 0 and with_deps > 0


def test_main_runs_at_a_tiny_size(bench, tmp_path, capsys):
    out = tmp_path / "plan.json"
    argv = ["--runs", "3", "--warmup", "1", "--rounds", "1", "--sizes", "20", "40"]
    assert bench.main([*argv, "--profile", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "synthetic N=40" in printed and "cProfile" in printed
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["typical"]["steps"] > 0
    assert [c["n"] for c in results["synthetic"]] == [20, 40]
    assert all(c["steps"] > 0 and c["median_ms"] > 0 for c in results["synthetic"])
    assert results["growth"]["pairs"] and results["hotspots"]
