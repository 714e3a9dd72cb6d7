"""Read resources/catalog/*.json, check them against their schemas and cross-references.

Schema validation needs jsonschema, which costs a third of the app's start-up. The shipped
catalog is validated when it is stamped (`python -m planner.catalog --stamp`, checked by the
tests); at run time files whose digest matches the stamp skip it, and anything else is fully
validated.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from planner.catalog.hashing import sha256
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


STAMP = "VALIDATED.sha256"


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise CatalogError(f"{path.name}: catalog file is missing ({path})") from exc


def _parse(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogError(f"{path.name}: not valid UTF-8 JSON ({exc})") from exc


def _pack_paths(root: Path) -> list[Path]:
    folder = root / "catalog" / "countries"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def digest(root: Path) -> str:
    """sha256 over every catalog file, country pack and schema, in a fixed order."""
    hasher = sha256()
    for name in FILES:
        for path in (root / "catalog" / f"{name}.json", root / "schemas" / f"{name}.schema.json"):
            hasher.update(name.encode() + b"\0" + _read(path) + b"\0")
    packs = _pack_paths(root)
    if packs:
        hasher.update(b"countries\0" + _read(root / "schemas" / "country_pack.schema.json"))
        for path in packs:
            hasher.update(path.name.encode() + b"\0" + _read(path) + b"\0")
    return hasher.hexdigest()


def _input_files(root: Path) -> list[str]:
    """Every file digest reads (and any other *.json beside the packs), by path: statted only."""
    base = str(root)
    files = []
    for name in FILES:
        files.append(os.path.join(base, "catalog", f"{name}.json"))
        files.append(os.path.join(base, "schemas", f"{name}.schema.json"))
    folder = os.path.join(base, "catalog", "countries")
    try:
        packs = sorted(name for name in os.listdir(folder) if name.endswith(".json"))
    except (FileNotFoundError, NotADirectoryError):
        packs = []
    if packs:
        files.append(os.path.join(base, "schemas", "country_pack.schema.json"))
        files += [os.path.join(folder, name) for name in packs]
    return files


def stamped(root: Path) -> bool:
    stamp = root / "catalog" / STAMP
    return stamp.is_file() and stamp.read_text(encoding="ascii").strip() == digest(root)


def validate(data: dict[str, Any], schema_dir: Path, name: str) -> None:
    """Validate one parsed catalog file; CatalogError names file, entry and field."""
    import jsonschema

    path = Path(f"{name}.json")
    schema = json.loads((schema_dir / f"{name}.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        error = errors[0]
        entry, field = _entry_and_field(data, error.absolute_path)
        raise CatalogError(f"{path.name}: entry '{entry}', field '{field}': {error.message}")


def load_catalog(
    root: Path | None = None, *, force_validation: bool = False, cache_dir: Path | None = None
) -> Catalog:
    """Load the catalog from root (default: the bundled resources folder), its texts in the
    active language (planner.domain.messages.speaking).

    With cache_dir, a catalog built before from the same files, language and code is read
    back from there, and a newly built one is kept there (planner/catalog/cache.py);
    force_validation always builds and validates it.
    """
    root = root or resources_dir()
    if cache_dir is None or force_validation:
        return _build(root, force_validation)
    from planner.catalog import cache
    from planner.domain.messages import active

    language = active().code
    translations = _translations_file(language)
    path = cache.cache_path(cache_dir, language)
    entry = cache.read_entry(path)
    try:
        stamp = cache.stamp(_input_files(root), language, translations)
        if entry is not None and entry[1] == stamp != cache.NO_STAMP:
            found = cache.unpickle(entry[2])  # no file changed since it was stored
            if found is not None:
                return found
        key = cache.cache_key(digest(root), language, translations)
    except OSError:  # a missing file: building reports it properly
        return _build(root, force_validation)
    if entry is not None and entry[0] == key:
        found = cache.unpickle(entry[2])
        if found is not None:
            if entry[1] != stamp:  # files touched but not changed: vouch for them again
                cache.restamp(path, key, stamp, entry[2])
            return found
    catalog = _build(root, force_validation)
    cache.write_cached(path, key, catalog, stamp)
    return catalog


def _translations_file(language: str) -> Path | None:
    """The file the language's catalog texts come from (None for English)."""
    if language == "en":
        return None
    from planner.i18n.catalogs import po_path
    from planner.i18n.languages import UnknownLanguage, language_code

    try:
        return po_path(language_code(language), domain="catalog")
    except UnknownLanguage:  # building says what is wrong
        return None


def _build(root: Path, force_validation: bool) -> Catalog:
    from dataclasses import replace

    from planner.catalog import builders
    from planner.catalog.countries import load_country_packs
    from planner.catalog.texts import catalog_translations, localize_file

    paths = {name: root / "catalog" / f"{name}.json" for name in FILES}
    raw = {name: _parse(path, _read(path)) for name, path in paths.items()}
    checked = force_validation or not stamped(root)
    if checked:
        for name, data in raw.items():
            validate(data, root / "schemas", name)
    # Texts in the active language (proper nouns and ids stay): see planner/catalog/texts.py.
    translations = catalog_translations()
    if translations is not None:
        raw = {name: localize_file(name, data, translations) for name, data in raw.items()}
    catalog = builders.build_catalog(raw)
    check_references(catalog)
    # Packs get every check but the schema when the stamp vouches for them (jsonschema is slow
    # to import); a changed pack is validated in full.
    packs = load_country_packs(
        root, known_certifications=set(catalog.cert_by_id), validate_schema=checked
    )
    return replace(catalog, countries=packs) if packs else catalog


def stamp(root: Path | None = None) -> Path:
    """Validate the catalog fully, then record its digest so start-up can skip validation."""
    root = root or resources_dir()
    load_catalog(root, force_validation=True)
    path = root / "catalog" / STAMP
    path.write_text(digest(root) + "\n", encoding="ascii")
    return path


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
