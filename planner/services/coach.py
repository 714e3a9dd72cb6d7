"""The coach's settings: mode, branding and logo, plan currency, own prices and own steps."""

from __future__ import annotations

import io
from pathlib import Path

from planner.domain.branding import Branding
from planner.domain.catalog_model import CustomStep, PriceOverride
from planner.domain.errors import InvalidInput
from planner.domain.messages import _
from planner.domain.mode import Mode
from planner.storage.coach import CoachRepository

MODE_SETTING = "mode"  # the database's settings key for the Mode
LOGO_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
MAX_LOGO_BYTES = 5_000_000


def read_logo(path: Path) -> tuple[bytes, str]:
    """A PNG or JPEG logo's bytes and type; anything else is refused before it is stored."""
    from planner.codec.input_file import STDIN, read_input

    data = read_input(path, what=_("a logo"), max_bytes=MAX_LOGO_BYTES)
    kind = LOGO_TYPES.get(path.suffix.lower())
    if str(path) == STDIN:  # no name to go by: the bytes say what it is
        kind = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"
    if kind is None:
        raise InvalidInput(_("{path}: a logo must be a PNG or JPEG file", path=path))
    signature = b"\x89PNG\r\n\x1a\n" if kind == "image/png" else b"\xff\xd8\xff"
    if not data.startswith(signature):
        raise InvalidInput(
            _("{path} is not a {format} image", path=path, format=kind.split("/")[1].upper())
        )
    from PIL import Image, UnidentifiedImageError  # Pillow comes with reportlab

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()  # a damaged image would break every printout later
    except (OSError, UnidentifiedImageError, SyntaxError) as exc:
        raise InvalidInput(_("{path} is a damaged image ({error})", path=path, error=exc)) from exc
    return data, kind


class CoachService:
    """Settings kept in the database, read and written for the app and the command line."""

    def __init__(self, coach: CoachRepository) -> None:
        self._coach = coach

    # -- settings ----------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        return self._coach.setting(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self._coach.set_setting(key, value)

    def delete_setting(self, key: str) -> None:
        self._coach.delete_setting(key)

    def mode(self) -> Mode:
        return Mode.parse(self._coach.setting(MODE_SETTING))

    def set_mode(self, mode: Mode) -> None:
        self._coach.set_setting(MODE_SETTING, Mode(mode).value)

    # -- branding ----------------------------------------------------------------------------
    def branding(self) -> Branding:
        return self._coach.branding()

    def set_branding(self, branding: Branding) -> None:
        self._coach.set_branding(branding)

    # -- own prices and steps ----------------------------------------------------------------
    def price_overrides(self) -> dict[str, PriceOverride]:
        return self._coach.price_overrides()

    def set_price(self, override: PriceOverride) -> None:
        self._coach.set_price(override)

    def clear_price(self, item_id: str) -> None:
        self._coach.clear_price(item_id)

    def custom_steps(self) -> list[CustomStep]:
        return self._coach.custom_steps()

    def save_custom_step(self, step: CustomStep) -> None:
        self._coach.save_custom_step(step)

    def delete_custom_step(self, step_id: str) -> None:
        self._coach.delete_custom_step(step_id)
