"""Parsers of the desktop app's command and of `completion`."""

from __future__ import annotations

from argparse import ArgumentParser

from planner.commands.parsers.common import handler


def gui(gui: ArgumentParser) -> None:
    gui.add_argument(
        "--smoke-test",
        action="store_true",
        help="open, print the ms to the first paint and to ready (people listed, the chosen "
        "person's plan shown), then exit",
    )


def completion(completion: ArgumentParser) -> None:
    completion.add_argument("shell", choices=("bash", "zsh", "fish"))
    completion.set_defaults(run=handler("completion", "run_completion"))
