"""quick_init keeps a frozen dataclass's constructor, equality and immutability as they were."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from dataclasses import dataclass, field, fields

import pytest

from planner.domain.frozen_init import quick_init
from planner.domain.roadmap import Alternative, Gap, Step
from planner.engine.drafts import Draft
from planner.engine.eligibility import Eligibility
from planner.engine.scheduling import Placement


@dataclass(frozen=True)
class Plain:
    name: str
    size: int
    tags: tuple[str, ...] = ()
    note: str | None = None


@quick_init
@dataclass(frozen=True)
class Quick:
    name: str
    size: int
    tags: tuple[str, ...] = ()
    note: str | None = None


def _as_plain(quick: Quick) -> Plain:
    return Plain(**dataclasses.asdict(quick))


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("a", 1), {}),
        (("a",), {"size": 2, "note": "x"}),
        ((), {"name": "b", "size": 3, "tags": ("t",)}),
        (("c", 4, ("u", "v"), "n"), {}),
    ],
)
def test_same_values_as_the_dataclass_init(args, kwargs):
    quick, plain = Quick(*args, **kwargs), Plain(*args, **kwargs)
    assert _as_plain(quick) == plain
    assert repr(quick) == repr(plain).replace("Plain", "Quick")
    assert quick == Quick(*args, **kwargs)
    assert hash(quick) == hash(Quick(*args, **kwargs))
    assert pickle.loads(pickle.dumps(quick)) == quick
    assert dataclasses.replace(quick, size=9).size == 9


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("a",), {}),  # missing size
        (("a", 1), {"colour": "red"}),  # no such field
        (("a", 1), {"name": "b"}),  # name given twice
        (("a", 1, (), None, "extra"), {}),  # too many
    ],
)
def test_same_errors_as_the_dataclass_init(args, kwargs):
    with pytest.raises(TypeError):
        Plain(*args, **kwargs)
    with pytest.raises(TypeError):
        Quick(*args, **kwargs)


def test_instances_stay_frozen():
    quick = Quick("a", 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.size = 2  # type: ignore[misc]


@pytest.mark.parametrize("cls", [Step, Gap, Alternative, Draft, Eligibility, Placement])
def test_planner_values_keep_their_signature(cls):
    parameters = list(inspect.signature(cls).parameters.values())
    assert [p.name for p in parameters] == [f.name for f in fields(cls)]
    for parameter, f in zip(parameters, fields(cls), strict=True):
        expected = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
        assert parameter.default == expected


def test_refuses_what_it_cannot_build():
    @dataclass
    class Mutable:
        x: int

    @dataclass(frozen=True)
    class WithFactory:
        x: list[int] = field(default_factory=list)

    @dataclass(frozen=True)
    class WithPostInit:
        x: int

        def __post_init__(self) -> None:
            pass

    for cls in (Mutable, WithFactory, WithPostInit):
        with pytest.raises(TypeError):
            quick_init(cls)
