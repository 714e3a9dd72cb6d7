"""Read people's data from files: the planner's profile JSON (JSON Resume, LinkedIn later)."""
