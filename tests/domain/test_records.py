"""record behaves as the standard frozen (or plain) dataclass it replaces, for every class."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pickle
import pkgutil
from dataclasses import FrozenInstanceError, dataclass, field, fields
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import planner
from planner.domain.frozen_init import quick_init
from planner.domain.records import is_frozen, record


@dataclass(frozen=True)
class Plain:
    name: str
    size: int
    tags: list[str] = field(default_factory=list)
    note: str | None = None
    secret: str = field(default="s", repr=False, compare=False)
    derived: int = field(default=0, init=False)


@record
class Rec:
    name: str
    size: int
    tags: list[str] = field(default_factory=list)
    note: str | None = None
    secret: str = field(default="s", repr=False, compare=False)
    derived: int = field(default=0, init=False)


@dataclass
class PlainMutable:
    name: str
    items: list[int] = field(default_factory=list)


@record(frozen=False)
class RecMutable:
    name: str
    items: list[int] = field(default_factory=list)


def _same(rec: Any, plain: Any) -> None:
    assert vars(rec) == vars(plain)
    assert list(vars(rec)) == list(vars(plain))  # same order in the instance dict
    assert repr(rec) == repr(plain).replace(type(plain).__qualname__, type(rec).__qualname__)


ARGS = st.lists(st.sampled_from(["a", "b", 3, 4, ("t",), None, "extra"]), max_size=6)
KWARGS = st.dictionaries(
    st.sampled_from(["name", "size", "tags", "note", "secret", "derived", "colour"]),
    st.sampled_from(["x", 7, ["u"], None]),
    max_size=5,
)


@given(args=ARGS, kwargs=KWARGS)
def test_constructs_what_the_dataclass_constructs_or_refuses_alike(args, kwargs):
    try:
        plain = Plain(*args, **kwargs)
    except TypeError:
        with pytest.raises(TypeError):
            Rec(*args, **kwargs)
        return
    rec = Rec(*args, **kwargs)
    _same(rec, plain)
    again = Rec(*args, **kwargs)
    assert rec == again
    assert not rec != again  # noqa: SIM202
    assert dataclasses.asdict(rec) == dataclasses.asdict(plain)


def test_equality_and_hash_follow_the_compared_fields():
    one, other = Rec("a", 1, secret="x"), Rec("a", 1, secret="y")
    assert one == other  # secret is compare=False
    assert hash(Rec("a", 1, ("t",))) == hash(Rec("a", 1, ("t",)))  # type: ignore[arg-type]
    assert Rec("a", 1) != Rec("a", 2)
    assert Rec("a", 1) != Plain("a", 1)
    assert {Rec("a", 1, ()), Rec("a", 1, ())} == {Rec("a", 1, ())}  # type: ignore[arg-type]


def test_default_factories_give_each_instance_its_own_value():
    first, second = Rec("a", 1), Rec("b", 2)
    assert first.tags == [] and first.tags is not second.tags


def test_frozen_refuses_assignment_and_deletion():
    rec = Rec("a", 1)
    with pytest.raises(FrozenInstanceError, match="cannot assign to field 'size'"):
        rec.size = 2  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        rec.other = 2  # type: ignore[attr-defined]
    with pytest.raises(FrozenInstanceError):
        del rec.name  # type: ignore[misc]
    assert is_frozen(Rec) and is_frozen(Plain)
    assert not is_frozen(RecMutable) and not is_frozen(PlainMutable)


def test_mutable_record_is_a_mutable_unhashable_dataclass():
    rec, plain = RecMutable("a"), PlainMutable("a")
    rec.name = "b"
    plain.name = "b"
    _same(rec, plain)
    assert rec == RecMutable("b")
    with pytest.raises(TypeError):
        hash(rec)


def test_replace_pickle_and_fields_work():
    rec = Rec("a", 1, ["t"], "n")
    assert dataclasses.replace(rec, size=5) == Rec("a", 5, ["t"], "n")
    assert pickle.loads(pickle.dumps(rec)) == rec
    assert [f.name for f in fields(rec)] == [f.name for f in fields(Plain)]
    assert Rec.__match_args__ == Plain.__match_args__  # type: ignore[attr-defined]


def test_post_init_runs_and_own_methods_stay():
    seen = []

    @record
    class Checked:
        """A record with its own repr and a check."""

        value: int

        def __post_init__(self) -> None:
            seen.append(self.value)

        def __repr__(self) -> str:
            return "mine"

    assert repr(Checked(3)) == "mine" and seen == [3]


def test_a_frozen_record_may_not_write_its_own_setattr():
    with pytest.raises(TypeError):

        @record
        class Bad:
            value: int

            def __setattr__(self, name: str, value: Any) -> None:
                pass


def test_quick_init_accepts_a_frozen_record_only():
    @record
    class Fast:
        """Fast."""

        value: int
        label: str = "x"

    assert quick_init(Fast)(3) == Fast(value=3, label="x")
    with pytest.raises(TypeError):
        quick_init(RecMutable)


def _planner_records() -> list[type]:
    found = []
    for info in pkgutil.walk_packages(planner.__path__, "planner."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and dataclasses.is_dataclass(value)
            ):
                found.append(value)
    return found


RECORDS = _planner_records()


def test_the_scan_finds_the_planner_records():
    assert len(RECORDS) > 80


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: f"{cls.__module__}.{cls.__qualname__}")
def test_every_planner_record_builds_compares_and_prints_as_a_dataclass(cls):
    """Given a stand-in value for each parameter, each class stores, compares and shows them."""
    if hasattr(cls, "__post_init__"):
        pytest.skip("its __post_init__ checks real values")
    every = fields(cls)
    values = {f.name: object() for f in every if f.init}
    rec = cls(**values)
    stored = [f.name for f in every if f.init or f.default_factory is not dataclasses.MISSING]
    assert list(vars(rec)) == stored
    for name, value in values.items():
        assert getattr(rec, name) is value
    assert rec == cls(**values)
    if values:
        assert rec != cls(**{**values, next(iter(values)): object()})
    if vars(cls)["__repr__"].__module__ == "planner.domain.records":
        shown = ", ".join(f"{f.name}={getattr(rec, f.name)!r}" for f in every if f.repr)
        assert repr(rec) == f"{cls.__qualname__}({shown})"
    if is_frozen(cls) and every:
        with pytest.raises(FrozenInstanceError):
            setattr(rec, every[0].name, None)


def test_planner_declares_records_not_standard_dataclasses():
    """A standard @dataclass compiles its methods at import: slower start-up for nothing."""
    standard = [cls.__qualname__ for cls in RECORDS if cls.__dataclass_params__.eq]
    assert not standard


def test_signature_and_doc_are_the_dataclasses():
    assert str(inspect.signature(Rec)) == str(inspect.signature(Plain))
    assert str(inspect.signature(RecMutable)) == str(inspect.signature(PlainMutable))
    assert Rec.__doc__ == Plain.__doc__.replace("Plain", "Rec")
