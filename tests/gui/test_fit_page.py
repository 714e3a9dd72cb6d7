"""The Fit tab: answers are saved and undoable, scores and reasons follow, tracks compare."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from planner.catalog.onet import ONET_ATTRIBUTION
from planner.gui.pages.fit import FitPage


def make_page(qtbot, session) -> FitPage:
    page = FitPage(session)
    qtbot.addWidget(page)
    page.reload()
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def scores(page: FitPage) -> dict[str, int]:
    return {track: card.bar.value() for track, card in page.results.cards.items()}


def test_answering_saves_the_profile_and_updates_scores_and_reasons(qtbot, session, person):
    page = make_page(qtbot, session)
    before = scores(page)
    assert "Questionnaire not answered: fit is readiness alone." in (
        page.results.cards["software"].reason_texts()
    )

    qtbot.mouseClick(page.questionnaire.button("q-change-pace", "iterative"), Qt.LeftButton)
    page.questionnaire.button("q-team", "dev").click()

    assert dict(session.profile().answers) == {"q-change-pace": "iterative", "q-team": "dev"}
    after = scores(page)
    assert after["software"] > before["software"]
    assert after["infrastructure"] < before["infrastructure"]
    reasons = page.results.cards["software"].reason_texts()
    assert any(r.startswith("Preference ") for r in reasons)
    assert "You chose 'Developers, designers and testers' (+2, for this track)." in reasons
    assert page.results.cards["software"].score.text() == f"{after['software']} / 100"
    assert page.progress.text() == "2 of 12 answered"


def test_undo_restores_the_answers_the_buttons_and_the_scores(qtbot, session, person):
    page = make_page(qtbot, session)
    before = scores(page)
    page.questionnaire.button("q-outage", "uneasy").click()
    page.questionnaire.button("q-outage", "energised").click()
    assert session.profile().answers == {"q-outage": "energised"}
    assert session.undo_stack.undoText().startswith("Answer “A change you coordinate")

    session.undo_stack.undo()
    assert session.profile().answers == {"q-outage": "uneasy"}
    assert page.questionnaire.button("q-outage", "uneasy").isChecked()

    session.undo_stack.undo()
    assert session.profile().answers == {}
    assert page.questionnaire.boxes["q-outage"].answer() is None
    assert scores(page) == before

    session.undo_stack.redo()
    assert page.questionnaire.button("q-outage", "uneasy").isChecked()


def test_clear_answers_is_undoable(qtbot, session, person):
    page = make_page(qtbot, session)
    page.questionnaire.button("q-code", "very").click()
    assert page.clear_button.isEnabled()
    page.clear_button.click()
    assert session.profile().answers == {}
    assert not page.clear_button.isEnabled()
    session.undo_stack.undo()
    assert session.profile().answers == {"q-code": "very"}


def test_plan_for_a_track_sets_the_target_and_replans(qtbot, session, person):
    page = make_page(qtbot, session)
    assert session.roadmap().track == "infrastructure"
    target = page.results.cards["infrastructure"]
    assert "Your target track" in target.badge.text()
    assert not target.button.isEnabled()

    with qtbot.waitSignal(session.plan_changed):
        page.results.cards["software"].button.click()

    assert session.profile().target_track == "software"
    assert session.roadmap().track == "software"
    assert "Your target track" in page.results.cards["software"].badge.text()
    assert "Your target track" not in page.results.cards["infrastructure"].badge.text()
    page.inner.setCurrentIndex(1)  # the comparison, built now, marks the target chosen before
    assert "★ your target" in page.comparison.table.horizontalHeaderItem(1).text()
    assert "Re-planned for Software PM" in page.results.status.text()

    session.undo_stack.undo()
    assert session.profile().target_track == "infrastructure"
    assert "Your target track" in page.results.cards["infrastructure"].badge.text()
    assert "★ your target" in page.comparison.table.horizontalHeaderItem(0).text()
    assert "★ your target" not in page.comparison.table.horizontalHeaderItem(1).text()


def test_the_comparison_is_built_when_its_tab_is_first_shown(qtbot, session, person):
    page = make_page(qtbot, session)
    assert page.comparison is None
    assert page.inner.tabText(1) == "Co&mpare tracks"
    page.inner.setCurrentIndex(1)
    comparison = page.comparison
    assert comparison is not None and comparison.parent() is page.inner.widget(1)
    qtbot.waitUntil(comparison.isVisible)
    assert "★ your target" in comparison.table.horizontalHeaderItem(0).text()
    page.inner.setCurrentIndex(0)
    page.inner.setCurrentIndex(1)
    assert page.comparison is comparison  # built once


def test_comparison_has_a_row_per_aspect_and_a_column_per_track(qtbot, session, person, catalog):
    page = make_page(qtbot, session)
    page.inner.setCurrentIndex(1)
    table = page.comparison.table
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert rows == list(catalog.aspect_labels.values())
    columns = [table.horizontalHeaderItem(c).text().split("\n")[0] for c in range(3)]
    assert columns == ["Infrastructure PM", "Software PM", "Hybrid / technical PM"]
    change_risk = list(catalog.aspect_labels).index("change_risk")
    software = catalog.track_by_id["software"]
    assert table.item(change_risk, 1).text() == software.aspects["change_risk"]
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    assert table.wordWrap()
    assert page.comparison.attribution.text() == ONET_ATTRIBUTION
    assert "15-1299.09" in page.comparison.codes.text()


def test_every_button_has_an_accessible_name_and_there_is_an_empty_state(qtbot, session, person):
    page = make_page(qtbot, session)
    # Reachable by keyboard (Qt's own table corner button is not, and is disabled here).
    buttons = [
        b for b in page.findChildren(QAbstractButton) if b.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(buttons) > 36  # 12 questions x 3 options, plus the page's own buttons
    assert all(b.accessibleName() for b in buttons)

    session.select(None)
    page.reload()
    assert page.stack.currentWidget() is page.empty


def test_answers_wrap_to_a_small_screen_and_a_click_on_the_words_picks_them(qtbot, session, person):
    """At 1024x600 the answers ran off the column: a radio button's own text never wraps."""
    from planner.gui.pages.fit.questionnaire import _OptionText

    page = make_page(qtbot, session)
    box = page.questionnaire.boxes["q-team"]
    assert box.minimumSizeHint().width() < 300  # the words wrap instead of widening the column
    words = [w for w in box.findChildren(_OptionText) if w.button is box.buttons["dev"]]
    assert words and words[0].wordWrap() and words[0].text() == "Developers, designers and testers"
    qtbot.mouseClick(words[0], Qt.LeftButton)
    assert box.answer() == "dev"
    assert dict(session.profile().answers) == {"q-team": "dev"}
