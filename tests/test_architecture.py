"""Dependencies point inward: a table of the planner packages each package may import.

Every import counts, lazy ones inside functions too. The GUI and the command line reach the
rest through services; export and importers never import each other; the core imports neither
Qt, SQL nor reportlab. `python scripts/package_imports.py --files` prints what is imported now.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "planner"

# package -> the planner packages (and top-level modules) it may import besides itself.
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "i18n": {"domain", "resources"},  # locale formatting and message catalogs, pure
    "engine": {"domain", "i18n"},
    "codec": {"domain", "resources"},  # profile and plan JSON, reading files people give
    "catalog": {"domain", "resources", "codec", "i18n", "private_files"},  # i18n: its own texts
    "storage": {"domain", "private_files"},
    "importers": {"domain", "codec", "engine", "resources", "i18n"},  # i18n: numbers in refusals
    "export": {"domain", "codec", "catalog", "resources", "i18n"},
    "services": {
        "domain",
        "engine",
        "catalog",
        "storage",
        "export",
        "importers",
        "codec",
        "resources",
        "i18n",
    },
    # The edges: use cases through services, values from domain, words and numbers from i18n.
    "commands": {"services", "domain", "i18n"},
    "gui": {"services", "domain", "i18n"},
    # Top-level modules: the entry points and the few things every edge needs at start-up.
    "cli": {"commands", "gui", "services", "domain", "i18n", "paths", "desktop_libs"},
    "__main__": {"cli"},
    "paths": {"log_file", "private_files"},
    "log_file": {"paths"},
    "resources": set(),
    "private_files": set(),  # owner-only files written whole: caches and records
    "desktop_libs": set(),
    "__init__": set(),
}

# The composition roots build what the edges then use (catalog, data folders, log file).
ROOTS: dict[str, set[str]] = {
    "gui/application.py": {"catalog", "paths", "resources"},
    "gui/errors.py": {"paths"},  # the log file's location, for the error dialog
    "gui/support_code.py": {"paths"},  # PySide6's compiled support code, in the cache folder
    "gui/language.py": {"resources"},  # the shipped .qm translations, loaded before any window
    "commands/context.py": {"catalog", "paths"},
}

# Third-party and SQL libraries, and the only packages that may import them.
LIBRARIES: dict[str, set[str]] = {
    "PySide6": {"gui"},
    "shiboken6": {"gui"},
    "pypdfium2": {"gui"},
    "sqlite3": {"storage"},
    "sqlite_utils": {"storage"},
    "reportlab": {"export"},
    "docx": {"export"},
    "icalendar": {"export"},
    "openpyxl": {"importers"},
    "jsonschema": {"catalog", "codec", "export", "importers"},
    "PIL": {"services"},  # a logo is checked before it is stored
    "platformdirs": {"paths"},
}


def imports_of(path: Path) -> Iterator[str]:
    """Every module the file imports (absolute names; relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                here = list(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
                base = here[: len(here) - node.level + 1]
                yield ".".join([*base, *([node.module] if node.module else [])])
            elif node.module:
                yield node.module


def package_of(relative: Path) -> str:
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def violations(path: Path, names: list[str] | None = None) -> set[str]:
    """The planner modules path imports that the table (and the roots) do not allow."""
    relative = path.relative_to(PACKAGE)
    source = package_of(relative)
    allowed = ALLOWED[source] | ROOTS.get(relative.as_posix(), set()) | {source}
    found = set()
    for name in imports_of(path) if names is None else names:
        parts = name.split(".")
        if parts[0] == "planner" and len(parts) > 1 and parts[1] not in allowed:
            found.add(name)
    return found


def test_every_package_has_a_row():
    packages = {package_of(p.relative_to(PACKAGE)) for p in files()}
    assert packages <= ALLOWED.keys(), f"add a row to ALLOWED for {packages - ALLOWED.keys()}"


def test_the_rows_keep_the_rules():
    """The rules themselves, so a row cannot be widened without failing here."""
    assert ALLOWED["domain"] == set()
    assert ALLOWED["gui"] == ALLOWED["commands"] == {"services", "domain", "i18n"}
    assert "importers" not in ALLOWED["export"] and "export" not in ALLOWED["importers"]
    assert ALLOWED["codec"] <= {"domain", "resources"}
    assert ALLOWED["engine"] <= {"domain", "catalog", "i18n"}
    assert ALLOWED["i18n"] <= {"domain", "resources"}
    # Storage reaches nothing but the domain and the leaf that writes owner-only files.
    assert ALLOWED["storage"] == {"domain", "private_files"}
    assert ALLOWED["private_files"] == set()
    for package, allowed in ALLOWED.items():
        if package not in ("cli", "__main__"):
            assert not allowed & {"gui", "commands", "cli"}, f"{package} imports an edge"
    assert "services" not in set().union(
        *(
            ALLOWED[p]
            for p in ("domain", "engine", "catalog", "storage", "importers", "export", "i18n")
        )
    )


def test_imports_follow_the_table():
    found = []
    for path in files():
        relative = path.relative_to(PACKAGE).as_posix()
        found += [f"{relative} imports {name}" for name in sorted(violations(path))]
    assert not found, "imports the table does not allow:\n" + "\n".join(found)


# Workspace attributes only services may use: the edges ask services, never the tables.
INTERNALS = {"repos", "store", "backups"}


def test_the_edges_never_reach_past_services():
    """No `workspace.repos.people...` in the GUI or the command line: imports alone would not
    show a reach-through, so attribute names are checked too."""
    found = []
    for path in files():
        relative = path.relative_to(PACKAGE)
        if package_of(relative) not in ("gui", "commands", "cli"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in INTERNALS:
                found.append(f"{relative.as_posix()}:{node.lineno} .{node.attr}")
    assert not found, "reaches past services:\n" + "\n".join(found)


ROOT = PACKAGE.parent
# Where storage objects may be named: storage itself, the services that build and use them, and
# the storage tests, which check the tables themselves.
REPOSITORIES_SEEN_BY = ("planner/services/", "planner/storage/", "tests/storage/")
PRIVATE = {"repos", "_repos", "_store", "_backups"}  # a workspace's (or a service's) storage


def test_a_workspace_offers_use_cases_not_repositories(tmp_path, catalog):
    """The workspace's services are its whole surface: no store, backups or repositories."""
    from datetime import date

    from planner.services.workspace import open_workspace

    with open_workspace(tmp_path / "w.db", catalog, lambda: date(2027, 3, 1)) as ws:
        public = {name: value for name, value in vars(ws).items() if not name.startswith("_")}
        assert not {"repos", "store", "backups"} & public.keys()
        storage = [
            f"{name}: {type(value).__name__}"
            for name, value in public.items()
            if type(value).__module__.startswith("planner.storage")
        ]
        assert not storage, f"the workspace hands out storage: {storage}"
        assert all(
            v is None or type(v).__module__.startswith("planner.services.") for v in public.values()
        )


def test_nothing_outside_services_reads_a_workspaces_repositories():
    """`.repos` (the repositories a service was given) and a workspace's private store and
    backups are named only inside services and the storage tests; everything else asks a
    service's use case."""
    found = []
    for folder in ("planner", "tests", "benchmarks", "scripts"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith(REPOSITORIES_SEEN_BY):
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Attribute) and node.attr in PRIVATE:
                    found.append(f"{relative}:{node.lineno} .{node.attr}")
    assert not found, "reads repositories outside services:\n" + "\n".join(found)


def test_libraries_stay_in_their_package():
    found, stdlib = [], sys.stdlib_module_names
    for path in files():
        relative = path.relative_to(PACKAGE)
        source = package_of(relative)
        for name in imports_of(path):
            top = name.split(".")[0]
            outside = top in LIBRARIES and source not in LIBRARIES[top]
            # domain imports only the standard library (and itself)
            foreign = source == "domain" and top != "planner" and top not in stdlib
            if outside or foreign:
                found.append(f"{relative.as_posix()} imports {name}")
    assert not found, "libraries outside their package:\n" + "\n".join(found)


def test_the_checker_would_notice_a_violation(tmp_path):
    """A forbidden import, written into a copy of a GUI module, is found and named."""
    bad = PACKAGE / "gui" / "about.py"
    names = [*imports_of(bad), "planner.storage.people", "planner.commands.coach"]
    assert violations(bad, names) == {"planner.storage.people", "planner.commands.coach"}
    lazy = tmp_path / "lazy.py"
    lazy.write_text("def f():\n    from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert list(imports_of(lazy)) == ["PySide6.QtWidgets"]
