"""The Fit tab (questionnaire, fit per track, track comparison); re-exports FitPage."""

from planner.gui.pages.fit.page import FitPage

__all__ = ["FitPage"]
