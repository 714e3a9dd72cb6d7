"""The shared connection: writes commit, transactions nest as savepoints, failures roll back."""

from __future__ import annotations

import sqlite3

import pytest

from planner.storage.connection import Database


@pytest.fixture
def db(tmp_path) -> Database:
    conn = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    database = Database(conn)
    database.execute("CREATE TABLE t (x INTEGER UNIQUE)")
    yield database
    conn.close()


def values(db: Database) -> list[int]:
    return [x for (x,) in db.execute("SELECT x FROM t ORDER BY x")]


def test_a_write_outside_a_transaction_is_committed(db):
    db.execute("INSERT INTO t VALUES (?)", [1])
    assert not db.conn.in_transaction and values(db) == [1]
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t VALUES (1)")
    assert not db.conn.in_transaction


def test_a_failed_inner_block_rolls_back_only_itself(db):
    with db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO t VALUES (2)")
            raise ValueError
        db.execute("INSERT INTO t VALUES (3)")
    assert values(db) == [1, 3] and not db.conn.in_transaction


def test_a_failed_outer_block_keeps_nothing(db):
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        db.execute("INSERT INTO t VALUES (5)")
        with db.atomic():
            db.execute("INSERT INTO t VALUES (6)")
        db.execute("INSERT INTO t VALUES (5)")
    assert values(db) == [] and not db.conn.in_transaction


def test_work_before_commit_runs_once_per_key_and_never_after_a_rollback(db):
    ran: list[str] = []
    db.before_commit("now", lambda: ran.append("now"))  # no transaction: at once
    assert ran == ["now"]
    with db.atomic():
        for _ in range(3):
            db.before_commit("a", lambda: ran.append("a"))
        with db.atomic():  # a savepoint: the outer transaction's commit runs it
            db.before_commit("b", lambda: db.execute("INSERT INTO t VALUES (9)"))
        assert ran == ["now"]
    assert ran == ["now", "a"] and values(db) == [9]
    with pytest.raises(ValueError), db.atomic():
        db.before_commit("c", lambda: ran.append("c"))
        raise ValueError
    with db.atomic():
        pass
    assert ran == ["now", "a"]
