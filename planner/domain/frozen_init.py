"""quick_init: a frozen dataclass's __init__ that stores every field at once."""

from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass
from typing import Any, TypeVar

from planner.domain.records import is_frozen

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """cls with an __init__ taking the same parameters that fills the instance dict at once.

    dataclasses' frozen __init__ stores each field through object.__setattr__, as the class's
    own __setattr__ refuses: on this kind of machine about a microsecond a field, so a third of
    the planning time of a large plan went to building its 32-field steps and 28-field drafts.
    This one takes the same parameters (names, order, defaults) and stores the values in one
    dict update, as unpickling and Draft.changed do; the class stays frozen and everything else
    dataclasses generated (eq, repr, hash, match args) is kept. Only for frozen dataclasses
    without __post_init__, default factories, init=False or keyword-only fields (checked here).
    """
    if not is_dataclass(cls) or not is_frozen(cls):
        raise TypeError(f"{cls.__name__} is not a frozen dataclass")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} has a __post_init__, which this __init__ would skip")
    defaults: dict[str, Any] = {}
    params = []
    for f in fields(cls):
        if f.default_factory is not MISSING or not f.init or f.kw_only:
            raise TypeError(f"{cls.__name__}.{f.name}: only plain fields are supported")
        if f.default is MISSING:
            params.append(f.name)
        else:
            defaults[f.name] = f.default
            params.append(f"{f.name}=__defaults[{f.name!r}]")
    stored = ", ".join(f"{f.name!r}: {f.name}" for f in fields(cls))
    source = f"def __init__(self, {', '.join(params)}):\n    self.__dict__.update({{{stored}}})\n"
    namespace: dict[str, Any] = {"__defaults": defaults}
    exec(source, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    init.__annotations__ = dict(cls.__init__.__annotations__)
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
