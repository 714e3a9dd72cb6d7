"""`plan --demo [--format F]`, read without argparse, is read as the full parser reads it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.cli import build_parser, demo_plan_arguments
from planner.commands.parsers.common import UsageError

TOKENS = ["plan", "--demo", "--format", "json", "text", "xml", "--format=json", "--dem", "-x"]


def _without_run(namespace: object) -> dict[str, object]:
    return {k: v for k, v in vars(namespace).items() if k != "run"}


@pytest.mark.parametrize(
    "argv",
    [
        ["plan", "--demo"],
        ["plan", "--demo", "--format", "json"],
        ["plan", "--format", "text", "--demo"],
    ],
)
def test_the_demo_command_lines_are_read_as_the_parser_reads_them(argv):
    quick, full = demo_plan_arguments(argv), build_parser().parse_args(argv)
    assert quick is not None
    assert _without_run(quick) == _without_run(full)


def test_other_command_lines_are_left_to_the_parser():
    for argv in (
        [],
        ["plan"],
        ["plan", "--demo", "--demo"],
        ["plan", "--demo", "--format"],
        ["plan", "--demo", "--format", "xml"],
        ["plan", "--demo", "--format=json"],
        ["plan", "--dem"],
        ["--db", "x.db", "plan", "--demo"],
        ["plan", "--demo", "--language", "de"],
        ["replan", "--demo"],
    ):
        assert demo_plan_arguments(argv) is None, argv


@given(st.lists(st.sampled_from(TOKENS), max_size=5))
def test_whatever_it_reads_the_full_parser_reads_alike(argv):
    quick = demo_plan_arguments(argv)
    if quick is None:
        return
    try:
        full = build_parser().parse_args(argv)
    except (UsageError, SystemExit):
        pytest.fail(f"the parser refuses {argv}")
    assert _without_run(quick) == _without_run(full)


def test_it_runs_the_plan_command(monkeypatch):
    from planner.commands import plan

    seen = []
    monkeypatch.setattr(plan, "run_plan", lambda args, ctx: seen.append((args, ctx)) or 7)
    args = demo_plan_arguments(["plan", "--demo"])
    assert args.run(args, "ctx") == 7 and seen == [(args, "ctx")]
