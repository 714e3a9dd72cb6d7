"""The Roadmap tab: the plan's timeline, steps and details (RoadmapPage is the entry point)."""

from planner.gui.pages.roadmap.page import RoadmapPage

__all__ = ["RoadmapPage"]
