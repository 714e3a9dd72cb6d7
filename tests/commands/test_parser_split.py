"""The lazily built parser reads every command line exactly as the whole tree does."""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner import __version__
from planner.cli import build_parser, main
from planner.commands.parser_tree import read
from planner.commands.parsers import lazy_parser
from planner.commands.parsers.common import UsageError
from planner.commands.terminal import columns

TREE = read(build_parser())
COMMANDS = [command for command in TREE.walk()[1:] if not command.commands]
VALUES = [
    "1",
    "42",
    "0",
    "-3",
    "x",
    "9" * 20,
    "2026-01-31",
    "de",
    "es_MX",
    "xx",
    "file.json",
    "-",
    "--",
    "a=b",
    "weekly_hours=40",
    "3.5",
    "nan",
    "1e12",
    "",
    "\u00e9t\u00e9",
]


def _outcome(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[object, ...]:
    """What parsing argv gives: the namespace (handlers by what they import), the one-line
    refusal, or the exit with what it printed."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(argv)
    except UsageError as exc:
        return ("refused", str(exc))
    except SystemExit as exc:
        return ("exit", exc.code, out.getvalue(), err.getvalue())
    return ("parsed", {name: _plain(value) for name, value in vars(args).items()})


def _plain(value: object) -> object:
    """A command's handler as the module and function it imports when called."""
    if callable(value) and getattr(value, "__closure__", None):
        return tuple(cell.cell_contents for cell in value.__closure__)  # type: ignore[attr-defined]
    return value


def _words(command) -> st.SearchStrategy[list[str]]:
    names = [name for option in [*TREE.options, *command.options] for name in option.names]
    prefixes = [name[:-2] for name in names if name.startswith("--") and len(name) > 5]
    choices = [c for item in [*command.options, *command.positionals] for c in item.choices]
    word = st.one_of(
        st.sampled_from(names + prefixes),
        st.sampled_from(VALUES + choices),
        st.builds(lambda n, v: f"{n}={v}", st.sampled_from(names), st.sampled_from(VALUES)),
        st.text(max_size=6),
    )
    return st.lists(word, max_size=6)


@st.composite
def command_lines(draw) -> list[str]:
    command = draw(st.sampled_from(COMMANDS))
    path = list(command.path)
    if draw(st.booleans()):  # a wrong word at some level
        path[draw(st.integers(0, len(path) - 1))] = draw(st.sampled_from(["", "plna", "list", "x"]))
    before = draw(st.sampled_from([[], ["--db", "f.db"], ["--db=f.db"], ["--language", "de"]]))
    return before + path[: draw(st.integers(0, len(path)))] + draw(_words(command))


@given(command_lines())
def test_the_lazy_parser_reads_like_the_whole_tree(argv):
    assert _outcome(lazy_parser(), argv) == _outcome(build_parser(), argv)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["plan", "--demo"],
        ["--help"],
        ["plan", "--help"],
        ["people", "list", "-h"],
        ["bogus"],
        ["--db"],
        ["--version", "plan"],
        ["plan", "--demo", "--person", "3"],
        ["people"],
        ["coach", "step", "x", "--hours", "1001"],
        ["--language", "zz", "plan"],
    ],
)
def test_known_command_lines_read_alike(argv):
    assert _outcome(lazy_parser(), argv) == _outcome(build_parser(), argv)


def test_only_the_named_command_is_built(monkeypatch):
    made = []
    init = argparse.ArgumentParser.__init__

    def counting(self, *args, **kwargs):
        made.append(kwargs.get("prog"))
        init(self, *args, **kwargs)

    monkeypatch.setattr(argparse.ArgumentParser, "__init__", counting)
    lazy_parser().parse_args(["people", "list", "--sort", "updated"])
    assert "career-planner plan" not in made
    assert {"career-planner people", "career-planner people list"} <= set(made)
    assert len(made) < 10  # the program, people and its five actions


def test_version_builds_no_parser(monkeypatch, capsys):
    def refuse(self, *args, **kwargs):
        raise AssertionError("a parser was built")

    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(argparse.ArgumentParser, "__init__", refuse)
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"career-planner {__version__}\n"


@pytest.mark.parametrize("width", ["10", "15", "80"])
def test_version_prints_what_argparse_prints(monkeypatch, capsys, width):
    monkeypatch.setenv("COLUMNS", width)
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    fast = (stop.value.code, capsys.readouterr().out)
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(["--version"])
    assert fast == (stop.value.code, capsys.readouterr().out)


@pytest.mark.parametrize("value", [None, "", "0", "-5", "abc", "37", " 120 ", "1_000"])
def test_terminal_width_is_shutils(monkeypatch, value):
    if value is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", value)
    assert columns() == shutil.get_terminal_size().columns
