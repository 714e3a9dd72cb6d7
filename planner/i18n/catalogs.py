"""Load a language's message catalog from its .po file, compiled in memory by Babel.

The .po files in resources/i18n/ are the source and the only form shipped: compiling them when
loaded (a few milliseconds) means no build step can leave a stale .mo behind, an editable
checkout sees a translator's edit at once, and the wheel and the bundle need nothing extra.
Entries marked fuzzy or left empty are skipped by the compiler, so gettext falls back to the
English text for that message only.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.messages import ENGLISH, Language
from planner.i18n.languages import language_code
from planner.resources import resources_dir

if TYPE_CHECKING:
    import gettext

DOMAIN = "planner"
MAX_CATALOG_BYTES = 4_000_000
PSEUDO = "qps"  # pseudo.CODE: that module (a regular expression) loads only for it


def catalog_folder() -> Path:
    """resources/i18n: the .po catalogs, and the GUI's .qm files where packaging built them."""
    return resources_dir() / "i18n"


def po_path(code: str, root: Path | None = None, domain: str = DOMAIN) -> Path:
    return (root or catalog_folder()) / f"{domain}_{code}.po"


def compile_po(path: Path) -> gettext.GNUTranslations:
    """The catalog in path as gettext translations (fuzzy and empty entries left out)."""
    # Babel's message tools cost about 65 ms to import: paid only when a language is loaded.
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    size = path.stat().st_size
    if size > MAX_CATALOG_BYTES:
        raise ValueError(f"{path.name} is {size} bytes, more than a catalog can be")
    with path.open("rb") as handle:
        catalog = read_po(handle, abort_invalid=True)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    import gettext  # English needs none of it (planner.domain.messages.Untranslated)

    return gettext.GNUTranslations(buffer)


@cache
def load(code: str) -> Language:
    """The language for code ('de', 'de_AT.UTF-8'); English needs no catalog."""
    if code == PSEUDO:  # the developers' pseudo-language: English formats, marked text
        from planner.i18n import pseudo

        return Language(pseudo.CODE, "en", pseudo.PseudoTranslations())
    code = language_code(code)
    if code == "en":
        return ENGLISH
    return Language(code, code, compile_po(po_path(code)))


@cache
def domain_translations(code: str, domain: str) -> gettext.NullTranslations:
    """Another gettext domain's translations for code ('catalog': the catalog's own texts),
    compiled once per language; none (English throughout) when the language has no file."""
    if code == PSEUDO:  # the catalog's texts are marked too, so the qps check sees them
        from planner.i18n import pseudo

        return pseudo.PseudoTranslations()
    path = po_path(language_code(code), domain=domain)
    if path.is_file():
        return compile_po(path)
    import gettext

    return gettext.NullTranslations()
