"""The shipped DejaVu Sans family, and system fonts for characters it lacks (CJK and more)."""

from __future__ import annotations

import hashlib
import os
import struct
import sys
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from planner.domain.records import record
from planner.resources import resources_dir

FAMILY = "DejaVuSans"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (
    FAMILY,
    f"{FAMILY}-Bold",
    f"{FAMILY}-Oblique",
    f"{FAMILY}-BoldOblique",
)
FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
MAX_FONT_BYTES = 64 * 1024 * 1024  # larger files are skipped when looking for fallbacks

_lock = threading.Lock()
_family: list[FontFamily] = []  # the registered family, once registered
_faces: dict[Path, tuple[Face, ...]] = {}
_registered: dict[tuple[Path, int], str | None] = {}  # None: reportlab refused the face
_chosen: dict[int, str | None] = {}  # code point -> fallback font name (None: none found)


class FontError(Exception):
    """The shipped fonts are missing or unreadable (a broken installation)."""


@record
class FontFamily:
    """The registered family and the code points its regular and bold faces can both draw.

    User text is set in regular or bold only; the oblique faces lack about 700 characters
    (Arabic, presentation forms) and are kept for the planner's own captions.
    """

    regular: str
    bold: str
    italic: str
    bold_italic: str
    covered: frozenset[int]


@record
class Face:
    """One TrueType-outline face in a system font file and the code points its cmap maps."""

    path: Path
    index: int
    codepoints: frozenset[int]


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def family() -> FontFamily:
    """Register the shipped family once per process (thread-safe) and return it."""
    with _lock:
        if not _family:
            _family.append(_register_family())
        return _family[0]


def forget_fallbacks() -> None:
    """Look for system fonts again next time (after fonts were installed, and in tests)."""
    with _lock:
        _faces.clear()
        _chosen.clear()


def _register_family() -> FontFamily:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    folder = fonts_dir()
    covered: frozenset[int] | None = None
    for name, filename in FILES.items():
        path = folder / filename
        try:
            font = TTFont(name, str(path))
        except (OSError, TTFError) as exc:
            raise FontError(f"the shipped font {path} cannot be used ({exc})") from exc
        pdfmetrics.registerFont(font)
        # reportlab hands out the first font registered for a face; remember widths on that one
        _remember_widths(pdfmetrics.getFont(name))
        if name in (REGULAR, BOLD):
            mapped = frozenset(font.face.charToGlyph)
            covered = mapped if covered is None else covered & mapped
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return FontFamily(REGULAR, BOLD, ITALIC, BOLD_ITALIC, covered or frozenset())


WIDTH_CACHE = 1 << 16  # (text, size) pairs kept per face


def _remember_widths(font) -> None:
    """Remember the widths this face measured: line breaking measures every word of every
    paragraph, again each time a table cell is re-wrapped across a page break, in pure Python
    (reportlab's C accelerator is optional), about a third of an export. Same numbers, from the
    same method, so layouts are unchanged."""
    if "stringWidth" in vars(font):
        return  # already remembering
    measure = font.stringWidth

    @lru_cache(maxsize=WIDTH_CACHE)
    def width(text: str, size: float, encoding: str = "utf8") -> float:
        return measure(text, size, encoding)

    font.stringWidth = width  # the instance's own attribute: reportlab calls font.stringWidth


# -- system fallbacks --------------------------------------------------------------------
def system_font_dirs() -> list[Path]:
    """Folders that hold the machine's fonts, on Linux, macOS and Windows."""
    home = Path.home()
    dirs = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
    ]
    if os.environ.get("XDG_DATA_HOME"):
        dirs.append(Path(os.environ["XDG_DATA_HOME"]) / "fonts")
    if sys.platform == "darwin":
        dirs += [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts"]
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        if os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def _preference(path: Path) -> tuple[int, str]:
    """Regular sans faces first, then the rest; bold, italic and symbol-only faces last."""
    name = path.name.lower()
    rank = 0
    if any(word in name for word in ("bold", "italic", "oblique", "light", "thin", "black")):
        rank += 2
    if any(word in name for word in ("mono", "serif", "math", "emoji", "symbol")):
        rank += 1
    return rank, str(path)


def _candidate_files(dirs: Iterable[Path]) -> list[Path]:
    found = set()
    for folder in dirs:
        if not folder.is_dir():
            continue
        for root, _subdirs, files in os.walk(folder):
            for filename in files:
                if filename.lower().endswith((".ttf", ".ttc")):
                    found.add(Path(root) / filename)
    return sorted(found, key=_preference)


def fallback_fonts(codepoints: Iterable[int]) -> dict[int, str | None]:
    """A registered system font for each code point, or None where no usable font has it.

    Only TrueType-outline faces (.ttf/.ttc with a glyf table) are considered: reportlab
    cannot embed CFF outlines. Results are cached for the process.
    """
    wanted = {cp for cp in codepoints}
    with _lock:
        todo = {cp for cp in wanted if cp not in _chosen}
        if todo:
            _choose(todo)
        return {cp: _chosen[cp] for cp in wanted}


def _choose(todo: set[int]) -> None:
    for path in _candidate_files(system_font_dirs()):
        if not todo:
            break
        for face in _read_faces(path):
            hits = todo & face.codepoints
            if not hits:
                continue
            name = _register_face(face)
            if name is None:
                continue
            for cp in hits:
                _chosen[cp] = name
            todo -= hits
    for cp in todo:
        _chosen[cp] = None


def _register_face(face: Face) -> str | None:
    key = (face.path, face.index)
    if key not in _registered:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        digest = hashlib.sha1(f"{face.path}:{face.index}".encode()).hexdigest()[:10]
        name = f"Fallback-{digest}"
        try:
            pdfmetrics.registerFont(TTFont(name, str(face.path), subfontIndex=face.index))
        except (OSError, TTFError, struct.error, ValueError, KeyError, IndexError):
            _registered[key] = None
        else:
            _registered[key] = name
    return _registered[key]


def _read_faces(path: Path) -> tuple[Face, ...]:
    if path not in _faces:
        try:
            if path.stat().st_size > MAX_FONT_BYTES:
                _faces[path] = ()
            else:
                _faces[path] = tuple(_parse_faces(path, path.read_bytes()))
        except (OSError, struct.error, ValueError, IndexError):
            _faces[path] = ()
    return _faces[path]


# -- a minimal cmap reader: fast enough to scan a machine's fonts -------------------------
def _parse_faces(path: Path, data: bytes) -> Iterator[Face]:
    if data[:4] == b"ttcf":
        (count,) = struct.unpack_from(">I", data, 8)
        offsets = struct.unpack_from(f">{count}I", data, 12)
    else:
        offsets = (0,)
    for index, offset in enumerate(offsets):
        tables = _table_directory(data, offset)
        if b"glyf" not in tables or b"cmap" not in tables:
            continue  # CFF outlines (OTTO) or no character map: reportlab cannot use it
        codepoints = _cmap_codepoints(data, tables[b"cmap"])
        if codepoints:
            yield Face(path, index, codepoints)


def _table_directory(data: bytes, offset: int) -> dict[bytes, int]:
    (num_tables,) = struct.unpack_from(">H", data, offset + 4)
    tables = {}
    for i in range(num_tables):
        tag, _checksum, table_offset, _length = struct.unpack_from(
            ">4sIII", data, offset + 12 + 16 * i
        )
        tables[tag] = table_offset
    return tables


def _cmap_codepoints(data: bytes, cmap: int) -> frozenset[int]:
    _version, count = struct.unpack_from(">HH", data, cmap)
    subtables = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        subtables[(platform, encoding)] = cmap + offset
    for key in ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 1), (0, 0)):
        if key in subtables:
            start = subtables[key]
            (fmt,) = struct.unpack_from(">H", data, start)
            if fmt == 12:
                return _format12(data, start)
            if fmt == 4:
                return _format4(data, start)
    return frozenset()


def _format12(data: bytes, start: int) -> frozenset[int]:
    (groups,) = struct.unpack_from(">I", data, start + 12)
    codes: set[int] = set()
    for i in range(groups):
        first, last, glyph = struct.unpack_from(">III", data, start + 16 + 12 * i)
        codes.update(range(first + (glyph == 0), last + 1))
    return frozenset(codes)


def _format4(data: bytes, start: int) -> frozenset[int]:
    (seg_x2,) = struct.unpack_from(">H", data, start + 6)
    segs = seg_x2 // 2
    ends = struct.unpack_from(f">{segs}H", data, start + 14)
    starts = struct.unpack_from(f">{segs}H", data, start + 16 + seg_x2)
    deltas = struct.unpack_from(f">{segs}h", data, start + 16 + 2 * seg_x2)
    range_at = start + 16 + 3 * seg_x2
    range_offsets = struct.unpack_from(f">{segs}H", data, range_at)
    codes: set[int] = set()
    for i in range(segs):
        first, last = starts[i], ends[i]
        if first == 0xFFFF:
            continue
        if range_offsets[i] == 0:
            codes.update(c for c in range(first, last + 1) if (c + deltas[i]) & 0xFFFF)
            continue
        base = range_at + 2 * i + range_offsets[i]
        for c in range(first, last + 1):
            (glyph,) = struct.unpack_from(">H", data, base + 2 * (c - first))
            if glyph:
                codes.add(c)
    return frozenset(codes)
