"""Background jobs: garbage collection stays on the GUI thread and never sweeps the whole heap."""

from __future__ import annotations

import gc
import threading

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
