"""argparse's own refusals ("the following arguments are required ...") in the active language.

argparse builds its messages with the `_` and `ngettext` of its module (GNU gettext's global
domain, for which Python ships no translations). While the command line is parsed they are
pointed at the planner's catalog, so a refusal reads in the language of `--language`; afterwards
argparse gets its own functions back. The messages are argparse's exact msgids (Python 3.11 to
3.13 spell these alike); one that a later Python rewords is shown in English, never blank.
`--help` texts stay English (see docs/i18n.md), so their headings are not listed here.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from planner.domain.messages import N_, N_plural, active

# Marked for extraction only: argparse itself asks for them by these exact texts.
REFUSALS = (
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
)
COUNTED = (N_plural("expected %s argument", "expected %s arguments"),)


def _gettext(message: str) -> str:
    return active().translations.gettext(message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return active().translations.ngettext(singular, plural, n)


@contextmanager
def speaking_argparse() -> Iterator[None]:
    """Inside the block argparse's messages come from the planner's catalog (active language)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
