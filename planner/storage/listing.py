"""The people list, a page at a time: keyset paging in each order, search, tag and a count.

A page continues after the last row shown (its sort key), never by OFFSET, so the last page of
50,000 people costs what the first does. Every order has its own index (migration v5), and
search goes through people_search, which has one entry per person, however many notes match.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planner.storage import search
from planner.storage.connection import Database

PAGE_SIZE = 200
COMMON = 4 * PAGE_SIZE  # more matches than this: walk the order's index instead

_NAME = "people.name COLLATE NOCASE"
_TRACK = "ifnull(people.target_track, '')"
# sort -> its key: (SQL expression, descending); the last key is unique, so the order is total.
ORDERS: dict[str, tuple[tuple[str, bool], ...]] = {
    "name": ((_NAME, False), ("people.id", False)),
    "updated": (("people.updated_at", True), ("people.id", False)),
    "created": (("people.id", False),),
    "track": ((_TRACK, False), (_NAME, False), ("people.id", False)),
}
_COLUMNS = (
    "SELECT people.id, people.name, people.current_role, people.target_track, people.region, "
    "people.updated_at, (SELECT group_concat(tag, char(31)) FROM "
    " (SELECT tag FROM tags WHERE person_id = people.id ORDER BY tag)) "
    "FROM people"
)


@dataclass(frozen=True)
class PersonSummary:
    """One row of the people list."""

    id: int
    name: str
    current_role: str
    target_track: str | None
    region: str
    tags: tuple[str, ...]
    updated_at: str


@dataclass(frozen=True)
class PeoplePage:
    """Up to a page of people and how many match in all."""

    people: tuple[PersonSummary, ...]
    total: int


def _order(sort: str) -> tuple[tuple[str, bool], ...]:
    if sort not in ORDERS:
        raise ValueError(f"unknown sort {sort!r}; one of {', '.join(ORDERS)}")
    return ORDERS[sort]


def sort_key(sort: str, person: PersonSummary) -> tuple[object, ...]:
    """The values of the sort's key columns for a row (what the next page starts after)."""
    values = {
        "name": (person.name, person.id),
        "updated": (person.updated_at, person.id),
        "created": (person.id,),
        "track": (person.target_track or "", person.name, person.id),
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


def _filters(db: Database, query: str, tag: str | None) -> list[tuple[str, list[object]]]:
    """Each filter as the sets of person ids it allows: (SELECT ..., params)."""
    filters: list[tuple[str, list[object]]] = []
    expression = search.people_expression(query, db) if query else None
    if expression is not None:
        filters.append((search.MATCHING_PEOPLE, [expression]))
    if tag:
        filters.append(("SELECT person_id FROM tags WHERE tag = ?", [tag]))
    return filters


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
) -> list[PersonSummary]:
    """People matching query (full text, the last word as a prefix) and tag, in sort order;
    with after, only those that come after that row; at most limit of them.

    When every filter matches many people, the order's index drives: SQLite walks it from the
    cursor and stops after a page, testing each person against the filters (`+people.id`
    keeps it from driving by the matches instead, which reads and sorts all of them). When a
    filter matches few, driving by those few is cheaper.
    """
    keys = _order(sort)
    filters = _filters(db, query, tag)
    by_index = bool(filters) and limit is not None and all(_common(db, *f) for f in filters)
    column = "+people.id" if by_index else "people.id"
    where = [f"{column} IN ({subquery})" for subquery, _ in filters]
    params: list[object] = [p for _, values in filters for p in values]
    if after is not None:
        clause, values = _after(keys, sort_key(sort, after))
        where.append(clause)
        params += values
    sql = _COLUMNS
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY " + ", ".join(f"{e} {'DESC' if d else 'ASC'}" for e, d in keys)
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [
        PersonSummary(
            id=r[0],
            name=r[1],
            current_role=r[2],
            target_track=r[3],
            region=r[4],
            updated_at=r[5],
            tags=tuple(r[6].split("\x1f")) if r[6] else (),
        )
        for r in db.execute(sql, params)
    ]


def count(db: Database, query: str = "", tag: str | None = None) -> int:
    """How many people match, without reading their rows: the index entries only."""
    expression = search.people_expression(query, db) if query else None
    if expression is None and not tag:
        return db.execute("SELECT count(*) FROM people").fetchone()[0]
    if expression is None:
        return db.execute("SELECT count(*) FROM tags WHERE tag = ?", [tag]).fetchone()[0]
    if not tag:
        sql = "SELECT count(*) FROM people_search WHERE people_search MATCH ?"
        return db.execute(sql, [expression]).fetchone()[0]
    sql = f"SELECT count(*) FROM tags WHERE tag = ? AND person_id IN ({search.MATCHING_PEOPLE})"
    return db.execute(sql, [tag, expression]).fetchone()[0]


def position(
    db: Database, person_id: int, query: str = "", *, tag: str | None = None, sort: str = "name"
) -> int | None:
    """How many matching people come before this one in sort order; None if they do not match."""
    keys = _order(sort)
    filters = _filters(db, query, tag)
    where = [f"people.id IN ({subquery})" for subquery, _ in filters]
    params: list[object] = [p for _, values in filters for p in values]
    sql = _COLUMNS + " WHERE " + " AND ".join([*where, "people.id = ?"])
    found = db.execute(sql, [*params, person_id]).fetchone()
    if found is None:
        return None
    person = PersonSummary(found[0], found[1], found[2], found[3], found[4], (), found[5])
    clause, values = _after(keys, sort_key(sort, person), before=True)
    sql = "SELECT count(*) FROM people WHERE " + " AND ".join([*where, clause])
    return db.execute(sql, [*params, *values]).fetchone()[0]
