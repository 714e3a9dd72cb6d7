"""PyInstaller entry point: the same `career-planner` command as the installed console script.

Windows' windowed executable (career-planner-gui.exe) has no console: sys.stdout and sys.stderr
are None there, so they are pointed at the null device before anything prints.
"""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
