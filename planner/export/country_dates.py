"""A person's documents follow their country where the language leaves it open (dates)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from planner.domain.messages import in_country

F = TypeVar("F", bound=Callable[..., Any])


def follows_country(func: F) -> F:
    """Run func in its roadmap's country (an English date reads 'Jan 4, 2027' in the US only).

    The first argument is the Roadmap, or a document holding it as .roadmap.
    """

    @wraps(func)
    def inner(first: Any, *args: Any, **kwargs: Any) -> Any:
        roadmap = getattr(first, "roadmap", first)
        with in_country(roadmap.summary.country):
            return func(first, *args, **kwargs)

    return inner  # type: ignore[return-value]
