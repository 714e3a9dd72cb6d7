"""Items 8 and 9: an erase or restore killed half-way is finished or cleaned up at next start."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]

# Runs `people delete 2 --yes`, but SIGKILLs itself at a chosen point of the erase.
KILLER = """
import os, signal, sys
from planner.services import people
from planner.storage import backups

point = sys.argv[1]
real_purge, real_compact = backups.purge_person, None

def die():
    os.kill(os.getpid(), signal.SIGKILL)

if point == "after-delete":
    from planner.storage.database import Store
    Store.compact = lambda self: die()
elif point == "mid-backup-purge":
    import sqlite3
    def purge(backup, person_uuid):
        conn = sqlite3.connect(backup, isolation_level=None)
        conn.execute("BEGIN")
        conn.execute("DELETE FROM notes")  # a transaction half done: a hot journal is left
        die()
    people.purge_person = purge
from planner.cli import main
sys.exit(main(["people", "delete", "2", "--yes"]))
"""


def _names(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM people")]
    finally:
        conn.close()


def _killed_delete(cli, point: str) -> None:
    env = dict(os.environ, CAREER_PLANNER_DB=str(cli.db), PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", KILLER, point], cwd=ROOT, env=env, capture_output=True, check=False
    )
    assert result.returncode == -signal.SIGKILL, result.stderr


def _with_backups(cli) -> list[Path]:
    for _ in range(3):
        assert cli("backup")[0] == 0
    return sorted((cli.db.parent / "backups").glob("planner-*.db"))


def test_erase_killed_after_the_delete_is_finished_at_next_start(two_people):
    cli = two_people
    backups = _with_backups(cli)
    _killed_delete(cli, "after-delete")
    assert "Hal Helpdesk" not in _names(cli.db)
    assert any("Hal Helpdesk" in _names(b) for b in backups)  # the kill left copies behind
    assert cli("people", "list")[0] == 0  # next start finishes the purge
    for backup in backups:
        assert "Hal Helpdesk" not in _names(backup), backup
    assert "Dev Oper" in _names(cli.db)


def test_erase_killed_inside_a_backup_purge_leaves_no_journal(two_people):
    cli = two_people
    backups = _with_backups(cli)
    _killed_delete(cli, "mid-backup-purge")
    folder = cli.db.parent / "backups"
    assert list(folder.glob("*-journal"))  # the kill left a hot journal with the old pages
    assert cli("people", "list")[0] == 0
    assert not list(folder.glob("*-journal"))
    for backup in backups:
        assert "Hal Helpdesk" not in _names(backup)
        assert "Dev Oper" in _names(backup)


def test_half_written_backup_of_a_killed_restore_is_removed_at_start(two_people):
    cli = two_people
    folder = cli.db.parent / "backups"
    folder.mkdir(exist_ok=True)
    leftover = folder / ".planner-20261202T061500000000Z-before-restore.db.k3j9x"
    leftover.write_bytes((cli.db).read_bytes()[:8192])
    beside = cli.db.parent / ".planner.db.ab12cd"  # restore's copy over the database
    beside.write_bytes(b"SQLite format 3\x00" + bytes(100))
    assert cli("people", "list")[0] == 0
    assert not leftover.exists() and not beside.exists()


def test_a_temporary_file_being_written_is_left_alone(two_people):
    """The clean-up only removes files no process holds (a concurrent backup keeps its own)."""
    cli = two_people
    folder = cli.db.parent / "backups"
    folder.mkdir(exist_ok=True)
    busy = folder / ".planner-20261202T061500000000Z-auto.db.x1y2z3"
    busy.write_bytes(b"in progress")
    # flock is per open file: a child process holds it, as a concurrent writer would.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, sys, time\n"
            "f = open(sys.argv[1], 'rb'); fcntl.flock(f, fcntl.LOCK_EX)\n"
            "print('held', flush=True); time.sleep(30)",
            str(busy),
        ],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout.readline().strip() == b"held"
        assert cli("people", "list")[0] == 0
        assert busy.exists()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
