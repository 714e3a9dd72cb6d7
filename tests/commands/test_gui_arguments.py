"""The desktop app's command lines, read without the full parser, read exactly as it reads them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.cli import build_parser, gui_arguments

TOKENS = ["gui", "--smoke-test", "--db", "--db=x.db", "x.db", "-x", "plan", "--demo", "--db="]


def test_the_usual_forms():
    assert vars(gui_arguments([])) == {"db": None, "command": None, "smoke_test": False}
    assert vars(gui_arguments(["--db", "a.db", "gui", "--smoke-test"])) == {
        "db": "a.db",
        "command": "gui",
        "smoke_test": True,
    }
    assert gui_arguments(["--db=b.db", "gui"]).db == "b.db"
    assert gui_arguments(["plan", "--demo"]) is None
    assert gui_arguments(["gui", "--smoke-test", "extra"]) is None
    assert gui_arguments(["--version"]) is None


@given(st.lists(st.sampled_from(TOKENS), max_size=5))
def test_whatever_it_reads_the_full_parser_reads_alike(argv):
    quick = gui_arguments(argv)
    if quick is None:
        return
    full = build_parser().parse_args(argv)
    assert (quick.db, quick.command) == (full.db, full.command)
    assert quick.smoke_test == getattr(full, "smoke_test", False)
