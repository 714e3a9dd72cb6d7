"""The hand-out as a Word document (python-docx): the coach adapts the words for a client."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime

from planner.export.handout.outline import Block, Bullets, Heading, Table, Text

# XML 1.0 cannot hold most control characters; python-docx would refuse the whole document.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def render(blocks: Sequence[Block], title: str, created: datetime | None = None) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    core = document.core_properties
    core.title = _clean(title)
    core.author = "Career Transition Planner"
    # Fixed timestamps keep the file the same for the same plan (SOURCE_DATE_EPOCH).
    stamp = created or datetime.now(UTC)
    core.created = core.modified = stamp.replace(tzinfo=None)
    core.last_modified_by = ""
    core.revision = 1
    document.styles["Normal"].font.size = Pt(10)
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(_clean(block.text), level=min(block.level - 1, 3) or 0)
        elif isinstance(block, Text):
            paragraph = document.add_paragraph()
            if block.label:
                paragraph.add_run(_clean(block.label) + ": ").bold = True
            paragraph.add_run(_clean(block.text))
        elif isinstance(block, Bullets):
            for item in block.items:
                document.add_paragraph(_clean(item), style="List Bullet")
        elif isinstance(block, Table):
            _table(document, block)
    buffer = io.BytesIO()
    document.save(buffer)
    return _stamped(buffer.getvalue(), stamp)


def _stamped(data: bytes, stamp: datetime) -> bytes:
    """The same ZIP with every member dated stamp, so one plan gives one file (reproducible)."""
    moment = max(stamp.timetuple()[:6], (1980, 1, 1, 0, 0, 0))  # ZIP dates start in 1980
    source = zipfile.ZipFile(io.BytesIO(data))
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=moment)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, source.read(member.filename))
    return target.getvalue()


def _table(document, block: Table) -> None:
    has_header = any(block.header)
    table = document.add_table(rows=0, cols=len(block.header))
    table.style = "Table Grid"
    if has_header:
        cells = table.add_row().cells
        for cell, text in zip(cells, block.header, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(_clean(text)).bold = True
    for row in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = _clean(text)
    document.add_paragraph()
