"""The Experience tab (PM-experience ledger, PMP eligibility date); re-exports ExperiencePage."""

from planner.gui.pages.experience.page import ExperiencePage

__all__ = ["ExperiencePage"]
