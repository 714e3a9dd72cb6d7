"""Load and validate the data that drives the planner (resources/catalog)."""

from planner.catalog.loader import load_catalog

__all__ = ["load_catalog"]
