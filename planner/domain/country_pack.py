"""A country pack: one country's bodies, credentials, chapters, local prices and exchange rates."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import field

from planner.domain.catalog_model import CustomStep, Source
from planner.domain.records import record


@record
class PackFee:
    """A sourced price; amount None means unverified ("check with issuer")."""

    amount: float | None
    currency: str
    as_of: str
    confidence: str
    sources: tuple[Source, ...]
    member_amount: float | None = None
    member_of: str | None = None
    includes_tax: bool | None = None
    reported_range: tuple[float, float] | None = None
    reported: str = ""
    period: str = "once"
    note: str = ""

    @property
    def verified(self) -> bool:
        return self.amount is not None


@record
class ExchangeRate:
    """How many units of currency one US dollar bought on date, and where that figure is from."""

    currency: str
    units_per_usd: float
    date: str
    confidence: str
    sources: tuple[Source, ...]
    note: str = ""


@record
class Standing:
    """How employers in the country rank a credential: widely-asked, valued or niche."""

    rank: str
    text: str
    confidence: str
    sources: tuple[Source, ...]


@record
class ProfessionalBody:
    """A country's professional body: how to join it and its dues."""

    id: str
    name: str
    short_name: str
    kind: str
    url: str | None
    how_to_join: str
    dues: PackFee
    sources: tuple[Source, ...]
    confidence: str
    benefits: tuple[str, ...] = ()


@record
class CredentialLevel:
    """One level of a local credential, with its prerequisites and fee."""

    id: str
    name: str
    prerequisites: str
    fee: PackFee
    catalog_id: str | None = None
    note: str = ""


@record
class LocalCredential:
    """A credential issued in one country, its levels and standing."""

    id: str
    name: str
    issuer: str
    url: str
    levels: tuple[CredentialLevel, ...]
    standing: Standing
    sources: tuple[Source, ...]
    confidence: str
    notes: tuple[str, ...] = ()


@record
class Chapter:
    """A local chapter or branch; subdivisions are ISO 3166-2 codes (empty = whole country)."""

    id: str
    name: str
    body: str
    regions: tuple[str, ...]
    subdivisions: tuple[str, ...]
    url: str | None
    sources: tuple[Source, ...]
    confidence: str
    note: str = ""


@record
class CoursePrice:
    """A local price for a preparation course for a credential."""

    id: str
    credential: str
    what: str
    fee: PackFee


@record
class EmployerAsk:
    """What local employers ask for, with sources."""

    id: str
    certifications: tuple[str, ...]
    text: str
    sources: tuple[Source, ...]
    confidence: str
    sectors: tuple[str, ...] = ()


@record
class MarketNote:
    """A sourced note on the local job market."""

    id: str
    text: str
    sources: tuple[Source, ...]
    confidence: str
    tracks: tuple[str, ...] = ()


@record
class CountryPack:
    """One country's bodies, credentials, prices, rates and market notes."""

    country: str
    name: str
    currency: str
    paper_size: str
    pack_version: str
    compiled_on: str
    exchange_rates: tuple[ExchangeRate, ...] = ()
    bodies: tuple[ProfessionalBody, ...] = ()
    credentials: tuple[LocalCredential, ...] = ()
    chapters: tuple[Chapter, ...] = ()
    course_prices: tuple[CoursePrice, ...] = ()
    employer_asks: tuple[EmployerAsk, ...] = ()
    market_notes: tuple[MarketNote, ...] = ()
    # The coach's own steps for people in this country, shaped like `coach step` steps.
    steps: tuple[CustomStep, ...] = ()
    rate_by_currency: dict[str, ExchangeRate] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rate_by_currency", {r.currency: r for r in self.exchange_rates})

    def fees(self) -> Iterator[tuple[str, PackFee]]:
        """Every price in the pack with a dotted label saying where it sits."""
        for body in self.bodies:
            yield f"professional_bodies.{body.id}.dues", body.dues
        for cred in self.credentials:
            for level in cred.levels:
                yield f"credentials.{cred.id}.levels.{level.id}.fee", level.fee
        for course in self.course_prices:
            yield f"course_prices.{course.id}.fee", course.fee

    def levels(self) -> Iterator[CredentialLevel]:
        for cred in self.credentials:
            yield from cred.levels

    def chapters_for(self, subdivision: str | None) -> tuple[Chapter, ...]:
        """Chapters serving an ISO 3166-2 subdivision, then those serving the whole country."""
        local = [c for c in self.chapters if subdivision and subdivision in c.subdivisions]
        national = [c for c in self.chapters if not c.subdivisions]
        return tuple(local + national)
