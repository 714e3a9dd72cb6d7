"""The record of databases found sound: a file unchanged since is not read page by page again,
and any change from outside brings the full check back."""

from __future__ import annotations

import json
import os
import stat

import pytest

from planner.domain.errors import DatabaseRefused
from planner.storage import database
from planner.storage.database import open_store
from planner.storage.page_record import KEEP, MAX_BYTES, PageRecord, fingerprint


@pytest.fixture
def record(tmp_path):
    return tmp_path / "cache" / "sound-databases.json"


class Opens(list):
    """open_store, noting for each open whether it read every page (quick_check)."""

    def __call__(self, *args, **kwargs):
        self.append(False)
        return open_store(*args, **kwargs)


@pytest.fixture
def opens(monkeypatch):
    calls = Opens()
    contents = database._check_contents

    def spy_contents(conn, path, *, pages=True, schema=True):
        if calls:
            calls[-1] = calls[-1] or pages
        return contents(conn, path, pages=pages, schema=schema)

    monkeypatch.setattr(database, "_check_contents", spy_contents)
    return calls


def _make(path):
    store = open_store(path)
    with store.atomic() as db:
        db.execute("INSERT INTO settings (key, value) VALUES ('a', 'x')")
    store.close()


def test_an_unchanged_file_is_not_read_again(tmp_path, record, opens):
    db = tmp_path / "p.db"
    _make(db)
    for _ in range(3):
        opens(db, page_record=record).close()
    assert opens == [True, False, False]


def test_opening_a_private_file_leaves_what_the_record_vouches_by(tmp_path, record, opens):
    """Already owner-only, the file is not made so again: a chmod changes its ctime, part
    of its fingerprint, so the record was rewritten at every close, and a start after a crash
    read every page again."""
    db = tmp_path / "p.db"
    _make(db)
    opens(db, page_record=record).close()
    vouched, changed, written = fingerprint(db), db.stat().st_ctime_ns, record.stat().st_mtime_ns
    for _ in range(2):
        store = opens(db, page_record=record)
        assert db.stat().st_ctime_ns == changed  # as a start that ended in a crash leaves it
        store.close()
    assert fingerprint(db) == vouched
    assert record.stat().st_mtime_ns == written
    assert opens == [True, False, False]
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_an_unchanged_file_skips_the_schema_check_and_a_changed_one_gets_it(
    tmp_path, record, monkeypatch
):
    """Comparing every schema object with the planner's own (8 ms of each start) is part of
    the check the record vouches for; a trigger slipped in from outside changes the file."""
    import sqlite3

    from planner.storage import schema_check

    db = tmp_path / "p.db"
    _make(db)
    open_store(db, page_record=record).close()
    checked = []
    real = schema_check.check_schema_objects
    monkeypatch.setattr(database, "check_schema_objects", lambda *a: checked.append(1) or real(*a))
    open_store(db, page_record=record).close()
    assert checked == []
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TRIGGER leak AFTER INSERT ON notes BEGIN SELECT 1; END")
    conn.close()
    with pytest.raises(DatabaseRefused, match="trigger"):
        open_store(db, page_record=record)
    assert checked


def test_without_a_record_every_open_reads_every_page(tmp_path, opens):
    db = tmp_path / "p.db"
    _make(db)
    opens(db).close()
    opens(db).close()
    assert opens == [True, True]


def test_a_file_changed_from_outside_is_read_again_and_refused_when_damaged(tmp_path, record):
    db = tmp_path / "p.db"
    _make(db)
    open_store(db, page_record=record).close()
    assert PageRecord(record).checked(db)
    data = bytearray(db.read_bytes())
    page = 4096
    data[2 * page : 3 * page] = b"\xff" * page  # garbage in a b-tree page; header intact
    db.write_bytes(bytes(data))
    assert not PageRecord(record).checked(db)
    with pytest.raises(DatabaseRefused):
        open_store(db, page_record=record).close()


def test_a_touch_that_restores_the_time_still_counts_as_a_change(tmp_path, record):
    db = tmp_path / "p.db"
    _make(db)
    open_store(db, page_record=record).close()
    before = os.stat(db)
    with open(db, "r+b") as handle:  # rewrite one byte with itself, then put the time back
        handle.seek(100)
        byte = handle.read(1)
        handle.seek(100)
        handle.write(byte)
    os.utime(db, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert not PageRecord(record).checked(db)  # the status-change time cannot be set back


def test_a_clean_close_after_writing_is_remembered(tmp_path, record, opens):
    db = tmp_path / "p.db"
    _make(db)
    store = opens(db, page_record=record)
    with store.atomic() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('b', 'y')")
    store.close()
    opens(db, page_record=record).close()
    assert opens == [True, False]


def test_an_open_without_the_check_is_remembered_only_once_checked(tmp_path, record, monkeypatch):
    db = tmp_path / "p.db"
    _make(db)
    store = open_store(db, check_pages=False, page_record=record)
    store.close()  # the app closed before its background check ran
    assert not PageRecord(record).checked(db)
    checks: list[object] = []
    monkeypatch.setattr(database, "check_pages_of", checks.append)
    store = open_store(db, check_pages=False, page_record=record)
    store.check_pages()
    store.check_pages()  # the second call reads nothing
    store.close()
    assert checks == [db] and PageRecord(record).checked(db)


def test_the_record_is_owner_only_and_bounded(tmp_path, record):
    files = []
    for n in range(KEEP + 3):
        db = tmp_path / f"p{n}.db"
        _make(db)
        open_store(db, page_record=record).close()
        files.append(db)
    assert stat.S_IMODE(record.stat().st_mode) == 0o600
    assert stat.S_IMODE(record.parent.stat().st_mode) == 0o700
    kept = json.loads(record.read_text())
    assert len(kept) == KEEP
    assert PageRecord(record).checked(files[-1]) and not PageRecord(record).checked(files[0])


@pytest.mark.parametrize(
    "content", [b"not json", b"[1, 2]", b'{"x": 1}', b"{" + b" " * MAX_BYTES + b"}"]
)
def test_a_damaged_or_oversized_record_means_a_full_check(tmp_path, record, content, opens):
    db = tmp_path / "p.db"
    _make(db)
    record.parent.mkdir(mode=0o700)
    key = str(db.resolve())
    record.write_bytes(content.replace(b'"x"', json.dumps(key).encode()))
    opens(db, page_record=record).close()
    assert opens == [True]


def test_fingerprint_of_a_missing_file_is_none(tmp_path):
    assert fingerprint(tmp_path / "missing.db") is None
    assert not PageRecord(tmp_path / "r.json").checked(tmp_path / "missing.db")


def test_an_unchanged_record_is_not_written_again(tmp_path, record, monkeypatch):
    """Every close remembers the file; when it is already the newest entry, as it is, the
    record stays as it was instead of being written (and renamed into place) again."""
    from planner.storage import page_record

    writes = []
    write = page_record.write_private
    monkeypatch.setattr(page_record, "write_private", lambda *a: writes.append(a) or write(*a))
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    for db in (first, second):
        _make(db)
    pages = PageRecord(record)
    pages.remember(first)
    pages.remember(first)
    assert len(writes) == 1
    pages.remember(second)
    pages.remember(first)  # known, but no longer the newest: moved to the end
    assert len(writes) == 3
    assert list(json.loads(record.read_text())) == [str(second.resolve()), str(first.resolve())]
