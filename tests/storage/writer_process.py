"""A writer for the crash-durability test: run it, kill it at any moment, check what it promised.

    python tests/storage/writer_process.py DB_PATH SEED

Opens the database with open_store and writes through the repositories forever. After each
write has committed (the repository call, or the store.atomic() block, has returned) it prints
one line and flushes stdout, so every line printed is a promise that the change is durable:

    saved person ID "NAME"
    saved note ID person PERSON_ID
    saved progress person PERSON_ID step STEP_ID seq SEQ
    saved batch person ID notes COUNT ids NOTE_ID,NOTE_ID,...
    saved plan ID person PERSON_ID steps COUNT
    saved compact

A batch is one transaction holding a person (tagged "batch" and "batch-notes-COUNT") and COUNT
notes whose bodies start with "batch note"; a plan is one transaction holding COUNT steps.
Names are "Writer SEED-NNNN", so runs with different seeds never collide.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from planner.codec.profile_file import profile_from_dict
from planner.domain.progress import STATUSES, StepProgress
from planner.storage.database import Store, open_store
from planner.storage.journal import JournalRepository
from planner.storage.people import PeopleRepository
from planner.storage.plans import PlansRepository

PERSONAS = Path(__file__).resolve().parents[1] / "data" / "personas"
BATCH_TAG = "batch"
BATCH_BODY = "batch note"
STEP_IDS = ("capm", "pmp", "psm-1", "itil-4", "prince2-f", "safe-pm", "mentor", "portfolio")
WORDS = (
    "stakeholder map drafted",
    "mock exam 78%",
    "asked manager about leading the migration",
    "renewal budget approved",
    "résumé rewritten for PM roles — ünïcödé ✓",
    "shadowed the change advisory board",
)


def say(line: str) -> None:
    """Promise one committed change; only called after the commit has returned."""
    print(line, flush=True)


class Writer:
    def __init__(self, store: Store, seed: int) -> None:
        self.store = store
        self.seed = seed
        self.rng = random.Random(seed)
        self.people = PeopleRepository(store)
        self.journal = JournalRepository(store)
        self.plans = PlansRepository(store)
        self.personas = [
            json.loads(p.read_text(encoding="utf-8")) for p in sorted(PERSONAS.glob("*.json"))
        ]
        self.counter = 0
        self.seq = 0
        # Notes may go to anyone already in the file; progress only to this run's people,
        # so the test can check that the latest promised progress (by seq) is kept.
        self.everyone = [p.id for p in self.people.list(sort="created")]
        self.mine: list[int] = []

    def _profile(self) -> tuple[Any, str]:
        self.counter += 1
        name = f"Writer {self.seed}-{self.counter:04d}"
        data = dict(self.rng.choice(self.personas))
        data["name"] = name
        data["weekly_hours"] = self.rng.choice([4, 6, 8, 10, 12.5, 15])
        return profile_from_dict(data), name

    def _body(self) -> str:
        return f"{self.rng.choice(WORDS)} ({self.seed}/{self.counter}/{self.rng.random():.6f})"

    def add_person(self) -> None:
        profile, name = self._profile()
        tags = self.rng.sample(["durability", "kill-test", f"seed-{self.seed}", "pm"], k=2)
        person_id = self.people.add(profile, tags=tags)
        self.mine.append(person_id)
        self.everyone.append(person_id)
        say(f'saved person {person_id} "{name}"')

    def add_note(self) -> None:
        person_id = self.rng.choice(self.everyone)
        day = date(2027, 1, 1) + timedelta(days=self.rng.randrange(700))
        note_id = self.journal.add_note(person_id, day, self._body())
        say(f"saved note {note_id} person {person_id}")

    def set_progress(self) -> None:
        person_id = self.rng.choice(self.mine)
        step = self.rng.choice(STEP_IDS)
        self.seq += 1
        status = self.rng.choice(STATUSES)
        started = date(2027, 1, 1) + timedelta(days=self.rng.randrange(100))
        finished = started + timedelta(days=self.rng.randrange(60)) if status == "done" else None
        progress = StepProgress(step, status, started, finished, note=f"seq {self.seq}")
        self.plans.set_progress(person_id, progress)
        say(f"saved progress person {person_id} step {step} seq {self.seq}")

    def batch(self) -> None:
        count = self.rng.randint(2, 6)
        profile, _name = self._profile()
        note_ids = []
        with self.store.atomic():
            person_id = self.people.add(profile, tags=[BATCH_TAG, f"batch-notes-{count}"])
            for i in range(count):
                body = f"{BATCH_BODY} {i + 1}/{count}: {self._body()}"
                note_ids.append(self.journal.add_note(person_id, date(2027, 2, 1), body))
        self.mine.append(person_id)
        self.everyone.append(person_id)
        ids = ",".join(map(str, note_ids))
        say(f"saved batch person {person_id} notes {count} ids {ids}")

    def save_plan(self) -> None:
        person_id = self.rng.choice(self.mine)
        count = self.rng.randint(1, 12)
        start = date(2027, 3, 1)
        steps = [
            {
                "id": f"step-{i}",
                "title": f"Step {i} for {person_id}",
                "kind": self.rng.choice(["course", "exam", "practice"]),
                "start": (start + timedelta(weeks=i)).isoformat(),
                "end": (start + timedelta(weeks=i + 1)).isoformat(),
                "hours": float(self.rng.randint(2, 40)),
                "cost": self.rng.choice([None, 0.0, 150.0, 575.0]),
            }
            for i in range(count)
        ]
        roadmap = {
            "track": "software",
            "start": start.isoformat(),
            "summary": {"finish": (start + timedelta(weeks=count)).isoformat()},
            "catalog_version": "durability-test",
            "steps": steps,
        }
        plan_id = self.plans.save(person_id, roadmap, {"seed": self.seed}, reason="kill test")
        say(f"saved plan {plan_id} person {person_id} steps {count}")

    def compact(self) -> None:
        self.store.compact()
        say("saved compact")

    def step(self) -> None:
        if not self.mine:
            self.add_person()
            return
        roll = self.rng.random()
        if roll < 0.22:
            self.add_person()
        elif roll < 0.52:
            self.add_note()
        elif roll < 0.72:
            self.set_progress()
        elif roll < 0.87:
            self.batch()
        elif roll < 0.99:
            self.save_plan()
        else:
            self.compact()


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(f"usage: {argv[0]} DB_PATH SEED", file=sys.stderr)
        return 2
    store = open_store(Path(argv[1]))
    writer = Writer(store, int(argv[2]))
    while True:
        writer.step()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
