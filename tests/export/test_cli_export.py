"""`career-planner export`: a profile file or a stored person to a PDF, one line of output."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import LETTER

from planner.cli import main
from planner.export.wording import day
from tests.export.conftest import DEMO
from tests.export.pdfcheck import flat, page_texts, reader

PERSONAS = Path(__file__).resolve().parents[1] / "data" / "personas"


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CAREER_PLANNER_DB", str(tmp_path / "db" / "planner.db"))

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_export_a_profile_file(cli, tmp_path):
    target = tmp_path / "plan.pdf"
    code, out, err = cli("export", str(DEMO), "-o", str(target))
    pages = len(reader(target).pages)
    assert code == 0 and not err
    # Dana is in Cedar Rapids, IA: the US prints on Letter unless --paper says otherwise
    assert out == f"wrote {target} ({pages} pages, US Letter)\n"


def test_export_on_letter_toward_another_track(cli, tmp_path):
    target = tmp_path / "plan.pdf"
    code, out, _ = cli(
        "export",
        str(PERSONAS / "developer.json"),
        "-o",
        str(target),
        "--paper",
        "letter",
        "--track",
        "hybrid",
        "--start",
        "2027-06-07",
    )
    pdf = reader(target)
    assert code == 0 and "US Letter" in out
    assert (float(pdf.pages[0].mediabox.width), float(pdf.pages[0].mediabox.height)) == LETTER
    assert (
        "Dev Oper \u00b7 Hybrid / technical PM \u00b7 plan of Jun 7, 2027"
        in pdf.pages[1].extract_text()
    )


def test_export_a_stored_person_with_notes_branding_and_progress(cli, tmp_path):
    from planner.catalog import load_catalog
    from planner.domain.branding import Branding
    from planner.services.workspace import open_workspace

    assert cli("people", "add", str(PERSONAS / "service-manager.json"))[0] == 0
    assert cli("notes", "add", "1", "Agreed", "to", "book", "CAPM", "--on", "2027-01-05")[0] == 0
    done_on = date.today() - timedelta(days=2)
    assert cli("progress", "1", "choose-niche", "done", "--on", done_on.isoformat())[0] == 0
    assert cli("replan", "1")[0] == 0
    db = tmp_path / "db" / "planner.db"
    with open_workspace(db, load_catalog(), date.today) as ws:
        ws.coach.set_branding(Branding("Alex Coach", "Bright Paths"))

    target = tmp_path / "person.pdf"
    code, out, err = cli("export", "--person", "1", "-o", str(target))
    assert code == 0 and not err and out.startswith(f"wrote {target} (")
    text = flat(" ".join(page_texts(reader(target))))
    assert "Sam Service" in text
    assert "Alex Coach, Bright Paths" in text
    assert "Jan 5, 2027 Agreed to book CAPM" in text
    assert f"\u2713 Done on {day(done_on, 'en_US')}" in text  # a US person: month first


def test_missing_characters_are_named_in_the_one_line(cli, tmp_path, no_system_fonts):
    data = json.loads(DEMO.read_text(encoding="utf-8"))
    data["name"] = "Li \u4e2d\u6587"
    profile = tmp_path / "li.json"
    profile.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, _ = cli("export", str(profile), "-o", str(tmp_path / "li.pdf"))
    assert code == 0 and out.count("\n") == 1
    assert "2 characters could not be shown" in out
    assert "U+4E2D" in out and "U+6587" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--person", "7"], "no person with id 7"),
        ([str(DEMO), "-o", "{tmp}/nowhere/plan.pdf"], "does not exist"),
        ([str(DEMO), "-o", "{tmp}"], "is a folder"),
        (["{tmp}/absent.json"], "no such file"),
        ([str(DEMO), "--paper", "a5"], "invalid choice"),
        ([str(DEMO), "--start", "2027-13-01"], "--start"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(cli, tmp_path, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if "-o" not in args:
        args += ["-o", str(tmp_path / "out.pdf")]
    code, out, err = cli("export", *args)
    assert code == 2 and not out
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert not (tmp_path / "out.pdf").exists()


def test_describe_missing_falls_back_to_code_points_on_narrow_terminals():
    from planner.commands.export import describe_missing

    assert describe_missing(("\u4e2d",), "utf-8") == "U+4E2D \u4e2d"
    assert describe_missing(("\u4e2d",), "ascii") == "U+4E2D"


@pytest.mark.parametrize(
    ("name", "fmt", "magic"),
    [("plan.md", None, b"# Career"), ("plan.docx", None, b"PK"), ("plan.txt", "md", b"# Career")],
)
def test_export_writes_editable_handouts(tmp_path, capsys, name, fmt, magic):
    target = tmp_path / name
    argv = ["export", str(DEMO), "-o", str(target)] + (["--format", fmt] if fmt else [])
    assert main(argv) == 0
    assert target.read_bytes().startswith(magic)
    assert target.stat().st_mode & 0o777 == 0o600
    assert "wrote" in capsys.readouterr().out


def test_export_refuses_an_unknown_format(tmp_path, capsys):
    assert main(["export", str(DEMO), "-o", str(tmp_path / "x"), "--format", "odt"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
