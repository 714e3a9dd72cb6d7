"""Write docs/career-planner.1, the manual page, from the command line's parser.

Usage: python scripts/make_manpage.py [--check]

With --check, write nothing and exit 1 when the file is out of date (tests/commands runs the
same comparison). Read the page with `man ./docs/career-planner.1`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

os.environ["LANGUAGE"] = "C"  # argparse's own words (-h's help) untranslated, as the test has them

from planner.cli import build_parser  # noqa: E402
from planner.commands.manpage import manpage  # noqa: E402

TARGET = ROOT / "docs" / "career-planner.1"


def main(argv: list[str]) -> int:
    text = manpage(build_parser())
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python scripts/make_manpage.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
