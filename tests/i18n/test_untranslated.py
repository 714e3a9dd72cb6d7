"""No user-facing sentence in the engine's and exporters' text modules bypasses translation.

A string literal of two or more words outside _(), ngettext(), pgettext(), N_() and N_plural()
fails, unless it is a docstring, an exception or log message, SQL, or listed below as not
user-facing (file names, style names, ids, brand names). Add a module to MODULES once its
strings are wrapped; the GUI's strings go through Qt's tr() and are checked by their own test.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "planner"
MODULES = (
    "export/pdf",
    "export/handout",
    "export/headline.py",
    "export/plan_text.py",
    "export/ics.py",
    "export/progress_csv.py",
    "engine",  # every module: a new one is scanned without being listed
    "commands",
    "cli.py",
    "services",
    "storage",
    "importers",
    "codec",
)
# Packages whose exceptions reach a person as they are (the CLI's one-line refusal, the app's
# dialog): a literal raised there, or given to one of PERSON_ERRORS, must be translated too.
REFUSING = ("services/", "storage/", "importers/", "codec/")
PERSON_ERRORS = {
    "InvalidInput",
    "InvalidProfile",
    "CatalogError",
    "StorageError",
    "DatabaseRefused",
    "DatabaseDamaged",
    "EmptyDatabaseFile",
    "NotFound",
    "ExportCancelled",
    "ImportCancelled",
    "TooLarge",
}
WRAPPERS = {"_", "ngettext", "pgettext", "N_", "N_plural"}
# Calls whose text is for developers, logs or SQL, never shown as a sentence to a person.
EXEMPT_CALLS = {
    "ValueError",
    "TypeError",
    "KeyError",
    "RuntimeError",
    "InvalidInput",
    "InvalidProfile",
    "FontError",
    "ExportCancelled",
    "debug",
    "info",
    "warning",
    "error",
    "exception",
    "execute",
    "compile",
    "replace",  # str.replace: text removed from SQLite's report before it is shown
    # argparse's --help texts stay English for now (docs/i18n.md says so); refusals are wrapped
    "add_argument",
    "add_parser",
    "add_subparsers",
    "_Parser",
}
NOT_USER_FACING = {
    "Eligible for ",  # old milestone rows' English words, stripped (services/milestones.py)
    "Career Transition Planner",  # the product's name, the same in every language
    "-//Career Transition Planner//career-planner //EN",  # iCalendar PRODID
    "eligible:PMP",  # a milestone id
    "Table Grid",  # Word style names
    "List Bullet",
    "google cloud",  # vendor names the selector matches
    "red hat",
    "Google Cloud",
    "Red Hat",
    "planner.commands.",  # the package a command's module is imported from
    "JSON Resume",  # the format's own name (jsonresume.org)
    "Geo Location",  # LinkedIn's column heading, as it is in the file
    "check with issuer",  # the plan JSON's cost_status value (a contract, not a sentence)
    "yours (replaces shipped)",  # a pack's source id; the GUI shows it in words, JSON as is
    # Reasons stored with a saved plan stay English in the database; the GUI's plan history
    # translates them when it shows them.
    "imported from a bundle",
    "current plan, kept after a bundle import",
    "re-plan from today",
    "first plan",
    "what-if chosen: ",
    "plan  of  restored on ",
    "dry run",  # the message of bundles._DryRun, caught at once inside the import, never shown
}
# Files under MODULES that hold no sentences for a person to read in their language.
NOT_SCANNED = {
    "commands/completion.py",  # shell completion scripts: bash, zsh and fish code
    "commands/manpage.py",  # the man page, written from the English --help texts
}
SENTENCE = re.compile(r"[A-Za-z]{2,}[ ,;:.!?'’]+[A-Za-z]{2,}")
# SQL, and names without a space (people.id, Profile.csv, basics.name): never a sentence.
SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH)\b|\b(FROM|WHERE|ORDER BY|IN \()|= \?|"
    r"\bifnull\(|\bperson_id\b"
)
# Module tables of words the importers match against what people type (column headings in
# their language, month names), never shown as sentences.
MATCHED_TABLES = {"FIELDS", "COLUMNS", "_MONTH_NAMES", "_LEVEL_WORDS", "_DEGREES", "_OBJECTS"}
MARKUP = re.compile(r"^[^A-Za-z]*<|\.ttf$|^kind:")


def _files() -> list[Path]:
    found = []
    for name in MODULES:
        path = ROOT / name
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return [path for path in found if path.relative_to(ROOT).as_posix() not in NOT_SCANNED]


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _assigned(node: ast.Assign | ast.AnnAssign) -> set[str]:
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    return {target.id for target in targets if isinstance(target, ast.Name)}


def bypassing(source: str, refusing: bool = False) -> list[tuple[int, str]]:
    """(line, text) of each sentence-like literal not under a translation call.

    refusing: raised messages are read by people too (only EXEMPT_CALLS, not raise, exempt).
    """
    exempt_calls = WRAPPERS | (EXEMPT_CALLS - PERSON_ERRORS if refusing else EXEMPT_CALLS)
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        else:
            continue
        if isinstance(parents.get(node), ast.JoinedStr) or not SENTENCE.search(text):
            continue
        parent = parents.get(node)
        if isinstance(parent, ast.Attribute) and parent.attr == "split":
            continue  # a word list ("a b c".split()), matched against input, never shown
        if text in NOT_USER_FACING or MARKUP.search(text) or SQL.search(text):
            continue
        if " " not in text.strip():
            continue
        child, parent = node, parents.get(node)
        exempt = False
        while parent is not None and not isinstance(parent, ast.FunctionDef | ast.ClassDef):
            if (
                isinstance(parent, ast.Assign | ast.AnnAssign)
                and _assigned(parent) & MATCHED_TABLES
            ):
                exempt = True
                break
            if isinstance(parent, ast.Call) and _call_name(parent) in exempt_calls:
                exempt = True
                break
            if isinstance(parent, ast.Compare):  # text matched against, e.g. SQLite's errors
                exempt = True
                break
            if isinstance(parent, ast.Assert) or (isinstance(parent, ast.Raise) and not refusing):
                exempt = True
                break
            if isinstance(parent, ast.Expr) and child is node:  # a docstring or bare string
                exempt = True
                break
            child, parent = parent, parents.get(parent)
        if not exempt:
            found.append((node.lineno, text))
    return found


def test_every_sentence_in_the_text_modules_is_translatable():
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {text[:60]!r}"
        for path in _files()
        for line, text in bypassing(
            path.read_text(encoding="utf-8"),
            refusing=path.relative_to(ROOT).as_posix().startswith(REFUSING),
        )
    ]
    assert not problems, "wrap these in _() or ngettext():\n" + "\n".join(problems)


def test_the_scanner_notices_an_f_string_and_accepts_a_template():
    bad = 'def f(n):\n    return f"You have {n} steps left."\n'
    good = 'def f(n):\n    return ngettext("{n} step left", "{n} steps left", n)\n'
    words = 'WORDS = frozenset("project rollout audit".split())\n'
    assert bypassing(bad) == [(2, "You have  steps left.")]
    assert bypassing(good) == []
    assert bypassing(words) == []


def test_in_the_refusing_packages_a_raised_literal_must_be_translated():
    raised = 'def f(path):\n    raise InvalidInput(f"{path} is not a ZIP archive")\n'
    wrapped = 'def f(path):\n    raise InvalidInput(_("{path} is not a ZIP archive", path=path))\n'
    programmer = 'def f(sort):\n    raise ValueError(f"unknown sort {sort!r}; one of a, b")\n'
    assert bypassing(raised) == []  # the engine's and exporters' modules: not checked
    assert bypassing(raised, refusing=True) == [(2, " is not a ZIP archive")]
    assert bypassing(wrapped, refusing=True) == []
    assert bypassing(programmer, refusing=True) == []


def test_every_engine_module_is_scanned():
    scanned = {path.relative_to(ROOT).as_posix() for path in _files()}
    engine = {path.relative_to(ROOT).as_posix() for path in (ROOT / "engine").glob("*.py")}
    assert engine <= scanned
