"""Undated steps as the choices stage makes them, before scheduling gives them dates."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any

from planner.domain.frozen_init import quick_init
from planner.domain.records import record

if TYPE_CHECKING:
    from planner.domain.country_pack import PackFee


@quick_init
@record
class Draft:
    """A step chosen for the plan, as a value; the scheduler turns it into a dated Step."""

    id: str
    title: str
    kind: str
    hours: float
    why: str
    priority: int
    depends_on: tuple[str, ...] = ()
    min_weeks: int = 1
    max_per_week: float | None = None
    cost: float | None = 0.0
    currency: str = "USD"
    cost_note: str = ""
    cost_as_of: str = ""
    cost_confidence: str = ""
    closes: tuple[str, ...] = ()
    hours_basis: str = ""
    exam_codes: tuple[str, ...] = ()
    booking_lead_weeks: int = 0
    prerequisites: str = ""
    sources: tuple[tuple[str, str], ...] = ()
    description: str = ""
    renewal: str = ""
    waits_for_experience: bool = False
    cost_range: tuple[float, float] | None = None  # low, high when the price is not verified
    study: tuple[tuple[str, str, str, str], ...] = ()
    role: str = ""  # strategy's label: pmp-path, before-apply, alongside, renewal ...
    local_fee: PackFee | None = None  # the country pack's price for this step, if it has one
    price_kind: str = ""  # price, range, converted or check_with_issuer (local_prices)

    def changed(self, **changes: Any) -> Draft:
        """A copy with changes: dataclasses.replace without running __init__ again.

        About seven times faster; a plan of thousands of steps copies each a few times.
        """
        copy = object.__new__(Draft)
        values = copy.__dict__
        values.update(self.__dict__)
        values.update(changes)
        if len(values) != len(FIELDS):  # self has every field: a change named another one
            unknown = changes.keys() - FIELDS
            raise TypeError(f"Draft has no field {', '.join(sorted(unknown))}")
        return copy

    @staticmethod
    def of(values: dict[str, Any]) -> Draft:
        """A Draft from a dict naming every field, without binding them as keywords to __init__.

        Matching 28 keyword arguments to their parameters is most of what building a draft
        costs; a large plan builds thousands of credentials' drafts.
        """
        if values.keys() != FIELDS:
            raise TypeError(f"Draft fields differ: {', '.join(sorted(values.keys() ^ FIELDS))}")
        draft = object.__new__(Draft)
        draft.__dict__.update(values)
        return draft


FIELDS = frozenset(f.name for f in fields(Draft))
