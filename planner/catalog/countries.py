"""Load and check country packs (resources/catalog/countries/*.json); refusals are one line.

A pack is refused, naming its file and field, for: a schema failure, an unknown ISO 3166-1
country code (or one that does not match the file name), a price in a currency with no
exchange rate, a reference to an unknown id, or an id used twice (in the pack, or a rate that
another pack gives differently).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

from planner.catalog.country_builders import build_pack
from planner.catalog.texts import localize_pack
from planner.codec.json_file import read_json_file
from planner.domain.country_pack import CountryPack, ExchangeRate
from planner.domain.currency import ConvertedPrice, convert_price
from planner.domain.errors import CatalogError, InvalidInput
from planner.domain.places import ISO_COUNTRIES, Region, guess_country, guess_region
from planner.resources import resources_dir

__all__ = [
    "ConvertedPrice",
    "Region",
    "check_pack_data",
    "check_rates_agree",
    "convert_price",
    "default_paper_size",
    "guess_country",
    "guess_region",
    "load_country_packs",
    "load_pack_file",
    "merged_rates",
]

MAX_PACK_BYTES = 2_000_000
SCHEMA = "country_pack.schema.json"
# Membership ids outside the pack that a fee may name (memberships.json).
OUTSIDE_BODIES = frozenset({"pmi"})


def _field(path: Iterable[Any]) -> str:
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
    return text.lstrip(".") or "(whole pack)"


def _refuse(name: str, field: str, message: str) -> CatalogError:
    # One line whatever the pack holds: a control character in a quoted value is shown escaped.
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)
    return CatalogError(f"{name}: field '{field}': {shown}")


def _validator(schema_dir: Path) -> Any:
    import jsonschema

    try:
        schema = read_json_file(schema_dir / SCHEMA, what="a schema", max_bytes=MAX_PACK_BYTES)
    except InvalidInput as exc:
        raise CatalogError(f"{SCHEMA}: the country-pack schema cannot be read ({exc})") from exc
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _check_schema(name: str, data: Any, validator: Any) -> None:
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        error = errors[0]
        raise _refuse(name, _field(error.absolute_path), error.message.splitlines()[0][:200])


def _fees(data: dict[str, Any]) -> Iterable[tuple[str, dict[str, Any]]]:
    for i, body in enumerate(data["professional_bodies"]):
        yield f"professional_bodies[{i}].dues", body["dues"]
    for i, cred in enumerate(data["credentials"]):
        for j, level in enumerate(cred["levels"]):
            yield f"credentials[{i}].levels[{j}].fee", level["fee"]
    for i, course in enumerate(data["course_prices"]):
        yield f"course_prices[{i}].fee", course["fee"]


def _ids(data: dict[str, Any]) -> Iterable[tuple[str, str]]:
    for section in ("professional_bodies", "credentials", "chapters", "course_prices"):
        for i, item in enumerate(data[section]):
            yield f"{section}[{i}].id", item["id"]
    for section in ("employer_asks", "market_notes"):
        for i, item in enumerate(data[section]):
            yield f"{section}[{i}].id", item["id"]
    for i, cred in enumerate(data["credentials"]):
        for j, level in enumerate(cred["levels"]):
            yield f"credentials[{i}].levels[{j}].id", level["id"]
    for i, step in enumerate(data.get("steps", ())):
        yield f"steps[{i}].id", step["id"]


def _check_country(name: str, data: dict[str, Any], stem: str | None) -> None:
    code = data["country"]
    if code not in ISO_COUNTRIES:
        raise _refuse(name, "country", f"'{code}' is not an ISO 3166-1 alpha-2 country code")
    if stem is not None and stem != code:
        raise _refuse(name, "country", f"'{code}' does not match the file name ({stem}.json)")
    for i, chapter in enumerate(data["chapters"]):
        for j, sub in enumerate(chapter["subdivisions"]):
            if not sub.startswith(f"{code}-"):
                where = f"chapters[{i}].subdivisions[{j}]"
                raise _refuse(name, where, f"'{sub}' is not a subdivision of {code}")


def _check_ids(name: str, data: dict[str, Any]) -> None:
    seen: dict[str, str] = {}
    for where, ident in _ids(data):
        if ident in seen:
            raise _refuse(name, where, f"id '{ident}' is already used at {seen[ident]}")
        seen[ident] = where


def _check_rates(name: str, data: dict[str, Any]) -> None:
    rated: dict[str, int] = {}
    for i, rate in enumerate(data["exchange_rates"]):
        where = f"exchange_rates[{i}].currency"
        if rate["currency"] == "USD":
            raise _refuse(name, where, "rates are to USD, so USD needs none")
        if rate["currency"] in rated:
            raise _refuse(name, where, f"a second rate for '{rate['currency']}'")
        rated[rate["currency"]] = i
    wanted = [("currency", data["currency"])]
    wanted += [(f"{where}.currency", fee["currency"]) for where, fee in _fees(data)]
    # A step's price is converted into the person's currency like any other.
    wanted += [
        (f"steps[{i}].currency", step.get("currency", "USD"))
        for i, step in enumerate(data.get("steps", ()))
    ]
    for where, currency in wanted:
        if currency != "USD" and currency not in rated:
            raise _refuse(name, where, f"no exchange rate for '{currency}' in exchange_rates")


def _check_references(name: str, data: dict[str, Any], known: Collection[str] | None) -> None:
    bodies = {b["id"] for b in data["professional_bodies"]} | OUTSIDE_BODIES
    levels = {lv["id"] for c in data["credentials"] for lv in c["levels"]}

    def credential_ok(ident: str) -> bool:
        return ident in levels or known is None or ident in known

    for i, chapter in enumerate(data["chapters"]):
        if chapter["body"] not in bodies:
            raise _refuse(name, f"chapters[{i}].body", f"unknown body '{chapter['body']}'")
    for where, fee in _fees(data):
        if fee.get("member_of") and fee["member_of"] not in bodies:
            raise _refuse(name, f"{where}.member_of", f"unknown body '{fee['member_of']}'")
    for i, cred in enumerate(data["credentials"]):
        for j, level in enumerate(cred["levels"]):
            ref = level.get("catalog_id")
            if ref and known is not None and ref not in known:
                where = f"credentials[{i}].levels[{j}].catalog_id"
                raise _refuse(name, where, f"unknown certification '{ref}'")
    for i, course in enumerate(data["course_prices"]):
        if not credential_ok(course["credential"]):
            where = f"course_prices[{i}].credential"
            raise _refuse(name, where, f"unknown credential '{course['credential']}'")
    for i, ask in enumerate(data["employer_asks"]):
        for j, ref in enumerate(ask["certifications"]):
            if not credential_ok(ref):
                where = f"employer_asks[{i}].certifications[{j}]"
                raise _refuse(name, where, f"unknown credential '{ref}'")


def check_pack_data(
    name: str,
    data: Any,
    schema_dir: Path,
    *,
    stem: str | None = None,
    known_certifications: Collection[str] | None = None,
    validator: Any = None,
    validate_schema: bool = True,
) -> CountryPack:
    """Check parsed pack data in full and build the pack; CatalogError names file and field.

    validate_schema=False skips only the JSON Schema (for stamped, already validated files).
    """
    if validate_schema:
        _check_schema(name, data, validator or _validator(schema_dir))
    _check_country(name, data, stem)
    _check_ids(name, data)
    _check_rates(name, data)
    _check_references(name, data, known_certifications)
    return build_pack(localize_pack(data))


def load_pack_file(
    path: Path,
    *,
    schema_dir: Path | None = None,
    known_certifications: Collection[str] | None = None,
    validator: Any = None,
    require_file_name: bool = True,
    validate_schema: bool = True,
) -> CountryPack:
    """One pack file, read with a size limit and checked in full."""
    try:
        data = read_json_file(path, what="a country pack", max_bytes=MAX_PACK_BYTES)
    except InvalidInput as exc:
        raise CatalogError(str(exc)) from exc
    schema_dir = schema_dir or resources_dir() / "schemas"
    return check_pack_data(
        path.name,
        data,
        schema_dir,
        stem=path.stem if require_file_name else None,
        known_certifications=known_certifications,
        validator=validator,
        validate_schema=validate_schema,
    )


def check_rates_agree(packs: Mapping[str, CountryPack]) -> None:
    """Two packs may quote the same currency only with the same rate and date."""
    first: dict[str, tuple[str, ExchangeRate]] = {}
    for code, pack in sorted(packs.items()):
        for i, rate in enumerate(pack.exchange_rates):
            if rate.currency not in first:
                first[rate.currency] = (code, rate)
                continue
            other_code, other = first[rate.currency]
            if (other.units_per_usd, other.date) != (rate.units_per_usd, rate.date):
                raise _refuse(
                    f"{code}.json",
                    f"exchange_rates[{i}]",
                    f"{rate.currency} {rate.units_per_usd} on {rate.date} conflicts with "
                    f"{other_code}.json ({other.units_per_usd} on {other.date})",
                )


def merged_rates(packs: Mapping[str, CountryPack]) -> dict[str, ExchangeRate]:
    """Every currency's rate to USD across the packs (they agree: see check_rates_agree)."""
    return {rate.currency: rate for pack in packs.values() for rate in pack.exchange_rates}


LETTER_COUNTRIES = frozenset({"US", "CA"})


def default_paper_size(country: str | None, packs: Mapping[str, CountryPack]) -> str:
    """The pack's paper size; without a pack, Letter for the US and Canada and A4 elsewhere."""
    if country is not None and country in packs:
        return packs[country].paper_size
    return "Letter" if country in LETTER_COUNTRIES else "A4"


def load_country_packs(
    root: Path | None = None,
    *,
    known_certifications: Collection[str] | None = None,
    validate_schema: bool = True,
) -> dict[str, CountryPack]:
    """Every pack in root/catalog/countries, by ISO code; any bad pack refuses the whole load."""
    root = root or resources_dir()
    folder = root / "catalog" / "countries"
    if not folder.is_dir():
        return {}
    validator = _validator(root / "schemas") if validate_schema else None
    packs: dict[str, CountryPack] = {}
    for path in sorted(folder.glob("*.json")):
        pack = load_pack_file(
            path,
            schema_dir=root / "schemas",
            known_certifications=known_certifications,
            validator=validator,
            validate_schema=validate_schema,
        )
        packs[pack.country] = pack
    check_rates_agree(packs)
    return packs
