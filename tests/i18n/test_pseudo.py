"""Pseudo-localisation: longer, accented, bracketed text that still formats and still fits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.messages import _, ngettext, speaking
from planner.i18n import catalogs
from planner.i18n.pseudo import pseudo


def test_pseudo_text_is_longer_and_keeps_what_code_and_qt_need():
    assert pseudo("&Save {n} files") == "⟦&Šàvé Šàvé {n} fíĺéš fíĺéš⟧"
    assert "%1" in pseudo("System (%1)") and "<b>{range}</b>" in pseudo("Cost <b>{range}</b>")
    assert pseudo("F&it").startswith("⟦&")


@given(st.text(alphabet=st.characters(codec="ascii", categories=("L", "Zs")), min_size=1))
def test_pseudo_text_is_at_least_as_long(text):
    assert len(pseudo(text)) >= len(text)


def test_the_pseudo_language_formats_messages():
    with speaking(catalogs.load("qps")):
        assert _("Done on {day}", day="4 Jan") == "⟦Đöñé Đöñé öñ öñ 4 Jan⟧"
        assert ngettext("{n} week", "{n} weeks", 3).startswith("⟦3 ")


def test_the_gantt_legend_fits_the_page_in_the_pseudo_language():
    from planner.export.pdf.fonts import family
    from planner.export.pdf.gantt import gantt_legend
    from planner.export.pdf.text import TextKit

    kit = TextKit(family())
    kinds = ["certification", "education", "membership", "networking", "niche", "experience"]
    with speaking(catalogs.load("qps")):
        legend = gantt_legend(480, kit, kinds, bands=True)
    english = gantt_legend(480, kit, kinds, bands=True)
    assert legend.width <= 480 and legend.height > english.height  # fewer, wider columns


def test_the_catalogs_know_the_pseudo_language_by_its_code():
    from planner.i18n import catalogs, pseudo

    assert catalogs.PSEUDO == pseudo.CODE
    assert catalogs.load(pseudo.CODE).code == pseudo.CODE
