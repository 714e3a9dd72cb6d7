"""The SQL connection the repositories share: statements, and transactions that nest.

The planner used sqlite-utils for exactly this; importing it (click, dateutil, plugins) cost
about 100 ms between the window's first paint and the people list, for three methods.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import Any

_TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE")
_savepoints = itertools.count(1)


class Database:
    """An sqlite3 connection in autocommit mode (isolation_level=None)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._before_commit: dict[Hashable, Callable[[], None]] = {}

    def before_commit(self, key: Hashable, work: Callable[[], None]) -> None:
        """Run work once, just before the open transaction commits (at once outside one).

        Work registered again under the same key runs once: a transaction that adds 500 notes
        for one person rewrites their search row once, not 500 times.
        """
        if self.conn.in_transaction:
            self._before_commit[key] = work
        else:
            work()

    def _run_before_commit(self) -> None:
        while self._before_commit:  # work may register more work
            key = next(iter(self._before_commit))
            self._before_commit.pop(key)()

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, parameters if parameters is not None else ())
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # never leave a half-open implicit transaction
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and not sql.lstrip().upper().startswith(_TRANSACTION_CONTROL)
        ):
            self.conn.execute("COMMIT")
        return cursor

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction; inside another one, a savepoint that rolls back on its own."""
        if self.conn.in_transaction:
            name = f"planner_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # RAISE(ROLLBACK) may have ended it already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
            self._run_before_commit()
        except BaseException:
            self._before_commit.clear()
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid an INSERT just made (sqlite3 types it Optional: only an INSERT sets it)."""
    if cursor.lastrowid is None:
        raise RuntimeError("no row was inserted")
    return cursor.lastrowid
