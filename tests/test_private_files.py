"""Owner-only files written whole (planner.private_files)."""

from __future__ import annotations

import os
import stat

import pytest

from planner import private_files
from planner.private_files import write_private


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_the_file_and_its_folder_are_owner_only(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    write_private(folder / "record.json", b"{}")
    assert (folder / "record.json").read_bytes() == b"{}"
    assert mode(folder / "record.json") == 0o600
    assert mode(folder) == 0o700


def test_missing_folders_are_made(tmp_path):
    target = tmp_path / "a" / "b" / "file"
    write_private(target, b"data")
    assert target.read_bytes() == b"data"
    assert mode(target.parent) == 0o700


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing_behind(tmp_path, monkeypatch):
    target = tmp_path / "file"
    write_private(target, b"old")

    def refuse(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(private_files.os, "replace", refuse)
    with pytest.raises(OSError):
        write_private(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path)) == ["file"]
