"""Keep the mouse wheel and window shortcuts from editing fields by accident.

guard_fields(root) puts one event filter on every field under root; dialogs call it at the
end of their constructor, and pages get it when they are built (LazyPage), from the list of
fields a page gives (guard) or else by walking it. (Not one filter on the whole
QApplication: that runs Python for every event of every object in the app.)

- A wheel turned over a combo box, spin box or date box that does not have the keyboard focus
  scrolls the page around it instead of changing (and autosaving) the value, as in most
  desktop apps. With the focus, the wheel still steps the value.
- Line edits claim some window shortcuts for themselves (on X11, Ctrl+E moves to the end of
  the line), so a shortcut pressed in a field did nothing. Window shortcuts now win, except
  the text-editing keys everybody expects inside a field (copy, paste, select all ...).
- Ctrl+Z / Ctrl+Shift+Z in a number, date or choice box go to the window's undo history,
  which undoes that field's saved edit; the box's own text history would step back to an
  empty box ("0").
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QWidget,
)

# Keys a text field keeps even when a window action has the same binding.
_FIELD_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Deselect,
)
_HISTORY_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _command_modifiers():
    # Named when a key is pressed, not when the module loads (at every start): naming `Qt`
    # builds all of its namespace's enums (planner.gui.roles).
    from PySide6.QtCore import Qt

    return (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    )


def value_box(widget: QObject | None) -> QWidget | None:
    """The combo, spin or date box that widget is, or is the line edit of; else None."""
    for candidate in (widget, widget.parent() if widget is not None else None):
        if isinstance(candidate, (QAbstractSpinBox, QComboBox)):
            return candidate
    return None


def _has_focus(box: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is box or box.isAncestorOf(focus))


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _window_actions(window: QWidget) -> list[QAction]:
    actions = list(window.actions()) + window.findChildren(QAction)
    for menu in window.findChildren(QMenu):
        actions += menu.actions()
    return actions


def _matches(sequence: QKeySequence, standard: tuple[QKeySequence.StandardKey, ...]) -> bool:
    return any(
        sequence.matches(bound) == QKeySequence.SequenceMatch.ExactMatch
        for key in standard
        for bound in QKeySequence.keyBindings(key)
    )


def _own_history_empty(widget: QWidget, pressed: QKeySequence) -> bool:
    """A text field with nothing of its own to undo (or redo) for this key."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit  # see FIELD_CLASSES

    undo = _matches(pressed, (QKeySequence.StandardKey.Undo,))
    redo = _matches(pressed, (QKeySequence.StandardKey.Redo,))
    if not (undo or redo):
        return False
    if isinstance(widget, QLineEdit):
        return not (widget.isUndoAvailable() if undo else widget.isRedoAvailable())
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        document = widget.document()
        return not (document.isUndoAvailable() if undo else document.isRedoAvailable())
    return False


class FieldGuard(QObject):
    """The event filter on each field; put it there with guard() or guard_fields()."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            return self._on_wheel(watched, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.ShortcutOverride:
            return self._on_shortcut_override(watched, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.KeyPress and value_box(watched) is not None:
            # No window undo took the key (nothing to undo, or a dialog): the box's own
            # history must not run either, or it steps back to an empty box.
            return _matches(QKeySequence(event.keyCombination()), _HISTORY_KEYS)  # type: ignore[attr-defined]
        return False

    def _on_wheel(self, watched: QObject, event: QWheelEvent) -> bool:
        if not isinstance(watched, (QAbstractSpinBox, QComboBox)) or _has_focus(watched):
            return False
        area = _scroll_area_around(watched)
        if area is not None:
            position = watched.mapTo(area, event.position().toPoint())
            forwarded = QWheelEvent(
                position,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            QApplication.sendEvent(area.viewport(), forwarded)
        return True  # never the field's value

    def _on_shortcut_override(self, watched: QObject, event: QKeyEvent) -> bool:
        if not isinstance(watched, QWidget) or not event.modifiers() & _command_modifiers():
            return False  # plain typing: the field keeps every key
        pressed = QKeySequence(event.keyCombination())
        if value_box(watched) is not None and _matches(pressed, _HISTORY_KEYS):
            return True  # not accepted: the window's Undo/Redo shortcut runs
        if _own_history_empty(watched, pressed):
            return True  # the field has nothing of its own to undo: the window's history
        if _matches(pressed, _FIELD_KEYS):
            return False
        for action in _window_actions(watched.window()):
            if action.isEnabled() and any(
                pressed.matches(bound) == QKeySequence.SequenceMatch.ExactMatch
                for bound in action.shortcuts()
            ):
                return True  # not accepted: the shortcut map triggers the action
        return False


# Fields by Qt class name: naming the text edit classes in Python would have PySide6 build
# them and their enums at every start, for a guard the Profile page's fields get then.
FIELD_CLASSES = ("QAbstractSpinBox", "QComboBox", "QLineEdit", "QPlainTextEdit", "QTextEdit")
_GUARDED = "plannerFieldGuard"  # a property on each guarded field, so it is guarded once
_GUARD = "plannerFieldGuardObject"  # a property of the application: its one FieldGuard


def _guard(owner: QObject) -> FieldGuard:
    # A property, not findChild: that would wrap each of the application's children for
    # Python, its QStyle among them, and PySide6 builds QStyle's 300 enums (~10 ms) for it.
    found = owner.property(_GUARD)
    if isinstance(found, FieldGuard):
        return found
    guard = FieldGuard(owner)
    owner.setProperty(_GUARD, guard)
    return guard


def is_field(widget: QObject) -> bool:
    return any(widget.inherits(name) for name in FIELD_CLASSES)


def guard(fields: Iterable[QWidget]) -> int:
    """Put the guard on each field among these widgets, and on the line edit inside a combo,
    spin or date box (it has the keyboard focus when the box does), once each; how many were
    new.

    For a window or page that knows its fields: unlike guard_fields, it wraps no other widget
    for Python (the scroll bars, buttons and popups inside the fields among them), and PySide6
    builds the class and enums of each widget it wraps for the first time.
    """
    app = QApplication.instance()
    assert app is not None, "a field exists only once the application does"
    owner = _guard(app)
    added = 0
    for field in fields:
        inner = field.lineEdit() if isinstance(field, (QAbstractSpinBox, QComboBox)) else None
        for widget in (field, inner):
            if widget is None or not is_field(widget) or widget.property(_GUARDED):
                continue
            widget.setProperty(_GUARDED, True)
            widget.installEventFilter(owner)
            # WheelFocus, the default of spin, date and combo boxes (the planner sets no other
            # on a field), would hand them the focus on the first wheel turn. Set through Qt's
            # property system: reading the policy would build the Qt namespace's enums.
            if isinstance(widget, (QAbstractSpinBox, QComboBox)):
                widget.setProperty("focusPolicy", "StrongFocus")
            added += 1
    return added


def guard_fields(root: QWidget) -> int:
    """Put the guard on every field under root (once each); how many were new."""
    return guard([root, *root.findChildren(QWidget)])  # guard() passes over the rest
