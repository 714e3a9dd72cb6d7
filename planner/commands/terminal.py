"""The terminal's width as argparse's help formatter reads it, without importing shutil."""

from __future__ import annotations

import os
import sys


def columns() -> int:
    """shutil.get_terminal_size().columns, read the same way: shutil itself brings bz2, lzma
    and fnmatch, and argparse asks for the width at every add_argument."""
    try:
        found = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        found = 0
    if found <= 0:
        try:
            found = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            found = 0
        found = found or 80
    return found
