"""The fit questionnaire: one group of radio buttons per catalog question."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.catalog_model import Question
from planner.gui.widgets.wrap_label import WrapLabel


class QuestionBox(QFrame):
    """A question and its options; arrow keys move between the options, Tab to the next one."""

    def __init__(self, number: int, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setAccessibleName(
            self.tr("Question %1: %2").replace("%2", question.text).replace("%1", str(number))
        )
        self.label = WrapLabel(f"{number}. {question.text}")
        font = QFont(self.label.font())
        font.setBold(True)
        self.label.setFont(font)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        em = self.fontMetrics().height()
        layout.setContentsMargins(0, em // 2, 0, em // 2)
        layout.setSpacing(em // 4)
        layout.addWidget(self.label)
        options = QVBoxLayout()
        options.setContentsMargins(em, 0, 0, 0)
        options.setSpacing(em // 4)
        layout.addLayout(options)
        for option in question.options:
            button = QRadioButton()
            button.setAccessibleName(option.text)
            button.setAccessibleDescription(question.text)
            button.setProperty("option_id", option.id)
            self.group.addButton(button)
            self.buttons[option.id] = button
            options.addLayout(_option_row(button, option.text))
        self.label.setBuddy(next(iter(self.buttons.values())))

    def set_answer(self, option_id: str | None) -> None:
        """Check option_id (or none) without telling anyone: the saved profile is the truth."""
        self.group.blockSignals(True)
        button = self.buttons.get(option_id or "")
        if button is None:
            # An exclusive group cannot be emptied: lift exclusivity for a moment.
            self.group.setExclusive(False)
            for other in self.buttons.values():
                other.setChecked(False)
            self.group.setExclusive(True)
        else:
            button.setChecked(True)
        self.group.blockSignals(False)

    def answer(self) -> str | None:
        checked = self.group.checkedButton()
        return None if checked is None else checked.property("option_id")


class _OptionText(WrapLabel):
    """An option's words, wrapped to the column: a radio button's own text never wraps, so a
    long answer forced the questionnaire wider than a 1024x600 screen. A click picks it."""

    def __init__(self, text: str, button: QRadioButton) -> None:
        super().__init__(text)
        self.button = button
        self.setBuddy(button)

    def mousePressEvent(self, event) -> None:
        self.button.click()
        self.button.setFocus()
        event.accept()


def _option_row(button: QRadioButton, text: str) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(button.fontMetrics().horizontalAdvance(" "))
    row.addWidget(button, 0)
    row.addWidget(_OptionText(text, button), 1)
    return row


class Questionnaire(QWidget):
    """Emits answered(question id, option id) when the person picks an option."""

    answered = Signal(str, str)

    def __init__(self, questions: Sequence[Question], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Fit questionnaire"))
        self.boxes: dict[str, QuestionBox] = {}
        layout = QVBoxLayout(self)
        em = self.fontMetrics().height()
        layout.setContentsMargins(em, em // 2, em, em)
        layout.setSpacing(em // 2)
        for number, question in enumerate(questions, 1):
            box = QuestionBox(number, question)
            box.group.buttonClicked.connect(
                lambda button, q=question.id: self.answered.emit(q, button.property("option_id"))
            )
            self.boxes[question.id] = box
            if number > 1:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                layout.addWidget(line)
            layout.addWidget(box)
        layout.addStretch(1)
        first = next(iter(self.boxes.values()), None)
        if first is not None and first.buttons:
            # The heading's mnemonic lands on the first option.
            self.setFocusProxy(next(iter(first.buttons.values())))

    def set_answers(self, answers: Mapping[str, str]) -> None:
        for question_id, box in self.boxes.items():
            box.set_answer(answers.get(question_id))

    def button(self, question_id: str, option_id: str) -> QRadioButton:
        return self.boxes[question_id].buttons[option_id]
