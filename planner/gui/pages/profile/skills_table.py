"""The skills table: a name matched to a catalog competency and a level from 0 to 4."""

from __future__ import annotations

from collections import Counter
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from planner.domain.catalog_model import Catalog, Competency
from planner.domain.profile import Skill
from planner.gui.pages.profile.tables import (
    CompletingDelegate,
    Index,
    RowsEditor,
    RowsModel,
    edit_value,
    italic,
)
from planner.gui.pages.profile.widgets import fill_levels, short_level
from planner.gui.roles import ACCESSIBLE_TEXT, DISPLAY, EDIT, FONT, TOOLTIP

NAME, LEVEL, MATCH = range(3)
NEW_SKILL_LEVEL = 2  # "Working": the usual answer for a skill worth listing


class SkillsModel(RowsModel):
    headers = (
        QT_TRANSLATE_NOOP("RowsModel", "Skill"),
        QT_TRANSLATE_NOOP("RowsModel", "Level"),
        QT_TRANSLATE_NOOP("RowsModel", "Counts toward"),
    )
    noun = "skill"
    texts: ClassVar[dict[str, str]] = {
        "remove": QT_TRANSLATE_NOOP("RowsModel", "Remove skill %1"),
        "add": QT_TRANSLATE_NOOP("RowsModel", "Add skill %1"),
        "edit": QT_TRANSLATE_NOOP("RowsModel", "Edit skill %1"),
        "unnamed": QT_TRANSLATE_NOOP(
            "RowsModel", "A skill needs a name; to take it off, use Remove."
        ),
        "remove_name": QT_TRANSLATE_NOOP("RowsModel", "Remove selected skill"),
        "remove_tip": QT_TRANSLATE_NOOP("RowsModel", "Remove the selected skill (Delete)"),
    }

    def __init__(self, catalog: Catalog, parent=None) -> None:
        super().__init__(parent)
        self.catalog = catalog

    def skills(self) -> tuple[Skill, ...]:
        return tuple(Skill(name, int(level)) for name, level in self.rows if name)

    def set_skills(self, skills: tuple[Skill, ...]) -> None:
        self.set_rows([[s.name, s.level] for s in skills])

    def competency(self, row: int) -> Competency | None:
        name = self.rows[row][0]
        return self.catalog.find_competency(name) if name else None

    def match_text(self, row: int) -> str:
        if not self.rows[row][0]:
            return self.tr("type a skill name")
        competency = self.competency(row)
        if competency is None:
            return self.tr("not in catalog")
        counts = Counter(c.id for r in range(len(self.rows)) if (c := self.competency(r)))
        twice = (
            self.tr(" · listed twice, the higher level counts") if counts[competency.id] > 1 else ""
        )
        return f"→ {competency.name}{twice}"

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        name, level = self.rows[index.row()]
        column = index.column()
        if role == EDIT:
            return name if column == NAME else level if column == LEVEL else None
        if role == DISPLAY:
            if column == NAME:
                return name
            if column == LEVEL:
                return short_level(self.catalog.level_labels, level)
            return self.match_text(index.row())
        if role == TOOLTIP:
            if column == LEVEL:
                return self.catalog.level_labels.get(str(level), "")
            if column == MATCH:
                competency = self.competency(index.row())
                if competency is None:
                    return self.tr(
                        "Not a catalog competency, so it counts toward no gap. "
                        "Pick one of the suggestions while typing to match one."
                    )
                return f"{competency.name}: {competency.description}"
            return name
        if role == ACCESSIBLE_TEXT and column == MATCH:
            competency = self.competency(index.row())
            if competency:
                return self.tr("counts toward %1").replace("%1", competency.name)
            return self.tr("not in catalog")
        unmatched = role == FONT and column == MATCH and name
        if unmatched and self.competency(index.row()) is None:
            return italic()
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT:
            return False
        row = index.row()
        if index.column() == NAME:
            return self.set_name(row, str(value))
        if index.column() == LEVEL:
            level = int(value)
            if not 0 <= level <= 4 or level == self.rows[row][1]:
                return False
            self.rows[row][1] = level
            self.dataChanged.emit(self.index(row, LEVEL), self.index(row, MATCH))
            if self.rows[row][0]:
                self.edited.emit(
                    self.tr("Set %1 to level %2")
                    .replace("%2", str(level))
                    .replace("%1", self.rows[row][0])
                )
            return True
        return False


class LevelDelegate(QStyledItemDelegate):
    """Picks a level by its catalog wording ('3 · Practitioner')."""

    def __init__(self, labels, parent=None) -> None:
        super().__init__(parent)
        self.labels = labels

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Skill level"))
        fill_levels(combo, self.labels)
        # Choosing a level is the whole edit: commit it at once rather than on focus-out.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(edit_value(index))))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        model.setData(index, editor.currentData(), EDIT)


def competency_words(catalog: Catalog) -> list[str]:
    words: list[str] = []
    for competency in catalog.competencies:
        words += [competency.name, *competency.aliases]
    return words


class SkillsEditor(RowsEditor):
    """Skills with levels; names complete from the catalog's competencies and their aliases."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(
            SkillsModel(catalog),
            self.tr("Skills"),
            self.tr("&Add skill"),
            self.tr(
                "No skills yet. Press Add skill and type a skill such as Networking, ITIL or Scrum."
            ),
            parent,
        )
        self.blank_value = NEW_SKILL_LEVEL
        self.table.setItemDelegateForColumn(NAME, CompletingDelegate(competency_words(catalog)))
        self.table.setItemDelegateForColumn(LEVEL, LevelDelegate(catalog.level_labels))
        self.stretch_columns([NAME, MATCH])
        self.note.setText(
            self.tr(
                "Levels: 0 none, 1 aware, 2 working, 3 practitioner, 4 expert. Names are matched "
                "to the catalog by name or alias; unmatched skills are kept but count toward no "
                "gap."
            )
        )
        self.note.show()
