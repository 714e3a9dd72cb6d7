"""Edit > Country packs…: changes previewed before import or removal; refusals change nothing."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from planner.gui import country_pack_dialog
from planner.gui.country_pack_dialog import CountryPacksDialog, PackPreviewDialog
from planner.resources import resources_dir

GB = resources_dir() / "catalog" / "countries" / "GB.json"


def coach_pack(tmp_path, **changes):
    data = json.loads(GB.read_text(encoding="utf-8"))
    data["pack_version"] = "2026.12.coach1"
    data["credentials"][0]["levels"][0]["fee"].update(amount=180, confidence="S")
    data.update(changes)
    path = tmp_path / "gb.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_import_shows_the_changes_then_applies_on_confirm(qtbot, session, tmp_path, monkeypatch):
    shown = []

    def confirm(title, lines, apply_text, parent=None):
        shown.append((title, lines))
        return len(shown) > 1  # the first preview is cancelled, the second confirmed

    monkeypatch.setattr(PackPreviewDialog, "confirm", staticmethod(confirm))
    path = coach_pack(tmp_path)
    assert not country_pack_dialog.import_pack(None, session, path)
    assert session.workspace.packs.own_packs() == {}  # cancelled: nothing stored
    title, lines = shown[0]
    assert title == "Import United Kingdom (GB) pack"
    assert any("check with issuer -> £180" in line for line in lines)
    assert country_pack_dialog.import_pack(None, session, path)
    assert set(session.workspace.packs.own_packs()) == {"GB"}

    dialog = CountryPacksDialog(session)
    qtbot.addWidget(dialog)
    row = next(i for i, (code, _) in enumerate(dialog._codes) if code == "GB")
    dialog.list.setCurrentRow(row)
    assert dialog.remove_button.isEnabled()
    assert "yours (replaces shipped)" in dialog.list.item(row).text()
    dialog.list.setCurrentRow(next(i for i, (c, _) in enumerate(dialog._codes) if c == "DE"))
    assert not dialog.remove_button.isEnabled()  # shipped packs cannot be removed
    assert country_pack_dialog.remove_pack(None, session, "GB")
    assert session.workspace.packs.own_packs() == {}


def test_a_refused_pack_says_why_and_changes_nothing(session, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a, **k: errors.append(text)
    )
    monkeypatch.setattr(
        country_pack_dialog, "show_error", lambda parent, title, exc: errors.append(str(exc))
    )
    assert not country_pack_dialog.import_pack(None, session, coach_pack(tmp_path, country="XX"))
    assert errors and "field 'country'" in errors[0]
    assert session.workspace.packs.own_packs() == {}
