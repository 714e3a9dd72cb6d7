"""The gap chart: for each competency, the level held, the level the plan reaches, the need."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect
from reportlab.lib.units import mm

from planner.domain.messages import _
from planner.domain.roadmap import Gap
from planner.export.pdf import styles as st
from planner.export.pdf.graphics import Look, Pen, canvas_for, patterned_rect
from planner.export.pdf.text import TextKit

MAX_LEVEL = 4
ROW = 12.5
BAR = 8.0
LABEL_SIZE = 8.0
AXIS_SIZE = 7.0
HEAD = 26.0
LEGEND = 22.0
RAISED = Look(st.WHITE, "diag", st.ACCENT)


def level_words(labels: Mapping[str, str]) -> list[str]:
    """'Aware: knows the vocabulary' -> 'Aware'; levels 0..4."""
    words = []
    for level in range(MAX_LEVEL + 1):
        label = labels.get(str(level), str(level))
        words.append(label.split(":")[0].strip() or str(level))
    return words


def gap_chart(
    gaps: Sequence[Gap], width: float, kit: TextKit, level_labels: Mapping[str, str]
) -> Drawing:
    """Horizontal bars: solid = have, hatched = what the plan adds, outline + tick = need.

    Three encodings that differ in shape as well as tone, so the chart reads in greyscale;
    the numbers are printed beside each row too.
    """
    fonts = kit.fonts
    label_w = min(62 * mm, width * 0.36)
    header = _("have \u2192 need")
    # The column of numbers is as wide as its header ("vorhanden → nötig" is twice "have →
    # need"), so the highest level's label never runs into it.
    header_w = Pen(Group(), kit).write(
        0, 0, header, font=fonts.bold, size=AXIS_SIZE, colour=st.MUTED
    )
    value_w = max(24 * mm, header_w + 8)
    x0 = label_w + 4
    chart_w = width - x0 - value_w
    height = HEAD + ROW * len(gaps) + LEGEND
    pen = canvas_for(width, height, kit)
    group = pen.group

    def at(level: float) -> float:
        return x0 + chart_w * level / MAX_LEVEL

    top = height - HEAD
    words = level_words(level_labels)
    for level in range(MAX_LEVEL + 1):
        x = at(level)
        group.add(Line(x, LEGEND, x, top + 4, strokeColor=st.RULE, strokeWidth=0.5))
        anchor = "start" if level == 0 else "end" if level == MAX_LEVEL else "middle"
        pen.write(
            x,
            top + 8,
            f"{level} {words[level]}",
            font=fonts.regular,
            size=AXIS_SIZE,
            colour=st.MUTED,
            anchor=anchor,
        )
    pen.write(
        width,
        top + 8,
        header,
        font=fonts.bold,
        size=AXIS_SIZE,
        colour=st.MUTED,
        anchor="end",
    )

    for i, gap in enumerate(gaps):
        y = top - (i + 1) * ROW + (ROW - BAR) / 2
        pen.write(
            0,
            y + 1.5,
            gap.name,
            font=fonts.regular,
            size=LABEL_SIZE,
            colour=st.INK,
            width=label_w - 2,
        )
        need, have = max(0, gap.need), max(0, gap.have)
        reaches = max(have, gap.reaches if gap.reaches is not None else have)
        if need:
            _need_box(group, at(0), y, at(need) - at(0))
        if reaches > have:
            patterned_rect(group, (at(have), y, at(reaches) - at(have), BAR), RAISED)
        if have:
            group.add(Rect(at(0), y, at(have) - at(0), BAR, fillColor=st.PRIMARY, strokeColor=None))
        if need:
            _need_tick(group, at(need), y)
        weight = fonts.bold if gap.size else fonts.regular
        pen.write(
            width,
            y + 1.5,
            f"{gap.have} \u2192 {gap.need}",
            font=weight,
            size=LABEL_SIZE,
            colour=st.INK,
            anchor="end",
        )
    _legend(pen)
    assert pen.drawing is not None
    return pen.drawing


def _need_box(group: Group, x: float, y: float, w: float) -> None:
    group.add(
        Rect(x, y - 1.5, w, BAR + 3, fillColor=st.WHITE, strokeColor=st.PRIMARY, strokeWidth=0.9)
    )


def _need_tick(group: Group, x: float, y: float) -> None:
    group.add(Line(x, y - 3.5, x, y + BAR + 3.5, strokeColor=st.INK, strokeWidth=1.6))


def _legend(pen: Pen) -> None:
    """The three encodings, in words as well as marks."""
    group, regular = pen.group, pen.kit.fonts.regular
    y, x = 4.0, 0.0
    group.add(Rect(x, y, 14, 7, fillColor=st.PRIMARY, strokeColor=None))
    x += 18
    x += pen.write(x, y + 1, _("level you have"), font=regular, size=AXIS_SIZE, colour=st.INK) + 14
    patterned_rect(group, (x, y, 14, 7), RAISED)
    x += 18
    x += pen.write(x, y + 1, _("raised by this plan"), font=regular, size=AXIS_SIZE, colour=st.INK)
    x += 14
    group.add(Rect(x, y - 1.5, 14, 10, fillColor=st.WHITE, strokeColor=st.PRIMARY, strokeWidth=0.9))
    _need_tick(group, x + 14, y + 1.5 - BAR / 2 + 2)
    pen.write(
        x + 20, y + 1, _("level the track needs"), font=regular, size=AXIS_SIZE, colour=st.INK
    )
