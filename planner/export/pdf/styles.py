"""The printed plan's palette, type scale and table looks: one place to change the design."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from planner.domain.records import record
from planner.export.pdf.fonts import REGULAR, FontFamily

# Colours keep distinct lightness so they stay apart in greyscale; meaning never rests on hue.
WARN_HEX = "#9B2C2C"
MUTED_HEX = "#5F6B7A"
INK = colors.HexColor("#1B1F24")
PRIMARY = colors.HexColor("#1F3B5B")
ACCENT = colors.HexColor("#2E7D6B")
ACCENT_DARK = colors.HexColor("#1D5145")  # the accent as text: dark enough on a light tint
ACCENT_TINT = colors.HexColor("#E2F0EC")  # the accent, faint: shading under chart bars
MUTED = colors.HexColor(MUTED_HEX)
RULE = colors.HexColor("#C9D0D8")
SOFT = colors.HexColor("#F1F4F7")
TINT = colors.HexColor("#DCE5EE")
WARN = colors.HexColor(WARN_HEX)
WHITE = colors.white

MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
# A long word (URL) that does not fit the rest of a line is broken rather than moved on when
# moving it would leave more than this share of the line empty.
URI_WASTE = 0.3


@record
class Styles:
    kicker: ParagraphStyle
    cover_name: ParagraphStyle
    cover_line: ParagraphStyle
    cover_small: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    small_cell: ParagraphStyle
    small_cell_bold: ParagraphStyle
    label: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    step_title: ParagraphStyle
    step_meta: ParagraphStyle
    done: ParagraphStyle
    done_bold: ParagraphStyle
    continued: ParagraphStyle


def make_styles(fonts: FontFamily) -> Styles:
    regular, bold = fonts.regular, fonts.bold

    def style(name: str, **kw: object) -> ParagraphStyle:
        # uriWasteReduce: long words (URLs) break at sensible points, see breaks.py
        base = {
            "fontName": regular,
            "fontSize": 9.5,
            "leading": 13.5,
            "textColor": INK,
            "uriWasteReduce": URI_WASTE,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)  # type: ignore[arg-type]

    return Styles(
        kicker=style("kicker", fontName=bold, fontSize=10, leading=14, textColor=ACCENT),
        cover_name=style("cover_name", fontName=bold, fontSize=30, leading=36, textColor=PRIMARY),
        cover_line=style("cover_line", fontSize=14, leading=20, textColor=INK),
        cover_small=style("cover_small", fontSize=10, leading=14.5, textColor=MUTED),
        h1=style(
            "h1",
            fontName=bold,
            fontSize=20,
            leading=25,
            textColor=PRIMARY,
            spaceAfter=4 * mm,
            keepWithNext=1,
        ),
        h2=style(
            "h2",
            fontName=bold,
            fontSize=12.5,
            leading=16,
            textColor=PRIMARY,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
            keepWithNext=1,
        ),
        h3=style(
            "h3",
            fontName=bold,
            fontSize=10,
            leading=13,
            textColor=PRIMARY,
            spaceBefore=3 * mm,
            spaceAfter=1 * mm,
            keepWithNext=1,
        ),
        body=style("body", spaceAfter=2 * mm),
        lead=style("lead", fontSize=10.5, leading=15, spaceAfter=3 * mm, textColor=INK),
        small=style("small", fontSize=8, leading=10.5, textColor=MUTED),
        note=style("note", fontSize=9.5, leading=13.5, spaceAfter=2.5 * mm),
        cell=style("cell", fontSize=8.5, leading=11),
        cell_bold=style("cell_bold", fontName=bold, fontSize=8.5, leading=11),
        cell_right=style("cell_right", fontSize=8.5, leading=11, alignment=TA_RIGHT),
        cell_head=style("cell_head", fontName=bold, fontSize=8, leading=10, textColor=PRIMARY),
        small_cell=style("small_cell", fontSize=8, leading=10.2),
        small_cell_bold=style("small_cell_bold", fontName=bold, fontSize=8, leading=10.2),
        label=style("label", fontName=bold, fontSize=7.5, leading=10, textColor=MUTED),
        figure=style("figure", fontName=bold, fontSize=14, leading=18, textColor=PRIMARY),
        figure_label=style("figure_label", fontSize=8, leading=10.5, textColor=MUTED),
        step_title=style(
            "step_title",
            fontName=bold,
            fontSize=11.5,
            leading=14.5,
            textColor=INK,
            alignment=TA_LEFT,
        ),
        step_meta=style("step_meta", fontSize=8.5, leading=11, textColor=MUTED),
        continued=style(
            "continued",
            fontName=bold,
            fontSize=10,
            leading=13,
            textColor=PRIMARY,
            spaceAfter=1.5 * mm,
            keepWithNext=1,
        ),
        done=style("done", fontSize=8.5, leading=14.5, alignment=TA_RIGHT),
        done_bold=style("done_bold", fontName=bold, fontSize=8.5, leading=14.5, alignment=TA_RIGHT),
    )


def table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose cells default to the shipped font (reportlab's default: Helvetica).

    Even an empty string cell sets the cell font, which would leave an unembedded standard
    font in the file.
    """
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def grid_table(header_rows: int = 1, zebra: bool = True, *, tight: bool = False) -> TableStyle:
    """Rules between rows, a tinted header, light banding: legible on a mono printer too.

    tight: less room above and below each row, for long tables that should keep to a page.
    """
    pad = 2 if tight else 3
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), TINT),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, PRIMARY),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [WHITE, SOFT]))
    return table_style(commands)
