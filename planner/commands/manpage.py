"""The career-planner(1) manual page in roff, written from the command line's one parser."""

from __future__ import annotations

import argparse

from planner.commands.parser_tree import Command, Option, read

ENVIRONMENT = (
    ("CAREER_PLANNER_DB", "The database file when --db is not given."),
    ("LANGUAGE, LC_ALL, LC_MESSAGES, LANG", "The language when --language is not given."),
)
EXIT_STATUS = (
    ("0", "Success."),
    ("1", "An internal error; the log file named on standard error has the details."),
    ("2", "Bad input: one line on standard error says what was wrong."),
)


def _roff(text: str) -> str:
    """Text as roff reads it: backslashes and hyphens escaped, no line starting a request."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(
        "\\&" + line if line.startswith((".", "'")) else line for line in text.splitlines()
    )


def _option(option: Option) -> list[str]:
    names = ", ".join(f"\\fB{_roff(n)}\\fR" for n in option.names)
    value = f" \\fI{_roff(option.metavar)}\\fR" if option.metavar else ""
    return [".TP", names + value, _roff(option.help) or "\\&"]


def _command(command: Command) -> list[str]:
    lines = [f'.SS "{_roff(" ".join(command.path))}"']
    if command.help:
        lines += [_roff(command.help[:1].upper() + command.help[1:]) + "."]
    lines += [".PP", ".nf", _roff(command.usage), ".fi"]
    for positional in command.positionals:
        if positional.help:
            lines += [".TP", f"\\fI{_roff(positional.name)}\\fR", _roff(positional.help)]
    for option in command.options:
        if option.names[0] not in ("-h", "--language"):  # on every command; said once above
            lines += _option(option)
    return lines


def manpage(parser: argparse.ArgumentParser) -> str:
    tree = read(parser)
    lines = [
        '.\\" Written by scripts/make_manpage.py from the parser in planner/cli.py; do not edit.',
        '.TH CAREER\\-PLANNER 1 "" "career-planner" "User Commands"',
        ".SH NAME",
        f"career\\-planner \\- {_roff(tree.help[:1].lower() + tree.help[1:].rstrip('.'))}",
        ".SH SYNOPSIS",
        ".nf",
        _roff(tree.usage),
        ".fi",
        ".SH DESCRIPTION",
        "Without a command, or with \\fBgui\\fR, the desktop app opens. "
        "The commands below plan, record and export from the same database on the command line.",
        ".SH OPTIONS",
    ]
    for option in tree.options:
        lines += _option(option)
    lines.append(".SH COMMANDS")
    for command in tree.walk()[1:]:
        lines += _command(command)
    lines.append(".SH ENVIRONMENT")
    for name, text in ENVIRONMENT:
        lines += [".TP", f"\\fB{_roff(name)}\\fR", _roff(text)]
    lines.append(".SH EXIT STATUS")
    for code, text in EXIT_STATUS:
        lines += [".TP", f"\\fB{code}\\fR", _roff(text)]
    return "\n".join(lines) + "\n"
