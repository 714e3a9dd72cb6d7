"""Career Transition Planner: plan a move from technical IT work into project management."""

__version__ = "0.1.0"


def _compile_dataclasses_once() -> None:
    """Before any planner dataclass is defined: their methods compile once per machine."""
    from planner.dataclass_code import install
    from planner.paths import cache_dir

    install(cache_dir())


_compile_dataclasses_once()
