"""The roadmap engine: gaps, fit, eligibility, step selection, scheduling and costing."""

from planner.engine.planner import build_roadmap

__all__ = ["build_roadmap"]
