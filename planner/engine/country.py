"""Which country a plan is for, its pack, and how employers there rank each PM route."""

from __future__ import annotations

from dataclasses import field

from planner.domain.catalog_model import Catalog
from planner.domain.country_pack import Chapter, CountryPack, LocalCredential
from planner.domain.places import guess_region, in_country
from planner.domain.profile import Profile
from planner.domain.records import record

CATALOG_CURRENCY = "USD"  # the catalog's own prices; the US pack mirrors them
PMI_CREDENTIALS = "pmi-credentials"  # the pack id that holds PMI's CAPM and PMP
RANKS = ("widely-asked", "valued", "niche")
# Words in a pack's employer sectors that match a track's employers.
TRACK_SECTORS = {
    "infrastructure": (
        "infrastructure", "government", "public", "construction", "engineering", "defence",
        "nhs", "utilities", "transport", "energy",
    ),
    "software": ("software", "digital", "technology", "it ", "agile"),
    "hybrid": ("infrastructure", "government", "public", "software", "digital", "technology"),
}  # fmt: skip


@record
class CountryContext:
    """The person's country (given or guessed), its pack when one ships, and the region part."""

    code: str | None
    pack: CountryPack | None
    subdivision: str | None = None
    guessed: bool = False
    chapters: tuple[Chapter, ...] = field(default=())

    @property
    def name(self) -> str:
        return self.pack.name if self.pack else (self.code or "")

    @property
    def in_name(self) -> str:
        """'in the United Kingdom' in the active language: the whole phrase, article and all."""
        return in_country(self.code, self.name)

    @property
    def local(self) -> bool:
        """A pack whose advice differs from the catalog's US content."""
        return self.pack is not None and self.pack.country != "US"

    def credential(self, ident: str) -> LocalCredential | None:
        if self.pack is None:
            return None
        return next((c for c in self.pack.credentials if c.id == ident), None)

    def rank(self, credential: LocalCredential) -> int:
        return RANKS.index(credential.standing.rank) if credential.standing.rank in RANKS else 3

    def pmi_widely_asked(self) -> bool:
        pmi = self.credential(PMI_CREDENTIALS)
        return pmi is None or pmi.standing.rank == "widely-asked"

    def track_asks(self, credential: LocalCredential, track: str) -> int:
        """Employer asks naming credential's levels: 2 each in the track's sectors, else 1."""
        if self.pack is None:
            return 0
        levels = {lv.id for lv in credential.levels} | {
            lv.catalog_id for lv in credential.levels if lv.catalog_id
        }
        words = TRACK_SECTORS.get(track, ())
        count = 0
        for ask in self.pack.employer_asks:
            if not levels & set(ask.certifications):
                continue
            sectors = " ".join(ask.sectors).casefold() + " " + ask.text.casefold()
            count += 1 + any(w in sectors for w in words)
        return count

    def sector_asks(self, credential: LocalCredential, track: str) -> bool:
        """Whether employers in the track's sectors ask for credential (an ask counted 2)."""
        if self.pack is None:
            return False
        levels = {lv.id for lv in credential.levels} | {
            lv.catalog_id for lv in credential.levels if lv.catalog_id
        }
        asks = sum(1 for a in self.pack.employer_asks if levels & set(a.certifications))
        return self.track_asks(credential, track) > asks

    def local_routes(self, track: str) -> list[LocalCredential]:
        """Non-PMI credentials employers ask for, best first (rank, track asks, catalog entry)."""
        if self.pack is None or not self.local:
            return []
        found = [c for c in self.pack.credentials if c.id != PMI_CREDENTIALS]
        return sorted(
            found,
            key=lambda c: (
                self.rank(c),
                -self.track_asks(c, track),
                not any(lv.catalog_id for lv in c.levels),
                self.pack.credentials.index(c),  # type: ignore[union-attr]
            ),
        )


def resolve_country(profile: Profile, catalog: Catalog) -> CountryContext:
    """The profile's country, else the one its region clearly names; with chapters there."""
    region = guess_region(profile.region)
    code, guessed = profile.country, False
    if code is None and region.country is not None:
        code, guessed = region.country, True
    subdivision = region.subdivision if region.country == code else None
    pack = catalog.countries.get(code) if code else None
    chapters = pack.chapters_for(subdivision) if pack else ()
    return CountryContext(code, pack, subdivision, guessed, chapters)
