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
def cli(tmp_path, capsys, monkeypatch):
    """cli(*args, stdin=b"") -> (exit code, stdout, stderr) against tmp_path/db/planner.db."""
    db = tmp_path / "db" / "planner.db"
    monkeypatch.setenv("CAREER_PLANNER_DB", str(db))
    monkeypatch.setenv("CAREER_PLANNER_LOG_DIR", str(tmp_path / "log"))

    def run(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
        fake = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", fake)
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    run.db = db
    return run


@pytest.fixture
def two_people(cli):
    """A database with two people (ids 1 and 2)."""
    assert cli("people", "add", PERSONAS / "developer.json")[0] == 0
    assert cli("people", "add", PERSONAS / "helpdesk.json")[0] == 0
    return cli
