"""What a person already has: competency levels from skills and credentials, held items."""

from __future__ import annotations

from dataclasses import field
from datetime import date

from planner.domain.catalog_model import Catalog, Certification
from planner.domain.messages import _
from planner.domain.profile import Profile
from planner.domain.records import record
from planner.engine.validity import EXPIRED, SUSPENDED, CredentialStatus, half_credit, status_of
from planner.i18n.format import day


@record
class Assessment:
    """The person's starting point resolved against the catalog: the first stage's value."""

    levels: dict[str, int]
    evidence: dict[str, list[str]]
    held: dict[str, Certification]
    memberships: set[str]
    warnings: list[str] = field(default_factory=list)
    expired: dict[str, CredentialStatus] = field(default_factory=dict)
    suspended: dict[str, CredentialStatus] = field(default_factory=dict)

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
                _(
                    "Skill '{skill}' is not in the catalog, so it counts toward no competency.",
                    skill=skill.name,
                )
            )
            continue
        raise_to(
            comp.id,
            skill.level,
            _("skill '{skill}' at level {level}", skill=skill.name, level=skill.level),
        )

    months = profile.pm_experience_months
    for rule in catalog.experience_rules:
        if months >= rule.months:
            raise_to(
                rule.competency, rule.level, _("{months} months leading projects", months=months)
            )

    held: dict[str, Certification] = {}
    expired: dict[str, CredentialStatus] = {}
    suspended: dict[str, CredentialStatus] = {}
    for credential in profile.credentials:
        cert = catalog.find_certification(credential.name)
        if cert is None:
            warnings.append(
                _(
                    "Credential '{credential}' is not in the catalog; it is kept but not counted "
                    "toward any competency.",
                    credential=credential.name,
                )
            )
            continue
        status = status_of(cert, credential.earned, on) if on else None
        if status and status.state == EXPIRED and cert.id not in held:
            expired[cert.id] = status
            warnings.append(
                _(
                    "{cert} (earned {earned}) expired on {day} unless you renewed it: it no longer "
                    "counts as held and gives half credit toward its skills. Add the date of your "
                    "latest renewal if you renewed it.",
                    cert=cert.short_name,
                    earned=day(credential.earned),
                    day=day(status.lapses_on),
                )
            )
            for raised, level in cert.raises.items():
                raise_to(
                    raised,
                    half_credit(level),
                    _("held {cert} (expired): half credit", cert=cert.short_name),
                )
            continue
        expired.pop(cert.id, None)
        held[cert.id] = cert
        if status and status.state == SUSPENDED:
            suspended[cert.id] = status
            warnings.append(
                _(
                    "{cert} (earned {earned}) is in its grace period since {day}: renew it by "
                    "{renew_by} or it expires and needs a new exam.",
                    cert=cert.short_name,
                    earned=day(credential.earned),
                    day=day(status.lapses_on),
                    renew_by=day(status.renew_by),
                )
            )
        for raised, level in cert.raises.items():
            raise_to(raised, level, _("holds {cert}", cert=cert.short_name))

    memberships = set()
    for name in profile.memberships:
        member = catalog.find_membership(name)
        if member is None:
            warnings.append(_("Membership '{name}' is not in the catalog.", name=name))
        else:
            memberships.add(member.id)
    return Assessment(levels, evidence, held, memberships, warnings, expired, suspended)
