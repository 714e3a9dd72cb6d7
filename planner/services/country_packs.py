"""A coach's own country packs: checked, shown as changes before they apply, and removable.

A coach pack replaces the shipped pack of its country (or adds a country) for every plan the
coach makes, and may carry the coach's own steps for people in that country. It is refused, in
one line naming the field and with nothing changed, when it fails the schema, names an unknown
country, prices in a currency without a rate, quotes a rate that disagrees with another pack's,
or uses a step id the catalog, the coach's own steps or another country's pack already use.
Plans keep progress by step id, so replacing or removing a pack never resets it: a done step
whose id a pack no longer has stays recorded and comes back with the pack.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from planner.catalog.countries import (
    MAX_PACK_BYTES,
    check_pack_data,
    check_rates_agree,
)
from planner.codec.json_file import read_json_file
from planner.domain.catalog_model import Catalog
from planner.domain.country_pack import CountryPack
from planner.domain.errors import CatalogError, InvalidInput
from planner.domain.messages import _, ngettext
from planner.domain.records import record
from planner.resources import resources_dir
from planner.storage.coach import CoachRepository


@record
class PackChange:
    """What importing or removing a pack does: the country, the pack after, and the lines."""

    code: str
    name: str
    lines: tuple[str, ...]
    replaces_shipped: bool
    pack: CountryPack | None  # None after a removal that leaves no pack for the country
    text: str = ""  # the pack JSON to store (import only)

    def summary(self) -> list[str]:
        if not self.lines:
            return [_("{name} ({code}): no change", name=self.name, code=self.code)]
        head = ngettext(
            "{name} ({code}): {n} change",
            "{name} ({code}): {n} changes",
            len(self.lines),
            name=self.name,
            code=self.code,
        )
        return [head] + [f"  {line}" for line in self.lines]


def _taken(name: str, field: str, ident: str) -> str:
    return _(
        "{file}: field '{field}': id '{id}' is already a step of the catalog or your own steps",
        file=name,
        field=field,
        id=ident,
    )


def _check_ids(
    name: str,
    data: dict[str, Any],
    catalog: Catalog,
    own: set[str],
    other_packs: Iterable[CountryPack] = (),
) -> None:
    """Pack step ids (levels without a catalog id, bodies, own steps) must not collide with
    other steps; the pack's own steps must not reuse another country's step ids either."""
    from planner.catalog.pack_diff import step_ids  # changing packs only, not at start

    taken = set(catalog.cert_by_id) | set(catalog.activity_by_id) | own
    taken |= set(catalog.membership_by_id) - {"pmi"}
    elsewhere = {ident: p.country for p in other_packs for ident in step_ids(p)}
    for i, step in enumerate(data.get("steps", ())):
        if step["id"] in taken:
            raise CatalogError(_taken(name, f"steps[{i}].id", step["id"]))
        if step["id"] in elsewhere:
            field = f"steps[{i}].id"
            raise CatalogError(
                _(
                    "{file}: field '{field}': id '{id}' is already a step of the {country} "
                    "country pack",
                    file=name,
                    field=field,
                    id=step["id"],
                    country=elsewhere[step["id"]],
                )
            )
    for i, body in enumerate(data["professional_bodies"]):
        if body["id"] != "pmi" and body["id"] in taken:
            raise CatalogError(_taken(name, f"professional_bodies[{i}].id", body["id"]))
    for i, cred in enumerate(data["credentials"]):
        for j, level in enumerate(cred["levels"]):
            if not level.get("catalog_id") and level["id"] in taken:
                field = f"credentials[{i}].levels[{j}].id"
                raise CatalogError(
                    _(
                        "{file}: field '{field}': id '{id}' is already a step of the catalog or "
                        "your own steps (give catalog_id to mean it)",
                        file=name,
                        field=field,
                        id=level["id"],
                    )
                )


class CountryPackService:
    """Import, preview and remove a coach's own country packs (stored with the coach)."""

    def __init__(self, coach: CoachRepository, catalog: Catalog) -> None:
        self._coach = coach
        self._base = catalog  # the shipped catalog and its packs

    # -- reading ---------------------------------------------------------------------------
    def own_packs(self) -> dict[str, CountryPack]:
        """The coach's packs as stored (each checked when imported; rebuilt here)."""
        packs = {}
        for code, text in self._coach.country_packs().items():
            try:
                data = json.loads(text)
                packs[code] = check_pack_data(
                    _("your {code} pack", code=code),
                    data,
                    resources_dir() / "schemas",
                    known_certifications=set(self._base.cert_by_id),
                    validate_schema=False,  # validated in full when imported
                )
            except (ValueError, CatalogError) as exc:
                # Only a pack stored by a newer app could fail here: say so in one line.
                raise CatalogError(
                    _("your {code} country pack cannot be used: {error}", code=code, error=exc)
                ) from exc
        return packs

    def catalog_with_packs(self, catalog: Catalog) -> Catalog:
        """catalog with the coach's packs in place of (or beside) the shipped ones."""
        own = self.own_packs()
        if not own:
            return catalog
        return replace(catalog, countries={**catalog.countries, **own})

    def packs(self) -> list[tuple[CountryPack, str]]:
        """Every pack in use with where it comes from: 'shipped', 'yours' or 'yours (replaces
        shipped)'."""
        own = self.own_packs()
        found = []
        for code in sorted(self._base.countries.keys() | own.keys()):
            if code in own:
                where = "yours (replaces shipped)" if code in self._base.countries else "yours"
                found.append((own[code], where))
            else:
                found.append((self._base.countries[code], "shipped"))
        return found

    def pack_step_country(self, step_id: str) -> str | None:
        """The country whose pack in use has a step with this id (a coach step may not take it)."""
        from planner.catalog.pack_diff import step_ids

        for pack, _where in self.packs():
            if step_id in step_ids(pack):
                return pack.country
        return None

    # -- changing --------------------------------------------------------------------------
    def preview_import(self, path: Path) -> PackChange:
        """Check the file in full and say what it would change; nothing is stored."""
        from planner.catalog.pack_diff import pack_changes

        try:
            data = read_json_file(path, what=_("a country pack"), max_bytes=MAX_PACK_BYTES)
        except InvalidInput as exc:
            raise CatalogError(str(exc)) from exc
        name = path.name
        pack = check_pack_data(
            name,
            data,
            resources_dir() / "schemas",
            known_certifications=set(self._base.cert_by_id),
        )
        own_steps = {s.id for s in self._coach.custom_steps()}
        current = {**self._base.countries, **self.own_packs()}
        others = {code: p for code, p in current.items() if code != pack.country}
        _check_ids(name, data, self._base, own_steps, others.values())
        try:
            check_rates_agree({**others, pack.country: pack})
        except CatalogError as exc:
            raise CatalogError(f"{name}: {exc}") from exc
        return PackChange(
            code=pack.country,
            name=pack.name,
            lines=tuple(pack_changes(current.get(pack.country), pack)),
            replaces_shipped=pack.country in self._base.countries,
            pack=pack,
            text=json.dumps(data, ensure_ascii=False, sort_keys=True),
        )

    def import_pack(self, path: Path) -> PackChange:
        """Check, then store the pack in one write; the change it made."""
        change = self.preview_import(path)
        self._coach.save_country_pack(change.code, change.text)
        return change

    def preview_remove(self, code: str) -> PackChange:
        from planner.catalog.pack_diff import pack_changes

        code = code.strip().upper()
        own = self.own_packs()
        if code not in own:
            mine = ", ".join(sorted(own)) or _("none")
            raise InvalidInput(
                _("no country pack of yours for {code!r} (yours: {mine})", code=code, mine=mine)
            )
        shipped = self._base.countries.get(code)
        return PackChange(
            code=code,
            name=own[code].name,
            lines=tuple(pack_changes(own[code], shipped)),
            replaces_shipped=shipped is not None,
            pack=shipped,
        )

    def remove_pack(self, code: str) -> PackChange:
        change = self.preview_remove(code)
        self._coach.remove_country_pack(change.code)
        return change
