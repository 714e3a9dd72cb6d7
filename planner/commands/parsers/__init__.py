"""The command line's parser: the program's options and one lazily built parser per command."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping
from importlib import import_module
from typing import Any

from planner import __version__
from planner.commands.parsers.common import _Parser, add_language_option


class _CommandParsers(Mapping[str, argparse.ArgumentParser]):
    """Command name -> its parser, built the first time it is looked up: a run parses with the
    one command it names. Membership and order (argparse's "invalid choice" refusal lists the
    names) come from the registered names alone."""

    def __init__(self) -> None:
        self._pending: dict[str, tuple[str, dict[str, Any]]] = {}
        self._built: dict[str, argparse.ArgumentParser] = {}

    def register(self, name: str, build: str, kwargs: dict[str, Any]) -> None:
        self._pending[name] = (build, kwargs)

    def __getitem__(self, name: str) -> argparse.ArgumentParser:
        if name not in self._built:
            build, kwargs = self._pending[name]  # KeyError for a name never registered
            parser = kwargs.pop("parser_class")(**kwargs)
            module, function = build.split(".")
            getattr(import_module(f"planner.commands.parsers.{module}"), function)(parser)
            add_language_option(parser, top=False)
            self._built[name] = parser
        return self._built[name]

    def __contains__(self, name: object) -> bool:
        return name in self._pending

    def __iter__(self) -> Iterator[str]:
        return iter(self._pending)

    def __len__(self) -> int:
        return len(self._pending)


class _Commands(argparse._SubParsersAction):
    """The program's COMMAND: add_parser registers a command's help at once (for --help) and
    names the function in this package that fills its parser when the command is used."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._name_parser_map = self.choices = _CommandParsers()  # type: ignore[assignment]

    def add_parser(self, name: str, *, build: str, **kwargs: Any) -> None:  # type: ignore[override]
        # What argparse's own add_parser does, but the parser itself is made later.
        if kwargs.get("prog") is None:
            kwargs["prog"] = f"{self._prog_prefix} {name}"
        if kwargs.get("color") is None and hasattr(self, "_color"):  # Python 3.14's colours
            kwargs["color"] = self._color
        if "help" in kwargs:
            self._choices_actions.append(self._ChoicesPseudoAction(name, (), kwargs.pop("help")))
        kwargs["parser_class"] = self._parser_class
        self._name_parser_map.register(name, build, kwargs)  # type: ignore[attr-defined]


def lazy_parser() -> argparse.ArgumentParser:
    """The program's parser; a command's own parser is built only when argv names it, so
    parsing reads, refuses, helps and exits exactly as with build_parser()."""
    parser = _Parser(
        prog="career-planner",
        description="Plan a move from technical IT work into project management.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $CAREER_PLANNER_DB or user data)"
    )
    commands = parser.add_subparsers(
        dest="command", parser_class=_Parser, metavar="COMMAND", action=_Commands
    )
    commands.add_parser("gui", help="open the desktop app (the default)", build="app.gui")
    commands.add_parser("plan", help="a dated, costed roadmap", build="planning.plan")
    commands.add_parser(
        "replan",
        help="re-plan a stored person from today, keeping what is done",
        build="planning.replan",
    )
    commands.add_parser("progress", help="record progress on a step", build="journal.progress")
    commands.add_parser("people", help="the people in the database", build="people.people")
    commands.add_parser(
        "notes", help="dated session notes or journal entries", build="journal.notes"
    )
    commands.add_parser("experience", help="the PM-experience ledger", build="journal.experience")
    commands.add_parser(
        "export",
        help="write the plan as a printable PDF, or as Markdown or Word to edit",
        build="files.export",
    )
    commands.add_parser(
        "import",
        help="add a person from a JSON Resume file or a LinkedIn data export",
        build="files.importer",
    )
    commands.add_parser(
        "clients", help="a coach's client list (CSV or XLSX)", build="clients.clients"
    )
    commands.add_parser(
        "ics", help="write milestones and study blocks as iCalendar", build="files.ics"
    )
    commands.add_parser(
        "bundle", help="move a person between machines or coaches", build="files.bundle"
    )
    commands.add_parser(
        "plans", help="a person's plan history: list, diff, restore", build="history.plans"
    )
    commands.add_parser(
        "compare", help="what-if: plan variants side by side", build="planning.compare"
    )
    commands.add_parser("resume", help="write a person as a JSON Resume", build="files.resume")
    commands.add_parser("csv", help="write a person's progress as CSV", build="files.csv_file")
    commands.add_parser(
        "niches",
        help="rank niches by demand in local job ads and the person's fit",
        build="coaching.niches",
    )
    commands.add_parser(
        "coach", help="branding, plan currency, own prices and steps", build="coaching.coach"
    )
    commands.add_parser(
        "catalog",
        help="your own country packs, and what a catalog update changed",
        build="coaching.catalog",
    )
    commands.add_parser("backup", help="copy the database", build="data.backup")
    commands.add_parser("restore", help="replace the database with a backup", build="data.restore")
    commands.add_parser(
        "completion",
        help="print a shell completion script (bash, zsh or fish)",
        build="app.completion",
    )
    add_language_option(parser, top=True)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The whole tree, every command's parser built: for the program's shell completion, its
    man page and planner.commands.parser_tree."""
    parser = lazy_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name in action.choices:
                action.choices[name]
    return parser
