"""No user-facing text in planner/gui bypasses Qt's translation.

Two rules over every module's syntax tree (no import, no Qt needed):

- Shown text: a literal reaching a widget's text — a widget constructor (QLabel, QPushButton,
  QAction, QMessageBox, ...), a setter (setText, setToolTip, setWindowTitle, ...), an adder
  (addAction, addTab, addItems, showMessage, ...), a model's data()/headerData() return — fails
  when it is a sentence, a single capitalised word, an f-string with words in it, or `%` /
  `.format()` / `+` on such a literal. So do module and class tables of headers or labels
  written as tuples of plain literals.
- Anywhere else: a sentence-like literal of two or more words fails unless it sits under a
  translation call (tr, translate, QT_TRANSLATE_NOOP, _, ngettext, ...), an exception, a log
  call, an object name or a settings key, or is a docstring. This catches text handed to the
  module's own helpers (`self._action("Export &calendar…", ...)`) before it reaches a widget.

Text that is the same in every language goes in NOT_USER_FACING, with the reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "planner" / "gui"

WRAPPERS = {
    "tr",
    "translate",
    "QT_TRANSLATE_NOOP",
    "QT_TR_NOOP",
    "QT_TRANSLATE_NOOP3",
    "_",
    "ngettext",
    "pgettext",
    "N_",
    "N_plural",
}
# Widgets and dialogs whose constructor or static functions take text to show.
WIDGETS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "QCommandLinkButton",
    "QMessageBox",
    "QInputDialog",
    "QFileDialog",
    "QProgressDialog",
    "QTableWidgetItem",
    "QListWidgetItem",
    "QTreeWidgetItem",
    "QStandardItem",
    "QWizardPage",
    "QDockWidget",
    "ElidedLabel",
}
SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setStatusTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "setWhatsThis",
    "addAction",
    "addMenu",
    "addTab",
    "insertTab",
    "setTabText",
    "setTabToolTip",
    "addItem",
    "addItems",
    "insertItem",
    "setItemText",
    "showMessage",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setHeaderLabels",
    "setTitle",
    "setSubTitle",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "addButton",
    "setButtonText",
    "addRow",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "setFormat",
    "setHtml",
    "setMarkdown",
    "setPlainText",
    "setCancelButtonText",
    "setOkButtonText",
    "setNameFilter",
    "setNameFilters",
    "getSaveFileName",
    "getOpenFileName",
    "getExistingDirectory",
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "getText",
    "getItem",
    "getInt",
    "getDouble",
}
# Calls whose text is for developers, logs, settings or Qt's object tree, never shown.
EXEMPT_CALLS = {
    "ValueError",
    "TypeError",
    "KeyError",
    "RuntimeError",
    "OSError",
    "AssertionError",
    "NotImplementedError",
    "debug",
    "info",
    "exception",
    "error",
    "log",
    "setObjectName",
    "findChild",
    "findChildren",
    "setProperty",
    "property",
    "value",
    "setValue",
    "setStyleSheet",
    "QSettings",
    "Signal",
    "Slot",
    "QKeySequence",
    "setShortcut",
    "shortcut_later",
    "fromString",
    "startswith",
    "endswith",
    "execute",
    "compile",
    "match",
    "fullmatch",
    "search",
    "sub",
    "getattr",
    "hasattr",
    "setattr",
    "isinstance",
    "with_suffix",
    "warn",
}
LOGGERS = {"log", "logger", "logging"}
# Functions whose text is for a machine or a developer, never for the person at the screen.
EXEMPT_FUNCTIONS = {
    "_report_ready",  # application.py: the smoke test's timing line on stdout, read by scripts
    "painted",  # application.py: the smoke test's first-paint line on stdout
}
# Same in every language: names, codes and formats rather than words.
NOT_USER_FACING = {
    "Career Transition Planner",  # the product's name
    "career-planner",  # the command's name
    "icons:note-info-.png",  # a file under Qt's "icons:" search path (application.register_icons)
    "JSON Resume",  # a file format's own name (jsonresume.org)
    "PMP",  # certification and exam codes
    "CAPM",
    "PMI",
    "CSV",
    "PDF",
    "JSON",
    "XLSX",
    "ISO",
    "OK",
    # Plan reasons stored in the database in English, like planning's "first plan"; the plan
    # history translates them when it shows them (PlanHistoryDialog.reason_text).
    "what-if:",
    "what-if undone:",
    "what-if chosen:",
}
SENTENCE = re.compile(r"[A-Za-z]{2,}[ ,;:.!?'’]+[A-Za-z]{2,}")
# A label's single word: capitalised, maybe with an accelerator ("&Save", "Save…", "Name:").
WORD = re.compile(r"^\s*&?[A-Z][a-z&]+[.…:]*\s*$")
# Not prose: markup only, a style sheet, a file glob, a format spec, a path or a setting key.
NOT_PROSE = re.compile(
    r"^[^A-Za-z]*$|^\s*[\w-]+\s*:\s*[^;]+;|^\*\.\w+$|^(?=[\w./-]*[./_])[\w./-]+$|^\{[^}]*\}$"
    r"|^(?:[a-z-]+\s*)?\{"
    r"|^(?:[dMyHhmsap]+[ .:,/-]*)+$"  # a Qt date or time format ("d MMMM yyyy", "HH:mm")
)
TABLE_NAME = re.compile(r"HEADER|COLUMN|LABEL|TITLE|CAPTION|HEADING", re.IGNORECASE)


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _receiver_name(call: ast.Call) -> str:
    """'QMessageBox' for QMessageBox.warning(...)."""
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id
    return ""


def _words(text: str) -> str:
    return re.sub(r"&(?=\w)", "", re.sub(r"<[^<>]*>|&[a-z]+;|%\w", " ", text))


def _shown_text(text: str) -> bool:
    """A sentence, or one capitalised word as a label gives it."""
    if text in NOT_USER_FACING or NOT_PROSE.search(text.strip()):
        return False
    words = _words(text)
    return bool(SENTENCE.search(words) or WORD.match(words))


def _literals(expr: ast.AST) -> list[tuple[ast.AST, str, bool]]:
    """(node, text, composed) for each literal an expression shows; composed: an f-string, or
    a literal formatted with %, .format() or joined with +: text built in English word order."""
    found: list[tuple[ast.AST, str, bool]] = []

    def visit(node: ast.AST, composed: bool) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((node, node.value, composed))
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            found.append((node, text, True))
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
            visit(node.left, True)
            if isinstance(node.op, ast.Add):
                visit(node.right, True)
        elif isinstance(node, ast.IfExp):
            visit(node.body, composed)
            visit(node.orelse, composed)
        elif isinstance(node, ast.BoolOp):
            for value in node.values:
                visit(value, composed)
        elif isinstance(node, ast.List | ast.Tuple):
            for element in node.elts:
                visit(element, composed)
        elif (
            isinstance(node, ast.Call)
            and _call_name(node) not in WRAPPERS
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"format", "join"}
        ):
            # "…".format(x) and "sep".join(parts) compose text; other calls make their own.
            visit(node.func.value, node.func.attr == "format")
            if node.func.attr == "join":
                for arg in node.args:
                    visit(arg, composed)

    visit(expr, False)
    return found


def _is_target(call: ast.Call) -> bool:
    name = _call_name(call)
    if isinstance(call.func, ast.Name):
        return name in WIDGETS
    if _receiver_name(call) in LOGGERS:  # log.warning(...), not QMessageBox.warning(...)
        return False
    return name in SETTERS or _receiver_name(call) in WIDGETS


def _table_of_texts(node: ast.Assign | ast.AnnAssign) -> ast.AST | None:
    """The value of `HEADERS = ("Name", "Track", ...)` at module or class level."""
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    names = [t.id for t in targets if isinstance(t, ast.Name)]
    if node.value is None or not any(TABLE_NAME.search(n) for n in names):
        return None
    return node.value if isinstance(node.value, ast.Tuple | ast.List | ast.Dict) else None


def bypassing(source: str) -> list[tuple[int, str]]:
    """(line, text) of each user-facing literal in the source that bypasses translation."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    reported: dict[ast.AST, str] = {}

    def shown(expr: ast.AST) -> None:
        for node, text, composed in _literals(expr):
            words = _words(text).strip()
            if words in NOT_USER_FACING:
                continue
            if _shown_text(text) or (composed and re.search(r"[A-Za-z]{2,}", words)):
                reported[node] = text

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_target(node):
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                shown(arg)
        elif isinstance(node, ast.FunctionDef) and node.name in {"data", "headerData"}:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    shown(inner.value)
        elif isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(
            parents.get(node), ast.Module | ast.ClassDef
        ):
            table = _table_of_texts(node)
            if table is not None:
                values = table.values if isinstance(table, ast.Dict) else [table]
                for value in values:
                    if value is not None:
                        shown(value)

    # Sentences anywhere else, as in tests/i18n/test_untranslated.py.
    for node in ast.walk(tree):
        if node in reported or not isinstance(node, ast.Constant | ast.JoinedStr):
            continue
        if isinstance(node, ast.Constant):
            if not isinstance(node.value, str):
                continue
            text = node.value
        else:
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        if isinstance(parents.get(node), ast.JoinedStr) or not SENTENCE.search(_words(text)):
            continue
        if _words(text).strip() in NOT_USER_FACING or NOT_PROSE.search(text.strip()):
            continue
        if not _exempt(node, parents):
            reported[node] = text

    # A literal under a translation call is translated whatever rule found it.
    return sorted(
        (node.lineno, text) for node, text in reported.items() if not _under_wrapper(node, parents)
    )


def _under_wrapper(node: ast.AST, parents: dict) -> bool:
    parent = parents.get(node)
    while parent is not None and not isinstance(parent, ast.FunctionDef | ast.ClassDef):
        if isinstance(parent, ast.Call) and _call_name(parent) in WRAPPERS:
            return True
        parent = parents.get(parent)
    return False


def _exempt(node: ast.AST, parents: dict) -> bool:
    child, parent = node, parents.get(node)
    while parent is not None and not isinstance(parent, ast.FunctionDef | ast.ClassDef):
        if isinstance(parent, ast.Call) and _call_name(parent) in WRAPPERS | EXEMPT_CALLS:
            return True
        if isinstance(parent, ast.Call) and _receiver_name(parent) in LOGGERS:
            return True
        if isinstance(parent, ast.Compare):  # tested against, not shown
            return True
        if isinstance(parent, ast.Dict) and child in parent.keys:  # a key looked up by
            return True
        if isinstance(parent, ast.Raise | ast.Assert):
            return True
        if isinstance(parent, ast.Expr) and child is node:  # a docstring or bare string
            return True
        if isinstance(parent, ast.Subscript) and child is parent.slice:  # a dict key
            return True
        child, parent = parent, parents.get(parent)
    return isinstance(parent, ast.FunctionDef) and parent.name in EXEMPT_FUNCTIONS


def _modules() -> list[Path]:
    return sorted(ROOT.rglob("*.py"))


def test_no_user_facing_text_in_the_gui_bypasses_translation():
    problems = [
        f"{path.relative_to(ROOT.parent)}:{line}: {text[:70]!r}"
        for path in _modules()
        for line, text in bypassing(path.read_text(encoding="utf-8"))
    ]
    assert not problems, (
        "wrap these in self.tr() / QCoreApplication.translate() (or QT_TRANSLATE_NOOP for "
        "tables), or list genuinely fixed text in NOT_USER_FACING:\n" + "\n".join(problems)
    )


def test_the_scanner_reports_bare_labels_and_composed_text():
    bad = (
        "def build(self, n):\n"
        '    save = QLabel("Save plan")\n'
        '    self.status.setText(f"{n} steps left")\n'
        '    button = QPushButton("Cancel")\n'
        '    box.setWindowTitle("Plan of %s" % name)\n'
        '    self._action("Export &calendar…", self.export)\n'
    )
    assert bypassing(bad) == [
        (2, "Save plan"),
        (3, " steps left"),
        (4, "Cancel"),
        (5, "Plan of %s"),
        (6, "Export &calendar…"),
    ]


def test_the_scanner_accepts_translated_and_fixed_text():
    good = (
        "HEADERS = (QT_TRANSLATE_NOOP('Table', 'Name'), QT_TRANSLATE_NOOP('Table', 'Due date'))\n"
        "def build(self, n):\n"
        '    save = QLabel(self.tr("Save plan"))\n'
        '    self.status.setText(self.tr("%n step(s) left", "", n))\n'
        '    box.setWindowTitle(QCoreApplication.translate("Box", "Plan of %1").replace("%1", x))\n'
        '    label.setText(f"{start} – {end}")\n'
        '    about.setText("Career Transition Planner")\n'
        '    self.setObjectName("plan view")\n'
        '    raise ValueError("not a plan file")\n'
    )
    assert bypassing(good) == []


def test_the_scanner_reports_header_tables_and_model_data():
    source = (
        'COLUMNS = ("Name", "Next milestone")\n'
        "class Model:\n"
        "    def headerData(self, section, orientation, role):\n"
        '        return "Progress"\n'
    )
    assert bypassing(source) == [(1, "Name"), (1, "Next milestone"), (4, "Progress")]
