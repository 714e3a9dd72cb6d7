"""The built catalog kept in the user's cache folder, keyed by everything it is built from.

Building the catalog (parsing, dataclasses, country packs, translated texts) costs about 50 ms
of every start; reading it back costs about 5. The key is a sha256 over the catalog's files
(the same digest the VALIDATED stamp uses: catalog, packs and schemas), the language and its
catalog translations, the planner's version and the source of the modules that build and
define the catalog, so any change to them builds it again. A file that is missing, too big,
unreadable, of another key or not a catalog is ignored and replaced; nothing here ever stops
the planner from loading its catalog the slow way.

Reading and hashing every source file costs about as much as reading the pickle back, so
each cached file also holds a stamp: a digest of every one of those files' path, size, mtime,
ctime and inode. A matching stamp vouches for the key without reading a file; any other stamp
falls back to the content key (and a matching key then records the new stamp). Files changed
in the last few seconds get no stamp (an edit within the file system's clock tick could keep
them all), so a stamp never vouches for a file written after it.

The composition roots (the CLI's context, the desktop app) pass the folder, from
planner.paths.cache_dir; without one nothing is cached.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from planner.catalog.hashing import sha256
from planner.domain.catalog_model import Catalog
from planner.private_files import write_private

FORMAT = b"planner-catalog-cache 2\n"
MAX_BYTES = 32 * 2**20  # the catalog pickles to about 250 KB
PLANNER = Path(__file__).resolve().parent.parent
# Modules whose code decides what the cached objects hold; their source is part of the key.
SOURCES = ("catalog", "domain", "i18n/catalogs.py", "i18n/languages.py", "resources.py")
# A file changed less than this long before the stamp is taken is not vouched for by it.
SETTLED_NS = 3_000_000_000
NO_STAMP = "-" * 64


def _source_paths() -> list[str]:
    """The source files whose code builds the cached objects (listed without pathlib's glob)."""
    paths = []
    for name in SOURCES:
        path = os.path.join(PLANNER, name)
        if name.endswith(".py"):
            paths.append(path)
        else:
            paths += sorted(os.path.join(path, n) for n in os.listdir(path) if n.endswith(".py"))
    return paths


def _source_files() -> list[Path]:
    return [Path(path) for path in _source_paths()]


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


def stamp(files: Iterable[str], language: str, translations: Path | None) -> str:
    """A digest of every file's stat (and what else the key holds); NO_STAMP when one of them
    changed too recently to be told apart from a later edit by its stat. OSError when a file
    other than the translations is missing."""
    from planner import __version__

    settled = time.time_ns() - SETTLED_NS
    lines = [f"{__version__}\0{sys.version_info[:2]}\0{language}"]
    paths = [*files, *_source_paths()]
    if translations is not None and translations.is_file():  # as cache_key reads it
        paths.append(str(translations))
    for path in paths:
        found = os.stat(path)
        if found.st_mtime_ns > settled or found.st_ctime_ns > settled:
            return NO_STAMP
        lines.append(
            f"{path}\0{found.st_size}\0{found.st_mtime_ns}\0{found.st_ctime_ns}\0{found.st_ino}"
        )
    return sha256("\n".join(lines).encode()).hexdigest()


def read_entry(path: Path) -> tuple[str, str, bytes] | None:
    """The (key, stamp, pickle) a cache file holds; None when it holds none."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError:
        return None
    end = len(FORMAT) + 64 + 1 + 64
    if len(data) > MAX_BYTES or not data.startswith(FORMAT) or data[end : end + 1] != b"\n":
        return None
    try:
        key, stamped = data[len(FORMAT) : end].decode("ascii").split(" ")
    except ValueError:
        return None
    return key, stamped, data[end + 1 :]


def unpickle(payload: bytes) -> Catalog | None:
    """The catalog payload holds; None for a truncated or foreign one."""
    try:
        from _pickle import loads  # the C unpickler alone: pickle.py is only needed to write
    except ImportError:
        from pickle import loads

    try:
        catalog = loads(payload)
    except Exception:  # a truncated or foreign file: built again and replaced
        return None
    return catalog if isinstance(catalog, Catalog) else None


def _header(key: str, stamped: str) -> bytes:
    return FORMAT + f"{key} {stamped}\n".encode("ascii")


def restamp(path: Path, key: str, stamped: str, payload: bytes) -> None:
    """Store the same pickle under a new stamp (the files were touched, not changed)."""
    _write(path, _header(key, stamped) + payload)


def write_cached(path: Path, key: str, catalog: Catalog, stamped: str = NO_STAMP) -> None:
    """Store catalog under key and stamp: owner-only file in an owner-only folder, written
    atomically.

    Failing to write (a read-only home, a full disk) only means the next start builds again.
    """
    import pickle  # only to write

    try:
        payload = _compact_pickle(catalog)
    except pickle.PicklingError:
        return
    _write(path, _header(key, stamped) + payload)


def _compact_pickle(catalog: Catalog) -> bytes:
    """The catalog pickled with each distinct string written once (a third of its strings repeat:
    ids, dates, currencies, source links) and no memo entry never read back: a third smaller,
    and a sixth quicker to load. Equal strings come back as one object; nothing else changes."""
    import io
    import pickle
    import pickletools

    if not hasattr(pickle, "_Pickler"):  # the pure-Python pickler is not public API
        return pickletools.optimize(pickle.dumps(catalog, pickle.HIGHEST_PROTOCOL))

    class Pickler(pickle._Pickler):  # the Python pickler: its save() can be extended
        def __init__(self, file: io.BytesIO) -> None:
            super().__init__(file, pickle.HIGHEST_PROTOCOL)
            self.strings: dict[str, str] = {}

        def save(self, obj: object, save_persistent_id: bool = True) -> None:
            if type(obj) is str:
                obj = self.strings.setdefault(obj, obj)  # the memo knows objects by id
            super().save(obj, save_persistent_id)  # type: ignore[misc]

    buffer = io.BytesIO()
    Pickler(buffer).dump(catalog)
    return pickletools.optimize(buffer.getvalue())


def _write(path: Path, data: bytes) -> None:
    with contextlib.suppress(OSError):  # not written: the next start builds the catalog again
        write_private(path, data)
