"""A coach's client list (CSV or XLSX): columns mapped to profile fields, every row checked."""

from __future__ import annotations

import csv
import io
import math
import re
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from planner.codec.input_file import read_input, shown
from planner.domain.errors import InvalidInput, InvalidProfile
from planner.domain.messages import _
from planner.domain.profile import Profile
from planner.domain.records import record
from planner.i18n.format import number

MAX_BYTES = 50_000_000
MAX_UNPACKED = 200_000_000  # an XLSX is a ZIP: refuse one that unpacks to more (a ZIP bomb)
MAX_ROWS = 50_000  # the largest practice the planner is built for
DEFAULT_HOURS = 5.0
THOUSANDS_COMMA = re.compile(r"-?\d{1,3}(,\d{3})+")
THOUSANDS_DOT = re.compile(r"-?\d{1,3}(\.\d{3})+")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# field -> header words that name it (compared case- and punctuation-blind)
FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "client", "client name", "person"),
    "current_role": ("role", "current role", "title", "job title", "position"),
    "region": ("region", "location", "city", "country", "area"),
    "email": ("email", "e mail", "email address", "mail"),
    "tags": ("tags", "tag", "cohort", "group", "labels"),
    "weekly_hours": ("hours", "weekly hours", "hours a week", "hours per week", "hours week"),
    "budget": ("budget", "training budget"),
    "target_track": ("track", "target track", "target", "goal"),
}
TRACK_WORDS = {
    "infrastructure": "infrastructure",
    "infra": "infrastructure",
    "software": "software",
    "hybrid": "hybrid",
}


@record
class ClientRow:
    line: int  # the row's number as a spreadsheet shows it (the header is row 1)
    profile: Profile
    email: str
    tags: tuple[str, ...]


@record
class ClientList:
    source: Path
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # raw cells, for the preview
    mapping: Mapping[int, str]  # column index -> field

    def unmapped(self) -> list[str]:
        return [h for i, h in enumerate(self.header) if i not in self.mapping]


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.casefold()))


def guess_mapping(header: Sequence[str]) -> dict[int, str]:
    """Column index -> field for every header that names one (each field used once)."""
    words = {_key(w): field for field, names in FIELDS.items() for w in names}
    mapping: dict[int, str] = {}
    for index, title in enumerate(header):
        field = words.get(_key(title))
        if field and field not in mapping.values():
            mapping[index] = field
    return mapping


def _xlsx_rows(raw: bytes, source: str) -> list[list[str]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise InvalidInput(
            _("{path} is not a valid XLSX workbook ({error})", path=source, error=exc)
        ) from exc
    if unpacked > MAX_UNPACKED:
        raise InvalidInput(
            _(
                "{path} unpacks to over {limit} MB; refused",
                path=source,
                limit=number(MAX_UNPACKED // 1_000_000),
            )
        )
    import openpyxl  # uses defusedxml, so entity tricks in the XML are refused

    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise InvalidInput(
            _("{path} could not be read as a workbook ({error})", path=source, error=exc)
        ) from exc
    try:
        sheet = book.worksheets[0]
        rows: list[list[str]] = []
        for values in sheet.iter_rows(values_only=True):
            if len(rows) > MAX_ROWS:
                raise InvalidInput(_too_many_rows(source))
            rows.append(["" if v is None else _cell(v) for v in values])
        return rows
    finally:
        book.close()


def _too_many_rows(source: str) -> str:
    return _("{path} has over {limit} rows; split it", path=source, limit=number(MAX_ROWS))


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _csv_rows(raw: bytes, source: str) -> list[list[str]]:
    if b"\x00" in raw:
        raise InvalidInput(_("{path} is a binary file, not a CSV client list", path=source))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # what spreadsheet apps write on Windows
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            if len(rows) > MAX_ROWS:
                raise InvalidInput(_too_many_rows(source))
            rows.append([cell.strip() for cell in row])
    except csv.Error as exc:
        raise InvalidInput(
            _(
                "{path}: row {row} is not valid CSV ({error})",
                path=source,
                row=len(rows) + 1,
                error=exc,
            )
        ) from exc
    return rows


def read_client_list(path: Path) -> ClientList:
    """The file's header, rows and a guessed mapping; nothing is checked row by row yet."""
    raw = read_input(path, what=_("a client list"), max_bytes=MAX_BYTES)
    source = shown(path)
    rows = _xlsx_rows(raw, source) if raw[:4] == b"PK\x03\x04" else _csv_rows(raw, source)
    rows = [r for r in rows if any(r)]
    if not rows:
        raise InvalidInput(
            _("{path} is empty; expected a header row and one row per client", path=source)
        )
    header = tuple(rows[0])
    width = len(header)
    body = tuple(tuple((r + [""] * width)[:width]) for r in rows[1:])
    return ClientList(Path(source), header, body, guess_mapping(header))


def remap(clients: ClientList, mapping: Mapping[int, str]) -> ClientList:
    """The same list with another mapping (the person chose columns)."""
    unknown = set(mapping.values()) - set(FIELDS)
    if unknown:
        raise InvalidInput(
            _(
                "unknown field {field!r} (fields: {fields})",
                field=sorted(unknown)[0],
                fields=", ".join(FIELDS),
            )
        )
    used = list(mapping.values())
    for field in used:
        if used.count(field) > 1:
            raise InvalidInput(_("two columns are mapped to {field}; choose one", field=field))
    for index in mapping:
        if not 0 <= index < len(clients.header):
            raise InvalidInput(_("column {column} does not exist", column=index + 1))
    return ClientList(clients.source, clients.header, clients.rows, dict(mapping))


def _plain_number(text: str) -> str:
    """'1,500' and '1.500,50' and '1,5' as Python reads numbers: the last of ',' and '.' is
    the decimal mark, unless the commas (or dots) only group thousands."""
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        grouping = "." if decimal == "," else ","
        return text.replace(grouping, "").replace(decimal, ".")
    if "," in text:
        return text.replace(",", "") if THOUSANDS_COMMA.fullmatch(text) else text.replace(",", ".")
    if text.count(".") > 1 and THOUSANDS_DOT.fullmatch(text):
        return text.replace(".", "")
    return text


def _number(text: str, what: str) -> float | None:
    cleaned = text.replace("\u00a0", "").replace(" ", "").lstrip("$€£")
    if not cleaned:
        return None
    cleaned = _plain_number(cleaned)
    try:
        value = float(cleaned) if len(cleaned) < 30 else math.nan
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise InvalidInput(_("{what} {value!r} is not a number", what=what, value=text[:30]))
    return value


def client_rows(clients: ClientList) -> list[ClientRow]:
    """Every row as a checked profile; the first bad row refuses the whole file, named."""
    from planner.codec.profile_file import profile_from_dict

    if "name" not in clients.mapping.values():
        raise InvalidInput(_("{path}: no column is mapped to name", path=clients.source))
    found = []
    for line, row in enumerate(clients.rows, start=2):
        cells = {field: row[i] for i, field in clients.mapping.items()}
        where = _("{path}, row {row}", path=clients.source, row=line)
        try:
            data: dict[str, object] = {"name": cells.get("name", "")}
            if cells.get("current_role"):
                data["current_role"] = cells["current_role"]
            if cells.get("region"):
                data["region"] = cells["region"]
            hours = _number(cells.get("weekly_hours", ""), _("hours a week"))
            data["weekly_hours"] = DEFAULT_HOURS if hours is None else hours
            budget = _number(cells.get("budget", ""), _("budget"))
            if budget is not None:
                data["budget"] = budget
            track = cells.get("target_track", "")
            if track:
                key = _key(track).split(" ")[0]
                if key not in TRACK_WORDS:
                    raise InvalidInput(
                        _(
                            "track {track!r} is not infrastructure, software or hybrid",
                            track=track[:30],
                        )
                    )
                data["target_track"] = TRACK_WORDS[key]
            email = cells.get("email", "")
            if email and not EMAIL.match(email):
                raise InvalidInput(_("{email!r} is not an email address", email=email[:60]))
            tags = tuple(t.strip() for t in re.split(r"[;,]", cells.get("tags", "")) if t.strip())
            profile = profile_from_dict(data)
        except (InvalidInput, InvalidProfile) as exc:
            raise InvalidInput(f"{where}: {exc}") from exc
        found.append(ClientRow(line, profile, email, tags))
    if not found:
        raise InvalidInput(_("{path} has a header but no clients", path=clients.source))
    return found
