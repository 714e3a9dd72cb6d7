"""The roadmap engine: gaps, fit, eligibility, step selection, scheduling and costing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.engine.planner import build_roadmap

__all__ = ["build_roadmap"]


def __getattr__(name: str) -> Any:
    # The planner pulls in every stage; importing a light module such as eligibility (the
    # app does at start) must not pay for it before the first plan is built.
    if name == "build_roadmap":
        from planner.engine.planner import build_roadmap

        return build_roadmap
    raise AttributeError(f"module 'planner.engine' has no attribute {name!r}")
