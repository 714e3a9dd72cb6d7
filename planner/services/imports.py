"""Import a person from a JSON Resume or a LinkedIn export: preview first, then one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

from planner.domain.catalog_model import Catalog
from planner.domain.errors import InvalidInput, PlannerError
from planner.domain.messages import _
from planner.importers.client_list import (
    FIELDS,
    ClientList,
    ClientRow,
    client_rows,
    read_client_list,
    remap,
)
from planner.importers.review import ImportPreview
from planner.services.workspace import Workspace
from planner.storage.person_keys import person_setting_key

__all__ = [
    "FIELDS",
    "ClientList",
    "ClientRow",
    "ImportCancelled",
    "ImportPreview",
    "ImportService",
    "add_clients",
    "client_rows",
    "detect",
    "preview_import",
    "read_client_list",
    "remap",
]

JSON_RESUME, LINKEDIN_ZIP, LINKEDIN_FOLDER = "json-resume", "linkedin-zip", "linkedin-folder"


def detect(source: Path) -> str:
    """Which kind of source this is, from what it is (folder) and how it starts."""
    try:
        if source.is_dir():
            return LINKEDIN_FOLDER
        if not source.exists():
            raise InvalidInput(_("{path}: no such file or folder", path=source))
        if not source.is_file():
            raise InvalidInput(_("{path} is not a regular file", path=source))
        with source.open("rb") as handle:
            head = handle.read(64)
    except PermissionError as exc:
        raise InvalidInput(_("{path}: permission denied", path=source)) from exc
    except OSError as exc:
        raise InvalidInput(
            _("{path}: cannot be read ({error})", path=source, error=exc.strerror or exc)
        ) from exc
    suffix = source.suffix.casefold()
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if suffix == ".json":
            raise InvalidInput(
                _("{path} is a ZIP archive, not JSON (a LinkedIn export?)", path=source)
            )
        return LINKEDIN_ZIP
    if suffix == ".zip":
        return LINKEDIN_ZIP  # the ZIP reader says what is wrong with it
    if suffix == ".json" or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return JSON_RESUME
    raise InvalidInput(
        _(
            "{path} is neither a JSON Resume (.json) nor a LinkedIn data export (.zip or folder)",
            path=source,
        )
    )


def preview_import(source: Path, catalog: Catalog, today: date) -> ImportPreview:
    """What importing source would create; reads the file only, writes nothing."""
    kind = detect(source)
    if kind == JSON_RESUME:
        from planner.importers.json_resume import preview_json_resume

        return preview_json_resume(source, catalog, today)
    from planner.importers.linkedin import preview_linkedin

    return preview_linkedin(source, catalog, today)


class ImportService:
    """Previews and saves imports for one open workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def preview(self, source: Path) -> ImportPreview:
        planning = self._workspace.planning
        return preview_import(source, planning.base_catalog, planning.today())

    def commit(self, preview: ImportPreview, tags: Iterable[str] = ()) -> int:
        """Add the person (and ledger entries when chosen) in one transaction; their id."""
        profile = preview.profile()  # checked before the database is touched
        ws = self._workspace
        with ws.atomic():
            person_id = ws.people.add(profile, list(tags))
            for lead in preview.ledger_entries():
                period = lead.period
                assert period.started is not None  # ledger_entries() keeps dated ones only
                project = period.title or _("Project")
                if period.organisation:
                    project = _(
                        "{project} at {organisation}",
                        project=project,
                        organisation=period.organisation,
                    )
                ws.journal.add_project(
                    person_id,
                    project[:200],
                    period.started,
                    finished=period.finished,
                    role=period.title[:200],
                    note=_(
                        "Imported from {file}: {reasons}",
                        file=preview.source.name,
                        reasons="; ".join(lead.reasons)[:500],
                    ),
                )
        return person_id


class ImportCancelled(PlannerError):
    """The person cancelled a client-list import; nothing was added."""


def add_clients(
    workspace: Workspace,
    rows: Sequence[ClientRow],
    tags: Iterable[str] = (),
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[int]:
    """Add every client in one transaction (all or none); their new ids, in row order."""
    ws = workspace
    extra = list(tags)
    ids = []
    with ws.atomic():
        for done, row in enumerate(rows):
            if cancelled is not None and done % 50 == 0 and cancelled():
                raise ImportCancelled(_("import cancelled; nobody was added"))
            person_id = ws.people.add(row.profile, [*extra, *row.tags])
            if row.email:
                key = person_setting_key(ws.people.uuid(person_id), "email")
                ws.coach.set_setting(key, row.email)
            ids.append(person_id)
            if progress is not None and done % 50 == 0:
                progress(done, len(rows))
    if progress is not None:
        progress(len(rows), len(rows))
    return ids
