"""Pure-Python domain model: profiles, catalog items and roadmaps (standard library only)."""
