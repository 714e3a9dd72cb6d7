"""Cohort export from the command line: files per person, a ZIP, clear refusals."""

from __future__ import annotations

import zipfile

from planner.cli import main
from tests.export.conftest import DEMO


def test_cli_exports_a_tag_and_a_selection(tmp_path, capsys):
    db = str(tmp_path / "c.db")
    out = tmp_path / "out"
    out.mkdir()
    for _ in range(2):
        assert main(["--db", db, "people", "add", str(DEMO), "--tag", "spring"]) == 0
    assert main(["--db", db, "clients", "export", "--tag", "spring", "-o", str(out)]) == 0
    assert "wrote 2 PDF plans" in capsys.readouterr().out
    assert len(list(out.glob("*.pdf"))) == 2  # same names: the id keeps them apart
    with zipfile.ZipFile(out / "cohort-spring-pdf.zip") as archive:
        assert len(archive.namelist()) == 2
    assert (
        main(["--db", db, "clients", "export", "--person", "1", "--format", "ics", "-o", str(out)])
        == 0
    )
    assert "wrote 1 calendar to" in capsys.readouterr().out
    assert main(["--db", db, "clients", "export", "--tag", "autumn", "-o", str(out)]) == 2
    assert main(["--db", db, "clients", "export", "--tag", "spring", "-o", str(out / "no")]) == 2
    assert capsys.readouterr().err.count("\n") == 2
