"""No cyclic garbage collection while the desktop app starts; its heap frozen once it has."""

from __future__ import annotations

import gc

# Start-up makes almost no garbage (about 400 unreachable objects) but ~100 collections that
# each walk the growing heap of modules, Qt wrappers and the catalog: ~10 ms before ready.
_state = {"paused": False}


def pause() -> None:
    """Stop automatic collection until resume() (nothing if it is already off)."""
    if gc.isenabled():
        gc.disable()
        _state["paused"] = True


def resume() -> None:
    """Freeze what the start built out of every later collection (as the first background job
    does, workers._CollectorHold) and collect as usual again; only undoes pause(), once."""
    if _state["paused"]:
        _state["paused"] = False
        gc.freeze()
        gc.enable()
