"""A coach's settings: branding for printouts, backup policy, own prices and custom steps."""

from __future__ import annotations

from planner.domain.branding import Branding
from planner.domain.catalog_model import CustomStep, PriceOverride
from planner.domain.errors import InvalidInput
from planner.domain.messages import _
from planner.domain.roadmap import STEP_KINDS
from planner.storage.database import Store
from planner.storage.people import now

LOGO_TYPES = ("image/png", "image/jpeg", "image/svg+xml")
MAX_LOGO_BYTES = 2_000_000
PACK_PREFIX = "country_pack:"


class CoachRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- settings ---------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self._store.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._store.atomic() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def set_settings(self, values: dict[str, str]) -> None:
        """Several settings in one transaction: all are saved or none."""
        with self._store.atomic():
            for key, value in values.items():
                self.set_setting(key, value)

    def delete_setting(self, key: str) -> None:
        with self._store.atomic() as db:
            db.execute("DELETE FROM settings WHERE key = ?", [key])

    # -- own country packs ------------------------------------------------------------------
    # Kept as settings (key country_pack:XX, value the pack's JSON as imported): no schema
    # migration, and a backup or restore carries them with the other coach settings.
    def country_packs(self) -> dict[str, str]:
        """The coach's own country packs as stored JSON text, by ISO code."""
        rows = self._store.db.execute(
            "SELECT key, value FROM settings WHERE key LIKE 'country\\_pack:%' ESCAPE '\\' "
            "ORDER BY key"
        ).fetchall()
        return {key.split(":", 1)[1]: value for key, value in rows}

    def save_country_pack(self, code: str, text: str) -> None:
        self.set_setting(f"{PACK_PREFIX}{code}", text)

    def remove_country_pack(self, code: str) -> None:
        self.delete_setting(f"{PACK_PREFIX}{code}")

    # -- branding ---------------------------------------------------------------------------
    def branding(self) -> Branding:
        row = self._store.db.execute(
            "SELECT coach_name, organisation, logo, logo_type FROM branding WHERE id = 1"
        ).fetchone()
        return Branding(*row) if row else Branding()

    def set_branding(self, branding: Branding) -> None:
        if branding.logo is not None:
            if branding.logo_type not in LOGO_TYPES:
                raise InvalidInput(
                    _("a logo must be PNG, JPEG or SVG (got {type})", type=branding.logo_type)
                )
            if len(branding.logo) > MAX_LOGO_BYTES:
                raise InvalidInput(_("a logo must be smaller than 2 MB"))
        with self._store.atomic() as db:
            db.execute(
                """INSERT INTO branding (id, coach_name, organisation, logo, logo_type)
                   VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET
                   coach_name = excluded.coach_name, organisation = excluded.organisation,
                   logo = excluded.logo, logo_type = excluded.logo_type""",
                [branding.coach_name, branding.organisation, branding.logo, branding.logo_type],
            )

    # -- own prices -------------------------------------------------------------------------
    def price_overrides(self) -> dict[str, PriceOverride]:
        rows = self._store.db.execute(
            "SELECT item_id, amount, currency, note, updated_at FROM catalog_overrides "
            "ORDER BY item_id"
        )
        return {r[0]: PriceOverride(r[0], r[1], r[2], r[3], (r[4] or "")[:10]) for r in rows}

    def set_price(self, override: PriceOverride) -> None:
        if override.amount is not None and override.amount < 0:
            raise InvalidInput(_("a price cannot be negative"))
        with self._store.atomic() as db:
            db.execute(
                """INSERT INTO catalog_overrides (item_id, amount, currency, note, updated_at)
                   VALUES (?,?,?,?,?) ON CONFLICT (item_id) DO UPDATE SET
                   amount = excluded.amount, currency = excluded.currency,
                   note = excluded.note, updated_at = excluded.updated_at""",
                [override.item_id, override.amount, override.currency, override.note, now()],
            )

    def clear_price(self, item_id: str) -> None:
        with self._store.atomic() as db:
            db.execute("DELETE FROM catalog_overrides WHERE item_id = ?", [item_id])

    # -- own steps --------------------------------------------------------------------------
    def custom_steps(self) -> list[CustomStep]:
        rows = self._store.db.execute(
            "SELECT id, title, kind, hours, cost, currency, description FROM custom_steps "
            "ORDER BY id"
        )
        return [CustomStep(*r) for r in rows]

    def save_custom_step(self, step: CustomStep) -> None:
        if step.kind not in STEP_KINDS:
            raise InvalidInput(_("kind must be one of {kinds}", kinds=", ".join(STEP_KINDS)))
        if not step.title.strip() or not step.id.strip():
            raise InvalidInput(_("a custom step needs an id and a title"))
        if step.hours < 0 or (step.cost is not None and step.cost < 0):
            raise InvalidInput(_("hours and cost cannot be negative"))
        with self._store.atomic() as db:
            db.execute(
                """INSERT INTO custom_steps (id, title, kind, hours, cost, currency, description)
                   VALUES (?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET title = excluded.title,
                   kind = excluded.kind, hours = excluded.hours, cost = excluded.cost,
                   currency = excluded.currency, description = excluded.description""",
                [
                    step.id,
                    step.title,
                    step.kind,
                    step.hours,
                    step.cost,
                    step.currency,
                    step.description,
                ],
            )

    def delete_custom_step(self, step_id: str) -> None:
        with self._store.atomic() as db:
            db.execute("DELETE FROM custom_steps WHERE id = ?", [step_id])
