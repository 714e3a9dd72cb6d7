"""Turn a checked country-pack dict into the frozen domain objects."""

from __future__ import annotations

from typing import Any

from planner.domain.catalog_model import CustomStep, Source
from planner.domain.country_pack import (
    Chapter,
    CountryPack,
    CoursePrice,
    CredentialLevel,
    EmployerAsk,
    ExchangeRate,
    LocalCredential,
    MarketNote,
    PackFee,
    ProfessionalBody,
    Standing,
)


def _sources(items: list[dict[str, Any]]) -> tuple[Source, ...]:
    return tuple(Source(s["title"], s["url"], s.get("date", "")) for s in items)


def _fee(d: dict[str, Any]) -> PackFee:
    reported = d.get("reported_range")
    return PackFee(
        amount=d["amount"],
        currency=d["currency"],
        as_of=d["as_of"],
        confidence=d["confidence"],
        sources=_sources(d["sources"]),
        member_amount=d.get("member_amount"),
        member_of=d.get("member_of"),
        includes_tax=d.get("includes_tax"),
        reported_range=(reported[0], reported[1]) if reported else None,
        reported=d.get("reported", ""),
        period=d.get("period", "once"),
        note=d.get("note", ""),
    )


def _body(d: dict[str, Any]) -> ProfessionalBody:
    return ProfessionalBody(
        id=d["id"],
        name=d["name"],
        short_name=d["short_name"],
        kind=d["kind"],
        url=d["url"],
        how_to_join=d["how_to_join"],
        dues=_fee(d["dues"]),
        sources=_sources(d["sources"]),
        confidence=d["confidence"],
        benefits=tuple(d.get("benefits", ())),
    )


def _credential(d: dict[str, Any]) -> LocalCredential:
    s = d["standing"]
    levels = tuple(
        CredentialLevel(
            id=lv["id"],
            name=lv["name"],
            prerequisites=lv["prerequisites"],
            fee=_fee(lv["fee"]),
            catalog_id=lv.get("catalog_id"),
            note=lv.get("note", ""),
        )
        for lv in d["levels"]
    )
    return LocalCredential(
        id=d["id"],
        name=d["name"],
        issuer=d["issuer"],
        url=d["url"],
        levels=levels,
        standing=Standing(s["rank"], s["text"], s["confidence"], _sources(s["sources"])),
        sources=_sources(d["sources"]),
        confidence=d["confidence"],
        notes=tuple(d.get("notes", ())),
    )


def _chapter(d: dict[str, Any]) -> Chapter:
    return Chapter(
        id=d["id"],
        name=d["name"],
        body=d["body"],
        regions=tuple(d["regions"]),
        subdivisions=tuple(d["subdivisions"]),
        url=d["url"],
        sources=_sources(d["sources"]),
        confidence=d["confidence"],
        note=d.get("note", ""),
    )


def _rate(d: dict[str, Any]) -> ExchangeRate:
    return ExchangeRate(
        currency=d["currency"],
        units_per_usd=d["units_per_usd"],
        date=d["date"],
        confidence=d["confidence"],
        sources=_sources(d["sources"]),
        note=d.get("note", ""),
    )


def _step(s: dict[str, Any]) -> CustomStep:
    return CustomStep(
        id=s["id"],
        title=s["title"],
        kind=s.get("kind", "education"),
        hours=float(s["hours"]),
        cost=None if s.get("cost") is None else float(s["cost"]),
        currency=s.get("currency", "USD"),
        description=s.get("description", ""),
    )


def build_pack(d: dict[str, Any]) -> CountryPack:
    return CountryPack(
        country=d["country"],
        name=d["name"],
        currency=d["currency"],
        paper_size=d["paper_size"],
        pack_version=d["pack_version"],
        compiled_on=d["compiled_on"],
        exchange_rates=tuple(_rate(r) for r in d["exchange_rates"]),
        bodies=tuple(_body(b) for b in d["professional_bodies"]),
        credentials=tuple(_credential(c) for c in d["credentials"]),
        chapters=tuple(_chapter(c) for c in d["chapters"]),
        course_prices=tuple(
            CoursePrice(c["id"], c["credential"], c["what"], _fee(c["fee"]))
            for c in d["course_prices"]
        ),
        employer_asks=tuple(
            EmployerAsk(
                id=a["id"],
                certifications=tuple(a["certifications"]),
                text=a["text"],
                sources=_sources(a["sources"]),
                confidence=a["confidence"],
                sectors=tuple(a.get("sectors", ())),
            )
            for a in d["employer_asks"]
        ),
        market_notes=tuple(
            MarketNote(
                id=n["id"],
                text=n["text"],
                sources=_sources(n["sources"]),
                confidence=n["confidence"],
                tracks=tuple(n.get("tracks", ())),
            )
            for n in d["market_notes"]
        ),
        steps=tuple(_step(s) for s in d.get("steps", ())),
    )
