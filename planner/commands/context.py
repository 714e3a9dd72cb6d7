"""What every command needs: the catalog, today's date, the database (opened on demand)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from planner.domain.catalog_model import Catalog


@dataclass
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

        return load_catalog()

    def workspace(self, writing: bool = False):
        """The open database; a write command first gets an automatic rotating backup."""
        if self._workspace is None:
            from planner.services.workspace import open_workspace

            self._workspace = open_workspace(self.db_path, self.catalog, self.today)
            if writing:
                self._workspace.auto_backup()
        return self._workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None


def out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def out_json(data: object) -> None:
    out(json.dumps(data, indent=2, ensure_ascii=False))
