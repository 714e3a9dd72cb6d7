"""Edit > Coach settings: branding, plan currency and mode are saved; bad input is refused."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from planner.gui.coach_settings import CoachSettingsDialog
from tests.commands.test_coach import PNG


def test_settings_are_saved(qtbot, session, monkeypatch, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    dialog = CoachSettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.name.setText("Robin Mentor")
    dialog.organisation.setText("Bridge Careers")
    dialog._on_choose_clicked()
    dialog.currency.setCurrentText("eur")
    dialog.mode.setCurrentIndex(dialog.mode.findData("professional"))
    dialog.accept()
    coach = session.workspace.coach
    branding = coach.branding()
    assert (branding.coach_name, branding.organisation, branding.logo) == (
        "Robin Mentor",
        "Bridge Careers",
        PNG,
    )
    assert coach.setting("plan_currency") == "EUR" and coach.setting("mode") == "professional"


def test_bad_currency_is_refused_inline(qtbot, session):
    dialog = CoachSettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.currency.setCurrentText("dollars")
    dialog.accept()
    assert "three-letter" in dialog.error.text()
    assert session.workspace.coach.setting("plan_currency") is None


def test_removing_the_logo(qtbot, session):
    from planner.domain.branding import Branding

    session.workspace.coach.set_branding(Branding("A", "B", PNG, "image/png"))
    dialog = CoachSettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog._on_clear_clicked()
    dialog.accept()
    assert session.workspace.coach.branding().logo is None


def test_own_prices_are_added_shown_beside_the_catalogs_and_removed(qtbot, session, person):
    from planner.gui.coach_prices import PriceDialog, PricesTab

    tab = PricesTab(session)
    qtbot.addWidget(tab)
    dialog = PriceDialog(tab.items, None, tab)
    dialog.item.setCurrentIndex(dialog.item.findData("cisco-ccna"))
    dialog.amount.setValue(250)
    dialog.currency.setCurrentText("eur")
    dialog.note.setText("partner voucher")
    tab._edit(None, dialog=_accepting(dialog))
    (price,) = session.workspace.coach.price_overrides().values()
    assert (price.item_id, price.amount, price.currency) == ("cisco-ccna", 250, "EUR")
    row = [tab.table.item(0, c).text() for c in range(5)]
    assert row[0].startswith("Cisco") and row[1].startswith("$300") and row[2] == "€250.00"
    assert row[3] == price.as_of and len(price.as_of) == 10
    fee = session.workspace.planning.catalog().cert_by_id["cisco-ccna"].fee
    assert fee.amount == 250 and fee.confidence == "coach" and fee.as_of == price.as_of
    tab.table.selectRow(0)
    tab._on_remove()
    assert session.workspace.coach.price_overrides() == {}


def test_a_price_needs_a_real_currency(qtbot, session):
    from planner.gui.coach_prices import PriceDialog

    dialog = PriceDialog([("cisco-ccna", "CCNA")], None, None)
    qtbot.addWidget(dialog)
    dialog.currency.setCurrentText("dollars")
    dialog.accept()
    assert dialog.result_entry is None and "three-letter" in dialog.error.text()


def test_own_steps_are_checked_then_saved(qtbot, session):
    from planner.gui.coach_prices import StepDialog, StepsTab

    tab = StepsTab(session)
    qtbot.addWidget(tab)
    dialog = StepDialog(None, tab.catalog_ids, tab)
    for bad_id, message in (("Bad Id", "lowercase"), ("pmi-pmp", "already used")):
        dialog.step_id.setText(bad_id)
        dialog.accept()
        assert message in dialog.error.text() and dialog.result_entry is None
    dialog.step_id.setText("stakeholder-workshop")
    dialog.accept()
    assert "title" in dialog.error.text()
    dialog.title.setText("Stakeholder workshop")
    dialog.hours.setValue(6)
    dialog.free.setChecked(True)
    tab._edit(None, dialog=_accepting(dialog))
    (step,) = session.workspace.coach.custom_steps()
    assert (step.id, step.hours, step.cost) == ("stakeholder-workshop", 6, None)
    assert tab.table.item(0, 0).text() == "Stakeholder workshop"
    assert "stakeholder-workshop" in session.workspace.planning.catalog().activity_by_id


def _accepting(dialog):
    """The dialog, answering its own exec() with Save."""
    dialog.exec = lambda: (dialog.accept(), dialog.result())[1]
    return dialog
