"""The .po catalogs hold every message the code marks, and every one of them is translated."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from planner.i18n.languages import AVAILABLE

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def _updater():
    spec = importlib.util.spec_from_file_location(
        "update_catalogs", ROOT / "scripts" / "update_catalogs.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_catalogs_hold_every_marked_message(capsys):
    assert _updater().main(["--check"]) == 0, capsys.readouterr().out


@pytest.mark.parametrize("domain", ["planner", "catalog"])
@pytest.mark.parametrize("code", sorted(set(AVAILABLE) - {"en"}))
def test_every_message_is_translated(code, domain):
    """No empty or fuzzy entry: the engine's templates and the catalog's own texts."""
    with (I18N / f"{domain}_{code}.po").open("rb") as handle:
        catalog = read_po(handle)
    unfinished = []
    for message in catalog:
        if not message.id:
            continue
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(forms):
            unfinished.append(message.id)
    assert not unfinished, f"{len(unfinished)} unfinished in {domain}_{code}.po: {unfinished[:5]}"


@pytest.mark.parametrize("code", sorted(set(AVAILABLE) - {"en"}))
def test_translations_keep_their_placeholders(code):
    import string

    with (I18N / f"planner_{code}.po").open("rb") as handle:
        catalog = read_po(handle)

    def names(text: str) -> set[str]:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field}

    for message in catalog:
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = names(ids[-1]) | names(ids[0])
        for form in forms:
            assert names(form) <= wanted, f"{code}: {ids[0]!r} -> {form!r}"
