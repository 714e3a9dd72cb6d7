"""Place steps week by week in prerequisite order so no week asks for more than the person has."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

from planner.domain.errors import InvalidProfile
from planner.engine.drafts import Draft

EPSILON = 1e-9
# A week with less than this share of the person's hours left is treated as full, so a step
# is never smeared over months of leftover slivers.
SLIVER_SHARE = 0.25


@dataclass(frozen=True)
class Placement:
    first_week: int
    last_week: int
    hours_by_week: dict[int, float]


class WeekCapacity:
    """Free hours per week, with a 'next week that still has room' jump table."""

    def __init__(self, weekly_hours: float) -> None:
        self.weekly_hours = weekly_hours
        self.sliver = weekly_hours * SLIVER_SHARE
        self.used: dict[int, float] = {}
        self._next: dict[int, int] = {}  # full week -> a later week that may have room

    def free(self, week: int) -> float:
        return self.weekly_hours - self.used.get(week, 0.0)

    def first_with_room(self, week: int) -> int:
        path = []
        while week in self._next:
            path.append(week)
            week = self._next[week]
        for full in path:  # path compression keeps later look-ups near constant time
            self._next[full] = week
        return week

    def take(self, week: int, hours: float) -> None:
        self.used[week] = self.used.get(week, 0.0) + hours
        if self.free(week) < self.sliver:
            self._next[week] = week + 1


def topological_order(drafts: Sequence[Draft]) -> list[Draft]:
    """Dependencies first; among ready steps, lower priority number first, then input order."""
    by_id = {d.id: d for d in drafts}
    position = {d.id: i for i, d in enumerate(drafts)}
    waiting = {d.id: sum(1 for p in set(d.depends_on) if p in by_id) for d in drafts}
    dependents: dict[str, list[str]] = {d.id: [] for d in drafts}
    for d in drafts:
        for p in set(d.depends_on):
            if p in by_id:
                dependents[p].append(d.id)
    ready = [(d.priority, position[d.id], d.id) for d in drafts if waiting[d.id] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        _, _, step_id = heapq.heappop(ready)
        order.append(by_id[step_id])
        for child in dependents[step_id]:
            waiting[child] -= 1
            if waiting[child] == 0:
                heapq.heappush(ready, (by_id[child].priority, position[child], child))
    if len(order) != len(drafts):
        stuck = sorted(set(by_id) - {d.id for d in order})
        raise InvalidProfile(f"steps depend on each other in a circle: {', '.join(stuck)}")
    return order


def schedule(
    drafts: Sequence[Draft], weekly_hours: float
) -> tuple[dict[str, Placement], dict[int, float]]:
    """Week placements for every draft and the hours used in each week."""
    if weekly_hours <= 0:
        raise InvalidProfile("weekly_hours must be more than 0")
    capacity = WeekCapacity(weekly_hours)
    placed: dict[str, Placement] = {}
    for draft in topological_order(drafts):
        earliest = max(
            (placed[p].last_week + 1 for p in draft.depends_on if p in placed), default=0
        )
        placed[draft.id] = _place(draft, earliest, capacity)
    return placed, capacity.used


def _place(draft: Draft, earliest: int, capacity: WeekCapacity) -> Placement:
    remaining = draft.hours
    by_week: dict[int, float] = {}
    week = capacity.first_with_room(earliest) if remaining > EPSILON else earliest
    first = week
    cap = draft.max_per_week
    while remaining > EPSILON:
        week = capacity.first_with_room(week)
        take = min(remaining, capacity.free(week))
        if cap is not None:
            take = min(take, cap)
        if take > EPSILON:
            capacity.take(week, take)
            by_week[week] = take
            remaining -= take
        if remaining > EPSILON:
            week += 1
    last = max(week, first + max(1, draft.min_weeks) - 1)
    return Placement(first, last, by_week)
