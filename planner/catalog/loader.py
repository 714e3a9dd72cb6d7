"""Read resources/catalog/*.json, check them against their schemas and cross-references."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import jsonschema

from planner.catalog import builders
from planner.domain.catalog_model import Catalog
from planner.domain.errors import CatalogError
from planner.resources import resources_dir

FILES = (
    "certifications",
    "competencies",
    "tracks",
    "memberships",
    "activities",
    "niches",
    "questionnaire",
    "risks",
    "estimates",
)


def _entry_and_field(data: Any, path: Iterable[Any]) -> tuple[str, str]:
    """Turn a JSON path into ('entry id', 'field.path') for error messages."""
    parts = list(path)
    entry, rest = "(top level)", parts
    if len(parts) >= 2 and isinstance(parts[1], int):
        item = data[parts[0]][parts[1]]
        ident = item.get("id") if isinstance(item, dict) else None
        entry = ident if isinstance(ident, str) else f"item {parts[1] + 1} of {parts[0]}"
        rest = parts[2:]
    field = ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in rest)
    return entry, field.replace(".[", "[") or "(whole entry)"


def read_validated(catalog_dir: Path, schema_dir: Path, name: str) -> dict[str, Any]:
    """Parse one catalog file and validate it; CatalogError names file, entry and field."""
    path = catalog_dir / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(f"{path.name}: catalog file is missing ({path})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogError(f"{path.name}: not valid UTF-8 JSON ({exc})") from exc
    schema = json.loads((schema_dir / f"{name}.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        error = errors[0]
        entry, field = _entry_and_field(data, error.absolute_path)
        raise CatalogError(f"{path.name}: entry '{entry}', field '{field}': {error.message}")
    return data


def load_catalog(root: Path | None = None) -> Catalog:
    """Load the catalog from root (default: the bundled resources folder)."""
    root = root or resources_dir()
    raw = {name: read_validated(root / "catalog", root / "schemas", name) for name in FILES}
    catalog = builders.build_catalog(raw)
    check_references(catalog)
    return catalog


def _require(ok: bool, where: str, message: str) -> None:
    if not ok:
        raise CatalogError(f"{where}: {message}")


def check_references(catalog: Catalog) -> None:
    """Ids that point at other items must exist; names must not be shared."""
    comps = catalog.competency_by_id
    certs = catalog.cert_by_id
    known: Callable[[str], bool] = certs.__contains__
    for cert in catalog.certifications:
        where = f"certifications.json: entry '{cert.id}'"
        for comp in cert.raises:
            _require(comp in comps, where, f"field 'raises': unknown competency '{comp}'")
        pre = cert.prerequisites
        refs = (
            *cert.successors,
            *pre.credentials_all,
            *pre.credentials_any,
            *pre.pm_education_waived_by,
            *pre.agile_experience_waived_by,
        )
        for ref in refs:
            _require(known(ref), where, f"refers to unknown certification '{ref}'")
        _require(cert.id not in pre.credentials_all, where, "lists itself as a prerequisite")
        if cert.status == "retired":
            _require(bool(cert.successors), where, "field 'successors': a retired item needs one")
        for ref in cert.successors:
            _require(certs[ref].status != "retired", where, f"successor '{ref}' is retired too")
    for track in catalog.tracks:
        for comp in track.targets:
            _require(comp in comps, f"tracks.json: entry '{track.id}'", f"unknown '{comp}'")
    for rule in catalog.experience_rules:
        where = "competencies.json: field 'from_experience'"
        _require(rule.competency in comps, where, f"unknown competency '{rule.competency}'")
    for activity in catalog.activities:
        for comp in activity.raises:
            where = f"activities.json: entry '{activity.id}'"
            _require(comp in comps, where, f"field 'raises': unknown competency '{comp}'")
    for niche in catalog.niches:
        where = f"niches.json: entry '{niche.id}'"
        for comp in niche.competencies:
            _require(comp in comps, where, f"field 'competencies': unknown '{comp}'")
        for ref in niche.certifications:
            _require(known(ref), where, f"field 'certifications': unknown '{ref}'")
    _require(len(catalog.niches) >= 8, "niches.json", "needs at least 8 niches")
    for question in catalog.questions:
        where = f"questionnaire.json: entry '{question.id}'"
        ids = [o.id for o in question.options]
        _require(len(ids) == len(set(ids)), where, "option ids repeat")
    _require(not catalog.name_clashes, "catalog", f"names used twice: {catalog.name_clashes}")
    _check_prerequisite_cycles(catalog)


def _check_prerequisite_cycles(catalog: Catalog) -> None:
    from graphlib import CycleError, TopologicalSorter

    graph = {c.id: set(c.prerequisites.credentials_all) for c in catalog.certifications}
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        raise CatalogError(f"certifications.json: prerequisite cycle {exc.args[1]}") from exc
