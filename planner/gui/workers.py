"""Run pure work (planning, PDF) on the thread pool; results come back on the GUI thread."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the GUI thread; queued signals carry results back to it."""

    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # reported to the GUI thread, never lost on the worker
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


class _CollectorHold:
    """Keeps Python's cyclic garbage collector off while jobs run, then collects on the GUI
    thread: a collection triggered on a worker would destroy unreachable Qt objects there and
    crash Qt (seen as a segfault in a worker's reportlab allocation). Used on the GUI thread only.
    """

    running = 0
    disabled_here = False

    @classmethod
    def hold(cls) -> None:
        if cls.running == 0 and gc.isenabled():
            gc.disable()
            cls.disabled_here = True
        cls.running += 1

    @classmethod
    def release(cls) -> None:
        cls.running -= 1
        if cls.running == 0 and cls.disabled_here:
            cls.disabled_here = False
            gc.enable()
            gc.collect()


def run_in_background(
    owner: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> None:
    """Run work() on the pool; on_done/on_error run on owner's (GUI) thread.

    work must not touch the database or widgets: give it frozen snapshots.
    """
    relay = _Relay(owner)  # parented to owner so it outlives this call and dies with the owner
    held = [True]

    def release() -> None:
        if held[0]:
            held[0] = False
            _CollectorHold.release()

    def done(result: Any) -> None:
        relay.deleteLater()
        release()
        on_done(result)

    def failed(exc: BaseException) -> None:
        relay.deleteLater()
        release()
        on_error(exc)

    relay.finished.connect(done)
    relay.failed.connect(failed)
    relay.destroyed.connect(release)  # the owner went away before the job reported
    _CollectorHold.hold()
    (pool or QThreadPool.globalInstance()).start(_Job(work, relay))
