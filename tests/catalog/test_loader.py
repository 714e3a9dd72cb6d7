"""The catalog loads, covers the reference sheet, and refuses malformed files precisely."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from planner.catalog import load_catalog
from planner.domain.errors import CatalogError
from planner.resources import resources_dir

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "certifications.md"


@pytest.fixture
def resource_copy(tmp_path: Path) -> Path:
    target = tmp_path / "resources"
    shutil.copytree(resources_dir(), target)
    return target


def _edit(root: Path, name: str, change) -> None:
    path = root / "catalog" / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared reference sheet not beside checkout")
def test_every_reference_certification_is_in_the_catalog(catalog):
    keys = set(re.findall(r"^\| ([a-z0-9-]+) \|", REFERENCE.read_text(encoding="utf-8"), re.M))
    keys -= {"pmi-member", "key"}
    assert keys, "reference table not parsed"
    assert keys <= set(catalog.cert_by_id), keys - set(catalog.cert_by_id)


def test_unverified_prices_stay_empty(catalog):
    for cert in catalog.certifications:
        if cert.fee.confidence == "U":
            assert cert.fee.amount is None, cert.id
    pmp = catalog.cert_by_id["pmi-pmp"]
    # Point 12: sources conflict on the member fee too, so both carry a range instead of a price
    assert pmp.fee.amount is None and pmp.fee.member_amount is None
    assert pmp.fee.range_for(True) == (405, 445) and pmp.fee.range_for(False) == (555, 675)
    assert catalog.membership_by_id["pmi"].fee.amount is None


def test_corrected_facts_keep_source_date_and_confidence(catalog):
    psm = catalog.cert_by_id["so-psm1"]
    assert psm.fee.amount == 200 and psm.fee.confidence == "O" and psm.fee.as_of
    assert any("scrum.org" in s.url for s in psm.sources)
    pmp = catalog.cert_by_id["pmi-pmp"]
    assert any(c.on == "2026-07-09" for c in pmp.exam_changes)
    assert any("pmi.org" in s.url for s in pmp.sources[:1])
    assert pmp.prerequisites.pm_experience_months_gac == 24
    itil = catalog.cert_by_id["itil4-fnd"]
    assert itil.fee.estimate == (350, 400) and "269" in itil.fee.reported
    prince = catalog.cert_by_id["prince2-fnd"]
    assert prince.validity_years is None and prince.validity_source is not None
    aplus = catalog.cert_by_id["comptia-aplus"]
    assert aplus.validity_applies_from == "2011-01-01" and aplus.validity_source is not None
    ccna = catalog.cert_by_id["cisco-ccna"].study_hours
    assert (ccna.low, ccna.high) == (150, 300) and ccna.as_of and ccna.confidence


def test_study_links_are_official_pages_with_dates(catalog):
    issuers = (
        "learn.microsoft.com",
        "netacad.com",
        "comptia.org",
        "pmi.org",
        "scrum.org",
        "cloud.google.com",
        "aws.amazon.com",
    )
    for cert in catalog.certifications:
        for place in cert.study:
            assert place.as_of and place.kind in ("objectives", "free-learning", "official-page")
            assert any(host in place.url for host in (*issuers, "scrumguides.org")), place.url


def test_retired_mcse_points_to_role_based_successors(catalog):
    mcse = catalog.cert_by_id["ms-mcse"]
    assert mcse.status == "retired" and mcse.retired_on == "2021-01-31"
    assert {"ms-az104", "ms-az305", "ms-wshybrid"} <= set(mcse.successors)


def test_names_and_aliases_find_the_same_item(catalog):
    ccna = catalog.cert_by_id["cisco-ccna"]
    for name in (
        "CCNA",
        "ccna",
        "Cisco Certified Network Associate",
        "cisco-ccna",
        "Cisco Certified Network Associate (CCNA)",
    ):
        assert catalog.find_certification(name) is ccna, name
    assert catalog.find_certification("Basket weaving") is None
    assert catalog.find_competency("AWS").id == "cloud-platforms"


def test_study_hours_are_sourced_or_labelled_estimates(catalog):
    for cert in catalog.certifications:
        assert cert.study_hours.hours > 0
        basis = cert.study_hours.basis
        assert basis in ("source", "source-range", "source-range-midpoint", "planner-estimate")
        if cert.study_hours.low is not None:
            assert cert.study_hours.low <= cert.study_hours.hours <= cert.study_hours.high
    assert catalog.cert_by_id["ms-az900"].study_hours.basis == "source-range-midpoint"
    assert catalog.cert_by_id["cisco-ccna"].study_hours.label == "sourced"
    assert catalog.cert_by_id["comptia-linuxplus"].study_hours.label == "planner estimate"


def test_catalog_has_the_required_breadth(catalog):
    assert {t.id for t in catalog.tracks} == {"infrastructure", "software", "hybrid"}
    assert len(catalog.niches) >= 8
    assert 10 <= len(catalog.questions) <= 15
    kinds = {a.kind for a in catalog.activities}
    assert {"networking", "experience", "niche", "education", "job-search"} <= kinds
    for track in catalog.tracks:
        assert all(0 <= level <= 4 for level in track.targets.values())


@pytest.mark.parametrize(
    ("name", "change", "expected"),
    [
        (
            "certifications",
            lambda d: d["certifications"][6]["fee"].update(amount=-5),
            "certifications.json: entry 'cisco-ccna', field 'fee.amount'",
        ),
        (
            "certifications",
            lambda d: d["certifications"][0].pop("issuer"),
            "certifications.json: entry 'comptia-aplus', field '(whole entry)': 'issuer'",
        ),
        (
            "tracks",
            lambda d: d["tracks"][1]["targets"].update(networking=9),
            "tracks.json: entry 'software', field 'targets.networking'",
        ),
        (
            "niches",
            lambda d: d["niches"][0].update(certifications=["no-such-cert"]),
            "niches.json: entry 'cloud-migration': field 'certifications': unknown 'no-such-cert'",
        ),
        (
            "certifications",
            lambda d: d["certifications"][1]["raises"].update({"juggling": 2}),
            "certifications.json: entry 'comptia-netplus': field 'raises': unknown competency",
        ),
    ],
)
def test_malformed_catalog_names_file_entry_and_field(resource_copy, name, change, expected):
    _edit(resource_copy, name, change)
    with pytest.raises(CatalogError) as caught:
        load_catalog(resource_copy)
    assert expected in str(caught.value)


def test_broken_json_names_the_file(resource_copy):
    (resource_copy / "catalog" / "risks.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"^risks\.json: not valid UTF-8 JSON"):
        load_catalog(resource_copy)


def test_shared_alias_is_refused(resource_copy):
    _edit(
        resource_copy, "certifications", lambda d: d["certifications"][1]["aliases"].append("CCNA")
    )
    with pytest.raises(CatalogError, match="names used twice"):
        load_catalog(resource_copy)


def test_prerequisite_cycle_is_refused(resource_copy):
    def cycle(data):
        certs = {c["id"]: c for c in data["certifications"]}
        certs["ms-az104"]["prerequisites"]["credentials_all"] = ["ms-az305"]

    _edit(resource_copy, "certifications", cycle)
    with pytest.raises(CatalogError, match="prerequisite cycle"):
        load_catalog(resource_copy)


def test_shipped_catalog_is_stamped_and_valid():
    """Start-up skips schema validation only for files whose digest was stamped after a
    full validation; after editing the catalog run: python -m planner.catalog --stamp"""
    from planner.catalog.loader import stamped

    root = resources_dir()
    assert stamped(root), (
        "catalog changed since it was validated: python -m planner.catalog --stamp"
    )
    load_catalog(root, force_validation=True)


def test_edited_catalog_is_validated_again(resource_copy):
    from planner.catalog.loader import stamped

    assert stamped(resource_copy)
    _edit(resource_copy, "niches", lambda d: d["niches"][0].update(basis="rumour"))
    assert not stamped(resource_copy)
    with pytest.raises(CatalogError, match=r"niches\.json: entry 'cloud-migration', field 'basis'"):
        load_catalog(resource_copy)
