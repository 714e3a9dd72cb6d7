"""A LazyPattern answers as the compiled expression does, and compiles only when used."""

from __future__ import annotations

import abc
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.gui.lazy_pattern import METHODS, LazyPattern

PATTERNS = [
    (r"(\w+)\s*=\s*(\d+)", 0),
    (r"[,;]\s*", 0),
    (r"(?P<word>[a-z]+)", re.IGNORECASE),
    ("\n  ( [^()]+ )  # a group\n", re.VERBOSE),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
@given(text=st.text(alphabet="ab =,;12()\n\tZ", max_size=40))
def test_it_answers_as_the_compiled_expression(pattern, flags, text):
    lazy, real = LazyPattern(pattern, flags), re.compile(pattern, flags)
    assert lazy.findall(text) == real.findall(text)
    assert lazy.split(text) == real.split(text)
    assert lazy.sub("-", text) == real.sub("-", text)
    assert lazy.subn("-", text, count=1) == real.subn("-", text, count=1)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    for method in ("match", "fullmatch", "search"):
        mine, theirs = getattr(lazy, method)(text), getattr(real, method)(text)
        assert (mine and mine.groups()) == (theirs and theirs.groups())


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_its_attributes_are_the_compiled_expressions(pattern, flags):
    lazy, real = LazyPattern(pattern, flags), re.compile(pattern, flags)
    for name in ("pattern", "flags", "groups", "groupindex"):
        assert getattr(lazy, name) == getattr(real, name)
    assert repr(lazy) == repr(real)
    assert lazy.compiled() is real  # re's own cache: one compiled expression


def test_taking_its_methods_compiles_nothing_and_calling_one_compiles_once():
    lazy = LazyPattern(r"\d+")
    finditer, split = lazy.finditer, lazy.split
    assert lazy._compiled is None
    assert [m.group() for m in finditer("a1b22")] == ["1", "22"]
    compiled = lazy._compiled
    assert compiled is not None
    assert split("a1b") == ["a", "b"]
    assert lazy._compiled is compiled
    assert set(METHODS) <= set(dir(re.Pattern))


def test_kept_on_a_class_even_an_abstract_one_it_stays_uncompiled_and_unbound():
    """As PySide6's .pyi writer keeps `split = brace_searcher.split` in a class body: ABCMeta
    asks every attribute whether it is abstract, and the method must not bind to instances."""
    lazy = LazyPattern(r"\s*,\s*")

    class Writer(abc.ABC):  # noqa: B024 -- ABCMeta's own walk is what is tested
        searcher = lazy
        split = lazy.split

    assert lazy._compiled is None
    assert Writer.split("a , b") == ["a", "b"]
    assert Writer().split("c,d") == ["c", "d"]


def test_an_attribute_no_expression_has_is_missing_without_compiling():
    lazy = LazyPattern("a")
    with pytest.raises(AttributeError):
        _ = lazy.no_such_thing
    assert not hasattr(lazy, "__isabstractmethod__")
    assert lazy._compiled is None
