"""Run Python in a fresh interpreter, as a new process of the app starts: nothing imported yet."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping, Sequence


def run_python(args: Sequence[str], env: Mapping[str, str]) -> str:
    """The standard output of `python *args` in a new process with env; it must exit 0."""
    run = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(env),
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout
