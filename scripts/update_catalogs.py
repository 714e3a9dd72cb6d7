"""Extract the planner's message templates and merge them into every language's .po file.

    python scripts/update_catalogs.py          # refresh resources/i18n/*.pot and *.po
    python scripts/update_catalogs.py --check  # exit 1 when the catalogs are out of date

Three sources. Strings from `_()`, `ngettext()`, `pgettext()` and `N_()` in planner/ outside
planner/gui go into planner_*.po; the prose fields of resources/catalog/*.json and the country
packs that planner/catalog/texts.py names go into catalog_*.po, each with the context
"<file>:<item id>:<field>"; the GUI's tr() and QT_TRANSLATE_NOOP() strings go through
pyside6-lupdate into gui_*.ts (see docs/i18n.md). New messages arrive untranslated, changed ones
fuzzy (.po) or unfinished (.ts): they fall back to English until translated.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from a checkout: import the planner beside it

from planner.catalog.loader import FILES  # noqa: E402
from planner.catalog.texts import FIELDS, PACK_FIELDS, pack_file, texts  # noqa: E402

I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("de", "es")
METHOD_MAP = [("gui/**.py", "ignore"), ("**.py", "python")]
KEYWORDS = {
    "_": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "N_": None,
    "N_plural": (1, 2),
}


def template() -> Catalog:
    catalog = Catalog(project="career-transition-planner", fuzzy=False)
    found = extract_from_dir(
        ROOT / "planner", METHOD_MAP, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
    )
    for filename, lineno, message, comments, context in found:
        catalog.add(
            message,
            None,
            [(f"planner/{filename}", lineno)],
            auto_comments=comments,
            context=context,
            flags=("python-brace-format",) if "{" in str(message) else (),
        )
    return catalog


def catalog_template() -> Catalog:
    """The catalog's own texts: one message per (context, English text)."""
    catalog = Catalog(project="career-transition-planner", fuzzy=False)
    folder = ROOT / "resources" / "catalog"
    sources = [(name, folder / f"{name}.json", FIELDS[name]) for name in FILES]
    for path in sorted((folder / "countries").glob("*.json")):
        sources.append(("", path, PACK_FIELDS))
    for name, path, patterns in sources:
        data = json.loads(path.read_text(encoding="utf-8"))
        file = name or pack_file(data)
        where = path.relative_to(ROOT).as_posix()
        for context, text in texts(file, data, patterns):
            catalog.add(text, None, [(where, None)], context=context)
    return catalog


def render(catalog: Catalog, **options: bool) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, include_lineno=False, **options)
    return buffer.getvalue()


def updated(code: str, pot: Catalog, domain: str = "planner") -> bytes:
    path = I18N / f"{domain}_{code}.po"
    if path.exists():
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=code)
    else:
        catalog = Catalog(locale=code, project=pot.project, fuzzy=False)
    catalog.update(pot, update_header_comment=False)
    return render(catalog, ignore_obsolete=True, include_previous=False)


def updated_ts(path: Path) -> bytes:
    """path's .ts as pyside6-lupdate leaves it after reading planner/gui (the file untouched)."""
    import shutil
    import subprocess
    import tempfile

    import PySide6

    tool = Path(PySide6.__file__).parent / "lupdate"
    sources = [str(p) for p in sorted((ROOT / "planner" / "gui").rglob("*.py"))]
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / path.name
        shutil.copy2(path, copy)
        language = path.stem.split("_", 1)[1]
        options = ["-silent", "-no-obsolete", "-locations", "none", "-source-language", "en"]
        subprocess.run(
            [str(tool), *sources, *options, "-target-language", language, "-ts", str(copy)],
            check=True,
            capture_output=True,
        )
        return copy.read_bytes()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale catalogs")
    args = parser.parse_args(argv)
    wanted: dict[Path, bytes] = {}
    for domain, pot in (("planner", template()), ("catalog", catalog_template())):
        wanted[I18N / f"{domain}.pot"] = render(pot)
        wanted |= {I18N / f"{domain}_{c}.po": updated(c, pot, domain) for c in LANGUAGES}
    wanted |= {path: updated_ts(path) for path in sorted(I18N.glob("gui_*.ts"))}
    stale = [
        path
        for path, text in wanted.items()
        if _body(path.read_bytes() if path.exists() else b"") != _body(text)
    ]
    if args.check:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run scripts/update_catalogs.py")
        return 1 if stale else 0
    for path in stale:
        path.write_bytes(wanted[path])
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


def _body(text: bytes) -> bytes:
    """The catalog without its dated header lines, so a re-run with no changes writes nothing."""
    return b"\n".join(
        line
        for line in text.splitlines()
        if not line.startswith((b'"POT-Creation-Date', b'"PO-Revision-Date', b'"Generated-By'))
    )


if __name__ == "__main__":
    sys.exit(main())
