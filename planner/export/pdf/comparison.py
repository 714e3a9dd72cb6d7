"""Infrastructure vs software (and hybrid) project management side by side, with your fit."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from planner.domain.messages import _
from planner.domain.places import in_country, opening
from planner.export.pdf import styles as st
from planner.export.pdf.blocks import Layout, heading

ORDER = ("infrastructure", "software", "hybrid")


def comparison_section(layout: Layout) -> list[Flowable]:
    r, s, catalog = layout.roadmap, layout.styles, layout.catalog
    tracks = sorted(
        catalog.tracks, key=lambda t: ORDER.index(t.id) if t.id in ORDER else len(ORDER)
    )
    story: list[Flowable] = [
        heading(
            layout,
            _("Infrastructure vs software project management"),
            key="comparison",
        ),
        layout.p(
            _(
                "How the tracks differ in daily work, and how well each fits you. Occupation "
                "codes are from O*NET."
            ),
            s.lead,
        ),
    ]
    fits = {f.track: f for f in r.fits}
    cell, bold = s.small_cell, s.small_cell_bold
    head = [layout.p("", s.cell_head)]
    for track in tracks:
        title = track.short_name + ("\n" + _("(your target)") if track.id == r.track else "")
        head.append(layout.p(title, s.cell_head, lines=True))
    rows = [head]
    rows.append([layout.p(_("In short"), bold)] + [layout.p(t.summary, cell) for t in tracks])
    labels = dict(catalog.aspect_labels)
    for key in dict.fromkeys([*labels, *(k for t in tracks for k in t.aspects)]):
        label = labels.get(key, key.replace("_", " ").capitalize())
        rows.append(
            [layout.p(label, bold)] + [layout.p(t.aspects.get(key, "\u2014"), cell) for t in tracks]
        )
    rows.append(
        [layout.p(_("Your fit"), bold)]
        + [layout.p(f"{fits[t.id].score}/100" if t.id in fits else "\u2014", bold) for t in tracks]
    )
    rows.append(
        [layout.p("O*NET-SOC", bold)]
        + [layout.p(", ".join(t.onet_codes) or "\u2014", cell) for t in tracks]
    )
    label_w = 30 * mm
    col = (layout.width - label_w) / max(1, len(tracks))
    table = Table(rows, colWidths=[label_w] + [col] * len(tracks), repeatRows=1)
    style = st.grid_table()
    for i, track in enumerate(tracks, 1):
        if track.id == r.track:
            style.add("LINEABOVE", (i, 0), (i, 0), 2.5, st.ACCENT)
            style.add("LINEBEFORE", (i, 0), (i, -1), 0.6, st.ACCENT)
            style.add("LINEAFTER", (i, 0), (i, -1), 0.6, st.ACCENT)
    table.setStyle(style)
    story.append(table)
    if r.country_notes:  # what differs in the person's country (its pack's market notes)
        where = in_country(r.summary.country, r.summary.country_name or "")
        story.append(layout.p(f"{opening(where)}: " + " ".join(r.country_notes), s.body))
    return story
