"""The built catalog kept in the user's cache folder, keyed by everything it is built from.

Building the catalog (parsing, dataclasses, country packs, translated texts) costs about 50 ms
of every start; reading it back costs about 5. The key is a sha256 over the catalog's files
(the same digest the VALIDATED stamp uses: catalog, packs and schemas), the language and its
catalog translations, the planner's version and the source of the modules that build and
define the catalog, so any change to them builds it again. A file that is missing, too big,
unreadable, of another key or not a catalog is ignored and replaced; nothing here ever stops
the planner from loading its catalog the slow way.

The composition roots (the CLI's context, the desktop app) pass the folder, from
planner.paths.cache_dir; without one nothing is cached.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
from pathlib import Path

from planner.catalog.hashing import sha256
from planner.domain.catalog_model import Catalog

FORMAT = b"planner-catalog-cache 1\n"
MAX_BYTES = 32 * 2**20  # the catalog pickles to about 250 KB
PLANNER = Path(__file__).resolve().parent.parent
# Modules whose code decides what the cached objects hold; their source is part of the key.
SOURCES = ("catalog", "domain", "i18n/catalogs.py", "i18n/languages.py", "resources.py")


def _source_files() -> list[Path]:
    files: list[Path] = []
    for name in SOURCES:
        path = PLANNER / name
        files += sorted(path.glob("*.py")) if path.is_dir() else [path]
    return files


def cache_key(catalog_digest: str, language: str, translations: Path | None) -> str:
    """sha256 of the catalog files' digest, the language and everything that builds the objects."""
    from planner import __version__

    hasher = sha256(FORMAT)
    hasher.update(f"{__version__}\0{sys.version_info[:2]}\0{catalog_digest}\0{language}\0".encode())
    if translations is not None and translations.is_file():
        hasher.update(b"translations\0" + translations.read_bytes())
    for path in _source_files():
        hasher.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return hasher.hexdigest()


def cache_path(folder: Path, language: str) -> Path:
    return folder / f"catalog-{language}.pickle"


def read_cached(path: Path, key: str) -> Catalog | None:
    """The catalog stored under key at path; None when there is none that can be trusted."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError:
        return None
    header = FORMAT + key.encode() + b"\n"
    if len(data) > MAX_BYTES or not data.startswith(header):
        return None
    try:
        catalog = pickle.loads(data[len(header) :])
    except Exception:  # a truncated or foreign file: built again and replaced
        return None
    return catalog if isinstance(catalog, Catalog) else None


def write_cached(path: Path, key: str, catalog: Catalog) -> None:
    """Store catalog under key: owner-only file in an owner-only folder, written atomically.

    Failing to write (a read-only home, a full disk) only means the next start builds again.
    """
    try:
        payload = FORMAT + key.encode() + b"\n" + pickle.dumps(catalog, pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.parent.chmod(0o700)
        import tempfile  # only to write: it costs start-up time

        handle, temp = tempfile.mkstemp(prefix=".catalog-", dir=path.parent)  # mode 0600
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(payload)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except (OSError, pickle.PicklingError):
        return
