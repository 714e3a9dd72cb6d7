"""A person as a JSON Resume (jsonresume.org schema 1.0): their CV data for other tools."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from planner.domain.catalog_model import Catalog
from planner.domain.profile import Education, Profile

# JSON Resume's skill levels are free text; these words read back to the same 0-4 level.
LEVEL_WORDS = ("None", "Beginner", "Intermediate", "Advanced", "Expert")
STUDY_TYPES = {
    Education.SECONDARY: "Secondary school diploma",
    Education.ASSOCIATE: "Associate degree",
    Education.BACHELOR: "Bachelor's degree",
    Education.MASTER: "Master's degree",
    Education.DOCTORATE: "Doctorate",
}


def resume_dict(
    profile: Profile,
    catalog: Catalog,
    projects: Sequence[tuple[str, str, str | None, str]] = (),
) -> dict[str, Any]:
    """The JSON Resume; projects are (name, start, end or None, role) from the ledger."""
    basics: dict[str, Any] = {"name": profile.name}
    if profile.current_role:
        basics["label"] = profile.current_role
    if profile.region:
        basics["location"] = {"region": profile.region}
    resume: dict[str, Any] = {"basics": basics}
    names = {c.id: c.name for c in catalog.competencies}
    if profile.skills:
        resume["skills"] = [
            {"name": names.get(s.name, s.name), "level": LEVEL_WORDS[max(0, min(4, s.level))]}
            for s in profile.skills
        ]
    if profile.credentials:
        issuers = {c.name.casefold(): c.issuer for c in catalog.certifications}
        resume["certificates"] = [
            {
                "name": c.name,
                **({"date": c.earned.isoformat()} if c.earned else {}),
                **({"issuer": issuers[c.name.casefold()]} if c.name.casefold() in issuers else {}),
            }
            for c in profile.credentials
        ]
    if profile.education is not None:
        resume["education"] = [{"studyType": STUDY_TYPES[profile.education]}]
    if projects:
        resume["projects"] = [
            {
                "name": name,
                "startDate": start,
                **({"endDate": end} if end else {}),
                **({"roles": [role]} if role else {}),
            }
            for name, start, end, role in projects
        ]
    resume["meta"] = {"version": "v1.0.0", "canonical": "https://jsonresume.org/schema/"}
    return resume


def ledger_projects(entries: Iterable[Any]) -> list[tuple[str, str, str | None, str]]:
    """(name, start, end, role) from experience-ledger entries, for resume_dict."""
    return [
        (
            e.project,
            e.started.isoformat(),
            e.finished.isoformat() if e.finished else None,
            e.role,
        )
        for e in entries
    ]


def write_resume(target: Path, resume: dict[str, Any]) -> None:
    """Write it atomically (temp file, fsync, rename; owner-only: it is personal data)."""
    from planner.export.files import atomic_write, check_target

    check_target(target)
    text = json.dumps(resume, ensure_ascii=False, indent=2) + "\n"
    atomic_write(target, text.encode("utf-8"))
