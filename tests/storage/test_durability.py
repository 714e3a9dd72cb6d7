"""Kill a writer with SIGKILL at random moments; everything it reported saved must survive.

Each round starts tests/storage/writer_process.py against the same database file, lets it
write for a random 20-200 ms, kills it with SIGKILL, then opens the file with open_store and
checks: the file and its -wal/-shm are owner-only, PRAGMA integrity_check is ok, every change
the writer printed as saved is there, multi-row transactions are all-or-nothing, and the file
still takes writes. The file is shared by all rounds, so any damage would accumulate.

The random seed is printed in every failure; rerun with PLANNER_DURABILITY_SEED=<seed>.
(Kill timing still varies run to run, so a seed reproduces the plan, not the exact instant.)
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from planner.domain.profile import Profile
from planner.storage.database import Store, open_store
from planner.storage.journal import JournalRepository
from planner.storage.people import PeopleRepository
from planner.storage.plans import PlansRepository
from tests.storage.writer_process import BATCH_BODY, BATCH_TAG

REPO = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("writer_process.py")
STARTUP_TIMEOUT = 30.0  # seconds for the writer's first committed write (slow CI machines)

PERSON = re.compile(r'saved person (\d+) "(.*)"')
NOTE = re.compile(r"saved note (\d+) person (\d+)")
PROGRESS = re.compile(r"saved progress person (\d+) step (\S+) seq (\d+)")
BATCH = re.compile(r"saved batch person (\d+) notes (\d+) ids ([\d,]+)")
PLAN = re.compile(r"saved plan (\d+) person (\d+) steps (\d+)")
COMPACT = "saved compact"


def base_seed() -> int:
    text = os.environ.get("PLANNER_DURABILITY_SEED")
    return int(text) if text else random.SystemRandom().randrange(2**32)


@dataclass
class Promises:
    """Everything reported saved so far, across all rounds against the file."""

    people: dict[int, str] = field(default_factory=dict)  # id -> name
    notes: dict[int, int] = field(default_factory=dict)  # note id -> person id
    batches: dict[int, list[int]] = field(default_factory=dict)  # person id -> note ids
    progress: dict[tuple[int, str], int] = field(default_factory=dict)  # -> highest seq
    plans: dict[int, tuple[int, int]] = field(default_factory=dict)  # id -> (person, steps)
    lines: int = 0
    compacts: int = 0

    def record(self, line: str, where: str) -> None:
        self.lines += 1
        if m := PERSON.fullmatch(line):
            self.people[int(m[1])] = m[2]
        elif m := NOTE.fullmatch(line):
            self.notes[int(m[1])] = int(m[2])
        elif m := PROGRESS.fullmatch(line):
            key = (int(m[1]), m[2])
            self.progress[key] = max(self.progress.get(key, 0), int(m[3]))
        elif m := BATCH.fullmatch(line):
            person_id, ids = int(m[1]), [int(i) for i in m[3].split(",")]
            assert len(ids) == int(m[2]), f"{where}: malformed writer line {line!r}"
            self.batches[person_id] = ids
            for note_id in ids:
                self.notes[note_id] = person_id
        elif m := PLAN.fullmatch(line):
            self.plans[int(m[1])] = (int(m[2]), int(m[3]))
        elif line == COMPACT:
            self.compacts += 1
        else:
            pytest.fail(f"{where}: the writer printed an unexpected line {line!r}")


@dataclass
class Round:
    lines: list[str]  # whole lines only: each one a promise
    stderr: str


def run_writer(db: Path, seed: int, delay: float, err_path: Path, where: str) -> Round:
    """Start the writer, wait for its first promise, let it run for delay s, SIGKILL it."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    raw: list[bytes] = []
    first = threading.Event()
    with (
        err_path.open("wb") as err,
        subprocess.Popen(
            [sys.executable, str(WRITER), str(db), str(seed)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=err,
        ) as proc,
    ):
        assert proc.stdout is not None

        def pump() -> None:  # drain stdout continuously so the writer never blocks on a pipe
            for chunk in proc.stdout:
                raw.append(chunk)
                first.set()
            first.set()

        reader = threading.Thread(target=pump, daemon=True)
        reader.start()
        try:
            started = first.wait(STARTUP_TIMEOUT)
            if started and proc.poll() is None:
                time.sleep(delay)
            exited_early = proc.poll()
        finally:
            proc.kill()  # SIGKILL: no atexit, no finally blocks, no close() in the writer
            proc.wait()
            reader.join(10)
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    assert started, f"{where}: no write within {STARTUP_TIMEOUT:.0f} s\n{stderr}"
    assert exited_early is None, f"{where}: the writer died by itself ({exited_early})\n{stderr}"
    assert not reader.is_alive(), f"{where}: the writer's stdout never closed"
    # A line cut short by the kill promised nothing; only whole lines count.
    lines = [c.decode("utf-8") for c in raw if c.endswith(b"\n")]
    return Round([line.rstrip("\n") for line in lines], stderr)


def assert_private(db: Path, where: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        path = Path(f"{db}{suffix}")
        if path.exists():
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode == 0o600, f"{where}: {path.name} is mode {mode:o}, not 600"


def second_opinion(db: Path) -> str:
    """What plain SQLite makes of a copy of the file and its WAL (the evidence stays as is)."""
    copy = db.parent.parent / "second-opinion"
    shutil.rmtree(copy, ignore_errors=True)
    copy.mkdir()
    for suffix in ("", "-wal"):
        if Path(f"{db}{suffix}").exists():
            shutil.copy(f"{db}{suffix}", copy / f"{db.name}{suffix}")
    try:
        conn = sqlite3.connect(copy / db.name)
        try:
            check = conn.execute("PRAGMA integrity_check").fetchall()
            people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"plain sqlite3 cannot read it either ({exc})"
    return f"plain sqlite3 reads it: integrity_check {check[:3]}, {people} people"


def check_store(store: Store, promises: Promises, rng: random.Random, where: str) -> None:
    conn = store.conn
    result = conn.execute("PRAGMA integrity_check").fetchall()
    assert result == [("ok",)], f"{where}: integrity_check says {result[:5]}"
    assert store.integrity_ok(), where
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    assert not broken, f"{where}: rows point at missing parents {broken[:5]}"
    # FTS5's own consistency check (raises SQLITE_CORRUPT_VTAB if the index is damaged).
    conn.execute("INSERT INTO search (search) VALUES ('integrity-check')")

    # (b) every promise kept
    people = dict(conn.execute("SELECT id, name FROM people"))
    for person_id, name in promises.people.items():
        assert people.get(person_id) == name, (
            f"{where}: person {person_id} {name!r} was reported saved but reads back as "
            f"{people.get(person_id)!r}"
        )
    notes = dict(conn.execute("SELECT id, person_id FROM notes"))
    for note_id, person_id in promises.notes.items():
        assert notes.get(note_id) == person_id, (
            f"{where}: note {note_id} of person {person_id} was reported saved but is "
            f"{'missing' if note_id not in notes else f'on person {notes[note_id]}'}"
        )
    progress = {
        (p, s): note for p, s, note in conn.execute("SELECT person_id, step_id, note FROM progress")
    }
    for (person_id, step), seq in promises.progress.items():
        note = progress.get((person_id, step))
        assert note is not None, f"{where}: progress {person_id}/{step} (seq {seq}) is missing"
        kept = int(note.removeprefix("seq "))
        assert kept >= seq, f"{where}: progress {person_id}/{step} went back to seq {kept} < {seq}"
    plans = {
        plan.id: (plan.person_id, len(plan.roadmap["steps"]))
        for (person_id,) in conn.execute("SELECT DISTINCT person_id FROM plans")
        for plan in PlansRepository(store).history(person_id)
    }
    for plan_id, expected in promises.plans.items():
        assert plans.get(plan_id) == expected, (
            f"{where}: plan {plan_id} (person, steps) should be {expected}, is {plans.get(plan_id)}"
        )

    # All-or-nothing, for every row in the file, promised or not (commits that returned just
    # before the kill, without their line being printed, are in the file too and must be whole).
    step_counts = dict(conn.execute("SELECT plan_id, count(*) FROM plan_steps GROUP BY plan_id"))
    for plan_id, (_person, steps) in plans.items():
        assert step_counts.get(plan_id, 0) == steps, (
            f"{where}: plan {plan_id} has {step_counts.get(plan_id, 0)} of its {steps} steps"
        )
    batch_people = [
        p for (p,) in conn.execute("SELECT person_id FROM tags WHERE tag = ?", [BATCH_TAG])
    ]
    for person_id in batch_people:
        tags = [t for (t,) in conn.execute("SELECT tag FROM tags WHERE person_id = ?", [person_id])]
        counts = [int(t.rsplit("-", 1)[1]) for t in tags if t.startswith("batch-notes-")]
        assert len(counts) == 1, f"{where}: batch person {person_id} has tags {tags}"
        ids = {
            n
            for (n,) in conn.execute(
                "SELECT id FROM notes WHERE person_id = ? AND body LIKE ?",
                [person_id, f"{BATCH_BODY} %"],
            )
        }
        assert len(ids) == counts[0], (
            f"{where}: batch person {person_id} was saved with {len(ids)} of its "
            f"{counts[0]} notes: a transaction was only partly saved"
        )
        if person_id in promises.batches:
            assert ids == set(promises.batches[person_id]), f"{where}: batch {person_id}"
    for promised in promises.batches:
        assert promised in batch_people, f"{where}: batch person {promised} lost its tags"
    # Each add / add_note indexes its row for search in the same transaction.
    indexed = {p for (p,) in conn.execute("SELECT ref FROM search WHERE kind = 'person'")}
    assert indexed == set(people), f"{where}: search index and people differ"
    indexed = {n for (n,) in conn.execute("SELECT ref FROM search WHERE kind = 'note'")}
    assert indexed == set(notes), f"{where}: search index and notes differ"

    # Read a few promised people back through the repository, skills and all.
    repo = PeopleRepository(store)
    assert repo.count() == len(people), where
    for person_id in rng.sample(sorted(promises.people), k=min(3, len(promises.people))):
        assert repo.get(person_id).name == promises.people[person_id], where


def write_after_crash(store: Store, promises: Promises, round_no: int, where: str) -> None:
    """(c) the file still takes writes; what is written here is promised too."""
    name = f"Checker {round_no:04d}"
    person_id = PeopleRepository(store).add(Profile(name=name, weekly_hours=5), tags=["checker"])
    note_id = JournalRepository(store).add_note(person_id, date(2027, 1, 1), where)
    promises.people[person_id] = name
    promises.notes[note_id] = person_id


def kill_repeatedly(tmp_path: Path, kills: int) -> tuple[int, Promises]:
    seed = base_seed()
    rng = random.Random(seed)
    db = tmp_path / "data" / "planner.db"
    promises = Promises()
    used: set[int] = set()
    for round_no in range(1, kills + 1):
        writer_seed = rng.randrange(2**31)
        while writer_seed in used:
            writer_seed = rng.randrange(2**31)
        used.add(writer_seed)
        delay = rng.uniform(0.020, 0.200)
        where = (
            f"seed {seed} (PLANNER_DURABILITY_SEED={seed}), kill {round_no}/{kills}, "
            f"writer seed {writer_seed}, delay {delay * 1000:.0f} ms"
        )
        run = run_writer(db, writer_seed, delay, tmp_path / "writer.err", where)
        assert run.lines, f"{where}: the writer reported nothing before the kill"
        for line in run.lines:
            promises.record(line, where)
        assert_private(db, where + ", after the kill")
        try:
            store = open_store(db)
        except Exception as exc:
            pytest.fail(
                f"{where}: open_store refused the file after the kill: {exc!r}; "
                f"{second_opinion(db)}; the files are kept in {db.parent}"
            )
        try:
            check_store(store, promises, rng, where)
            write_after_crash(store, promises, round_no, where)
            check_store(store, promises, rng, where + ", after writing")
        finally:
            store.close()
        assert_private(db, where + ", after reopening")
    return seed, promises


def test_killed_writer_keeps_every_promise(tmp_path):
    started = time.monotonic()
    seed, promises = kill_repeatedly(tmp_path, kills=25)
    assert len(promises.people) > 25, f"seed {seed}: the writers barely wrote anything"
    assert promises.batches, f"seed {seed}: no batch transaction was ever reported"
    elapsed = time.monotonic() - started
    print(f"25 kills, {promises.lines} promises checked in {elapsed:.1f} s (seed {seed})")


@pytest.mark.slow
def test_killed_writer_keeps_every_promise_soak(tmp_path):
    started = time.monotonic()
    seed, promises = kill_repeatedly(tmp_path, kills=250)
    elapsed = time.monotonic() - started
    print(f"250 kills, {promises.lines} promises checked in {elapsed:.1f} s (seed {seed})")


# -- a kill at one exact moment: inside a WAL checkpoint ---------------------------------------

FILL = """
import os, signal, sys
from pathlib import Path
from planner.domain.profile import Profile
from planner.storage.database import open_store
from planner.storage.people import PeopleRepository

store = open_store(Path(sys.argv[1]))
people = PeopleRepository(store)
with store.atomic():
    for i in range(int(sys.argv[2])):
        people.add(Profile(name=f"Filler {i:04d} " + "x" * 300, weekly_hours=5))
print("saved", flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # the commit is in the WAL only; nothing checkpointed
"""
REOPEN_AND_CLOSE = """
import sys
from pathlib import Path
from planner.storage.database import open_store

open_store(Path(sys.argv[1])).close()  # the last connection closing checkpoints the WAL
"""


def header_bytes(db: Path) -> int:
    """The file size the header claims (in-header page count times page size)."""
    header = db.read_bytes()[:100]
    page_size = int.from_bytes(header[16:18], "big")
    return int.from_bytes(header[28:32], "big") * (65536 if page_size == 1 else page_size)


@pytest.mark.skipif(not shutil.which("strace"), reason="needs strace to kill at one syscall")
def test_kill_inside_a_checkpoint_keeps_the_file_usable(tmp_path):
    db = tmp_path / "data" / "planner.db"
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    )
    rows = 400
    fill = subprocess.run(
        [sys.executable, "-c", FILL, str(db), str(rows)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert fill.stdout == "saved\n", fill.stderr
    assert db.stat().st_size == header_bytes(db), "the file should be consistent before"
    # Kill the closing process at its 2nd write to the main file: the checkpoint copies pages
    # in page order, so page 1 (whose header now counts the grown file) is already written
    # and the file has not been extended yet.
    strace = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-o",
            os.devnull,
            "-P",
            str(db),
            "-e",
            "trace=pwrite64",
            "-e",
            "inject=pwrite64:signal=KILL:when=2",
            sys.executable,
            "-c",
            REOPEN_AND_CLOSE,
            str(db),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if strace.returncode != -signal.SIGKILL:
        pytest.skip(f"strace could not inject the kill here ({strace.returncode}): {strace.stderr}")
    if not (db.stat().st_size < header_bytes(db) and Path(f"{db}-wal").stat().st_size):
        pytest.skip("the kill did not land between page 1 and the end of the checkpoint")
    store = open_store(db)  # today: DatabaseRefused("... is truncated ...; restore a backup")
    try:
        assert store.integrity_ok()
        assert PeopleRepository(store).count() == rows
    finally:
        store.close()
