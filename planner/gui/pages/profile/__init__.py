"""The Profile page (package: the form, its tables and its checks live in the submodules)."""

from planner.gui.pages.profile.page import ProfilePage

__all__ = ["ProfilePage"]
