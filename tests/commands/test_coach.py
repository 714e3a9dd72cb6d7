"""`coach`: branding that reaches the printed plan, plan currency, own prices and steps."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.cli import main

PERSONAS = Path(__file__).parents[1] / "data" / "personas"


def make_png(width: int = 2, height: int = 2) -> bytes:
    """A small valid PNG (grey pixels), built by hand so the test needs no image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


PNG = make_png()


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CAREER_PLANNER_DB", str(tmp_path / "db" / "planner.db"))

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_branding_is_stored_and_printed_on_the_cover(cli, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    code, _, err = cli(
        "coach",
        "set",
        "--name",
        "Robin Mentor",
        "--organisation",
        "Bridge Careers",
        "--logo",
        str(logo),
    )
    assert code == 0, err
    shown = json.loads(cli("coach", "show", "--format", "json")[1])
    assert (shown["coach_name"], shown["organisation"], shown["logo"]) == (
        "Robin Mentor",
        "Bridge Careers",
        "image/png",
    )
    cli("people", "add", str(PERSONAS / "developer.json"))
    target = tmp_path / "plan.pdf"
    code, _, err = cli("export", "--person", "1", "-o", str(target))
    assert code == 0, err
    reader = PdfReader(str(target))
    cover = reader.pages[0].extract_text()
    assert "Robin Mentor" in cover and "Bridge Careers" in cover
    assert reader.metadata.author == "Robin Mentor"


def test_currency_prices_and_steps_shape_plans(cli, tmp_path):
    cli("coach", "set", "--currency", "eur")
    cli("coach", "price", "cisco-ccna", "280", "--currency", "EUR", "--note", "voucher")
    cli(
        "coach",
        "step",
        "acme-workshop",
        "--title",
        "ACME workshop",
        "--hours",
        "8",
        "--cost",
        "50",
        "--currency",
        "EUR",
    )
    data = json.loads((PERSONAS / "helpdesk.json").read_text(encoding="utf-8"))
    data.update(currency="EUR", include=["acme-workshop"])
    profile = tmp_path / "helpdesk-eur.json"
    profile.write_text(json.dumps(data), encoding="utf-8")
    cli("people", "add", str(profile))
    plan = json.loads(cli("plan", "--person", "1", "--format", "json")[1])
    steps = {s["id"]: s for s in plan["steps"]}
    assert steps["cisco-ccna"]["cost"] == 280 and steps["acme-workshop"]["cost"] == 50
    assert plan["summary"]["currency"] == "EUR" and plan["summary"]["total_cost"] == 330


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["coach", "set", "--logo", "/no/such.png"], "no such file"),
        (["coach", "set", "--currency", "dollars"], "three-letter code"),
        (["coach", "price", "basket-weaving", "10"], "not a catalog item"),
        (["coach", "price", "cisco-ccna", "-5"], "0 or more"),
        (["coach", "price", "cisco-ccna", "lots"], "a price is a number"),
        (["coach", "step", "x"], "needs --title and --hours"),
    ],
)
def test_bad_coach_input_is_one_line_exit_2(cli, args, expected):
    code, _, err = cli(*args)
    assert code == 2 and err.count("\n") == 1 and expected in err, err


def test_a_fake_logo_is_refused(cli, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"GIF89a not really a png")
    code, _, err = cli("coach", "set", "--logo", str(fake))
    assert code == 2 and "is not a PNG image" in err


def test_a_damaged_png_is_refused(cli, tmp_path):
    broken = tmp_path / "logo.png"
    broken.write_bytes(PNG[:40] + b"\x00" * 20 + PNG[60:])
    code, _, err = cli("coach", "set", "--logo", str(broken))
    assert code == 2 and "damaged image" in err
