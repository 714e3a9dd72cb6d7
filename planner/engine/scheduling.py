"""Place steps week by week in prerequisite order so no week asks for more than the person has.

Hours are counted in hundredths internally, so the hours put in each week add up exactly to a
step's hours and never pass the weekly limit through rounding.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from typing import NamedTuple

from planner.domain.errors import InvalidProfile
from planner.domain.frozen_init import quick_init
from planner.domain.records import record
from planner.engine.drafts import Draft

CENTS = 100  # hundredths of an hour
# A week with less than this share of the person's hours left is treated as full, so a step
# is never smeared over months of leftover slivers.
SLIVER_SHARE = 0.25


def to_cents(hours: float) -> int:
    return round(round(hours, 1) * CENTS)


@quick_init
@record
class Placement:
    first_week: int
    last_week: int
    hours_by_week: dict[int, float]


class Schedule(NamedTuple):
    """Where each step falls, by id, and the hours used in each week of the plan."""

    placements: dict[str, Placement]
    load: dict[int, float]

    @property
    def weeks(self) -> int:
        """How many weeks the plan spans (0 with no steps)."""
        return max((p.last_week for p in self.placements.values()), default=-1) + 1


class WeekCapacity:
    """Free hundredths of an hour per week, with a 'next week that still has room' jump table."""

    def __init__(self, weekly_hours: float) -> None:
        self.weekly = math.floor(weekly_hours * CENTS + 1e-9)
        self.sliver = self.weekly * SLIVER_SHARE
        self.full_below = max(self.sliver, 1)  # less room than this: the week counts as full
        self.used: dict[int, int] = {}
        self._next: dict[int, int] = {}  # full week -> a later week that may have room

    def free(self, week: int) -> int:
        return self.weekly - self.used.get(week, 0)

    def first_with_room(self, week: int) -> int:
        path = []
        while week in self._next:
            path.append(week)
            week = self._next[week]
        for full in path:  # path compression keeps later look-ups near constant time
            self._next[full] = week
        return week

    def take(self, week: int, cents: int) -> None:
        used = self.used.get(week, 0) + cents
        self.used[week] = used
        if self.weekly - used < self.full_below:
            self._next[week] = week + 1


def topological_order(drafts: Sequence[Draft]) -> list[Draft]:
    """Dependencies first; among ready steps, lower priority number first, then input order."""
    # Steps by their place in drafts: the heap orders (priority, place) pairs, which never tie.
    place = {d.id: i for i, d in enumerate(drafts)}
    waiting = [0] * len(drafts)
    dependents: list[list[int]] = [[] for _ in drafts]
    for i, d in enumerate(drafts):
        deps = d.depends_on
        for p in deps if len(deps) < 2 else set(deps):  # a repeated id counts once
            j = place.get(p)
            if j is not None:
                dependents[j].append(i)
                waiting[i] += 1
    ready = [(d.priority, i) for i, d in enumerate(drafts) if not waiting[i]]
    heapq.heapify(ready)
    order = []
    while ready:
        _, i = heapq.heappop(ready)
        order.append(drafts[i])
        for child in dependents[i]:
            waiting[child] -= 1
            if not waiting[child]:
                heapq.heappush(ready, (drafts[child].priority, child))
    if len(order) != len(drafts):
        stuck = sorted({d.id for d in drafts} - {d.id for d in order})
        raise InvalidProfile(f"steps depend on each other in a circle: {', '.join(stuck)}")
    return order


def schedule(drafts: Sequence[Draft], weekly_hours: float) -> Schedule:
    """Week placements for every draft and the hours used in each week."""
    if weekly_hours <= 0:
        raise InvalidProfile("weekly_hours must be more than 0")
    capacity = WeekCapacity(weekly_hours)
    if capacity.weekly < 1:
        raise InvalidProfile("weekly_hours must be at least 0.01")
    placed: dict[str, Placement] = {}
    for draft in topological_order(drafts):
        earliest = 0  # the week after the last prerequisite ends
        for p in draft.depends_on:
            if p in placed and placed[p].last_week >= earliest:
                earliest = placed[p].last_week + 1
        placed[draft.id] = _place(draft, earliest, capacity)
    load = {week: cents / CENTS for week, cents in capacity.used.items()}
    return Schedule(placed, load)


def _place(draft: Draft, earliest: int, capacity: WeekCapacity) -> Placement:
    remaining = to_cents(draft.hours)
    by_week: dict[int, int] = {}
    week = capacity.first_with_room(earliest) if remaining > 0 else earliest
    first = week
    # A cap is rounded up so a background step still fits in its minimum weeks.
    cap = max(1, math.ceil(draft.max_per_week * CENTS - 1e-9)) if draft.max_per_week else remaining
    # The loop runs once per week of every step: locals instead of attribute look-ups.
    used, weekly, room = capacity.used, capacity.weekly, capacity.first_with_room
    while remaining > 0:
        week = room(week)
        take = min(remaining, weekly - used.get(week, 0), cap)
        if take > 0:
            capacity.take(week, take)
            by_week[week] = take
            remaining -= take
        if remaining > 0:
            week += 1
    last = max(week, first + max(1, draft.min_weeks) - 1)
    if len(by_week) == 1:  # most steps fit in one week
        ((only, cents),) = by_week.items()
        return Placement(first, last, {only: cents / CENTS})
    return Placement(first, last, {w: c / CENTS for w, c in by_week.items()})
