"""Writing the file: atomic, owner-only, cancellable, with progress, reproducible."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from planner.domain.errors import InvalidInput
from planner.export.pdf import ExportCancelled, ExportError, write_pdf
from planner.export.pdf import writer as writer_module
from tests.export.conftest import DEMO, EPOCH

ROOT = Path(__file__).resolve().parents[2]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_the_file_is_owner_only(tmp_path, demo_document):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    result = write_pdf(demo_document, tmp_path / "plan.pdf")
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600


def test_an_existing_file_is_replaced_whole(tmp_path, demo_document):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old contents")
    os.chmod(target, 0o644)
    write_pdf(demo_document, target)
    assert target.read_bytes().startswith(b"%PDF-")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert leftovers(tmp_path) == []


def test_a_failed_render_leaves_the_old_file_and_no_temp_file(tmp_path, demo_document, monkeypatch):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old contents")

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("planner.export.pdf.story.build_story", broken)
    with pytest.raises(RuntimeError):
        write_pdf(demo_document, target)
    assert target.read_bytes() == b"old contents"
    assert leftovers(tmp_path) == []


def test_a_failed_write_leaves_no_temp_file(tmp_path, demo_document, monkeypatch):
    target = tmp_path / "plan.pdf"

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(ExportError, match="disk is full"):
        write_pdf(demo_document, target)
    assert not target.exists()
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("after_calls", [1, 5, 40, 10_000])
def test_cancelling_leaves_nothing_behind(tmp_path, demo_document, after_calls):
    """Cancelled before layout, during layout, while writing pages out, just before renaming."""
    target = tmp_path / "plan.pdf"
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > after_calls

    if after_calls == 10_000:
        # Count the checks of a whole export, then cancel at the very last one.
        write_pdf(demo_document, tmp_path / "count.pdf", cancelled=cancelled)
        (tmp_path / "count.pdf").unlink()
        after_calls, calls = calls - 1, 0
    with pytest.raises(ExportCancelled):
        write_pdf(demo_document, target, cancelled=cancelled)
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_progress_rises_from_zero_to_one(tmp_path, demo_document):
    seen: list[float] = []
    write_pdf(demo_document, tmp_path / "plan.pdf", progress=seen.append)
    assert seen == sorted(seen)
    assert 0 < seen[0] <= 0.1 and seen[-1] == 1.0
    assert len(seen) > 10


def test_bad_paper_and_bad_targets_are_refused(tmp_path, demo_document):
    with pytest.raises(InvalidInput, match="paper"):
        write_pdf(demo_document, tmp_path / "p.pdf", paper="a5")
    with pytest.raises(InvalidInput, match="does not exist"):
        write_pdf(demo_document, tmp_path / "missing" / "p.pdf")
    with pytest.raises(InvalidInput, match="is a folder"):
        write_pdf(demo_document, tmp_path)


def test_an_unwritable_folder_is_an_export_error(tmp_path, demo_document):
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("needs POSIX permissions that apply to this user (not root)")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="permission denied"):
            write_pdf(demo_document, folder / "p.pdf")
    finally:
        folder.chmod(0o700)


def test_same_input_same_bytes(tmp_path, demo_document):
    one = write_pdf(demo_document, tmp_path / "one.pdf").path.read_bytes()
    two = write_pdf(demo_document, tmp_path / "two.pdf").path.read_bytes()
    assert one == two


def test_same_bytes_from_a_fresh_process(tmp_path, demo_document):
    """Font registration order, caches and the like must not leak into the file."""
    mine = write_pdf(demo_document, tmp_path / "mine.pdf").path.read_bytes()
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from planner.catalog import load_catalog
        from planner.engine import build_roadmap
        from planner.export.pdf import PlanDocument, write_pdf
        from planner.codec.profile_file import load_profile
        catalog = load_catalog()
        profile = load_profile(Path({str(DEMO)!r}))
        doc = PlanDocument(build_roadmap(profile, catalog), catalog, profile)
        write_pdf(doc, Path({str(tmp_path / "theirs.pdf")!r}))
        """
    )
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "PYTHONHASHSEED": "random"}
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True, timeout=120)
    assert (tmp_path / "theirs.pdf").read_bytes() == mine


def test_without_source_date_epoch_the_date_is_today(tmp_path, demo_document, monkeypatch):
    from datetime import date

    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert writer_module.printed_on() == date.today()
    pdf = write_pdf(demo_document, tmp_path / "p.pdf").path.read_bytes()
    assert b"/CreationDate (D:2000" not in pdf  # not reportlab's invariant placeholder


def test_a_malformed_source_date_epoch_is_refused(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(InvalidInput, match="SOURCE_DATE_EPOCH"):
        writer_module.printed_on()


def test_exports_on_worker_threads_match_the_same_exports_in_turn(demo_document, catalog):
    """The desktop app renders on its thread pool; two at once must not disturb each other."""
    import threading

    from planner.codec.profile_file import load_profile
    from planner.engine import build_roadmap
    from planner.export.pdf import PlanDocument
    from planner.export.pdf.writer import render_bytes

    profile = load_profile(ROOT / "tests" / "data" / "personas" / "developer.json")
    other = PlanDocument(build_roadmap(profile, catalog), catalog, profile)
    documents = [demo_document, other]
    in_turn = [render_bytes(doc)[0] for doc in documents]
    at_once: list[bytes | None] = [None, None]

    def work(i: int) -> None:
        at_once[i] = render_bytes(documents[i])[0]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert at_once == in_turn
