"""The chosen niche (or the closest suggestions): what it is, what it asks for, where from."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from planner.domain.catalog_model import Niche
from planner.domain.messages import _
from planner.domain.profile import Profile
from planner.export.pdf.blocks import Layout, field_table, heading

LABEL_WIDTH = 34 * mm


def _niche_block(layout: Layout, niche: Niche, key: str) -> list[Flowable]:
    s, catalog = layout.styles, layout.catalog
    rows = [(_("What"), layout.p(niche.description, s.cell))]
    comps = [
        catalog.competency_by_id[c].name if c in catalog.competency_by_id else c
        for c in niche.competencies
    ]
    if comps:
        rows.append((_("Competencies"), layout.p(", ".join(comps), s.cell)))
    certs = [
        catalog.cert_by_id[c].short_name if c in catalog.cert_by_id else c
        for c in niche.certifications
    ]
    if certs:
        rows.append((_("Certifications"), layout.p(", ".join(certs), s.cell)))
    if niche.hot_technologies:
        rows.append((_("Technologies"), layout.p(", ".join(niche.hot_technologies), s.cell)))
    if niche.keywords:
        rows.append((_("Job-ad words"), layout.p(", ".join(niche.keywords), s.cell)))
    if niche.basis_note:
        rows.append((_("Basis"), layout.p(niche.basis_note, s.cell)))
    for i, source in enumerate(niche.sources):
        label = _("Source") if len(niche.sources) == 1 else _("Source {n}", n=i + 1)
        rows.append((label, layout.m(layout.kit.link(source.title, source.url), s.cell)))
    title = heading(layout, niche.name, key=key, level=1, style=s.h2)
    return [KeepTogether([title, field_table(layout, rows, LABEL_WIDTH)])]


def niche_section(layout: Layout, profile: Profile | None) -> list[Flowable]:
    r, s, catalog = layout.roadmap, layout.styles, layout.catalog
    story: list[Flowable] = [heading(layout, _("Niche"), key="niche")]
    chosen = catalog.niche_by_id.get(profile.niche) if profile and profile.niche else None
    if chosen is not None:
        story.append(
            layout.p(
                _(
                    "The niche you chose: specialising in work local employers need is the first "
                    "piece of advice from practitioners. It shapes which technical certifications "
                    "this plan suggests."
                ),
                s.lead,
            )
        )
        story += _niche_block(layout, chosen, "niche-chosen")
        return story
    by_name = {n.name: n for n in catalog.niches}
    suggested = [by_name[name] for name in r.niche_suggestions if name in by_name]
    if suggested:
        story.append(
            layout.p(
                _(
                    "No niche chosen yet. From your skills these are the closest fits; check them "
                    "against current job ads near you, then choose one (the first step of the "
                    "plan)."
                ),
                s.lead,
            )
        )
        for i, niche in enumerate(suggested, 1):
            story += _niche_block(layout, niche, f"niche-{i}")
            story.append(Spacer(1, 3 * mm))
    else:
        story.append(
            layout.p(
                _(
                    "No niche chosen yet. Specialise in work local employers need: paste a few "
                    "local job ads into the niche finder to see which niches they ask for."
                ),
                s.lead,
            )
        )
    return story
