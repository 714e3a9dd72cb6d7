"""What a person already has: competency levels from skills and credentials, held items."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from planner.domain.catalog_model import Catalog, Certification
from planner.domain.profile import Profile
from planner.engine.timeline import add_months


@dataclass
class Assessment:
    """The person's starting point resolved against the catalog."""

    levels: dict[str, int]
    evidence: dict[str, list[str]]
    held: dict[str, Certification]
    memberships: set[str]
    warnings: list[str] = field(default_factory=list)

    def level(self, competency: str) -> int:
        return self.levels.get(competency, 0)


def assess(profile: Profile, catalog: Catalog, on: date | None = None) -> Assessment:
    """Resolve skills, credentials and memberships; `on` is the date lapses are judged at."""
    levels = {c.id: 0 for c in catalog.competencies}
    evidence: dict[str, list[str]] = {c.id: [] for c in catalog.competencies}
    warnings: list[str] = []

    def raise_to(comp: str, level: int, why: str) -> None:
        evidence[comp].append(why)
        levels[comp] = max(levels[comp], level)

    for skill in profile.skills:
        comp = catalog.find_competency(skill.name)
        if comp is None:
            warnings.append(
                f"Skill '{skill.name}' is not in the catalog, so it counts toward no competency."
            )
            continue
        raise_to(comp.id, skill.level, f"skill '{skill.name}' at level {skill.level}")

    months = profile.pm_experience_months
    for rule in catalog.experience_rules:
        if months >= rule.months:
            raise_to(rule.competency, rule.level, f"{months} months leading projects")

    held: dict[str, Certification] = {}
    for credential in profile.credentials:
        cert = catalog.find_certification(credential.name)
        if cert is None:
            warnings.append(
                f"Credential '{credential.name}' is not in the catalog; it is kept but not "
                "counted toward any competency."
            )
            continue
        held[cert.id] = cert
        applies = cert.validity_applies_from or "0001-01-01"
        if (
            credential.earned
            and cert.validity_years
            and on
            and credential.earned.isoformat() >= applies
        ):
            lapses = add_months(credential.earned, round(cert.validity_years * 12))
            if lapses < on:
                warnings.append(
                    f"{cert.short_name} (earned {credential.earned}) lapsed on {lapses} unless "
                    f"renewed: {cert.renewal or 'check with the issuer'}"
                )
        for comp, level in cert.raises.items():
            raise_to(comp, level, f"holds {cert.short_name}")

    memberships = set()
    for name in profile.memberships:
        member = catalog.find_membership(name)
        if member is None:
            warnings.append(f"Membership '{name}' is not in the catalog.")
        else:
            memberships.add(member.id)
    return Assessment(levels, evidence, held, memberships, warnings)
