"""The Gaps tab: a bar per competency, distinct patterns per kind, and what closes each gap."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from planner.domain.roadmap import Gap
from planner.gui.pages.gaps import CompetencyRole, GapsPage
from planner.gui.widgets.gap_chart import GapChart, value_text
from planner.i18n.format import day


def make_page(qtbot, session) -> GapsPage:
    page = GapsPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.reload()
    return page


def test_one_bar_per_competency_with_a_distinct_pattern_per_kind(qtbot, session, person):
    page = make_page(qtbot, session)
    gaps = session.roadmap().gaps
    bars = page.chart.bars()
    need = [b for b in bars if b.kind == "need"]
    assert sorted(b.competency for b in need) == sorted(g.competency for g in gaps)
    assert {b.kind for b in bars} == {"have", "reaches", "need"}
    styles = {kind: {b.brush.style() for b in bars if b.kind == kind} for kind in ("have",)}
    styles["reaches"] = {b.brush.style() for b in bars if b.kind == "reaches"}
    styles["need"] = {b.brush.style() for b in bars if b.kind == "need"}
    assert all(len(s) == 1 for s in styles.values())
    assert len(set().union(*styles.values())) == 3  # solid, hatched, outline: not colour alone
    assert styles["need"] == {Qt.BrushStyle.NoBrush}


def test_bars_are_as_long_as_the_levels(qtbot, session, person):
    page = make_page(qtbot, session)
    by_kind = {(b.competency, b.kind): b.rect for b in page.chart.bars()}
    risk = next(g for g in session.roadmap().gaps if g.competency == "risk-change")
    assert (risk.have, risk.need, risk.reaches) == (1, 3, 3)
    have, need = by_kind[("risk-change", "have")], by_kind[("risk-change", "need")]
    assert abs(need.width() - 3 * have.width()) < 1
    reaches = by_kind[("risk-change", "reaches")]
    assert abs(reaches.left() - have.right()) < 0.01
    assert abs(reaches.right() - need.right()) < 0.01


def test_the_chart_can_be_grabbed_and_draws_its_labels(qtbot, session, person):
    page = make_page(qtbot, session)
    page.show()
    qtbot.waitExposed(page)
    image = page.chart.grab().toImage()
    assert not image.isNull()
    assert image.height() >= page.chart.minimumSizeHint().height()
    assert len({image.pixel(x, image.height() // 3) for x in range(image.width())}) > 2
    assert "Cloud platforms: you have 0, the track needs 2" in page.chart.accessibleDescription()
    assert value_text(Gap("x", "X", 1, 3, reaches=3)) == "1 → 3  plan 3"
    assert value_text(Gap("x", "X", 3, 2, reaches=3)) == "3 → 2  met"


def test_gaps_are_sorted_largest_first_and_met_ones_last(qtbot, session, person):
    page = make_page(qtbot, session)
    sizes = [g.size for g in page.chart.gaps()]
    assert sizes == sorted(sizes, reverse=True)
    assert "10 of 13 competencies are below" in page.summary.text()


def test_the_side_list_names_the_steps_that_close_each_gap(qtbot, session, person):
    page = make_page(qtbot, session)
    roadmap = session.roadmap()
    titles = {s.id: s.title for s in roadmap.steps}
    tree = page.steps
    assert tree.topLevelItemCount() == len(roadmap.gaps)
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        gap = next(g for g in roadmap.gaps if g.competency == item.data(0, CompetencyRole))
        children = [item.child(i).text(0) for i in range(item.childCount())]
        assert children[: len(gap.steps)] == [titles[s] for s in gap.steps]
    cloud = next(
        tree.topLevelItem(r)
        for r in range(tree.topLevelItemCount())
        if tree.topLevelItem(r).data(0, CompetencyRole) == "cloud-platforms"
    )
    assert cloud.text(1) == "0 → 2  plan 2"
    # A certification's line gives its exam day, not the day its study starts (item 4).
    steps = {s.id: s for s in roadmap.steps}
    first = steps[gap_steps(roadmap, "cloud-platforms")[0]]
    assert first.exam_date is not None
    assert cloud.child(0).text(1) == f"exam {day(first.exam_date)}"

    tree.setCurrentItem(cloud.child(0))
    assert page.chart.current() == "cloud-platforms"
    page.chart.setFocus()
    qtbot.keyClick(page.chart, Qt.Key.Key_Down)
    assert page.chart.current() == page.chart.gaps()[1].competency
    assert tree.currentItem().data(0, CompetencyRole) == page.chart.current()


def test_reloads_when_the_plan_changes(qtbot, session, person):
    page = make_page(qtbot, session)
    assert page.heading.text() == "Gaps for Infrastructure project management"
    profile = session.profile()
    session.save_profile(replace(profile, target_track="software"))
    session.replan()
    assert page.heading.text() == "Gaps for Software project management"
    assert {b.competency for b in page.chart.bars()} == {
        g.competency for g in session.roadmap().gaps
    }


def test_empty_state_without_a_person(qtbot, session):
    page = make_page(qtbot, session)
    assert page.stack.currentWidget() is page.empty
    chart = GapChart()
    qtbot.addWidget(chart)
    assert chart.bars() == []
    assert not chart.grab().isNull()


def gap_steps(roadmap, competency):
    return next(g.steps for g in roadmap.gaps if g.competency == competency)
