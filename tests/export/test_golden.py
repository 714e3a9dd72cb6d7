"""The reference persona's plan, compared with its golden text page by page.

Regenerate with `python -m tests.export.golden_text` (or UPDATE_GOLDEN=1 on this test)
after an intended change, and review the diff.
"""

from __future__ import annotations

import difflib
import os

import pytest

from tests.export.golden_text import GOLDEN, main, pages_of, render_text


def test_reference_persona_matches_its_golden_text(no_system_fonts):
    if os.environ.get("UPDATE_GOLDEN"):
        main()
    if not GOLDEN.exists():
        pytest.fail(f"{GOLDEN} is missing: run python -m tests.export.golden_text")
    expected = GOLDEN.read_text(encoding="utf-8")
    actual = render_text()
    if pages_of(actual) != pages_of(expected):
        diff = "\n".join(
            difflib.unified_diff(
                expected.splitlines(), actual.splitlines(), "golden", "now", lineterm="", n=1
            )
        )
        pytest.fail(
            "the printed plan's text changed; if intended, run "
            f"python -m tests.export.golden_text and review the diff:\n{diff[:6000]}"
        )
