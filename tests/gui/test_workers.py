"""Background jobs: garbage collection stays on the GUI thread and never sweeps the whole heap."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QObject

from planner.gui.workers import run_in_background


def _record_collections() -> tuple[list[tuple[int, bool]], object]:
    seen: list[tuple[int, bool]] = []
    main = threading.main_thread()

    def callback(phase: str, info: dict) -> None:
        if phase == "start":
            seen.append((info["generation"], threading.current_thread() is main))

    gc.callbacks.append(callback)
    return seen, callback


def test_a_job_ends_without_a_full_collection(qtbot):
    """A full pass over the heap after every job stalled the window for about 100 ms."""
    owner = QObject()
    done: list = []
    seen, callback = _record_collections()
    try:
        run_in_background(owner, lambda: [[i] for i in range(50_000)], done.append, done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=5000)
    finally:
        gc.callbacks.remove(callback)
    assert len(done[0]) == 50_000
    assert seen, "what the job left behind is collected"
    assert all(generation < 2 for generation, _ in seen)
    assert all(on_gui_thread for _, on_gui_thread in seen)
    assert gc.isenabled()


def test_young_garbage_is_collected_on_the_gui_thread_while_a_job_runs(qtbot):
    """Collections during a long job run in small steps on the GUI thread, not at its end."""
    owner = QObject()
    release = threading.Event()
    done: list = []
    seen, callback = _record_collections()
    try:
        run_in_background(owner, lambda: release.wait(5), done.append, done.append)
        for _ in range(20):
            junk = [[] for _ in range(2_000)]  # the GUI thread keeps allocating meanwhile
            del junk
            qtbot.wait(10)
        during = list(seen)
        release.set()
        qtbot.waitUntil(lambda: bool(done), timeout=5000)
    finally:
        release.set()
        gc.callbacks.remove(callback)
    assert during, "the timer collected while the job ran"
    assert all(on_gui_thread and generation < 2 for generation, on_gui_thread in during)


class _Marker:
    """Records on which thread its last reference died."""

    def __init__(self, died_on: list[bool]) -> None:
        self._died_on = died_on

    def __del__(self) -> None:
        self._died_on.append(threading.current_thread() is threading.main_thread())


def _work_holding(marker: _Marker, fail: bool):
    def work():
        assert marker  # only the work refers to the marker: not its result nor its error
        if fail:
            raise ValueError("no")
        return 1

    return work


@pytest.mark.parametrize("fail", [False, True], ids=["done", "failed"])
def test_what_a_job_holds_dies_on_the_gui_thread(qtbot, fail):
    """A receiver of a signal released on a worker deadlocked the app (export progress dialog):
    the work, its result and its exception lose their last reference on the GUI thread."""
    owner = QObject()
    died_on: list[bool] = []
    outcomes: list[str] = []
    # The work stays referenced only by the job and the app, not by this test.
    run_in_background(
        owner,
        _work_holding(_Marker(died_on), fail),
        lambda result: outcomes.append("done"),
        lambda exc: outcomes.append("failed"),
    )
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    qtbot.wait(50)  # the pool deletes the job on its own thread after run()
    gc.collect()
    assert outcomes == ["failed" if fail else "done"]
    assert died_on == [True], "the marker died once, on the GUI thread"
