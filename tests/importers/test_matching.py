"""Names from résumés match the catalog conservatively: aliases and forms yes, look-alikes no."""

from __future__ import annotations

import pytest

from planner.importers.matching import (
    education_key,
    leadership_reasons,
    match_certification,
    match_competency,
    skill_level,
)


@pytest.mark.parametrize(
    ("written", "cert_id", "how"),
    [
        ("Cisco Certified Network Associate (CCNA)", "cisco-ccna", "exact"),
        ("ccna", "cisco-ccna", "exact"),
        ("Cisco Certified Network Associate - CCNA", "cisco-ccna", "exact"),
        ("CAPM - Certified Associate in Project Management", "pmi-capm", "form"),
        ("Certified Scrum Master - Scrum Alliance", "sa-csm", "form"),
        ("Project Management Professional (PMP)®", "pmi-pmp", "exact"),
        ("ITIL® Foundation Certificate in IT Service Management", "itil4-fnd", "form"),
        ("PRINCE2 Foundation Certificate in Project Management", "prince2-fnd", "form"),
        ("CompTIA Network+ ce", "comptia-netplus", "form"),
        ("CompTIA A+ (2015)", "comptia-aplus", "exact"),
        ("Azure Administrator Associate AZ-104 (2021)", "ms-az104", "fuzzy"),
        ("Microsoft Certified Azure Administrator", "ms-az104", "form"),
        ("Certified Network Associate", "cisco-ccna", "fuzzy"),
    ],
)
def test_credentials_match_by_alias_form_or_close_words(catalog, written, cert_id, how):
    match = match_certification(written, catalog)
    assert match.item is not None and match.item.id == cert_id
    assert match.how == how


@pytest.mark.parametrize(
    "written",
    [
        "ITIL v3 Foundation",  # another version
        "Professional Scrum Master II",  # another level
        "Cisco Certified Network Professional (CCNP)",  # CCNP is not CCNA, nor clearly Enterprise
        "Azure AI Fundamentals",  # AI-900, not AZ-900
        "AZ-204 Azure Developer",
        "Cisco Certified DevNet Associate",
        "Red Hat Certified Engineer (RHCE)",
        "SAFe 6 Scrum Master",
        "Certified Kubernetes Administrator (CKA)",
        "Cisco Azure Administrator",  # a vendor the credential does not have
        "",
    ],
)
def test_different_credentials_never_match(catalog, written):
    assert match_certification(written, catalog).item is None


def test_an_ambiguous_name_matches_nothing_and_says_why(catalog):
    match = match_certification("Scrum Master", catalog)
    assert match.item is None and "CSM" in match.note and "PSM I" in match.note


@pytest.mark.parametrize(
    ("written", "competency"),
    [
        ("Networking", "networking"),
        ("Windows Server 2019", "systems-administration"),
        ("Cisco routing", "networking"),
        ("Python (Programming Language)", "software-delivery"),
        ("Virtualización", "systems-administration"),
        ("Projektmanagement", "pm-fundamentals"),
        ("Stakeholder Management", "stakeholder-communication"),
    ],
)
def test_skills_match_competencies(catalog, written, competency):
    assert match_competency(written, catalog).item.id == competency


@pytest.mark.parametrize("written", ["Network security", "Bash", "Wireshark", "", "PM tools"])
def test_unknown_or_ambiguous_skills_match_nothing(catalog, written):
    assert match_competency(written, catalog).item is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Beginner", 1),
        ("Intermediate", 2),
        ("Advanced", 3),
        ("Master", 4),
        ("Expert", 4),
        ("Avanzado", 3),
        ("3", 3),
        ("4/5", 3),
        ("9", 4),
        ("whatever", None),
    ],
)
def test_skill_levels_from_words(text, level):
    assert skill_level(text) == level


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Bachelor of Science", "bachelor"),
        ("B.Sc.", "bachelor"),
        ("BEng, Electronic Engineering", "bachelor"),
        ("Licenciatura en Informática", "bachelor"),
        ("Master", "master"),
        ("MBA", "master"),
        ("Máster en Ingeniería", "master"),
        ("Associate of Applied Science", "associate"),
        ("High School Diploma", "secondary"),
        ("Bachillerato", "secondary"),  # Spanish secondary school, not a bachelor's
        ("Baccalauréat", "secondary"),
        ("Ph.D.", "doctorate"),
        ("Certificate", None),
        ("Some college", None),
    ],
)
def test_education_levels_from_degree_names(text, key):
    assert education_key(text) == key


def test_leadership_is_read_from_titles_and_deeds_not_from_any_managing():
    reasons = leadership_reasons(
        "Infrastructure Team Lead",
        [
            "Led the migration of 400 mailboxes.",
            "Managed servers and backups.",
            "Managed the rollout of Windows 11; wrote scripts.",
        ],
    )
    assert reasons[0] == 'title "Infrastructure Team Lead" (team lead)'
    assert '"Led the migration of 400 mailboxes."' in reasons
    assert not any("servers" in r for r in reasons)
    assert any("rollout" in r for r in reasons)
    assert leadership_reasons("Systems Administrator", ["Managed servers and printers."]) == []
    assert leadership_reasons("Projektleiterin IT", []) != []
    assert leadership_reasons("Sysadmin", ["Lideré la migración del centro de datos."]) != []


def test_leadership_patterns_stay_fast_on_hostile_text():
    import time

    started = time.perf_counter()
    leadership_reasons("x" * 5000, ["led " + "! " * 20_000, "managed " + "a " * 20_000])
    assert time.perf_counter() - started < 1
