"""Dependencies point inward: the core imports neither Qt, SQL nor reportlab."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "planner"
FORBIDDEN_IN_CORE = ("PySide6", "shiboken6", "sqlite3", "sqlite_utils", "reportlab")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def modules(sub: str) -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py"))


@pytest.mark.parametrize("layer", ["domain", "engine"])
def test_core_layers_stay_pure(layer):
    assert modules(layer), f"planner/{layer} has no modules"
    for path in modules(layer):
        for name in imports_of(path):
            assert not name.startswith(FORBIDDEN_IN_CORE), f"{path.name} imports {name}"


def test_domain_imports_only_the_standard_library_and_itself():
    import sys

    for path in modules("domain"):
        for name in imports_of(path):
            top = name.split(".")[0]
            assert top == "planner" or top in sys.stdlib_module_names, f"{path.name}: {name}"
            if top == "planner":
                assert name.startswith("planner.domain"), f"{path.name} reaches out to {name}"


def test_only_gui_imports_qt_and_only_storage_imports_sql():
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        for name in imports_of(path):
            if name.startswith(("PySide6", "shiboken6")):
                assert relative.startswith("gui/"), f"{relative} imports {name}"
            if name.startswith(("sqlite3", "sqlite_utils")):
                assert relative.startswith("storage/"), f"{relative} imports {name}"


def test_the_checker_would_notice_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport sqlite_utils\n", encoding="utf-8")
    assert {"PySide6.QtWidgets", "sqlite_utils"} <= imports_of(bad)
