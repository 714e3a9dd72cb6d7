"""Search ignores case, accents and the Turkish i; names sort with their letters (migration v7)."""

from __future__ import annotations

import sqlite3
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.folding import fold, sort_key
from planner.storage.connection import Database
from planner.storage.journal import JournalRepository
from planner.storage.migrations import MIGRATIONS
from planner.storage.people import PeopleRepository
from tests.storage.test_listing import profile


def test_folding_spellings_meet():
    assert fold("Yılmaz") == fold("YILMAZ") == fold("yilmaz") == fold("Yilmaz") == "yilmaz"
    assert fold("İstanbul") == "istanbul"
    assert fold("Müller") == fold("MULLER") and fold("Straße") == "strasse"
    assert fold("Łukasz Ørsted") == "lukasz orsted"


@given(st.text(max_size=30))
def test_folding_is_idempotent_and_keeps_no_marks(text):
    import unicodedata

    once = fold(text)
    assert fold(once) == once
    assert not any(unicodedata.combining(c) for c in once)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
def test_plain_ascii_folds_as_the_full_unicode_steps_would(text):
    """The short way for ASCII (no Unicode tables at start) is the long way's answer."""
    import unicodedata

    from planner.domain.places import _fold

    full = unicodedata.normalize("NFKD", text.casefold())
    assert fold(text) == full
    assert _fold(text) == full.strip()


def test_search_finds_names_however_they_are_typed(store):
    people, journal = PeopleRepository(store), JournalRepository(store)
    ayse = people.add(profile("Ayşe Yılmaz"))
    jurgen = people.add(profile("Jürgen Müller"), tags=["Köln"])
    people.add(profile("Lee Park"))
    journal.add_note(jurgen, date(2027, 1, 5), "Wants a role in İzmir or Zürich.")
    for query in ("yilmaz", "YILMAZ", "Yılmaz", "ayse yil"):
        assert [p.id for p in people.list(query=query)] == [ayse], query
    assert [p.id for p in people.list(query="muller")] == [jurgen]
    assert [p.id for p in people.list(query="koln")] == [jurgen]  # tags
    assert [p.id for p in people.list(query="izmir zurich")] == [jurgen]  # notes
    assert [n.body[:5] for n in journal.notes(jurgen, query="IZMIR")] == ["Wants"]


def test_names_sort_with_their_letters_not_after_z(store):
    people = PeopleRepository(store)
    for name in ("Zoë Kim", "Émile Roux", "adam Smith", "Oscar Diaz", "Ölçer Can", "Åsa Berg"):
        people.add(profile(name))
    names = [p.name for p in people.list(sort="name")]
    assert names == ["adam Smith", "Åsa Berg", "Émile Roux", "Ölçer Can", "Oscar Diaz", "Zoë Kim"]
    assert names == sorted(names, key=sort_key)


def test_migration_7_folds_what_version_6_stored(tmp_path):
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    db = Database(conn)
    for version_6 in MIGRATIONS[:6]:
        version_6(db)
    conn.execute(
        "INSERT INTO people (id, uuid, name, weekly_hours, created_at, updated_at) "
        "VALUES (1, 'u1', 'Ayşe Yılmaz', 5, '2027-01-01', '2027-01-01')"
    )
    conn.execute("INSERT INTO people_search (rowid, text) VALUES (1, 'Ayşe Yılmaz')")
    conn.execute(
        "INSERT INTO search (rowid, kind, person_id, ref, text) "
        "VALUES (-1, 'person', 1, 1, 'Ayşe Yılmaz')"
    )
    MIGRATIONS[6](db)
    hits = conn.execute("SELECT rowid FROM people_search WHERE people_search MATCH 'yilmaz'")
    assert [r[0] for r in hits] == [1]
    hits = conn.execute("SELECT rowid FROM search WHERE search MATCH 'yilmaz'")
    assert [r[0] for r in hits] == [-1]
    assert conn.execute("SELECT name_key FROM people").fetchone()[0].startswith("ayse yilmaz")
    plan = conn.execute("EXPLAIN QUERY PLAN SELECT id FROM people ORDER BY name_key, id")
    assert "people_by_name" in " ".join(r[3] for r in plan)
    conn.close()


def test_folding_compatibility_letters_ends_in_lower_case():
    """NFKD turns the pascal sign into a capital P: found by hypothesis."""
    assert fold("\u33a9") == "pa" == fold(fold("\u33a9"))
