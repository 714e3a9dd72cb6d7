"""Allow `python -m planner` to behave like the `career-planner` command."""

import sys

from planner.cli import main

sys.exit(main())
