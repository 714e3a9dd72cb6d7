"""The command line's commands and options, read from its one argparse parser."""

from __future__ import annotations

import argparse
from dataclasses import field
from pathlib import Path

from planner.domain.records import record


@record
class Option:
    names: tuple[str, ...]  # "-o", "--output"
    help: str
    metavar: str  # "" for a flag that takes no value
    choices: tuple[str, ...] = ()
    is_file: bool = False

    @property
    def takes_value(self) -> bool:
        return bool(self.metavar)


@record
class Positional:
    name: str
    help: str
    choices: tuple[str, ...] = ()
    is_file: bool = False


@record(frozen=False)
class Command:
    """One parser: its words after the program name, its options and its own commands."""

    path: tuple[str, ...]
    help: str
    usage: str
    options: list[Option] = field(default_factory=list)
    positionals: list[Positional] = field(default_factory=list)
    commands: dict[str, Command] = field(default_factory=dict)

    def walk(self) -> list[Command]:
        """This command and every command below it, in the parser's order."""
        return [self, *(c for sub in self.commands.values() for c in sub.walk())]


def _usage(parser: argparse.ArgumentParser) -> str:
    """The usage line at a fixed width, without the translated "usage:" prefix."""
    formatter = argparse.HelpFormatter(prog=parser.prog, width=78)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups, "")
    return formatter.format_help().strip()


def _choices(action: argparse.Action) -> tuple[str, ...]:
    return tuple(str(c) for c in action.choices) if action.choices else ()


def _help(action: argparse.Action) -> str:
    text = action.help if isinstance(action.help, str) and action.help != argparse.SUPPRESS else ""
    return text.replace("%(prog)s", "career-planner").replace("%%", "%")


def read(parser: argparse.ArgumentParser, path: tuple[str, ...] = (), help: str = "") -> Command:
    """The parser as a tree of commands (help for a command comes from its parent)."""
    command = Command(path, help or parser.description or "", _usage(parser))
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: _help(a) for a in action._choices_actions}
            for name, sub in action.choices.items():
                if sub.prog.split()[-1] == name:  # aliases would repeat a command
                    command.commands[name] = read(sub, (*path, name), helps.get(name, ""))
        elif action.option_strings:
            takes = action.nargs != 0
            metavar = action.metavar or (action.dest.upper() if takes else "")
            if takes and action.choices and not action.metavar:
                metavar = "{" + ",".join(_choices(action)) + "}"
            command.options.append(
                Option(
                    tuple(action.option_strings),
                    _help(action),
                    str(metavar) if takes else "",
                    _choices(action),
                    action.type is Path,
                )
            )
        else:
            command.positionals.append(
                Positional(
                    str(action.metavar or action.dest),
                    _help(action),
                    _choices(action),
                    action.type is Path,
                )
            )
    return command
