"""Accept only the planner's own schema objects: no extra triggers, views, tables or indexes."""

from __future__ import annotations

import sqlite3
from functools import cache

from planner.domain.errors import DatabaseRefused
from planner.domain.messages import N_, _, ngettext
from planner.storage.connection import Database
from planner.storage.migrations import MIGRATIONS

# Made by SQLite itself (AUTOINCREMENT, ANALYZE/PRAGMA optimize): data, never code.
_SQLITE_TABLES = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}
# FTS5 keeps its index in these; their definitions vary with SQLite's version, not with ours.
_FTS_SHADOWS = tuple(
    f"{index}_{part}"
    for index in ("search", "people_search")
    for part in ("data", "idx", "content", "docsize", "config")
)

SchemaObject = tuple[str, str, str, str]  # type, name, table, normalised sql
# sqlite_master's type as a phrase with its article (the article differs by word in German).
KINDS = {
    "trigger": N_("a trigger"),
    "view": N_("a view"),
    "table": N_("a table"),
    "index": N_("an index"),
}


def _objects(conn: sqlite3.Connection) -> set[SchemaObject]:
    found = set()
    for kind, name, table, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
    ):
        if kind == "table" and name in _SQLITE_TABLES:
            continue
        if kind == "index" and sql is None and str(name).startswith("sqlite_autoindex_"):
            continue  # made by SQLite for a UNIQUE or PRIMARY KEY constraint
        text = " ".join(str(sql or "").split())
        if kind == "table" and name in _FTS_SHADOWS:
            text = ""
        found.add((str(kind), str(name), str(table), text))
    return found


@cache
def expected_objects(version: int) -> frozenset[SchemaObject]:
    """The schema objects migrations 1..version create, built in memory."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        db = Database(conn)
        for migration in MIGRATIONS[:version]:
            migration(db)
        return frozenset(_objects(conn))
    finally:
        conn.close()


def check_schema_objects(conn: sqlite3.Connection, version: int, where: object) -> None:
    """Refuse a file carrying any trigger, view, table or index the planner did not make."""
    extra = sorted(_objects(conn) - expected_objects(version))
    if extra:
        kind, name = extra[0][0], extra[0][1]
        others = len(extra) - 1
        more = ngettext(" and {n} more", " and {n} more", others) if others else ""
        raise DatabaseRefused(
            _(
                "{where} holds {thing} the planner did not make ({name}{more}); it was refused "
                "and left as is",
                where=where,
                thing=_(KINDS[kind]) if kind in KINDS else kind,
                name=repr(name[:60]),
                more=more,
            )
        )
