"""LazyPattern: a regular expression compiled when it is first used, not when it is made."""

from __future__ import annotations

import re
from functools import partial
from typing import Any

# What re.Pattern can do with a string. Taken from a LazyPattern, each is a callable that
# compiles the expression when called: code that keeps `pattern.finditer` to call later does
# not compile it by taking it.
METHODS = frozenset(
    {"match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "scanner"}
)


class LazyPattern:
    """Stands in for `re.compile(pattern, flags)`: its methods and attributes are the compiled
    expression's, compiled on the first call or read."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, pattern: str | bytes, flags: int | re.RegexFlag = 0) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[Any] | None = None

    def compiled(self) -> re.Pattern[Any]:
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        if name in METHODS:
            # partial, not a function: kept on a class, it must not become a method of it.
            return partial(_call, self, name)
        if not hasattr(re.Pattern, name):
            # Asked without compiling, as ABCMeta asks every attribute of a class being made
            # whether it is abstract: a compiled expression would not have it either.
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return repr(self.compiled())


def _call(lazy: LazyPattern, name: str, *args: Any, **kwargs: Any) -> Any:
    return getattr(lazy.compiled(), name)(*args, **kwargs)
