"""Exceptions the core raises; the CLI and GUI turn them into words for people."""


class PlannerError(Exception):
    """Base class for errors a person can act on (bad input, refused file)."""


class InvalidProfile(PlannerError):
    """A profile is missing a field or holds a value the planner cannot use."""


class CatalogError(PlannerError):
    """A catalog file is malformed; the message names the file, the entry and the field."""
