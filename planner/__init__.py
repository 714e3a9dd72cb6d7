"""Career Transition Planner: plan a move from technical IT work into project management."""

__version__ = "0.1.0"
