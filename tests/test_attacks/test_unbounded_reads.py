"""Item 11: every file the planner reads is read with a byte limit; devices are refused."""

from __future__ import annotations

import json
import os

import pytest

from tests.test_attacks.conftest import PERSONAS

READERS = [
    ("plan", "{f}"),
    ("people", "add", "{f}"),
    ("export", "{f}", "-o", "{tmp}/p.pdf"),
    ("ics", "{f}", "-o", "{tmp}/p.ics"),
    ("niches", "--profile", str(PERSONAS / "developer.json"), "{f}"),
    ("bundle", "import", "{f}"),
    ("import", "{f}"),
    ("coach", "set", "--logo", "{f}"),
]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize("args", READERS, ids=lambda a: " ".join(a[:2]))
def test_devices_are_refused_before_reading(cli, tmp_path, args, device):
    argv = [a.format(f=device, tmp=tmp_path) for a in args]
    code, _, err = cli(*argv)
    assert code == 2, err
    assert "not a regular file" in err or "neither" in err, err


def test_a_fifo_is_refused_without_hanging(cli, tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    code, _, err = cli("plan", fifo)
    assert code == 2 and "not a regular file" in err


def test_standard_input_is_read_with_a_limit(cli):
    code, _, err = cli("plan", "-", stdin=b"[" * 6_000_000)
    assert code == 2 and "too large" in err


def test_dash_reads_a_profile_from_standard_input(cli):
    profile = (PERSONAS / "developer.json").read_bytes()
    code, out, err = cli("plan", "-", "--format", "json", stdin=profile)
    assert code == 0, err
    assert json.loads(out)["steps"]
    code, out, err = cli("people", "add", "-", stdin=profile)
    assert code == 0 and out.strip() == "1", err


def test_dash_reads_a_bundle_from_standard_input(two_people, tmp_path):
    cli = two_people
    cli("bundle", "export", "--person", "1", "-o", tmp_path / "b.json")
    code, out, err = cli("bundle", "import", "-", stdin=(tmp_path / "b.json").read_bytes())
    assert code == 0 and "already has everything" in out, err
