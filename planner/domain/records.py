"""record: a dataclass whose methods are shared functions, not source compiled for each class."""

from __future__ import annotations

import reprlib
from collections.abc import Callable
from dataclasses import MISSING, Field, FrozenInstanceError, dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

__all__ = ["field", "is_frozen", "record"]

T = TypeVar("T")


@overload
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(*, frozen: bool = True) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(field, Field))
def record(cls: type[T] | None = None, /, *, frozen: bool = True) -> Any:
    """cls as a dataclass (frozen unless frozen=False) with __init__, __repr__, __eq__, __hash__.

    The standard decorator writes each class its own __init__, __repr__, __eq__, __setattr__,
    __delattr__ and __hash__ as source text and compiles each with exec: on Python 3.11 that is
    six compilations per frozen class, and for the 60-odd classes a plan needs, about half of
    the command line's start-up. Here the same methods are closures over the class's fields.
    They behave as the standard ones do: same parameters, defaults and default factories,
    __post_init__ called, equality and hash over the compared fields as a tuple, the repr of
    the repr fields, FrozenInstanceError on assignment. dataclasses.fields, replace and asdict
    work as before. A method the class defines itself is kept. Only the options this project
    uses are offered: no ordering, slots, keyword-only fields or InitVar.
    """

    def wrap(cls: type[T]) -> type[T]:
        return _build(cls, frozen)

    return wrap if cls is None else wrap(cls)


def is_frozen(cls: type) -> bool:
    """Whether cls is a frozen dataclass or a frozen record: its instances refuse assignment."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is not None and params.frozen:
        return True
    code = getattr(cls.__setattr__, "__code__", None)
    return code is not None and code is _FROZEN_SETATTR_CODE


def _build(cls: type[T], frozen: bool) -> type[T]:
    own = dict(cls.__dict__)
    if "__signature__" not in own:
        cls.__signature__ = _SIGNATURE  # type: ignore[attr-defined]
    _bookkeeping(cls)
    every = fields(cls)  # type: ignore[arg-type]
    key = _key([f.name for f in every if f.compare])
    methods: dict[str, Any] = {
        "__init__": _init(cls, every),
        "__repr__": _repr([f.name for f in every if f.repr]),
        "__eq__": _eq(key),
    }
    if frozen:
        if "__setattr__" in own or "__delattr__" in own:
            raise TypeError(
                f"{cls.__name__} is frozen and cannot define __setattr__ or __delattr__"
            )
        names = {f.name for f in every}
        methods["__setattr__"] = _frozen_setattr(cls, names)
        methods["__delattr__"] = _frozen_delattr(cls, names)
    for name, method in methods.items():
        # A method the class writes itself stays, as with dataclasses.
        if name not in own:
            setattr(cls, name, method)
    if "__hash__" not in own or (own["__hash__"] is None and "__eq__" in own):
        hashed = [f.name for f in every if f.hash or (f.hash is None and f.compare)]
        # As dataclasses do: a frozen record hashes its fields; a mutable one is unhashable.
        setattr(cls, "__hash__", _hash(_key(hashed)) if frozen else None)  # noqa: B010
    return cls


_HINT = object()  # stands in for a field's annotation while dataclasses reads the class
_PSEUDO_FIELDS = ("ClassVar", "InitVar", "KW_ONLY")


def _bookkeeping(cls: type) -> None:
    """dataclasses' part: fields, defaults as class attributes, match args; no method written.

    Under `from __future__ import annotations` every annotation is a string, and dataclasses
    matches each string three times against a regular expression and the module's names,
    asking whether it names ClassVar, InitVar or KW_ONLY: 3% of `plan --demo`'s instructions.
    A string that cannot name one of them is shown to it as a placeholder instead, and put
    back, on the class and on its fields, before anything else reads it.
    """
    # The class's own dict, as dataclasses reads it, so that exactly it is put back.
    annotations = cls.__dict__.get("__annotations__", {})  # noqa: RUF063
    written = {
        name: hint
        for name, hint in annotations.items()
        if isinstance(hint, str) and not any(word in hint for word in _PSEUDO_FIELDS)
    }
    undocumented = not cls.__doc__
    if written:
        cls.__annotations__ = {
            name: _HINT if name in written else hint for name, hint in annotations.items()
        }
        if undocumented:
            cls.__doc__ = "-"  # dataclasses would describe the class by the placeholders
    try:
        dataclass(cls, init=False, repr=False, eq=False)
    finally:
        if written:
            cls.__annotations__ = annotations
            for f in getattr(cls, "__dataclass_fields__", {}).values():
                if f.type is _HINT:
                    f.type = written[f.name]
    if written and undocumented:
        import inspect  # dataclasses imported it already

        # The description dataclasses gives an undocumented class.
        cls.__doc__ = cls.__name__ + str(inspect.signature(cls)).replace(" -> None", "")


class _Signature:
    """inspect.signature(cls) for a record: its fields as parameters, built when first asked.

    The shared __init__ takes (*args, **kwargs); help() and IDEs should show the fields.
    """

    def __get__(self, instance: object, owner: type) -> Any:
        import inspect

        keyword = inspect.Parameter.POSITIONAL_OR_KEYWORD
        empty = inspect.Parameter.empty
        parameters = [
            inspect.Parameter(
                f.name,
                keyword,
                default=(
                    f.default
                    if f.default is not MISSING
                    else _FACTORY
                    if f.default_factory is not MISSING
                    else empty
                ),
                annotation=f.type,
            )
            for f in fields(owner)  # type: ignore[arg-type]
            if f.init
        ]
        return inspect.Signature(parameters, return_annotation=None)


class _Factory:
    """Shown as the default of a field with a default factory, as dataclasses show it."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()
_SIGNATURE = _Signature()


def _init(cls: type, every: tuple[Field[Any], ...]) -> Callable[..., None]:
    """An __init__ with the dataclass's parameters that fills the instance dict in field order."""
    positional = tuple(f.name for f in every if f.init)
    takes = frozenset(positional)
    # (name, taken as a parameter, default, default factory) for each field, in field order.
    plan = tuple((f.name, f.init, f.default, f.default_factory) for f in every)
    post_init = hasattr(cls, "__post_init__")
    name = f"{cls.__qualname__}.__init__()"

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(positional):
            raise TypeError(
                f"{name} takes {len(positional) + 1} positional arguments "
                f"but {len(args) + 1} were given"
            )
        given = dict(zip(positional, args, strict=False))
        for key in kwargs:
            if key not in takes:
                raise TypeError(f"{name} got an unexpected keyword argument {key!r}")
            if key in given:
                raise TypeError(f"{name} got multiple values for argument {key!r}")
        given.update(kwargs)
        values = {}
        missing = []
        for field_name, init, default, factory in plan:
            if not init:
                # As dataclasses do: a plain default stays on the class, a factory runs.
                if factory is not MISSING:
                    values[field_name] = factory()
            elif field_name in given:
                values[field_name] = given[field_name]
            elif default is not MISSING:
                values[field_name] = default
            elif factory is not MISSING:
                values[field_name] = factory()
            else:
                missing.append(field_name)
        if missing:
            raise TypeError(
                f"{name} missing {len(missing)} required argument"
                f"{'s' if len(missing) > 1 else ''}: {', '.join(map(repr, missing))}"
            )
        # Straight into the dict, as a frozen dataclass's own __init__ does through
        # object.__setattr__, field by field.
        self.__dict__.update(values)
        if post_init:
            self.__post_init__()

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    __init__.__module__ = cls.__module__
    return __init__


def _key(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving an instance's values for names as a tuple, as dataclasses compare them."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda instance: (one(instance),)
    return lambda instance: ()


def _repr(names: list[str]) -> Callable[[Any], str]:
    @reprlib.recursive_repr()
    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"

    return __repr__


def _eq(key: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return key(self) == key(other)
        return NotImplemented

    return __eq__


def _hash(key: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(key(self))

    return __hash__


def _frozen_setattr(cls: Any, names: set[str]) -> Callable[[Any, str, Any], None]:
    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


def _frozen_delattr(cls: Any, names: set[str]) -> Callable[[Any, str], None]:
    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


_FROZEN_SETATTR_CODE = _frozen_setattr(object, set()).__code__
