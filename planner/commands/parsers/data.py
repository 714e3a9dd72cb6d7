"""Parsers of `backup` and `restore`."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path

from planner.commands.parsers.common import handler


def backup(backup: ArgumentParser) -> None:
    backup.add_argument("-o", "--output", metavar="FILE", help="where (default: rotating backups)")
    backup.add_argument("--keep", type=int, metavar="N", help="keep the last N rotating backups")
    backup.set_defaults(run=handler("data", "run_backup"))


def restore(restore: ArgumentParser) -> None:
    restore.add_argument("file", type=Path)
    restore.set_defaults(run=handler("data", "run_restore"))
