"""The people list, a page at a time: keyset paging in each order, search, tag and a count.

A page continues after the last row shown (its sort key), never by OFFSET, so the last page of
50,000 people costs what the first does. Every order has its own index (migration v5), and
search goes through people_search, which has one entry per person, however many notes match.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date, timedelta

from planner.domain.folding import sort_key as name_key
from planner.domain.people_list import PersonSummary
from planner.storage import search
from planner.storage.connection import Database
from planner.storage.dashboard import SETTLED

PAGE_SIZE = 200
COMMON = 4 * PAGE_SIZE  # more matches than this: walk the order's index instead

_NAME = "people.name_key"  # folded: 'Émile' sorts with the E's (migration v7)
_TRACK = "ifnull(people.target_track, '')"
# sort -> its key: (SQL expression, descending); the last key is unique, so the order is total.
ORDERS: dict[str, tuple[tuple[str, bool], ...]] = {
    "name": ((_NAME, False), ("people.id", False)),
    "updated": (("people.updated_at", True), ("people.id", False)),
    "created": (("people.id", False),),
    "track": ((_TRACK, False), (_NAME, False), ("people.id", False)),
    # Dashboard orders, each walking its person_status index (migration v6).
    "progress": (("s.progress", True), ("s.person_id", False)),
    "next": (("s.next_day", False), ("s.person_id", False)),
    "overdue": (("s.unfinished_end", False), ("s.person_id", False)),
    "ready": (("s.ready_to_apply", False), ("s.person_id", False)),
    "last-session": (("s.last_note", False), ("s.person_id", False)),
    "verdict": (("s.budget_verdict", False), ("s.person_id", False)),
}
_COLUMNS = (
    "SELECT people.id, people.name, people.current_role, people.target_track, people.region, "
    "people.updated_at, (SELECT group_concat(tag, char(31)) FROM "
    " (SELECT tag FROM tags WHERE person_id = people.id ORDER BY tag)), "
    "s.steps, s.steps_done, s.hours, s.hours_done, s.progress, s.unfinished, s.unfinished_end, "
    "s.next_day, s.next_kind, s.next_title, s.ready_to_apply, s.budget_verdict, s.last_note "
)
# The order's own table drives a page: its index is walked from the cursor and the walk stops
# after the page. CROSS JOIN keeps SQLite from choosing the other table by its statistics: with
# them for one table only (a file filled by an import had them for the status table alone) it
# read every row of that table, looked up each person and sorted them all, at every start (913
# pages at 5,000 people). key: the driving table's person id, which the filters test.
_DRIVEN_BY_PEOPLE = (
    "FROM people CROSS JOIN person_status AS s ON s.person_id = people.id",
    "people.id",
)
_DRIVEN_BY_STATUS = (
    "FROM person_status AS s CROSS JOIN people ON people.id = s.person_id",
    "s.person_id",
)
# Dashboard filters: the people each allows, as a subquery over indexed columns.
STATUS_FILTERS = ("overdue", "exam-soon", "no-session")
ONE_ROW_EACH = ("overdue", "no-session")  # filters on person_status: a person once at most
EXAM_SOON_DAYS = 30
NO_SESSION_DAYS = 60


def _driven_by(keys: Sequence[tuple[str, bool]]) -> tuple[str, str]:
    """The FROM clause that walks the order's own table first, and that table's person id."""
    return _DRIVEN_BY_STATUS if keys[0][0].startswith("s.") else _DRIVEN_BY_PEOPLE


def _order(sort: str) -> tuple[tuple[str, bool], ...]:
    if sort not in ORDERS:
        raise ValueError(f"unknown sort {sort!r}; one of {', '.join(ORDERS)}")
    return ORDERS[sort]


def sort_key(sort: str, person: PersonSummary) -> tuple[object, ...]:
    """The values of the sort's key columns for a row (what the next page starts after)."""
    values = {
        "name": (name_key(person.name), person.id),
        "updated": (person.updated_at, person.id),
        "created": (person.id,),
        "track": (person.target_track or "", name_key(person.name), person.id),
        "progress": (person.progress, person.id),
        "next": (person.next_day, person.id),
        "overdue": (person.unfinished_end, person.id),
        "ready": (person.ready_to_apply, person.id),
        "last-session": (person.last_note, person.id),
        "verdict": (person.budget_verdict, person.id),
    }
    return values[sort]


def _after(
    keys: Sequence[tuple[str, bool]], values: Sequence[object], before: bool = False
) -> tuple[str, list]:
    """SQL for "comes after values in this order": k1 > v1 OR (k1 = v1 AND k2 > v2) ...
    (or "comes before" them).

    The leading `k1 >= v1` lets SQLite start its index scan at the cursor.
    """
    alternatives, params = [], []
    for i, (expression, descending) in enumerate(keys):
        equal = [f"{e} = ?" for e, _ in keys[:i]]
        op = "<" if descending != before else ">"
        alternatives.append(" AND ".join([*equal, f"{expression} {op} ?"]))
        params += [*values[:i], values[i]]
    first, descending = keys[0]
    sql = (
        f"{first} {'<=' if descending != before else '>='} ? AND (({') OR ('.join(alternatives)}))"
    )
    return sql, [values[0], *params]


def _filters(
    db: Database,
    query: str,
    tag: str | None,
    status: str | None = None,
    today: date | None = None,
) -> list[tuple[str, list[object]]]:
    """Each filter as the sets of person ids it allows: (SELECT ..., params)."""
    filters: list[tuple[str, list[object]]] = []
    expression = search.people_expression(query, db) if query else None
    if expression is not None:
        filters.append((search.MATCHING_PEOPLE, [expression]))
    if tag:
        filters.append(("SELECT person_id FROM tags WHERE tag = ?", [tag]))
    if status:
        filters.append(status_filter(status, today or date.today()))
    return filters


def status_filter(status: str, today: date) -> tuple[str, list[object]]:
    """overdue: a step should have ended; exam-soon: an exam within 30 days; no-session: no
    note in 60 days (or never)."""
    if status == "overdue":
        sql = "SELECT person_id FROM person_status WHERE unfinished_end < ?"
        return sql, [today.isoformat()]
    if status == "exam-soon":
        soon = today + timedelta(days=EXAM_SOON_DAYS)
        sql = (
            "SELECT person_id FROM milestones WHERE kind = 'exam' AND day BETWEEN ? AND ? "
            f"AND NOT EXISTS ({SETTLED})"
        )
        return sql, [today.isoformat(), soon.isoformat()]
    if status == "no-session":
        since = today - timedelta(days=NO_SESSION_DAYS)
        return "SELECT person_id FROM person_status WHERE last_note < ?", [since.isoformat()]
    raise ValueError(f"unknown filter {status!r}; one of {', '.join(STATUS_FILTERS)}")


def _common(db: Database, subquery: str, params: list[object]) -> bool:
    """Does the set hold more than a few pages' worth? Reads at most that many entries."""
    sql = f"SELECT count(*) FROM ({subquery} LIMIT ?)"
    return db.execute(sql, [*params, COMMON]).fetchone()[0] >= COMMON


def rows(
    db: Database,
    query: str = "",
    *,
    tag: str | None = None,
    sort: str = "name",
    limit: int | None = None,
    after: PersonSummary | None = None,
    status: str | None = None,
    today: date | None = None,
) -> list[PersonSummary]:
    """People matching query (full text, the last word as a prefix) and tag, in sort order;
    with after, only those that come after that row; at most limit of them.

    When every filter matches many people, the order's index drives: SQLite walks it from the
    cursor and stops after a page, testing each person against the filters (`+people.id` or
    `+s.person_id` keeps it from driving by the matches instead, which reads and sorts all of
    them). When a filter matches few, driving by those few is cheaper.
    """
    keys = _order(sort)
    tables, key = _driven_by(keys)
    filters = _filters(db, query, tag, status, today)
    by_index = bool(filters) and limit is not None and all(_common(db, *f) for f in filters)
    column = f"+{key}" if by_index else key
    where = [f"{column} IN ({subquery})" for subquery, _ in filters]
    params: list[object] = [p for _, values in filters for p in values]
    if after is not None:
        clause, values = _after(keys, sort_key(sort, after))
        where.append(clause)
        params += values
    sql = _COLUMNS + tables
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY " + ", ".join(f"{e} {'DESC' if d else 'ASC'}" for e, d in keys)
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_summary(r) for r in db.execute(sql, params)]


def _summary(r: tuple) -> PersonSummary:
    return PersonSummary(
        id=r[0],
        name=r[1],
        current_role=r[2],
        target_track=r[3],
        region=r[4],
        updated_at=r[5],
        tags=tuple(r[6].split("\x1f")) if r[6] else (),
        steps=r[7],
        steps_done=r[8],
        hours=r[9],
        hours_done=r[10],
        progress=r[11],
        # Interned: a page of people repeats the same few dozen dates thousands of times
        # (320 KiB at 200 rows as separate strings, a tenth of that shared).
        unfinished=tuple(map(sys.intern, json.loads(r[12]))),
        unfinished_end=r[13],
        next_day=r[14],
        next_kind=r[15],
        next_title=r[16],
        ready_to_apply=r[17],
        budget_verdict=r[18],
        last_note=r[19],
    )


def count(
    db: Database,
    query: str = "",
    tag: str | None = None,
    status: str | None = None,
    today: date | None = None,
) -> int:
    """How many people match, without reading their rows: the index entries only."""
    if status:
        filters = _filters(db, query, tag, status, today)
        if len(filters) == 1 and status in ONE_ROW_EACH:
            # One person_status row per person (its key, deleted with them): count the
            # filter's own index entries rather than look each person up (28 ms for the
            # 36,545 people overdue among 50,000, against 2 ms).
            subquery, values = filters[0]
            return db.execute(f"SELECT count(*) FROM ({subquery})", values).fetchone()[0]
        where = " AND ".join(f"id IN ({subquery})" for subquery, _ in filters)
        params = [p for _, values in filters for p in values]
        return db.execute(f"SELECT count(*) FROM people WHERE {where}", params).fetchone()[0]
    expression = search.people_expression(query, db) if query else None
    if expression is None and not tag:
        return db.execute("SELECT people FROM people_count").fetchone()[0]
    if expression is None:
        found = db.execute("SELECT people FROM tag_counts WHERE tag = ?", [tag]).fetchone()
        return found[0] if found else 0
    if not tag:
        sql = "SELECT count(*) FROM people_search WHERE people_search MATCH ?"
        return db.execute(sql, [expression]).fetchone()[0]
    sql = f"SELECT count(*) FROM tags WHERE tag = ? AND person_id IN ({search.MATCHING_PEOPLE})"
    return db.execute(sql, [tag, expression]).fetchone()[0]


def position(
    db: Database,
    person_id: int,
    query: str = "",
    *,
    tag: str | None = None,
    sort: str = "name",
    status: str | None = None,
    today: date | None = None,
) -> int | None:
    """How many matching people come before this one in sort order; None if they do not match."""
    keys = _order(sort)
    tables, key = _driven_by(keys)
    filters = _filters(db, query, tag, status, today)
    where = [f"{key} IN ({subquery})" for subquery, _ in filters]
    params: list[object] = [p for _, values in filters for p in values]
    sql = f"{_COLUMNS}{tables} WHERE " + " AND ".join([*where, f"{key} = ?"])
    found = db.execute(sql, [*params, person_id]).fetchone()
    if found is None:
        return None
    person = _summary(found)
    clause, values = _after(keys, sort_key(sort, person), before=True)
    sql = f"SELECT count(*) {tables} WHERE " + " AND ".join([*where, clause])
    return db.execute(sql, [*params, *values]).fetchone()[0]
