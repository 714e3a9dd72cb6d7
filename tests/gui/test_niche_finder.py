"""The niche finder dialog: menu entry, ranking with reasons, loading files, choosing, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from planner.catalog.onet import ONET_ATTRIBUTION
from planner.gui import niche_finder
from planner.gui.application import build_window
from planner.gui.niche_finder import NicheFinderDialog
from tests.gui.conftest import drain_pool, persona_profile

ADS = sorted((Path(__file__).resolve().parents[1] / "data" / "ads").glob("*.txt"))


@pytest.fixture
def dialog(qtbot, session, person):
    dlg = NicheFinderDialog(session)
    qtbot.addWidget(dlg)
    yield dlg
    drain_pool()


def find(qtbot, dlg: NicheFinderDialog) -> None:
    dlg.find_button.click()
    qtbot.waitUntil(dlg.find_button.isEnabled, timeout=5000)


def test_the_person_menu_opens_the_finder_once_someone_is_shown(
    qtbot, session, settings, catalog, monkeypatch
):
    window = build_window(session.workspace, catalog, settings)
    qtbot.addWidget(window)
    actions = [a for a in window.person_menu.actions() if a.objectName() == "findNicheAction"]
    assert len(actions) == 1 and window.findChildren(QAction, "findNicheAction") == actions
    action = actions[0]
    assert action.text() == "Find a &niche from job ads…" and action.statusTip()
    assert not action.isEnabled()
    window.session.select(window.session.add_person(persona_profile("network-engineer")))
    assert action.isEnabled()
    opened = []
    monkeypatch.setattr(NicheFinderDialog, "exec", lambda self: opened.append(self) or 0)
    action.trigger()
    assert len(opened) == 1 and opened[0].session is window.session
    drain_pool()


def test_pasted_ads_are_ranked_with_scores_reasons_and_terms(qtbot, dialog):
    dialog.editor.setPlainText("\n---\n".join(p.read_text(encoding="utf-8") for p in ADS))
    dialog._update_count()
    assert dialog.count.text() == "12 ads"
    find(qtbot, dialog)
    first = dialog.cards[0]
    # The service-manager persona: ITIL 4 Foundation held, ITSM at level 3.
    assert first.rank.niche.id == "itsm-implementation" and first.bar.value() == first.rank.score
    assert "You hold ITIL 4 Foundation, which it asks for." in first.reason_texts()
    assert first.reason_texts()[0].startswith("6 of 12 ads ask for this kind of work")
    assert [c.rank.score for c in dialog.cards] == sorted(
        (c.rank.score for c in dialog.cards), reverse=True
    )
    assert dialog.status.text() == "12 ads read: niches ranked by demand and your fit."
    rows = {
        dialog.terms.topLevelItem(i).text(0): dialog.terms.topLevelItem(i)
        for i in range(dialog.terms.topLevelItemCount())
    }
    assert rows["PMP"].text(2) == "9" and rows["Microsoft Excel"].text(3) == "— no niche"
    assert rows["Epic Systems"].toolTip(0) == "O*NET: Medical software"
    assert ONET_ATTRIBUTION in dialog.attribution.text()
    assert all(card.accessibleName() and card.button.accessibleName() for card in dialog.cards)


def test_loaded_files_are_appended_one_ad_after_another(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(
        NicheFinderDialog, "choose_files", classmethod(lambda cls, parent: [str(ADS[0])])
    )
    dialog.load_button.click()
    dialog.load_files([ADS[2], ADS[3]])
    text = dialog.editor.toPlainText()
    assert text.startswith("IT Project Manager, Cloud Migration") and "\n---\nNetwork" in text
    assert dialog.count.text() == "5 ads"


def test_choosing_a_niche_saves_it_undoably_and_replans(qtbot, dialog, session):
    dialog.load_files(ADS)
    find(qtbot, dialog)
    card = next(c for c in dialog.cards if c.rank.niche.id == "network-refresh")
    card.button.click()
    assert session.profile().niche == "network-refresh"
    titles = [s.title for s in session.roadmap().steps]
    assert "Confirm your niche: Infrastructure modernisation and network refresh" in titles
    chosen = next(c for c in dialog.cards if c.rank.niche.id == "network-refresh")
    assert chosen.is_chosen and chosen.button.text() == "Your niche"
    assert not chosen.button.isEnabled()
    assert session.undo_stack.undoText() == (
        "Choose niche Infrastructure modernisation and network refresh"
    )
    session.undo_stack.undo()
    assert session.profile().niche is None


def test_no_ads_or_too_much_text_says_so_and_ranks_nothing(qtbot, dialog, monkeypatch):
    dialog.editor.setPlainText("  \n---\n\n")
    find(qtbot, dialog)
    assert dialog.status.text().startswith("No job ads found: paste or load")
    assert dialog.cards == []
    monkeypatch.setattr("planner.engine.niche_finder.MAX_AD_CHARS", 50)
    monkeypatch.setattr(niche_finder, "MAX_AD_CHARS", 50)
    dialog.editor.setPlainText("Cloud migration lead for our Azure landing zone. " * 3)
    dialog._update_count()
    assert dialog.count.text().startswith("Too long")
    find(qtbot, dialog)
    assert "the limit is" in dialog.status.text() and dialog.cards == []


def test_a_file_that_is_not_text_is_refused_with_a_dialog(qtbot, dialog, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(niche_finder, "show_error", lambda *args: shown.append(args))
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    dialog.load_files([binary])
    assert dialog.editor.toPlainText() == ""
    assert shown and "is not a text file" in str(shown[0][2])
