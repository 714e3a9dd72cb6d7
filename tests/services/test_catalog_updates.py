"""A newer shipped catalog: its changes are reported once, and progress is never reset."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

import planner.catalog
from planner.catalog import load_catalog
from planner.cli import main
from planner.domain.catalog_model import Catalog

PERSONAS = Path(__file__).parents[1] / "data" / "personas"
SHIPPED = load_catalog()
GONE = "gcp-ace"


def newer(catalog: Catalog) -> Catalog:
    """The next catalog: Security+ costs more, Google's ACE is gone, PMP wants 12 months more."""
    certs = []
    for shipped in catalog.certifications:
        cert = shipped
        if cert.id == GONE:
            continue
        if cert.id == "comptia-secplus":
            cert = replace(cert, fee=replace(cert.fee, amount=425.0, currency="USD"))
        if cert.id == "pmi-pmp":
            rules = {k: v + 12 for k, v in cert.prerequisites.pm_experience_months.items()}
            cert = replace(
                cert, prerequisites=replace(cert.prerequisites, pm_experience_months=rules)
            )
        certs.append(cert)
    return replace(
        catalog,
        version="2027.01.1",
        certifications=tuple(certs),
        niches=tuple(
            replace(n, certifications=tuple(c for c in n.certifications if c != GONE))
            for n in catalog.niches
        ),
    )


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CAREER_PLANNER_DB", str(tmp_path / "db" / "planner.db"))

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def steps(cli, *args: str) -> dict[str, dict]:
    code, out, err = cli(*args, "--format", "json")
    assert code == 0, err
    return {s["id"]: s for s in json.loads(out)["steps"]}


def test_a_newer_catalog_reports_its_changes_once_and_keeps_progress(cli, tmp_path, monkeypatch):
    profile = PERSONAS / "countries" / "uk-infrastructure-engineer.json"
    assert cli("people", "add", str(profile))[0] == 0
    assert GONE in steps(cli, "plan", "--person", "1")
    assert cli("progress", "1", GONE, "done", "--on", "2026-11-20")[0] == 0
    assert steps(cli, "replan", "1")[GONE]["status"] == "done"
    code, out, err = cli("catalog", "changes")
    assert (code, err) == (0, "") and out.startswith("No catalog update")

    monkeypatch.setattr(planner.catalog, "load_catalog", lambda **_: newer(SHIPPED))
    code, out, err = cli("catalog", "changes")
    assert code == 0
    assert err.count("\n") == 1 and "the catalog was updated" in err  # said once ...
    assert out.startswith(f"Catalog updated from {SHIPPED.version} to 2027.01.1: 3 changes.")
    assert "~ price CompTIA Security+ (comptia-secplus): " in out and "-> $425" in out
    assert "- certification Associate Cloud Engineer (gcp-ace)" in out
    assert "~ rule Project Management Professional (PMP) (pmi-pmp) pm_experience_months: " in out
    assert "Re-plan affected people later" in out
    data = json.loads(cli("catalog", "changes", "--format", "json")[1])
    (person,) = data["affected"]
    assert person["person"] == 1
    assert any(GONE in line for line in person["changes"])
    code, again, err = cli("catalog", "changes")
    assert err == "" and again == out  # ... and kept to read again

    # Nothing was re-planned on opening; the progress is all there.
    plans = json.loads(cli("plans", "list", "--person", "1", "--format", "json")[1])
    assert len(plans) == 2
    after = steps(cli, "replan", "1")
    assert after[GONE]["status"] == "done"  # the removed item's done step stays done
    assert after[GONE]["end"] == "2026-11-20"


def test_start_up_only_compares_versions_when_nothing_changed(cli, monkeypatch):
    import planner.catalog.catalog_diff as diff

    assert cli("people", "list")[0] == 0  # first open: the catalog is recorded as seen
    calls = []
    monkeypatch.setattr(diff, "snapshot", lambda c: calls.append(c) or {})
    code, _, err = cli("people", "list")
    assert (code, err, calls) == (0, "", [])  # same version: no snapshot, no diff, no notice


def test_a_pack_update_names_the_pack_and_its_changes():
    from planner.services.catalog_updates import CatalogUpdate, catalog_version

    gb = SHIPPED.countries["GB"]
    update = CatalogUpdate(
        catalog_version(SHIPPED),
        catalog_version(
            replace(SHIPPED, countries={**SHIPPED.countries, "GB": replace(gb, pack_version="9")})
        ),
        ("~ GB price ...",),
        (),
    )
    head = update.text()[0]
    assert (
        head
        == f"Catalog updated (catalog {SHIPPED.version}); GB pack {gb.pack_version} -> 9: 1 change."
    )
