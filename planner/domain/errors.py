"""Exceptions the core raises; the CLI and GUI turn them into words for people."""


class PlannerError(Exception):
    """Base class for errors a person can act on (bad input, refused file)."""


class InvalidInput(PlannerError):
    """A value given by a person (argument, field, file) that the planner cannot use."""


class InvalidProfile(InvalidInput):
    """A profile is missing a field or holds a value the planner cannot use."""


class CatalogError(PlannerError):
    """A catalog file is malformed; the message names the file, the entry and the field."""


class StorageError(PlannerError):
    """The database cannot be used as asked (bad file, newer version, full disk, read-only)."""


class DatabaseRefused(StorageError):
    """A file is not a usable planner database; it is left exactly as it was."""


class EmptyDatabaseFile(DatabaseRefused):
    """The database file exists but holds 0 bytes: not set up as new without asking."""


class NotFound(PlannerError):
    """A person, plan or step id that does not exist."""
