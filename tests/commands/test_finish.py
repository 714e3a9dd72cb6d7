"""After a command the program exits at once, unless a thread runs or the output cannot flush."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from planner import cli


@pytest.fixture
def left(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    codes: list[int] = []
    monkeypatch.setattr(cli, "_leave", codes.append)
    return codes


def test_a_finished_command_leaves_at_once(left):
    cli._finish(3)
    assert left == [3]


def test_a_running_thread_gets_the_usual_exit(left):
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        cli._finish(0)
    finally:
        stop.set()
        worker.join()
    assert left == []


def test_output_that_cannot_flush_gets_the_usual_exit(left, monkeypatch):
    class Full:
        def flush(self) -> None:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(sys, "stdout", Full())
    cli._finish(0)
    assert left == []


def test_the_program_exits_with_its_output_and_exit_functions(tmp_path):
    marker = tmp_path / "atexit-ran"
    code = (
        "import atexit, pathlib, sys\n"
        f"atexit.register(pathlib.Path({str(marker)!r}).write_text, 'yes')\n"
        "sys.argv = ['career-planner', 'plan', '--demo']\n"
        "from planner.cli import main\n"
        "sys.exit(main())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Career transition plan for Dana Example\n")
    assert done.stdout.endswith("\n") and "RISKS" in done.stdout
    assert marker.read_text(encoding="utf-8") == "yes"


def test_the_program_collects_garbage_less_often(monkeypatch):
    import gc

    thresholds: list[tuple[int, ...]] = []
    monkeypatch.setattr(gc, "set_threshold", lambda *given: thresholds.append(given))
    monkeypatch.setattr(sys, "argv", ["career-planner", "--version"])
    with pytest.raises(SystemExit):
        cli.main()
    assert thresholds == [(cli.GC_THRESHOLD,)] and gc.get_threshold()[0] < cli.GC_THRESHOLD
    thresholds.clear()
    with pytest.raises(SystemExit):
        cli.main(["--version"])  # a caller's own process keeps its settings
    assert thresholds == []


def test_the_desktop_app_collects_as_usual(monkeypatch):
    import gc

    thresholds: list[tuple[int, ...]] = []
    monkeypatch.setattr(gc, "set_threshold", lambda *given: thresholds.append(given))
    monkeypatch.setattr(cli, "_require_display", _refuse)
    monkeypatch.setattr(sys, "argv", ["career-planner", "gui"])
    assert cli.main() == cli.EXIT_BAD_INPUT
    assert thresholds == [(cli.GC_THRESHOLD,), gc.get_threshold()]


def _refuse(language):
    from planner.commands.parsers.common import UsageError

    raise UsageError("no display")
