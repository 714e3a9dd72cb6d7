"""What every command needs: the catalog, today's date, the database (opened on demand)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from planner.domain.catalog_model import Catalog
from planner.domain.messages import _, ngettext
from planner.domain.records import record


@record(frozen=False)
class Context:
    """Built once by cli.main (the composition root) and handed to the command."""

    db: str | None = None  # --db as given; the default location is looked up when needed
    today: Callable[[], date] = date.today
    _workspace: Any = field(default=None, init=False)

    @cached_property
    def db_path(self) -> Path:
        """--db, $CAREER_PLANNER_DB or the user data folder (`plan --demo` never asks)."""
        from planner.paths import database_path

        return database_path(self.db)

    @cached_property
    def catalog(self) -> Catalog:
        from planner.catalog import load_catalog
        from planner.paths import cache_dir

        return load_catalog(cache_dir=cache_dir())

    def workspace(self, writing: bool = False):
        """The open database; a write command first gets an automatic rotating backup."""
        if self._workspace is None:
            from planner.paths import page_record
            from planner.services.workspace import open_workspace

            self._workspace = open_workspace(
                self.db_path, self.catalog, self.today, page_record=page_record()
            )
            update = self._workspace.catalog_update
            if update is not None:  # said once, on the run that first opens the new catalog
                count = len(update.lines) + update.more
                said = ngettext(
                    "the catalog was updated ({before} -> {after}): {n} change; progress is "
                    "kept. See `career-planner catalog changes`.",
                    "the catalog was updated ({before} -> {after}): {n} changes; progress is "
                    "kept. See `career-planner catalog changes`.",
                    count,
                    before=update.before,
                    after=update.after,
                )
                print(f"career-planner: {said}", file=sys.stderr)
            if writing:
                self._workspace.auto_backup()
        return self._workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None


# C0 and C1 controls (but tab and newline), DEL, and bidirectional overrides: printed raw, a
# name could move the cursor, recolour the terminal or reverse what follows it.
_HIDDEN = {
    code: f"\\u{code:04x}"
    for code in (
        *range(0x00, 0x20),
        *range(0x7F, 0xA0),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
        0x200E,
        0x200F,
        0x061C,
    )
    if code not in (0x09, 0x0A)
}


def visible(text: str) -> str:
    """text with control and direction-override characters shown as \\uXXXX escapes."""
    if text.replace("\n", " ").replace("\t", " ").isprintable():
        # Each character _HIDDEN maps, and a lone surrogate, is unprintable: nothing to show.
        # translate() looks each character up in the dict: 50 KB of JSON took 2 ms.
        return text
    text = text.translate(_HIDDEN)
    # A lone surrogate (a file name that is not UTF-8) cannot be printed: show its code.
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def out(text: str) -> None:
    text = visible(text)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def report(output: object, text: str) -> None:
    """What an export did: on standard error when the export itself went to standard output."""
    if str(output) == "-":
        sys.stderr.write(visible(text).rstrip("\n") + "\n")
    else:
        out(text)


def out_json(data: object) -> None:
    out(json.dumps(data, indent=2, ensure_ascii=False))


def confirm(question: str) -> bool:
    """Ask on a terminal; without one (a script, closed standard input) refuse to guess."""
    from planner.domain.errors import InvalidInput

    stdin = sys.stdin
    if stdin is None or stdin.closed or not stdin.isatty():
        raise InvalidInput(
            _(
                "this erases data for good: confirm with --yes when not run in a terminal "
                "(nothing was deleted)"
            )
        )
    sys.stderr.write(question)
    sys.stderr.flush()
    answer = stdin.readline().strip().casefold()
    # TRANSLATORS: the answers that mean yes to a [y/N] question, separated by '|'
    return answer in ("y", "yes", *_("y|yes").casefold().split("|"))
