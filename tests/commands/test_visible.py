"""Printed text shows control and direction-override characters (and lone surrogates) as codes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.commands.context import _HIDDEN, visible


def _shown(text: str) -> str:
    """Every character looked up, as visible() did before it first asked isprintable()."""
    return text.translate(_HIDDEN).encode("utf-8", "backslashreplace").decode("utf-8")


@given(st.text(alphabet=st.characters(codec=None), max_size=40))
@settings(max_examples=500)
def test_visible_is_the_character_by_character_lookup(text):
    assert visible(text) == _shown(text)


def test_what_is_hidden():
    text = "a\tb\nc\x1b[31m\u202eevil\u200f\x7f\ud800 · – é"
    assert visible(text) == "a\tb\nc\\u001b[31m\\u202eevil\\u200f\\u007f\\ud800 · – é"
    assert visible("plain · text\n") == "plain · text\n"
