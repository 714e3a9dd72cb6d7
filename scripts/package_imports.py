"""Print the imports between planner's packages: which uses which, through how many files.

Usage: python scripts/package_imports.py [--files] [--from PACKAGE] [--to PACKAGE]

Each line reads `gui -> services  41 files`. With --files, the importing files and the modules
they import follow each line. Top-level modules (cli.py, paths.py ...) count as packages named
after themselves. Imports inside functions count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "planner"


def package_of(relative: Path) -> str:
    """The package a file under planner/ belongs to: its first folder, or its own name."""
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def planner_imports(path: Path) -> set[str]:
    """The planner modules one file imports, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    here = list(relative.parts[:-1])  # a module's package, and an __init__'s own
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level + 1]
                found.add(".".join([*base, *([node.module] if node.module else [])]))
            elif node.module:
                found.add(node.module)
    return {name for name in found if name == "planner" or name.startswith("planner.")}


def edges() -> dict[tuple[str, str], dict[str, set[str]]]:
    """(from package, to package) -> {importing file: imported modules}."""
    found: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        source = package_of(relative)
        for name in planner_imports(path):
            parts = name.split(".")[1:]
            if not parts:
                continue
            target = parts[0]
            if target != source:
                found[(source, target)][relative.as_posix()].add(name)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", action="store_true", help="list the importing files too")
    parser.add_argument("--from", dest="source", help="only imports made by this package")
    parser.add_argument("--to", dest="target", help="only imports of this package")
    args = parser.parse_args(argv)
    for (source, target), files in sorted(edges().items()):
        if (args.source and source != args.source) or (args.target and target != args.target):
            continue
        print(f"{source:>12} -> {target:<12} {len(files):>3} files")
        if args.files:
            for file, names in sorted(files.items()):
                print(f"{'':>16}{file}: {', '.join(sorted(names))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
