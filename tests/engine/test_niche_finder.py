"""The niche finder: term matching, demand counts, ranking with reasons, limits and garbage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.catalog.onet import (
    ONET_ATTRIBUTION,
    by_name,
    hot_technologies,
    names_for,
    technology_names,
)
from planner.codec.profile_file import profile_from_dict
from planner.domain.errors import InvalidInput
from planner.domain.messages import _, speaking
from planner.engine.niche_finder import (
    MAX_AD_CHARS,
    NO_ADS,
    SCORE_RULE,
    build_vocabulary,
    certifications_by_demand,
    find_niches,
    find_terms,
    split_ads,
)
from planner.i18n.catalogs import load

DATA = Path(__file__).resolve().parents[1] / "data"
ADS = sorted((DATA / "ads").glob("*.txt"))


def persona(name: str, **changes):
    data = json.loads((DATA / "personas" / f"{name}.json").read_text(encoding="utf-8"))
    return profile_from_dict(data | changes)


@pytest.fixture(scope="module")
def vocab(catalog):
    return build_vocabulary(catalog, technology_names())


@pytest.fixture(scope="module")
def sample_texts():
    return [p.read_text(encoding="utf-8") for p in ADS]


def labels(text: str, vocab) -> set[str]:
    return {vocab.terms[key].label for key in find_terms(text, vocab)}


# -- matching -------------------------------------------------------------------------------
def test_finds_certifications_tools_and_keywords_written_with_punctuation(vocab):
    found = labels(
        "Stack: C#, C++ and .NET; CI/CD in GitLab. CompTIA A+ or Security+ (DoD 8570). "
        "AZ-104 preferred; SD-WAN and LAN/WAN refresh; Node.js a plus.",
        vocab,
    )
    expected = {"C#", "C++", "Microsoft .NET Framework", "CI/CD", "GitLab", "A+", "Security+"}
    expected |= {"AZ-104", "sd-wan", "lan", "wan", "Node.js", "dod 8570", "8570"}
    assert {e.casefold() for e in expected} <= {f.casefold() for f in found}


def test_everyday_words_are_not_taken_for_skills_or_products(vocab):
    text = (
        "Go above and beyond on every project. Requirements: reporting to the CIO. A safe, "
        "friendly office. Write epics and user stories.\nEpics are planned each quarter. "
        "Plan maintenance windows. Follow us on Facebook. Code in R or C."
    )
    found = {vocab.terms[k].ref for k in find_terms(text, vocab)}
    for wrong in ("Go", "Microsoft Project", "safe", "Epic Systems", "Microsoft Windows", "R"):
        assert wrong not in found
    assert found.isdisjoint({"C", "Microsoft Office software", "Facebook"})


def test_product_names_that_are_words_count_when_written_as_products(vocab):
    found = labels("We run Epic and a SAFe release train; reports in Excel on Windows.", vocab)
    assert {"Epic Systems", "safe", "Microsoft Excel", "Microsoft Windows"} <= found
    # Not as the first word of a sentence, where any word is capitalised.
    assert "Epic Systems" not in labels("It went well. Epic planning helped.", vocab)


def test_plurals_case_and_line_breaks_do_not_hide_a_term(vocab):
    found = labels("FIREWALLS, Data Centers and\nnetwork\nrefresh work; EHRs too.", vocab)
    assert {"firewall", "data center", "network refresh", "ehr"} <= {f.casefold() for f in found}


def test_aliases_and_long_names_find_the_catalog_certification(vocab):
    text = "Cisco Certified Network Associate (CCNA) or ITIL v4 Foundation; PMP® holders."
    assert {"CCNA", "ITIL 4 Foundation", "PMP"} <= labels(text, vocab)


# -- splitting and counting ------------------------------------------------------------------
def test_ads_are_split_on_a_dashed_line_or_two_blank_lines():
    text = "Ad one\nline two\n\nstill ad one\n---\nAd two\r\n\r\n\r\nAd three\n -----  \nAd four"
    assert split_ads([text, "Ad five", "  \n\n"]) == [
        "Ad one\nline two\n\nstill ad one",
        "Ad two",
        "Ad three",
        "Ad four",
        "Ad five",
    ]


def test_demand_counts_ads_not_mentions(catalog):
    ads = ["Azure, Azure and more Azure.\n---\nAzure again.\n---\nNothing relevant here."]
    report = find_niches(ads, catalog, persona("network-engineer"), technology_names())
    azure = next(d for d in report.terms if d.term.label == "Microsoft Azure")
    assert report.ads == 3 and azure.ads == 2


def test_keywords_are_shown_as_the_ads_spell_them(catalog):
    report = find_niches(["Keep HIPAA and DoD 8570 in mind."], catalog, persona("helpdesk"))
    shown = {d.term.label for d in report.terms}
    assert {"HIPAA", "DoD 8570"} <= shown


# -- ranking -------------------------------------------------------------------------------
def test_a_network_engineer_ranks_the_network_refresh_first_and_is_told_why(catalog, sample_texts):
    report = find_niches(sample_texts, catalog, persona("network-engineer"), technology_names())
    first = report.niches[0]
    assert report.ads == 12 and first.niche.id == "network-refresh"
    assert first.reasons[0].startswith("3 of 12 ads ask for this kind of work, naming wireless")
    assert "You hold CCNA, which it asks for." in first.reasons
    assert any("Networking 3 of the 2 it needs (met)" in r for r in first.reasons)
    assert (
        first.reasons[-1] == f"Score {first.score}: the geometric mean of demand 25% and fit 62%."
    )
    assert [r.score for r in report.niches] == sorted(
        (r.score for r in report.niches), reverse=True
    )
    assert {r.niche.id for r in report.niches} == {n.id for n in catalog.niches}


def test_the_same_ads_favour_service_management_for_a_service_manager(catalog, sample_texts):
    report = find_niches(sample_texts, catalog, persona("service-manager"), technology_names())
    first = report.niches[0]
    assert first.niche.id == "itsm-implementation" and first.fit == 100
    assert "You hold ITIL 4 Foundation, which it asks for." in first.reasons


def test_niches_without_local_demand_score_nothing_whatever_the_fit(catalog, sample_texts):
    report = find_niches(sample_texts, catalog, persona("network-engineer"), technology_names())
    telecom = next(r for r in report.niches if r.niche.id == "telecom")
    assert telecom.demand == 0 and telecom.fit == 100 and telecom.score == 0
    assert telecom.reasons[0].startswith("None of 12 ads name its job-ad words")


def test_pm_credentials_are_in_demand_but_signal_no_niche(catalog, sample_texts):
    report = find_niches(sample_texts, catalog, persona("network-engineer"), technology_names())
    pmp = next(d for d in report.terms if d.term.label == "PMP")
    assert pmp.ads == 9 and "pmi-pmp" not in {d.term.ref for d in report.unmatched}
    unmatched = {d.term.label: d.ads for d in report.unmatched}
    assert unmatched["Microsoft Excel"] == 3 and unmatched["CAPM"] == 2
    assert all(r.ads < 9 for r in report.niches if r.niche.id != "itsm-implementation")


def test_certifications_by_demand_orders_each_niches_certifications(catalog, sample_texts):
    report = find_niches(sample_texts, catalog, persona("network-engineer"), technology_names())
    ordered = certifications_by_demand(report)
    assert ordered["cloud-migration"][:3] == ("pmi-pmp", "aws-saa", "ms-az104")
    assert ordered["telecom"] == ("pmi-pmp", "cisco-ccna", "cisco-ccnp-ent", "prince2-fnd")
    assert set(ordered) == {n.id for n in catalog.niches}


def test_the_result_is_deterministic_and_works_without_onet(catalog, sample_texts):
    profile = persona("developer")
    assert find_niches(sample_texts, catalog, profile) == find_niches(
        list(sample_texts), catalog, profile
    )
    report = find_niches(["Docker and Kubernetes for our DevOps pipeline."], catalog, profile)
    assert report.niches[0].niche.id == "devops-transformation"


# -- limits ----------------------------------------------------------------------------------
def test_too_much_text_is_refused_in_one_line(catalog):
    with pytest.raises(InvalidInput) as error:
        find_niches(["x" * (MAX_AD_CHARS + 1)], catalog, persona("helpdesk"))
    assert "limit is 2 MB" in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize("texts", [[], [""], ["  \n\n---\n\n"], ["--- \n...\n"]])
def test_no_ads_is_a_clear_message(catalog, texts):
    with pytest.raises(InvalidInput, match="no job ads found"):
        find_niches(texts, catalog, persona("helpdesk"))
    assert "---" in NO_ADS


WORDS = [
    "Azure", "AWS", "CCNA", "Security+", "C#", ".NET", "CI/CD", "Epic", "epic", "SAFe", "safe",
    "Go", "project", "HIPAA", "firewalls", "network refresh", "PMP", "\n---\n", "\n\n\n", "&",
    "é", "—", "\x00", "A+", "(", ")", ".", "ü", "data centre", "S/4HANA", "8570",
]  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(st.text(max_size=300), st.lists(st.sampled_from(WORDS)).map(" ".join)),
        max_size=4,
    )
)
def test_any_text_gives_a_result_or_the_no_ads_message(catalog, texts):
    profile = persona("network-engineer")
    try:
        report = find_niches(texts, catalog, profile, technology_names())
    except InvalidInput as exc:
        assert str(exc) == NO_ADS and not split_ads(texts)
        return
    assert report.ads == len(split_ads(texts)) >= 1
    assert len(report.niches) == len(catalog.niches)
    for rank in report.niches:
        assert 0 <= rank.score <= 100 and 0 <= rank.demand <= 100 and 0 <= rank.fit <= 100
        assert 0 <= rank.ads <= report.ads and rank.reasons
    assert all(1 <= d.ads <= report.ads for d in report.terms)


# -- O*NET --------------------------------------------------------------------------------
def test_onet_hot_technologies_are_the_flagged_rows_once_each():
    techs = hot_technologies()
    assert len(techs) == len({t.name for t in techs}) == 165
    epic = by_name()["Epic Systems"]
    assert epic.commodity_titles == ("Medical software",)
    assert "Information Technology Project Managers" in epic.occupations  # titles, not codes
    assert "Amazon Web Services AWS software" in by_name()
    assert "ACT! Premium" not in by_name()  # a row flagged N
    assert "USDOL/ETA" in ONET_ATTRIBUTION and "CC BY 4.0" in ONET_ATTRIBUTION


@pytest.mark.parametrize(
    ("name", "label", "searched"),
    [
        ("Amazon Web Services AWS software", "Amazon Web Services (AWS)", "AWS"),
        ("Microsoft Azure software", "Microsoft Azure", "Azure"),
        ("Border Gateway Protocol BGP", "Border Gateway Protocol (BGP)", "BGP"),
        ("The MathWorks MATLAB", "The MathWorks MATLAB", "MATLAB"),
        ("Microsoft .NET Framework", "Microsoft .NET Framework", ".NET"),
    ],
)
def test_onet_names_become_the_names_ads_use(name, label, searched):
    got_label, names = names_for(name)
    assert got_label == label and searched in names


def test_reasons_and_refusals_speak_german(catalog, sample_texts):
    with speaking(load("de")):
        report = find_niches(sample_texts, catalog, persona("network-engineer"), technology_names())
        with pytest.raises(InvalidInput) as refused:
            find_niches(["  \n---\n  "], catalog, persona("network-engineer"))
        rule = _(SCORE_RULE)
    first, telecom = report.niches[0], next(r for r in report.niches if r.niche.id == "telecom")
    assert first.reasons[0].startswith(
        "3 von 12 Anzeigen fragen nach dieser Art von Arbeit und nennen wireless"
    )
    assert "Sie besitzen CCNA, wonach diese Nische fragt." in first.reasons
    assert any("Networking auf Stufe 3, nötig ist Stufe 2 (erreicht)" in r for r in first.reasons)
    assert first.reasons[-1] == (
        f"Wert {first.score}: das geometrische Mittel aus Nachfrage 25 % und Eignung 62 %."
    )
    assert telecom.reasons[0].startswith("Keine der 12 Anzeigen nennt eines ihrer Stichwörter (")
    assert " oder " in telecom.reasons[0]  # the list of words is joined in German
    assert str(refused.value).startswith("keine Stellenanzeigen gefunden")
    assert rule.startswith("Wert: das geometrische Mittel")


def test_a_single_ad_is_the_ad_not_one_of_one(catalog, sample_texts):
    report = find_niches(sample_texts[:1], catalog, persona("network-engineer"))
    asked = [r for r in report.niches if r.ads]
    assert asked and all(r.reasons[0].startswith("The ad asks for this kind") for r in asked)
