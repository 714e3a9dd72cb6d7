"""Run pure work (planning, PDF) on the thread pool; results come back on the GUI thread."""

from __future__ import annotations

import contextvars
import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal


class _Relay(QObject):
    """Lives on the GUI thread; queued signals carry results back to it."""

    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        # The worker speaks the language of the thread that queued it (a copy of its context).
        self._context = contextvars.copy_context()

    def run(self) -> None:
        try:
            result = self._context.run(self._work)
        except BaseException as exc:  # reported to the GUI thread, never lost on the worker
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


class _CollectorHold:
    """Keeps Python's automatic garbage collection off while jobs run: a collection triggered
    on a worker would destroy unreachable Qt objects there and crash Qt (seen as a segfault in
    a worker's reportlab allocation). Used on the GUI thread only.

    Collections happen on the GUI thread instead, in small steps so the window never stalls:
    the heap that existed before the first job (modules, Qt wrappers, the catalog) is frozen
    out of every collection, and while jobs run a timer collects the young generation, so what
    a job leaves behind never piles up into one long pass (a full collection after every job
    took about 100 ms; one young pass after a whole PDF export, about 35 ms).
    """

    INTERVAL_MS = 20
    running = 0
    disabled_here = False
    frozen = False
    ticks = 0
    timer: QTimer | None = None

    @classmethod
    def hold(cls) -> None:
        if not cls.frozen:
            cls.frozen = True
            gc.freeze()  # the start-up heap lives as long as the app
        if cls.running == 0 and gc.isenabled():
            gc.disable()
            cls.disabled_here = True
            if cls.timer is None:
                cls.timer = QTimer(interval=cls.INTERVAL_MS)
                cls.timer.timeout.connect(cls._collect_young)
            cls.timer.start()
        cls.running += 1

    @classmethod
    def _collect_young(cls) -> None:
        cls.ticks += 1
        gc.collect(1 if cls.ticks % 8 == 0 else 0)

    @classmethod
    def release(cls) -> None:
        cls.running -= 1
        if cls.running == 0 and cls.disabled_here:
            cls.disabled_here = False
            if cls.timer is not None:
                cls.timer.stop()
            gc.enable()
            gc.collect(1)


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
