"""What every command's parser shares: the parser class, value types and lazy handlers."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, NoReturn

from planner.commands.terminal import columns
from planner.domain.errors import PlannerError
from planner.domain.messages import _

TRACKS = ("infrastructure", "software", "hybrid")
STATUSES = ("todo", "in-progress", "in_progress", "done", "skipped")
MAX_ID = 2**63 - 1  # SQLite's largest integer


class UsageError(PlannerError):
    """The command line itself is wrong."""


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter at the width it would choose itself."""

    def __init__(self, prog: str, *args: Any, **kwargs: Any) -> None:
        if len(args) < 3 and kwargs.get("width") is None:
            kwargs["width"] = columns() - 2
        super().__init__(prog, *args, **kwargs)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake in one line and exit code 2, never a usage dump."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(_("{message} (see '{prog} --help')", message=message, prog=self.prog))


def _person_id(text: str) -> int:
    shown = text[:30] + ("..." if len(text) > 30 else "")
    if not (text.isascii() and text.isdigit()) or len(text) > 19 or not 1 <= int(text) <= MAX_ID:
        raise argparse.ArgumentTypeError(
            _("a person id is a whole number (got {text})", text=repr(shown))
        )
    return int(text)


def _plan_id(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or len(text) > 19 or not 1 <= int(text) <= MAX_ID:
        raise argparse.ArgumentTypeError(
            _("a plan id is a whole number (got {text})", text=repr(text[:30]))
        )
    return int(text)


def _hours(text: str) -> float:
    """--hours of a custom step: a finite number from 0 to 1,000."""
    try:
        value = float(text) if len(text) < 40 else float("nan")
    except ValueError:
        value = float("nan")
    if not 0 <= value <= 1000:  # also false for NaN
        raise argparse.ArgumentTypeError(
            _("hours must be a number from 0 to 1000 (got {text})", text=repr(text[:30]))
        )
    return value


def _price(text: str) -> float:
    """--cost: a finite amount of 0 or more."""
    try:
        value = float(text) if len(text) < 40 else float("nan")
    except ValueError:
        value = float("nan")
    if not 0 <= value < 1e9:
        raise argparse.ArgumentTypeError(
            _("a cost is a number of 0 or more (got {text})", text=repr(text[:30]))
        )
    return value


def _language(text: str) -> str:
    """--language: 'de', 'es' or 'en' (also 'de_DE', 'es-MX'), checked against the catalogs."""
    from planner.i18n.languages import UnknownLanguage, language_code

    try:
        return language_code(text[:40])
    except UnknownLanguage as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def add_language_option(parser: argparse.ArgumentParser, top: bool) -> None:
    """--language on the program and on every command, so it may follow either."""
    parser.add_argument(
        "--language",
        type=_language,
        metavar="CODE",
        # A command's own default must not undo a --language given before the command.
        default=None if top else argparse.SUPPRESS,
        help="de, en or es (default: the locale, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)",
    )
    if top:
        return  # each command's parser gets its own as it is built
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                add_language_option(sub, top=False)


def handler(module: str, name: str) -> Callable[..., int]:
    """Import command modules only when used, so `--version` and errors stay instant."""

    def call(args: argparse.Namespace, ctx: object) -> int:
        from importlib import import_module

        return getattr(import_module(f"planner.commands.{module}"), name)(args, ctx)

    return call
