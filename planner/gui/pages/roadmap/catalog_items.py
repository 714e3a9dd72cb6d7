"""What the catalog picker lists: each certification or activity with its cost, hours, why
it would help this person (the gaps it closes) and its sources. No Qt."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from PySide6.QtCore import QCoreApplication

from planner.domain.catalog_model import Catalog, Certification
from planner.domain.records import record
from planner.domain.roadmap import Gap
from planner.gui.widgets.step_style import kind_label, money, price_basis


@record
class CatalogItem:
    id: str
    kind: str  # a step kind: certification, education, networking ...
    name: str
    cost: float | None  # None: check with the issuer
    currency: str
    cost_detail: str  # as of, confidence, member price, note
    hours: float | None
    description: str
    why: str  # the gaps it closes for this person, or why it may still be worth it
    prerequisites: str = ""
    sources: tuple[tuple[str, str], ...] = ()
    words: str = ""  # everything the search looks in, folded

    @property
    def cost_text(self) -> str:
        return money(self.cost, self.currency)

    @property
    def kind_text(self) -> str:
        return kind_label(self.kind)


def why_text(raises: Mapping[str, int], gaps: Mapping[str, Gap], catalog: Catalog) -> str:
    """'Closes your gap in Networking (you have 1, the track needs 2).' or what it raises."""
    translate = QCoreApplication.translate
    closes, raises_other = [], []
    for competency, level in raises.items():
        found = catalog.competency_by_id.get(competency)
        name = found.name if found else competency
        gap = gaps.get(competency)
        if gap is not None and gap.size and level > gap.have:
            closes.append(
                translate("CatalogItems", "%1 (you have %2, the track needs %3)")
                .replace("%3", str(gap.need))
                .replace("%2", str(gap.have))
                .replace("%1", name)
            )
        else:
            raises_other.append(
                translate("CatalogItems", "%1 to %2").replace("%2", str(level)).replace("%1", name)
            )
    parts = []
    if closes:
        parts.append(
            translate("CatalogItems", "Closes your gaps in %1.").replace("%1", "; ".join(closes))
        )
    if raises_other:
        lead = (
            translate("CatalogItems", "Also raises %1 (no gap of yours there).")
            if closes
            else translate("CatalogItems", "Raises %1 (no gap of yours there).")
        )
        parts.append(lead.replace("%1", ", ".join(raises_other)))
    return " ".join(parts) or translate("CatalogItems", "Raises no competency the planner tracks.")


def _cert_item(cert: Certification, gaps: Mapping[str, Gap], catalog: Catalog) -> CatalogItem:
    fee = cert.fee
    detail = price_basis(fee.as_of, fee.confidence)
    if fee.member_amount is not None and fee.member_of:
        detail.append(
            QCoreApplication.translate("CatalogItems", "%1 for %2 members")
            .replace("%2", fee.member_of)
            .replace("%1", money(fee.member_amount, fee.currency))
        )
    if fee.note:
        detail.append(fee.note)
    # An unverified price is never shown as a figure (the plan's rule): check with the issuer.
    cost = None if fee.confidence == "U" else fee.amount
    description = " ".join(
        part
        for part in (
            QCoreApplication.translate("CatalogItems", "%1, %2 level.")
            .replace("%2", cert.level)
            .replace("%1", cert.issuer),
            QCoreApplication.translate("CatalogItems", "Exam %1.").replace(
                "%1", ", ".join(cert.exam_codes)
            )
            if cert.exam_codes
            else "",
            *cert.notes,
        )
        if part
    )
    return CatalogItem(
        id=cert.id,
        kind="certification",
        name=cert.name,
        cost=cost,
        currency=fee.currency,
        cost_detail=" · ".join(detail),
        hours=cert.study_hours.hours,
        description=description,
        why=why_text(cert.raises, gaps, catalog),
        prerequisites=cert.prerequisites.text,
        sources=tuple((s.title, s.url) for s in cert.sources),
        words=" ".join((cert.name, cert.short_name, *cert.aliases, description)).casefold(),
    )


def catalog_items(
    catalog: Catalog, gaps: Collection[Gap], leave_out: Collection[str]
) -> list[CatalogItem]:
    """Current certifications and activities not in leave_out (planned or held), by name."""
    by_competency = {g.competency: g for g in gaps}
    items = [
        _cert_item(cert, by_competency, catalog)
        for cert in catalog.certifications
        if cert.status != "retired" and cert.id not in leave_out
    ]
    for activity in catalog.activities:
        if activity.id in leave_out:
            continue
        items.append(
            CatalogItem(
                id=activity.id,
                kind=activity.kind,
                name=activity.title,
                cost=activity.cost,
                currency=activity.currency,
                cost_detail=activity.cost_note,
                hours=activity.hours,
                description=activity.description,
                why=why_text(activity.raises, by_competency, catalog),
                words=f"{activity.title} {activity.description}".casefold(),
            )
        )
    return sorted(items, key=lambda i: i.name.casefold())
