"""Run pure work (planning, PDF) on the thread pool; results come back on the GUI thread."""

from __future__ import annotations

import contextlib
import contextvars
import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal


class _Relay(QObject):
    """Lives on the GUI thread; a queued signal tells it the job's outcome is in the outbox."""

    settled = Signal()


# (True, result) or (False, exception): filled on the worker, emptied on the GUI thread.
_Outbox = list[tuple[bool, Any]]


class _Job(QRunnable):
    """Runs work() once on a pool thread and leaves its outcome in the GUI thread's outbox.

    Nothing the GUI thread handed over may be released here. When the last reference to a
    signal's receiver dies on a worker, PySide disconnects it from the worker and that can
    deadlock with the GUI thread (seen: closing the export progress dialog waited for Qt's
    connection lock while the worker, inside the disconnect, waited for the GIL). So the job
    drops its own references before it reports, and the GUI thread holds the work, the result
    and the exception until after the report: their last references die there.
    """

    def __init__(self, work: Callable[[], Any], outbox: _Outbox, relay: _Relay) -> None:
        super().__init__()
        self._work: Callable[[], Any] | None = work
        self._outbox: _Outbox | None = outbox
        self._relay = relay
        # The worker speaks the language of the thread that queued it (a copy of its context).
        self._context: contextvars.Context | None = contextvars.copy_context()

    def run(self) -> None:
        work, outbox, context = self._work, self._outbox, self._context
        self._work = self._outbox = self._context = None
        assert work is not None and outbox is not None and context is not None
        try:
            outbox.append((True, context.run(work)))
        except BaseException as exc:  # reported to the GUI thread, never lost on the worker
            outbox.append((False, exc))
        del work, outbox, context
        with contextlib.suppress(RuntimeError):  # the owner and relay are gone: the app quit
            self._relay.settled.emit()


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
                with contextlib.suppress(RuntimeError):  # Qt already deleted it, quitting
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
    outbox: _Outbox = []
    held = [True]

    def release() -> None:
        if held[0]:
            held[0] = False
            _CollectorHold.release()

    # The GUI thread's own reference to the work, dropped only after the job has dropped its
    # reference and reported: the work's last reference dies on this thread.
    kept = [work]

    def settled() -> None:
        relay.deleteLater()
        release()
        kept.clear()
        ok, value = outbox.pop()
        (on_done if ok else on_error)(value)

    relay.settled.connect(settled)
    relay.destroyed.connect(release)  # the owner went away before the job reported
    _CollectorHold.hold()
    (pool or QThreadPool.globalInstance()).start(_Job(work, outbox, relay))
