"""Sources: where the plan's facts come from, and the O*NET attribution (printed once, here)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from planner.catalog.onet import ONET_ATTRIBUTION
from planner.domain.messages import _
from planner.export.pdf.blocks import Layout, heading


def sources_section(layout: Layout) -> list[Flowable]:
    r, s = layout.roadmap, layout.styles
    cited = sum(len(step.sources) + len(step.study) for step in r.steps)
    catalog = (
        " (" + _("catalog {version}", version=r.catalog_version) + ")" if r.catalog_version else ""
    )
    story: list[Flowable] = [
        heading(layout, _("Sources"), key="sources"),
        layout.p(
            _(
                "Prices, exam rules and study material{catalog}: each step names its sources "
                "with the date they were read ({cited} in this plan); the budget section "
                "explains the confidence letters.",
                catalog=catalog,
                cited=cited,
            ),
            s.body,
        ),
        layout.p(
            _(
                "Occupation data: the track comparison's O*NET-SOC codes and the niches' "
                "technologies come from O*NET."
            ),
            s.body,
        ),
        layout.p(ONET_ATTRIBUTION, s.small),
    ]
    return story
