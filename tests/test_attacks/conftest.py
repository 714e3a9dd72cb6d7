"""Fixtures for the attack tests: a command line against a private database, file fingerprints."""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

import pytest

from planner.cli import main

PERSONAS = Path(__file__).parents[1] / "data" / "personas"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def cli(tmp_path, monkeypatch):
    """cli(*args, stdin=b"") -> (exit code, stdout, stderr) against tmp_path/db/planner.db.

    Standard output is bytes underneath (an export to '-' may write a PDF); it is decoded
    with replacement characters for the assertions.
    """
    db = tmp_path / "db" / "planner.db"
    monkeypatch.setenv("CAREER_PLANNER_DB", str(db))
    monkeypatch.setenv("CAREER_PLANNER_LOG_DIR", str(tmp_path / "log"))

    def run(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
        streams = {name: io.BytesIO() for name in ("stdout", "stderr")}
        with monkeypatch.context() as patch:
            patch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
            for name, buffer in streams.items():
                patch.setattr(sys, name, io.TextIOWrapper(buffer, encoding="utf-8"))
            code = main([str(a) for a in args])
            sys.stdout.flush()
            sys.stderr.flush()
            out, err = (streams[n].getvalue().decode("utf-8", "replace") for n in streams)
        return code, out, err

    run.db = db
    return run


@pytest.fixture
def two_people(cli):
    """A database with two people (ids 1 and 2)."""
    assert cli("people", "add", PERSONAS / "developer.json")[0] == 0
    assert cli("people", "add", PERSONAS / "helpdesk.json")[0] == 0
    return cli
