"""A coach's branding for printouts: name, organisation and logo."""

from __future__ import annotations

from planner.domain.records import record


@record
class Branding:
    """The coach's name, organisation and logo printed on a person's plan."""

    coach_name: str = ""
    organisation: str = ""
    logo: bytes | None = None
    logo_type: str | None = None  # image/png, image/jpeg or image/svg+xml

    @property
    def is_empty(self) -> bool:
        return not (self.coach_name or self.organisation or self.logo)
