"""Whether a held credential is current, in an issuer's grace period, expired or good for life."""

from __future__ import annotations

from datetime import date

from planner.domain.catalog_model import Certification
from planner.domain.records import record
from planner.engine.timeline import add_months

ACTIVE, LIFETIME, SUSPENDED, EXPIRED = "active", "lifetime", "suspended", "expired"


@record
class CredentialStatus:
    cert: Certification
    earned: date | None
    state: str
    lapses_on: date | None = None  # end of the validity cycle
    renew_by: date | None = None  # end of the issuer's grace period (PMI: one year)


def status_of(cert: Certification, earned: date | None, on: date) -> CredentialStatus:
    """The credential's state on `on`, judged by the issuer's own rule."""
    if not cert.validity_years or earned is None:
        return CredentialStatus(cert, earned, LIFETIME if not cert.validity_years else ACTIVE)
    if cert.validity_applies_from and earned.isoformat() < cert.validity_applies_from:
        return CredentialStatus(cert, earned, LIFETIME)  # e.g. CompTIA before 2011: good for life
    lapses = add_months(earned, round(cert.validity_years * 12))
    if lapses >= on:
        return CredentialStatus(cert, earned, ACTIVE, lapses)
    if cert.suspension_months:
        renew_by = add_months(lapses, cert.suspension_months)
        if renew_by >= on:
            return CredentialStatus(cert, earned, SUSPENDED, lapses, renew_by)
    return CredentialStatus(cert, earned, EXPIRED, lapses)


def half_credit(level: int) -> int:
    """An expired credential still shows the person once knew the material: half, rounded up."""
    return (level + 1) // 2
