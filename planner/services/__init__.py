"""Use cases that span storage, engine and export; no Qt, no SQL."""
