"""The `career-planner` command line: parse arguments, call the core, speak to the person."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from planner import __version__

if TYPE_CHECKING:
    import argparse

    from planner.domain.messages import Language

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2
# Collect cyclic garbage after this many new container objects, not CPython's 700: a command's
# start (modules, the catalog read back) makes tens of thousands and almost no garbage, and
# each collection walks them all: a twentieth of a `plan --demo` run. Still bounded.
GC_THRESHOLD = 50_000
USUAL_GC_THRESHOLD = gc.get_threshold()  # CPython's own, put back for the desktop app


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree (shell completion, the man page, tests)."""
    from planner.commands.parsers import build_parser as build

    return build()


def _check_text(args: argparse.Namespace) -> None:
    """Text arguments must be real Unicode: a byte that is not UTF-8 arrives as a lone surrogate,
    which no database or file can store."""
    from pathlib import Path

    from planner.domain.messages import _

    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, (str, Path)) and "\x00" in str(item):  # no argv holds one
                from planner.commands.parsers.common import UsageError  # it imports argparse

                option = "--" + name.replace("_", "-")
                raise UsageError(_("{option} contains a NUL character", option=option))
            if isinstance(item, str) and not item.isascii():
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError as exc:
                    from planner.commands.parsers.common import UsageError

                    option = "--" + name.replace("_", "-")
                    raise UsageError(
                        _("{option} is not valid UTF-8 text; type it again", option=option)
                    ) from exc


def _require_display(language: Language | None) -> None:
    """Without a display Qt aborts the whole process; say so in one line instead (in language,
    or the locale's when no catalog was loaded: the desktop app's own quick start)."""
    env = os.environ
    if (
        sys.platform.startswith("linux")
        and not env.get("DISPLAY")
        and not env.get("WAYLAND_DISPLAY")
        and not env.get("QT_QPA_PLATFORM")
    ):
        from planner.commands.parsers.common import UsageError  # only to refuse
        from planner.domain.messages import _, speaking

        with speaking(language or _environment_language()):  # loaded only to refuse
            raise UsageError(
                _(
                    "no display to open the desktop app on (DISPLAY is not set); run it in a "
                    "desktop session, or use the command line, e.g. "
                    "'career-planner plan --demo'"
                )
            )
    from planner.desktop_libs import check

    problem = check()  # Qt aborts (exit 134) when its platform plugin cannot load
    if problem:
        from planner.commands.parsers.common import UsageError

        raise UsageError(problem)


def _log_internal_error() -> str:
    import logging

    from planner.domain.messages import _
    from planner.paths import log_handler

    try:
        handler = log_handler()
    except OSError:
        return ""
    log = logging.getLogger("planner")
    log.addHandler(handler)
    try:
        log.exception("internal error")
    finally:
        log.removeHandler(handler)
        handler.close()
    return _(" (details in {path})", path=handler.baseFilename)


def gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The desktop app's own command lines, read without building every command's parser
    (30 of them: about 70 ms, mostly gettext looking for translations); None for the rest.

    `[--db PATH | --db=PATH] [gui [--smoke-test]]`, exactly as the full parser reads them.
    """
    rest, db = list(argv), None
    if rest and rest[0].startswith("--db="):
        db, rest = rest[0].removeprefix("--db="), rest[1:]
    elif len(rest) >= 2 and rest[0] == "--db" and not rest[1].startswith("-"):
        db, rest = rest[1], rest[2:]
    if db == "" or rest not in ([], ["gui"], ["gui", "--smoke-test"]):
        return None
    import argparse

    command = "gui" if rest else None
    return argparse.Namespace(db=db, command=command, smoke_test="--smoke-test" in rest)


def _leave(code: int) -> NoReturn:
    """After the desktop app: the window is gone and the database closed, so skip tearing down
    thousands of Qt wrappers and modules one by one (about 200 ms) and exit at once.

    What Python runs at exit still runs first: the log is flushed and closed, and the private
    folder of print previews is removed (weakref.finalize registers that with atexit).
    """
    import atexit

    atexit._run_exitfuncs()  # what interpreter shutdown would run first, in the same order
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def _visible(text: str) -> str:
    from planner.commands.context import visible  # only to report an error

    return visible(text)


def _environment_language() -> Language:
    """The locale's language when the planner speaks it, else English."""
    from planner.i18n import catalogs
    from planner.i18n.languages import from_environment

    return catalogs.load(from_environment(os.environ))


def _given_language(argv: Sequence[str]) -> str | None:
    """The code of the last --language in argv (before a '--'), if it names a language we speak.

    Read before parsing so that parsing's own refusals are already in that language; the parser
    still checks the option (an unknown code gets its one-line refusal listing the languages).
    """
    from planner.i18n.languages import UnknownLanguage, language_code

    found = None
    for index, token in enumerate(argv):
        if token == "--":
            break
        name, equals, value = token.partition("=")
        # argparse also takes an unambiguous prefix of an option: --lang de
        if len(name) < 6 or not "--language".startswith(name):
            continue
        if not equals:
            value = argv[index + 1] if index + 1 < len(argv) else ""
        try:
            found = language_code(value[:40])
        except UnknownLanguage:
            found = None
    return found


def _language_of(argv: Sequence[str]) -> Language:
    """--language in argv, else the locale's language when the planner speaks it, else English."""
    from planner.i18n import catalogs

    code = _given_language(argv)
    return catalogs.load(code) if code else _environment_language()


def _print_version(words: list[str]) -> None:
    """`career-planner --version` alone is answered before any parser or catalog is loaded,
    printed and exited as argparse's version action would (SystemExit 0)."""
    from planner.commands.terminal import columns

    text = f"career-planner {__version__}"
    if words != ["--version"] or len(text) > max(columns() - 2, 11):
        return  # anything else (or a terminal so narrow that argparse wraps) is parsed
    stream = sys.stdout or sys.stderr
    with contextlib.suppress(AttributeError, OSError):
        stream.write(text + "\n")
    sys.exit(0)


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    if argv is None:  # the program itself: its heap, its collector
        _collect_less()
    words = list(sys.argv[1:] if argv is None else argv)
    _print_version(words)
    args = gui_arguments(words)
    if args is not None:  # the desktop app: no catalog is loaded before its window shows
        return _run(args, argv, started, None)
    from planner.domain.messages import speaking

    language = _language_of(words)
    with speaking(language):
        code = _run(args, argv, started, language)
    if argv is None:  # the program itself, not a caller that goes on afterwards
        _finish(code)
    return code


def _collect_less() -> None:
    gc.set_threshold(GC_THRESHOLD)


def _collect_as_usual() -> None:
    """The desktop app runs for hours and manages its own collector (planner.gui.start_heap)."""
    gc.set_threshold(*USUAL_GC_THRESHOLD)


def _finish(code: int) -> None:
    """After a command: its database is closed and its output written, so exit at once, as the
    desktop app does (_leave), rather than tear down every module and object one by one (a
    tenth of a `plan --demo` run). Returns, for the usual exit, while another thread runs or
    when the output cannot be flushed (Python then reports it and exits with 120, as before).
    """
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    _leave(code)


def _run(
    args: argparse.Namespace | None,
    argv: Sequence[str] | None,
    started: float,
    language: Language | None,
) -> int:
    """Parse (unless the desktop app's quick reader did), then run the command; the language is
    None only for the desktop app, which loads its own after its window shows."""
    from planner.domain.errors import PlannerError
    from planner.domain.messages import _, speaking
    from planner.paths import cache_dir, database_path

    ctx = None
    try:
        if args is None:
            from planner.commands.parser_text import speaking_argparse
            from planner.commands.parsers import lazy_parser

            with speaking_argparse():
                args = lazy_parser().parse_args(argv)
        if args.command in (None, "gui"):
            _collect_as_usual()
            _require_display(language)
            from planner.gui import start_heap

            start_heap.pause()  # from before Qt's import: run_gui resumes it once started
            from planner.gui.support_code import start_pyside

            start_pyside(cache_dir())
            from planner.gui.application import run_gui, skip_qt_teardown

            smoke = getattr(args, "smoke_test", False)
            code = run_gui(database_path(args.db), smoke_test=smoke, started=started)
            if argv is None:  # the program itself, not a caller that goes on afterwards
                skip_qt_teardown()  # the process ends now: no need to delete each widget
                _leave(code)
            return code
        _check_text(args)
        # Only commands load the context (and through it the catalog's dataclasses): the
        # desktop app paints its window first and loads them after.
        from planner.commands.context import Context

        ctx = Context(db=args.db)
        if language is None or (args.language and args.language != language.code):
            from planner.i18n import catalogs

            language = catalogs.load(args.language or "en")
        with speaking(language):
            return args.run(args, ctx)
    except PlannerError as exc:
        print(f"career-planner: {_visible(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"career-planner: {_('interrupted')}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        from planner.services.workspace import explain_error

        known = explain_error(exc, ctx.db_path if ctx is not None else None)
        if known is not None:  # damage, a full disk, a busy file found mid-command
            print(f"career-planner: {_visible(str(known))}", file=sys.stderr)
            return EXIT_BAD_INPUT
        where = _log_internal_error()
        message = _("internal error: {error}{where}", error=exc, where=where)
        print(f"career-planner: {message}", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        if ctx is not None:
            ctx.close()
