"""The plan's own line wrapping gives textwrap.wrap's lines, hyphens and long words included."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.export.text_wrap import chunk_ends, wrap

# What decides where textwrap breaks: letters, digits, hyphens and em-dashes, its word
# punctuation, other punctuation, non-ASCII letters and digits, and other whitespace.
CHARACTERS = "ab-.,?!_19-\"'&:;/( é٣²"
WORDS = [
    "a",
    "ab",
    "long-standing",
    "2024-2026",
    "x--y",
    "--",
    "-",
    "a-b-c",
    "-foo",
    "bar-",
    "$1,759–$4,248",
    "https://www.pmi.org/certifications/certified-associate-capm",
    "continuing-education-credits-and-a-very-long-hyphenated-run-of-words",
]

tokens = st.text(alphabet=CHARACTERS.replace(" ", ""), min_size=1, max_size=14)
texts = st.one_of(
    st.text(alphabet=CHARACTERS, max_size=70),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=20).map(" ".join),
    st.text(alphabet=CHARACTERS + "\t\n\xa0", max_size=40),  # textwrap's own way
)


@given(token=tokens)
@settings(max_examples=500)
def test_chunks_are_those_of_textwraps_splitter(token):
    expected = [chunk for chunk in textwrap.TextWrapper.wordsep_re.split(token) if chunk]
    ends = chunk_ends(token)
    assert [token[a:b] for a, b in zip([0, *ends[:-1]], ends, strict=True)] == expected


@pytest.mark.parametrize(
    ("token", "chunks"),
    [
        ("a-b-cd", ["a-b-", "cd"]),
        ("ab-c-d", ["ab-", "c-d"]),
        ("x--y", ["x", "--", "y"]),
        ("a.--b", ["a.", "--", "b"]),
        ("1-2", ["1-2"]),
        ("é-ü-ab", ["é-ü-", "ab"]),
        ("--a", ["--a"]),
        ("a---b", ["a", "---", "b"]),
        ("ab-cd-", ["ab-", "cd-"]),
        ("a_-b_", ["a_-", "b_"]),
    ],
)
def test_known_chunks(token, chunks):
    assert [c for c in textwrap.TextWrapper.wordsep_re.split(token) if c] == chunks
    ends = chunk_ends(token)
    assert [token[a:b] for a, b in zip([0, *ends[:-1]], ends, strict=True)] == chunks


@given(
    text=texts,
    width=st.integers(min_value=1, max_value=40),
    indent=st.sampled_from(["", "  ", "    ", "> "]),
)
@settings(max_examples=1000)
def test_lines_are_textwraps(text, width, indent):
    width += len(indent)  # textwrap never returns when the indent fills the line
    expected = textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent)
    assert wrap(text, width, indent) == expected


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        (
            "a well-known and long-standing rule",
            12,
            ["a well-known", "and long-", "standing", "rule"],
        ),
        (
            "see https://example.org/a-very-long-path here",
            16,
            ["see https://exam", "ple.org/a-very-", "long-path here"],
        ),
        ("two  spaces\tand a tab", 10, ["two", "spaces", "and a tab"]),
    ],
)
def test_known_lines(text, width, lines):
    assert wrap(text, width) == textwrap.wrap(text, width)
    assert wrap(text, width) == lines
