"""`career-planner niches`: ranking from ad files or stdin, JSON, choosing a niche, refusals."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from planner.catalog.onet import ONET_ATTRIBUTION
from planner.cli import main

DATA = Path(__file__).parents[1] / "data"
PERSONA = str(DATA / "personas" / "network-engineer.json")
ADS = [str(p) for p in sorted((DATA / "ads").glob("*.txt"))]


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CAREER_PLANNER_DB", str(tmp_path / "db" / "planner.db"))

    def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def stored_niche(cli) -> str | None:
    return json.loads(cli("people", "show", "1", "--format", "json")[1])["profile"].get("niche")


def test_text_ranking_with_reasons_and_attribution(cli):
    code, out, err = cli("niches", "--profile", PERSONA, *ADS)
    assert code == 0 and err == ""
    assert out.startswith("Niches for Nia Network, from 12 job ads")
    first = out.index(" 1. Infrastructure modernisation and network refresh [network-refresh]")
    assert first < out.index(" 2. ")
    # Nia's CCNA (2021) has expired, so it is no longer counted as held (issue #10, point 7).
    assert "    - You hold CCNA, which it asks for." not in out
    assert "Asked for in the ads but in no niche: Microsoft Excel (3), CAPM (2)" in out
    assert "career-planner people add PROFILE.json" in out
    assert " ".join(ONET_ATTRIBUTION.split()) in " ".join(out.split())


def test_json_is_structured_and_consistent(cli):
    code, out, _ = cli("niches", "--profile", PERSONA, *ADS, "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["ads"] == 12 and data["chosen"] is None
    scores = [n["score"] for n in data["niches"]]
    assert scores == sorted(scores, reverse=True) and data["niches"][0]["id"] == "network-refresh"
    cloud = next(n for n in data["niches"] if n["id"] == "cloud-migration")
    assert [c["id"] for c in cloud["certifications_by_demand"][:3]] == [
        "pmi-pmp",
        "aws-saa",
        "ms-az104",
    ]
    assert all(t["ads"] <= data["ads"] for t in data["terms"])
    epic = next(t for t in data["terms"] if t["id"] == "Epic Systems")
    assert epic["ads"] == 2 and epic["onet_commodity"] == ["Medical software"]
    assert epic["niches"] == ["healthcare-it"]
    assert data["attribution"] == ONET_ATTRIBUTION


def test_ads_from_standard_input_split_into_several(cli):
    ads = "Cloud migration lead: Azure, AWS.\n---\nNetwork refresh, SD-WAN.\n\n\nEpic EHR go-live."
    code, out, _ = cli("niches", "--profile", PERSONA, "-", "--format", "json", stdin=ads)
    data = json.loads(out)
    assert code == 0 and data["ads"] == 3
    demand = {n["id"]: n["ads"] for n in data["niches"]}
    assert demand["cloud-migration"] == demand["network-refresh"] == demand["healthcare-it"] == 1


def test_choose_sets_the_niche_and_replans_together(cli):
    assert cli("people", "add", PERSONA)[0] == 0
    code, out, _ = cli("niches", "--person", "1", "--choose", "network-refresh", *ADS)
    assert code == 0
    assert "Niche set to Infrastructure modernisation and network refresh for Nia Network" in out
    assert "[network-refresh]  <- your niche" in out
    assert stored_niche(cli) == "network-refresh"
    plan = json.loads(cli("plan", "--person", "1", "--format", "json")[1])
    titles = [s["title"] for s in plan["steps"]]
    assert "Confirm your niche: Infrastructure modernisation and network refresh" in titles
    history = json.loads(cli("people", "show", "1", "--format", "json")[1])["plans"]
    assert history[0]["reason"] == "re-plan from today"
    code, out, _ = cli("niches", "--person", "1", ADS[0], "--format", "json")
    assert json.loads(out)["chosen"] == "network-refresh"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--person", "1", "--choose", "nope"], "unknown niche 'nope'"),
        (["--profile", PERSONA, "--choose", "telecom"], "--choose needs a stored person"),
        (["--person", "7"], "no person with id 7"),
    ],
)
def test_refused_choices_change_nothing(cli, args, message):
    cli("people", "add", PERSONA)
    code, out, err = cli("niches", *args, ADS[0])
    assert code == 2 and out == "" and message in err and err.count("\n") == 1
    assert stored_niche(cli) is None


def test_bad_ad_files_are_refused_in_one_line_and_nothing_is_chosen(cli, tmp_path):
    cli("people", "add", PERSONA)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2_000_001)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n---\n   \n", encoding="utf-8")
    cases = [
        (big, "over 2 MB"),
        (binary, "is not a text file"),
        (empty, "no job ads found"),
        (tmp_path / "missing.txt", "no such file"),
        (tmp_path, "is a folder"),
    ]
    for path, message in cases:
        code, out, err = cli("niches", "--person", "1", "--choose", "telecom", str(path))
        assert code == 2 and out == "" and message in err and err.count("\n") == 1, err
    assert stored_niche(cli) is None


def test_ads_saved_by_old_windows_editors_are_read(cli, tmp_path):
    legacy = tmp_path / "ad.txt"
    legacy.write_bytes("Café chain: Security+ and HIPAA – clinical systems.".encode("cp1252"))
    code, out, _ = cli("niches", "--profile", PERSONA, str(legacy), "--format", "json")
    assert code == 0 and json.loads(out)["niches"][0]["id"] == "healthcare-it"
