"""The status bar's one-line labels: plain text, shortened with "…" only when it must."""

from __future__ import annotations

from planner.gui.widgets.elided_label import ElidedLabel


def test_text_that_fits_is_shown_whole_and_markup_is_never_read_as_rich_text(qtbot):
    label = ElidedLabel("<b>Ana</b> · 120 h")
    qtbot.addWidget(label)
    label.resize(600, 30)
    label.show()
    assert label.text() == "<b>Ana</b> · 120 h" and not label.is_elided()
    assert label.textFormat().name == "PlainText"


def test_a_narrow_label_shortens_its_text_and_keeps_it_whole_in_the_tooltip(qtbot):
    full = "Finish 8 Mar 2028 · 412 h · US$1,200–1,900 (budget US$2,000) · ready to apply"
    label = ElidedLabel(full)
    qtbot.addWidget(label)
    label.resize(120, 30)
    label.show()
    assert label.is_elided()
    assert label.text().endswith("…") and len(label.text()) < len(full)
    assert label.full_text() == label.toolTip() == label.accessibleName() == full
    label.resize(2000, 30)
    assert label.text() == full  # widened: whole again
    label.resize(120, 30)
    label.set_wrapped(True)
    assert label.text() == full  # wrapped: whole, over several lines
