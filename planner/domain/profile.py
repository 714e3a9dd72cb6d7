"""A person's starting point: role, experience, skills, credentials and limits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from datetime import date
from enum import IntEnum
from typing import Any

from planner.domain.records import record

TRACK_IDS = ("infrastructure", "software", "hybrid")


class Education(IntEnum):
    """Highest completed education, ordered so rules can say 'at least'."""

    SECONDARY = 1
    ASSOCIATE = 2
    BACHELOR = 3
    MASTER = 4
    DOCTORATE = 5

    @property
    def key(self) -> str:
        return self.name.lower()

    @classmethod
    def from_key(cls, key: str) -> Education:
        return cls[key.upper()]


@record
class Skill:
    """A named skill and the person's self-rated level in it."""

    name: str
    level: int


@record
class Credential:
    """A credential the person holds and when it was earned."""

    name: str
    earned: date | None = None


@record
class Profile:
    """Everything the planner needs to know about one person; immutable once built."""

    name: str
    weekly_hours: float
    current_role: str = ""
    years_experience: float = 0
    pm_experience_months: int = 0
    pm_education_hours: float = 0
    agile_training_hours: float = 0
    agile_experience_months: int = 0
    education: Education | None = None
    region: str = ""
    country: str | None = None  # ISO 3166-1 alpha-2; None: guessed from region when clear
    budget: float | None = None
    currency: str = "USD"
    target_track: str | None = None
    start_date: date | None = None
    skills: tuple[Skill, ...] = ()
    credentials: tuple[Credential, ...] = ()
    memberships: tuple[str, ...] = ()
    answers: Mapping[str, str] = field(default_factory=dict)
    niche: str | None = None
    study_hours: Mapping[str, float] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    include: tuple[str, ...] = ()  # pinned step ids, planned even when no gap asks for them
    gac_degree: bool = False  # degree from a PMI GAC-accredited programme (24-month PMP route)

    @property
    def education_for_rules(self) -> Education:
        """Eligibility rules assume a secondary diploma when education is not given."""
        return self.education or Education.SECONDARY

    def to_dict(self) -> dict[str, Any]:
        """The profile file form (resources/schemas/profile.schema.json); empty fields left out."""
        data: dict[str, Any] = {
            "name": self.name,
            "current_role": self.current_role,
            "years_experience": self.years_experience,
            "pm_experience_months": self.pm_experience_months,
            "pm_education_hours": self.pm_education_hours,
            "agile_training_hours": self.agile_training_hours,
            "agile_experience_months": self.agile_experience_months,
            "region": self.region,
            "weekly_hours": self.weekly_hours,
            "budget": self.budget,
            "currency": self.currency,
            "skills": [{"name": s.name, "level": s.level} for s in self.skills],
            "credentials": [
                {"name": c.name, **({"earned": c.earned.isoformat()} if c.earned else {})}
                for c in self.credentials
            ],
            "memberships": list(self.memberships),
        }
        optional = {
            "education": self.education.key if self.education else None,
            "country": self.country,
            "target_track": self.target_track,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "niche": self.niche,
            "answers": dict(self.answers) or None,
            "study_hours": dict(self.study_hours) or None,
            "exclude": list(self.exclude) or None,
            "include": list(self.include) or None,
            "gac_degree": True if self.gac_degree else None,
        }
        data.update({k: v for k, v in optional.items() if v is not None})
        return data
