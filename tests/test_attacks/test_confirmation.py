"""Item 17: people delete asks on a terminal; otherwise it needs --yes."""

from __future__ import annotations

import io
import sys


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_delete_without_a_terminal_needs_yes(two_people):
    cli = two_people
    code, _, err = cli("people", "delete", "2")
    assert code == 2 and "--yes" in err
    assert cli("people", "show", "2")[0] == 0


def test_delete_with_closed_stdin_needs_yes(two_people, monkeypatch):
    from planner.cli import main

    closed = io.StringIO()
    closed.close()
    monkeypatch.setattr(sys, "stdin", closed)
    assert main(["people", "delete", "2"]) == 2
    assert two_people("people", "show", "2")[0] == 0


def test_delete_asks_on_a_terminal(two_people, monkeypatch, capsys):
    from planner.cli import main

    monkeypatch.setattr(sys, "stdin", Terminal("n\n"))
    assert main(["people", "delete", "2"]) == 0
    assert "Nothing was deleted" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))
    assert main(["people", "delete", "2"]) == 0
    assert "Deleted Hal Helpdesk" in capsys.readouterr().out
    assert two_people("people", "show", "2")[0] == 2
