"""Read a LinkedIn 'Get a copy of your data' export (ZIP or folder) into an ImportPreview."""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from datetime import date
from pathlib import Path, PurePosixPath

from planner.codec.input_file import read_input
from planner.domain.catalog_model import Catalog
from planner.domain.errors import InvalidInput
from planner.domain.messages import _
from planner.i18n.format import number as grouped
from planner.importers.review import (
    ImportPreview,
    Period,
    add_credential,
    add_skill,
    apply_leadership,
    best_education,
    clip,
    current_role,
    experience_years,
    finish,
)

MAX_ZIP_BYTES = 50_000_000
MAX_UNCOMPRESSED = 100_000_000
MAX_MEMBERS = 200
MAX_CSV_BYTES = 20_000_000
MAX_FOLDER_ENTRIES = 2_000
MAX_ROWS = 2_000
HEADER_SEARCH_ROWS = 30
SKILL_LEVEL = 2  # LinkedIn lists skills without levels

# canonical column -> the names LinkedIn has used for it over the years (compared casefolded)
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "Profile.csv": {
        "first": ("first name", "firstname", "given name"),
        "last": ("last name", "lastname", "surname", "family name"),
        "headline": ("headline",),
        "region": ("geo location", "geolocation", "location", "region", "country"),
    },
    "Positions.csv": {
        "company": ("company name", "company", "organization", "organisation", "employer"),
        "title": ("title", "position", "job title", "role"),
        "description": ("description", "summary"),
        "start": ("started on", "start date", "start", "from"),
        "end": ("finished on", "end date", "end", "to"),
    },
    "Skills.csv": {"name": ("name", "skill", "skill name", "skills")},
    "Certifications.csv": {
        "name": ("name", "certification", "certification name", "title"),
        "authority": ("authority", "issuer", "issuing organization", "issuing organisation"),
        "start": ("started on", "start date", "issued on", "issue date", "date"),
        "end": ("finished on", "end date", "expires on", "expiration date", "expiry date"),
    },
    "Education.csv": {
        "school": ("school name", "school", "institution"),
        "degree": ("degree name", "degree", "qualification"),
        "start": ("started on", "start date", "start"),
        "end": ("finished on", "end date", "end"),
    },
}
KEY_COLUMNS = {
    "Profile.csv": ("first", "last", "headline"),
    "Positions.csv": ("title", "company"),
    "Skills.csv": ("name",),
    "Certifications.csv": ("name",),
    "Education.csv": ("school", "degree"),
}
FILES = tuple(COLUMNS)
_BY_LOWER = {name.casefold(): name for name in FILES}
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTHS = {
    key: number
    for number, full in enumerate(_MONTH_NAMES.split(), start=1)
    for key in (full, full[:3], "sept" if number == 9 else full[:3])
}


def _unsafe(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return (
        name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) is not None or (".." in parts)
    )


def _read_zip(path: Path) -> dict[str, bytes]:
    """The known CSVs in the archive, read in memory; nothing is extracted to disk."""
    size = path.stat().st_size
    if size > MAX_ZIP_BYTES:
        raise InvalidInput(
            _(
                "{path} is {size} bytes; a LinkedIn export ZIP is at most {limit}",
                path=path,
                size=grouped(size),
                limit=grouped(MAX_ZIP_BYTES),
            )
        )
    if not zipfile.is_zipfile(path):
        raise InvalidInput(_("{path} is not a ZIP archive", path=path))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise InvalidInput(
                    _(
                        "{path} holds {count} files; a LinkedIn export has far fewer (at most "
                        "{limit})",
                        path=path,
                        count=grouped(len(members)),
                        limit=grouped(MAX_MEMBERS),
                    )
                )
            for info in members:
                if _unsafe(info.filename):
                    raise InvalidInput(
                        _(
                            "{path} is refused: it holds an unsafe path {name!r}",
                            path=path,
                            name=info.filename[:80],
                        )
                    )
            total = sum(info.file_size for info in members)
            if total > MAX_UNCOMPRESSED:
                raise InvalidInput(
                    _(
                        "{path} is refused: it would unpack to {size} bytes (limit {limit})",
                        path=path,
                        size=grouped(total),
                        limit=grouped(MAX_UNCOMPRESSED),
                    )
                )
            chosen: dict[str, zipfile.ZipInfo] = {}
            for info in sorted(members, key=lambda i: (i.filename.count("/"), i.filename)):
                wanted = _BY_LOWER.get(PurePosixPath(info.filename).name.casefold())
                if wanted and not info.is_dir() and wanted not in chosen:
                    chosen[wanted] = info
            files = {}
            for wanted, info in chosen.items():
                if info.flag_bits & 0x1:
                    raise InvalidInput(
                        _("{path}: {name} is encrypted", path=path, name=info.filename)
                    )
                with archive.open(info) as member:
                    data = member.read(MAX_CSV_BYTES + 1)
                if len(data) > MAX_CSV_BYTES:
                    raise InvalidInput(
                        _(
                            "{path}: {name} is larger than {limit} bytes",
                            path=path,
                            name=info.filename,
                            limit=grouped(MAX_CSV_BYTES),
                        )
                    )
                files[wanted] = data
            return files
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
        RuntimeError,
        ValueError,
    ) as exc:
        raise InvalidInput(
            _(
                "{path} is a damaged or unsupported ZIP archive ({error})",
                path=path,
                error=str(exc)[:80],
            )
        ) from exc


def _read_folder(path: Path) -> dict[str, bytes]:
    """The known CSVs in the folder or one level below it (exports unzip into a subfolder)."""
    found: dict[str, Path] = {}
    seen = 0
    for folder in [path, *sorted(p for p in path.iterdir() if p.is_dir() and not p.is_symlink())]:
        for entry in sorted(folder.iterdir()):
            seen += 1
            if seen > MAX_FOLDER_ENTRIES:
                raise InvalidInput(
                    _("{path} holds too many files to be a LinkedIn export", path=path)
                )
            wanted = _BY_LOWER.get(entry.name.casefold())
            if wanted and wanted not in found and entry.is_file() and not entry.is_symlink():
                found[wanted] = entry
    files, total = {}, 0
    for wanted, entry in found.items():
        size = entry.stat().st_size
        total += size
        if size > MAX_CSV_BYTES or total > MAX_UNCOMPRESSED:
            raise InvalidInput(
                _(
                    "{path} is too large for a LinkedIn export ({size} bytes)",
                    path=entry,
                    size=grouped(size),
                )
            )
        files[wanted] = read_input(entry, what=_("a LinkedIn CSV file"), max_bytes=MAX_CSV_BYTES)
    return files


def read_export(path: Path) -> dict[str, bytes]:
    """Profile.csv, Positions.csv ... as bytes, from a ZIP or a folder."""
    try:
        files = _read_folder(path) if path.is_dir() else _read_zip(path)
    except PermissionError as exc:
        raise InvalidInput(_("{path}: permission denied", path=path)) from exc
    except OSError as exc:
        raise InvalidInput(
            _("{path}: cannot be read ({error})", path=path, error=exc.strerror or exc)
        ) from exc
    if not files:
        raise InvalidInput(
            _(
                "{path} does not look like a LinkedIn data export: none of {files} is in it",
                path=path,
                files=", ".join(FILES),
            )
        )
    return files


def unclosed_quote_line(data: bytes) -> int | None:
    """The line where a quoted CSV field opens and never closes (the lenient reader would
    silently swallow the rest of the file into it), or None."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 1
    try:
        for _row in reader:
            line = reader.line_num + 1
    except csv.Error:
        return line
    return None


def read_rows(name: str, data: bytes, path: Path) -> list[dict[str, str]]:
    """Rows as {canonical column: text}; preamble lines before the header are skipped."""
    where = f"{path}: {name}"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InvalidInput(_("{path} is UTF-16 text; save it as UTF-8 and try again", path=where))
    if b"\x00" in data:
        raise InvalidInput(_("{path} is a binary file, not CSV", path=where))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            _("{path} is not UTF-8 text (byte {byte})", path=where, byte=exc.start)
        ) from exc
    if not text.strip():
        return []
    synonyms = {s: key for key, names in COLUMNS[name].items() for s in names}
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header: dict[int, str] | None = None
        rows: list[dict[str, str]] = []
        for number, row in enumerate(reader, start=1):
            if header is None:
                cells = {i: synonyms.get(" ".join(c.split()).casefold()) for i, c in enumerate(row)}
                if any(cells.get(i) in KEY_COLUMNS[name] for i in cells):
                    header = {i: key for i, key in cells.items() if key}
                elif number >= HEADER_SEARCH_ROWS:
                    break
                continue
            if any(cell.strip() for cell in row):
                rows.append({key: row[i].strip() for i, key in header.items() if i < len(row)})
                if len(rows) > MAX_ROWS:
                    raise InvalidInput(
                        _(
                            "{path} has more than {limit} rows",
                            path=where,
                            limit=grouped(MAX_ROWS),
                        )
                    )
    except csv.Error as exc:
        raise InvalidInput(
            _("{path} is not readable CSV ({error})", path=where, error=exc)
        ) from exc
    if header is None:
        expected = ", ".join(names[0].title() for names in COLUMNS[name].values())
        raise InvalidInput(
            _(
                "{path} has no header row with the expected columns ({columns})",
                path=where,
                columns=expected,
            )
        )
    return rows


def parse_date(text: str) -> date | None:
    """'Jan 2019', 'January 2019', '2019', '01 Jan 2019', 'Jan 1, 2019', '2019-01-15', '1/15/2019'.

    Returns None for anything else.
    """
    t = text.strip().casefold()
    if iso := re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", t):
        year, month, day = int(iso[1]), int(iso[2] or 1), int(iso[3] or 1)
    elif us := re.fullmatch(r"(\d{1,2})/(?:(\d{1,2})/)?(\d{4})", t):
        month, day, year = int(us[1]), int(us[2] or 1), int(us[3])  # LinkedIn writes US order
    elif re.fullmatch(r"[a-z\d.,\s]+", t):
        words = re.findall(r"[a-z]+|\d+", t)
        months = [MONTHS[w] for w in words if w in MONTHS]
        numbers = [w for w in words if w.isdigit()]
        years = [int(n) for n in numbers if len(n) == 4]
        days = [int(n) for n in numbers if len(n) <= 2]
        if len(months) != 1 or len(years) != 1 or len(days) > 1:
            return None
        if len(months) + len(numbers) != len(words) or len(years) + len(days) != len(numbers):
            return None
        year, month, day = years[0], months[0], days[0] if days else 1
    else:
        return None
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _date(text: str, where: str, warnings: list[str]) -> date | None:
    if not text:
        return None
    found = parse_date(text)
    if found is None:
        warnings.append(
            _(
                "{where}: could not read the date {value!r}; it was left out.",
                where=where,
                value=text[:30],
            )
        )
    return found


def preview_linkedin(path: Path, catalog: Catalog, today: date) -> ImportPreview:
    """Read and map a LinkedIn export (ZIP or folder); nothing is saved."""
    files = read_export(path)
    rows = {name: read_rows(name, data, path) for name, data in files.items()}
    warnings: list[str] = [
        _(
            "{file} has a quote that is never closed (from line {line}); what follows it may be "
            "missing: check the positions below against the profile.",
            file=name,
            line=line,
        )
        for name, data in files.items()
        if (line := unclosed_quote_line(data)) is not None
    ]
    kind = _("LinkedIn export, folder") if path.is_dir() else _("LinkedIn export, ZIP")

    profile = (rows.get("Profile.csv") or [{}])[0]
    full_name = f"{profile.get('first', '')} {profile.get('last', '')}"
    name = clip(full_name, _("the name"), warnings)
    if not name:
        name = _("Imported from {file}", file=path.name)[:200]
        warnings.append(_("The export gives no name (Profile.csv): set the person's name."))
    preview = ImportPreview(path, kind, today, name=name, warnings=warnings)
    for missing in (f for f in FILES if f not in files):
        preview.notes.append(
            _("{file} is not in the export (partial exports leave files out).", file=missing)
        )
    preview.region = clip(profile.get("region", ""), "Geo Location", warnings)
    preview.set_country(None, "")  # LinkedIn gives a place name: guessed from it

    periods, current = [], []
    for i, row in enumerate(rows.get("Positions.csv", []), start=1):
        where = _("{file} row {row}", file="Positions.csv", row=i)
        started = _date(row.get("start", ""), where, warnings)
        finished = _date(row.get("end", ""), where, warnings)
        if started and finished and finished < started:
            warnings.append(
                _("{where} ends before it starts; its dates were left out.", where=where)
            )
            started = finished = None
        texts = tuple(t for t in [row.get("description", "")] if t)
        period = Period(
            row.get("title", ""), row.get("company", ""), started, finished, texts, where
        )
        periods.append(period)
        if not row.get("end"):  # a blank Finished On means the job goes on
            current.append(period)
    ongoing = current_role(current)
    preview.current_role = clip(
        ongoing.title if ongoing else profile.get("headline", ""), _("the current role"), warnings
    )
    if not ongoing and periods and (latest := current_role(periods)):
        preview.notes.append(
            _("No current position; the last one was {title!r}.", title=latest.title)
        )
    preview.years_experience = experience_years(periods, today)
    apply_leadership(preview, periods)

    education = []
    for i, row in enumerate(rows.get("Education.csv", []), start=1):
        where = _("{file} row {row}", file="Education.csv", row=i)
        finished = _date(row.get("end", ""), where, warnings)
        if row.get("degree"):
            education.append((row["degree"], finished))
    best_education(education, today, preview)

    for i, row in enumerate(rows.get("Skills.csv", []), start=1):
        where = _("{file} row {row}", file="Skills.csv", row=i)
        add_skill(preview, catalog, row.get("name", ""), where, SKILL_LEVEL)
    for i, row in enumerate(rows.get("Certifications.csv", []), start=1):
        where = _("{file} row {row}", file="Certifications.csv", row=i)
        earned = _date(row.get("start", ""), where, warnings)
        ends = _date(row.get("end", ""), where, warnings)
        add_credential(preview, catalog, row.get("name", ""), where, earned, expires=ends)
    return finish(preview)
