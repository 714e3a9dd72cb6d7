"""The only package that knows SQL: the planner's SQLite database through sqlite-utils."""
