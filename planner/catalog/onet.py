"""The O*NET hot technologies (resources/onet), read once on first use, and their attribution."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from planner.domain.errors import CatalogError
from planner.domain.records import record
from planner.resources import resources_dir

ONET_ATTRIBUTION = (
    "This product includes information from the O*NET 29.2 Database by the U.S. Department of "
    "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license. O*NET® is a trademark of USDOL/ETA. The planner's authors have selected rows "
    "from the database; USDOL/ETA has not approved, endorsed, or tested these modifications."
)
TECHNOLOGY_FILE = "Technology Skills.txt"
OCCUPATION_FILE = "Occupation Data.txt"

# Company names O*NET puts before a product; ads usually name the product alone ("Azure").
VENDORS = (
    "AWS",
    "Amazon",
    "Apache",
    "Apple",
    "Atlassian",
    "Autodesk",
    "Cisco",
    "Dassault Systemes",
    "ESRI",
    "Google",
    "IBM",
    "Intuit",
    "Microsoft",
    "Oracle",
    "Red Hat",
    "The MathWorks",
    "Trimble",
)
# Names ads use that O*NET's own wording does not contain.
EXTRA_NAMES = {
    "Microsoft .NET Framework": (".NET",),
    "Epic Systems": ("Epic",),
    "Red Hat Enterprise Linux": ("RHEL",),
    "Microsoft Office software": ("Microsoft 365", "Office 365"),
    "Microsoft Dynamics": ("Dynamics 365",),
    "Microsoft Project": ("MS Project",),
    "Oracle Primavera Enterprise Project Portfolio Management": ("Primavera", "Primavera P6"),
    "Jenkins CI": ("Jenkins",),
    "Splunk Enterprise": ("Splunk",),
}


@record
class HotTechnology:
    """One O*NET example flagged as a hot technology for at least one of our occupations."""

    name: str  # O*NET's "Example", e.g. "Amazon Web Services AWS software"
    label: str  # how people write it, e.g. "Amazon Web Services (AWS)"
    search_names: tuple[str, ...]  # label first, then the other ways ads name it
    commodity_titles: tuple[str, ...]  # O*NET's categories, e.g. "Cloud-based management software"
    occupations: tuple[str, ...]  # titles of the occupations that list it as hot


def _is_acronym(word: str) -> bool:
    return (
        word.isupper()
        and word.isalnum()
        and word[0].isalpha()
        and (len(word) >= 3 or any(c.isdigit() for c in word))
    )


def _without_vendor(name: str) -> str | None:
    for vendor in VENDORS:
        if name.startswith(vendor + " "):
            return name[len(vendor) + 1 :]
    return None


def names_for(name: str) -> tuple[str, tuple[str, ...]]:
    """(label, search names) for an O*NET example name.

    'X software' is written 'X'; an acronym after a long form ("Border Gateway Protocol BGP")
    gives both the long form and the acronym; a known vendor prefix is dropped ("Microsoft
    Azure" -> "Azure"). The engine decides which names are distinctive enough to look for.
    """
    base = name.removesuffix(" software").strip()
    words = base.split()
    label, names = base, [base]
    for i, word in enumerate(words):
        long_form, rest = words[:i], words[i + 1 :]
        if i >= 2 and _is_acronym(word) and " ".join(long_form) not in VENDORS:
            if not rest:
                label = f"{' '.join(long_form)} ({word})"
            short = " ".join(words[i:])
            names += [" ".join(long_form + rest), short, _without_vendor(short) or ""]
            break
    else:
        names.append(_without_vendor(base) or "")
    names += EXTRA_NAMES.get(name, ())
    return label, tuple(n for n in dict.fromkeys([label, *names]) if n)


def _rows(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle, delimiter="\t"))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CatalogError(f"{path}: cannot read the O*NET data ({exc})") from exc


@cache
def hot_technologies(folder: Path | None = None) -> tuple[HotTechnology, ...]:
    """Rows with Hot Technology = Y, one entry per example (deduplicated), sorted by name."""
    folder = folder or resources_dir() / "onet"
    titles = {
        row.get("O*NET-SOC Code", ""): row.get("Title", "")
        for row in _rows(folder / OCCUPATION_FILE)
    }
    commodities: dict[str, set[str]] = {}
    occupations: dict[str, set[str]] = {}
    rows = _rows(folder / TECHNOLOGY_FILE)
    if rows and not {"Example", "Hot Technology", "Commodity Title"} <= rows[0].keys():
        raise CatalogError(f"{folder / TECHNOLOGY_FILE}: not an O*NET Technology Skills file")
    for row in rows:
        if (row.get("Hot Technology") or "").strip() != "Y":
            continue
        example = (row.get("Example") or "").strip()
        if not example:
            continue
        commodities.setdefault(example, set()).add((row.get("Commodity Title") or "").strip())
        code = (row.get("O*NET-SOC Code") or "").strip()
        occupations.setdefault(example, set()).add(titles.get(code) or code)
    found = []
    for example in sorted(commodities, key=str.casefold):
        label, search_names = names_for(example)
        found.append(
            HotTechnology(
                name=example,
                label=label,
                search_names=search_names,
                commodity_titles=tuple(sorted(commodities[example] - {""})),
                occupations=tuple(sorted(occupations[example])),
            )
        )
    return tuple(found)


def technology_names(folder: Path | None = None) -> dict[str, tuple[str, ...]]:
    """O*NET name -> search names (label first): what the niche finder's engine takes."""
    return {t.name: t.search_names for t in hot_technologies(folder)}


def by_name(folder: Path | None = None) -> dict[str, HotTechnology]:
    return {t.name: t for t in hot_technologies(folder)}
