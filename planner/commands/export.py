"""`export`: the printable PDF plan, or an editable hand-out, for a profile file or a person."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from planner.commands.context import Context, report, visible
from planner.commands.plan import parse_day
from planner.domain.errors import InvalidInput
from planner.domain.messages import _, ngettext

if TYPE_CHECKING:
    from planner.services.documents import PlanDocument


def describe_missing(characters: tuple[str, ...], encoding: str | None) -> str:
    """'U+4E2D 中, U+1F600 😀' (the characters themselves only where the terminal can show them)."""

    def one(ch: str) -> str:
        code = f"U+{ord(ch):04X}"
        try:
            ch.encode(encoding or "ascii")
        except (UnicodeEncodeError, LookupError):
            return code
        return f"{code} {ch}"

    return ", ".join(one(ch) for ch in characters)


SUFFIX_FORMATS = {".pdf": "pdf", ".md": "md", ".markdown": "md", ".docx": "docx"}


def export_format(chosen: str | None, suffix: str) -> str:
    """--format when given, else the output file's suffix, else PDF."""
    return chosen or SUFFIX_FORMATS.get(suffix.casefold(), "pdf")


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.exports import PAPERS, paper_for, write_pdf

    if args.paper is not None and args.paper not in PAPERS:
        raise InvalidInput(
            _(
                "--paper must be one of {choices} (got {value})",
                choices=", ".join(PAPERS),
                value=repr(args.paper),
            )
        )
    start = parse_day(args.start, "--start")
    if getattr(args, "replan", False) and args.person is None:
        raise InvalidInput(_("--replan re-plans a stored person: use it with --person ID"))
    if args.person is not None:
        document = _stored_person(args, ctx, start)
    elif args.profile is not None or args.demo:
        document = _profile_file(args, ctx, start)
    else:
        raise InvalidInput(_("give a PROFILE.json, --demo or --person ID"))
    fmt = export_format(args.format, args.output.suffix)
    if fmt != "pdf":
        from planner.services.exports import write_handout

        write_handout(document, args.output, fmt)
        kind = _("Markdown") if fmt == "md" else _("Word document")
        report(args.output, _("wrote {path} ({kind})", path=args.output, kind=kind))
        return 0
    # Without --paper the plan's country decides: Letter in the US and Canada, A4 elsewhere.
    paper = args.paper or paper_for(document) or "a4"
    result = write_pdf(document, args.output, paper=paper)
    size = _("A4") if paper == "a4" else _("US Letter")
    line = ngettext(
        "wrote {path} ({n} page, {paper})",
        "wrote {path} ({n} pages, {paper})",
        result.pages,
        path=result.path,
        paper=size,
    )
    if result.missing_characters:
        shown = describe_missing(result.missing_characters, sys.stdout.encoding)
        line += ngettext(
            "; {n} character could not be shown and is marked \ufffd: {shown}",
            "; {n} characters could not be shown and are marked \ufffd: {shown}",
            len(result.missing_characters),
            shown=shown,
        )
    try:
        report(args.output, line)
    except UnicodeEncodeError:
        report(args.output, line.encode("ascii", "replace").decode("ascii"))
    return 0


def _profile_file(args: argparse.Namespace, ctx: Context, start: date | None) -> PlanDocument:
    from planner.services.documents import profile_document
    from planner.services.profile_plans import read_profile

    if args.demo:
        from planner.services.demo import demo_profile

        profile = demo_profile(ctx.today())
    else:
        profile = read_profile(args.profile)
    return profile_document(profile, ctx.catalog, ctx.today, start, args.track)


def _stored_person(args: argparse.Namespace, ctx: Context, start: date | None) -> PlanDocument:
    """The person's plan; one out of date is re-planned with --replan, else printed with a
    warning on standard error (the export still succeeds: the plan printed is the saved one)."""
    from planner.services.documents import printable_plan
    from planner.services.staleness import what_changed

    replan = bool(getattr(args, "replan", False))
    ws = ctx.workspace(writing=replan)
    printable = printable_plan(ws, args.person, start, args.track, replan=replan)
    if printable.replanned:
        sys.stderr.write(_("re-planned from today first: the plan was out of date") + "\n")
    elif printable.out_of_date:
        warning = _(
            "warning: the plan is out of date (since it was made, {what}); this prints it as it "
            "was made: add --replan to re-plan from today first",
            what=what_changed(printable.out_of_date),
        )
        sys.stderr.write(visible(warning) + "\n")
    return printable.document
