"""Time the storage layer on a 5,000-person database: open, list, full-text search, load a plan."""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import json
import math
import os
import pstats
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

# Run from a checkout without installing: `python3 benchmarks/bench_storage.py`.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine_info as common_machine_info
from benchmarks.common import percentile, timed
from planner.catalog import load_catalog
from planner.codec.plan_json import roadmap_from_dict, roadmap_to_dict, step_to_dict
from planner.codec.profile_file import profile_from_dict
from planner.domain.catalog_model import Catalog
from planner.domain.profile import TRACK_IDS, Credential, Education, Profile, Skill
from planner.domain.progress import StepProgress
from planner.domain.roadmap import Step
from planner.engine.roadmap import build_roadmap
from planner.storage.database import Store, open_store
from planner.storage.journal import JournalRepository
from planner.storage.people import PAGE_SIZE, PeopleRepository
from planner.storage.plans import PlansRepository
from planner.storage.search import MATCHING_PEOPLE, people_expression

ROOT = Path(__file__).resolve().parent.parent
PERSONAS = ROOT / "tests" / "data" / "personas"
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "storage.json"

PEOPLE = 5000
STEPS = 30
NOTES = 20
BATCH = 250  # people per transaction while building
TARGET_MS = 50.0
SEED = 20270104

FLOOR_DESCRIPTION = (
    "bare sqlite3 on the same file: sqlite3.connect(path), SELECT count(*) FROM people, "
    "close(); no header check, pragmas, schema/version queries, chmods or PRAGMA optimize. "
    "Measured with no other connection open, like the open case."
)
RAW_LIST_DESCRIPTION = (
    "a row for listing, no target: SELECT id, name FROM people ORDER BY name COLLATE NOCASE, "
    "id, fetchall() on the already-open connection (no tags subquery, no dataclasses)"
)

# (current role, what their notes talk about besides the general sentences: TOPIC_SENTENCES)
ROLES = (
    ("Systems Administrator", "cloud"),
    ("Network Engineer", "network"),
    ("Help-desk Technician", "service"),
    ("Software Developer", "software"),
    ("Database Administrator", "cloud"),
    ("Cloud Engineer", "cloud"),
    ("Security Analyst", "network"),
    ("QA Engineer", "software"),
    ("Service Desk Lead", "service"),
    ("DevOps Engineer", "software"),
)
REGIONS = (
    "Leeds",
    "Austin, TX",
    "Cedar Rapids, IA",
    "Toronto",
    "Dublin",
    "Manchester",
    "Denver, CO",
    "Melbourne",
    "Glasgow",
    "Raleigh, NC",
)
TAGS = (
    "veteran",
    "returner",
    "relocating",
    "evenings",
    "funded",
    "priority",
    "referral",
    "alumni",
    "parttime",
    "scholarship",
)
GENERAL_SENTENCES = (
    "Reviewed the plan together and moved the {cert} exam back by {weeks} weeks.",
    "Agreed to log {hours} study hours a week until the next session.",
    "Talked through how to describe leadership work in interviews.",
    "The manager offered a small internal project to lead from {month}.",
    "Practised a stakeholder update; the summary was clear but ran long.",
    "Budget is tight this quarter, so the paid course waits until {month}.",
    "Attended a chapter meeting and met two practising project managers.",
    "Drafted a one-page portfolio entry for the last project.",
    "Study group meets on Thursdays; attendance has been steady.",
    "Mock exam score {score} percent, up from last time.",
    "Needs a mentor outside the current team; two names suggested.",
    "Job search paused for a family move; back in {weeks} weeks.",
)
TOPIC_SENTENCES = {
    "network": (
        "Led the firewall rule review across {n} sites and wrote the change plan.",
        "Coordinated the branch network refresh with the vendor and the site leads.",
        "Firewall change windows clash with study time; moved study to weekends.",
    ),
    "cloud": (
        "Planned the storage migration in {n} waves with a rollback for each.",
        "The database migration slipped a week; the retrospective found the cause.",
        "Migrating the build servers is a good first project to put in the portfolio.",
    ),
    "software": (
        "Ran sprint planning for the team while the lead was away.",
        "Set up the release pipeline checklist and owned the go/no-go call.",
        "Estimated the backlog with the team; velocity is now tracked weekly.",
    ),
    "service": (
        "Chaired the weekly incident review and tracked actions to closure.",
        "Wrote the service transition plan for the new ticketing tool.",
        "Handled the major incident bridge; a good example for the experience form.",
    ),
}
PAD_KINDS = ("education", "networking", "experience")


# -- synthetic data ----------------------------------------------------------------------
@dataclass(frozen=True)
class Persona:
    """One persona file: its profile and the real roadmap the engine plans for it."""

    name: str
    profile: Profile
    plan_json: str  # roadmap_to_dict(build_roadmap(profile)), serialised once


def load_personas(catalog: Catalog, folder: Path = PERSONAS) -> list[Persona]:
    personas = []
    for path in sorted(folder.glob("*.json")):
        profile = profile_from_dict(json.loads(path.read_text(encoding="utf-8")))
        roadmap = build_roadmap(profile, catalog)
        personas.append(Persona(path.stem, profile, json.dumps(roadmap_to_dict(roadmap))))
    if not personas:
        raise SystemExit(f"no persona files in {folder}")
    return personas


def person_name(i: int, people: int) -> str:
    """'Person 0042 Example' for the 42nd person (1-based), wider numbers past 9,999."""
    return f"Person {i:0{max(4, len(str(people)))}d} Example"


@dataclass(frozen=True)
class PersonSpec:
    index: int  # 1-based
    profile: Profile
    tags: tuple[str, ...]
    topic: str
    persona: Persona


def person_spec(i: int, people: int, personas: Sequence[Persona], seed: int) -> PersonSpec:
    """The i-th synthetic person: role, region and tags from small lists, persona skills."""
    rng = random.Random(seed * 1_000_003 + i)
    persona = personas[i % len(personas)]
    skill_pool = sorted({s.name for p in personas for s in p.profile.skills})
    cred_pool = sorted({c.name for p in personas for c in p.profile.credentials})
    answers = [dict(p.profile.answers) for p in personas if p.profile.answers]
    role, topic = ROLES[i % len(ROLES)]
    skills = tuple(
        Skill(name, rng.randint(1, 4))
        for name in rng.sample(skill_pool, rng.randint(2, min(5, len(skill_pool))))
    )
    credentials = ()
    if cred_pool and rng.random() < 0.4:
        earned = date(2015, 1, 1) + timedelta(days=rng.randint(0, 3000))
        credentials = (Credential(rng.choice(cred_pool), earned),)
    profile = Profile(
        name=person_name(i, people),
        weekly_hours=rng.choice((4, 5, 6, 8, 10, 12)),
        current_role=role,
        years_experience=rng.randint(1, 20),
        pm_experience_months=rng.choice((0, 0, 6, 12, 18, 36)),
        education=rng.choice(list(Education)),
        region=rng.choice(REGIONS),
        budget=rng.choice((None, 0, 500, 1500, 2500, 4000)),
        currency="USD",
        target_track=rng.choice(TRACK_IDS),
        start_date=date(2027, 1, 4) + timedelta(weeks=i % 52),
        skills=skills,
        credentials=credentials,
        answers=rng.choice(answers) if answers and rng.random() < 0.5 else {},
    )
    tags = tuple(rng.sample(TAGS, rng.randint(0, 3)))
    return PersonSpec(i, profile, tags, topic, persona)


def _shift(text: str | None, days: int) -> str | None:
    return (date.fromisoformat(text) + timedelta(days=days)).isoformat() if text else text


def person_plan(spec: PersonSpec, steps: int) -> dict[str, Any]:
    """The persona's real plan moved to the person's start, padded or trimmed to `steps`."""
    plan = json.loads(spec.persona.plan_json)
    assert spec.profile.start_date is not None
    days = (spec.profile.start_date - date.fromisoformat(plan["start"])).days
    plan["person"] = spec.profile.name
    plan["start"] = _shift(plan["start"], days)
    for step in plan["steps"]:
        for key in ("start", "end", "exam_date", "book_by"):
            step[key] = _shift(step[key], days)
    plan["steps"] = plan["steps"][:steps]
    rng = random.Random(spec.index)
    previous = plan["steps"][-1] if plan["steps"] else None
    while len(plan["steps"]) < steps:
        k = len(plan["steps"]) + 1
        begin = (
            date.fromisoformat(previous["end"]) if previous else date.fromisoformat(plan["start"])
        )
        begin += timedelta(days=1)
        hours = float(rng.choice((4, 6, 8, 12, 16)))
        pad = Step(
            id=f"synthetic-{k:02d}",
            title=f"Synthetic practice block {k:02d}",
            kind=PAD_KINDS[k % len(PAD_KINDS)],
            start=begin,
            end=begin + timedelta(days=rng.choice((6, 13, 20))),
            hours=hours,
            cost=rng.choice((None, 0.0, 49.0, 150.0)),
            currency="USD",
            depends_on=(previous["id"],) if previous else (),
            why=(
                "Synthetic step added by the storage benchmark so every plan has the same "
                f"number of steps; it stands for {hours:g} hours of practice toward the target "
                "role, sized like the catalog's own activities."
            ),
            hours_basis="planner estimate",
            cost_note="synthetic",
            sources=(("Synthetic benchmark step", f"https://example.invalid/steps/{k}"),),
        )
        previous = step_to_dict(pad)
        plan["steps"].append(previous)
    summary = plan["summary"]
    finish = max(date.fromisoformat(s["end"]) for s in plan["steps"])
    summary["finish"] = finish.isoformat()
    summary["total_hours"] = round(sum(s["hours"] for s in plan["steps"]), 1)
    summary["total_cost"] = round(
        sum(
            s["cost"]
            for s in plan["steps"]
            if s["cost"] is not None and s["currency"] == summary["currency"]
        ),
        2,
    )
    summary["unpriced_steps"] = sum(1 for s in plan["steps"] if s["cost"] is None)
    summary["weeks"] = math.ceil((finish - date.fromisoformat(plan["start"])).days / 7)
    return plan


PROGRESS_PATTERN = ("done", "done", "in_progress", "skipped")


def person_progress(spec: PersonSpec, plan: dict[str, Any]) -> list[StepProgress]:
    """Progress on the first 1 to 4 steps (done, done, in progress, skipped); marks the plan."""
    entries = []
    for step, status in zip(plan["steps"], PROGRESS_PATTERN[: 1 + spec.index % 4], strict=False):
        start, end = date.fromisoformat(step["start"]), date.fromisoformat(step["end"])
        entries.append(
            StepProgress(
                step["id"],
                status,
                started=start if status != "skipped" else None,
                finished=end if status == "done" else None,
                note="" if status != "skipped" else "Already covered at work.",
            )
        )
        step["status"] = status
    return entries


def person_notes(spec: PersonSpec, notes: int) -> list[tuple[date, str]]:
    """`notes` dated session notes, a fortnight apart, one to four sentences each."""
    rng = random.Random(spec.index * 7919 + 1)
    assert spec.profile.start_date is not None
    first = spec.profile.start_date - timedelta(days=14 * (notes // 2))
    out = []
    for j in range(notes):
        sentences = rng.sample(GENERAL_SENTENCES, rng.randint(1, 3))
        if rng.random() < 0.5:
            sentences.insert(
                rng.randint(0, len(sentences)), rng.choice(TOPIC_SENTENCES[spec.topic])
            )
        body = " ".join(sentences).format(
            cert=rng.choice(("CAPM", "PMP", "PMI-ACP", "ITIL 4", "Security+", "AZ-104")),
            weeks=rng.randint(2, 8),
            hours=rng.randint(3, 10),
            month=rng.choice(("March", "May", "July", "September", "November")),
            score=rng.randint(55, 90),
            n=rng.randint(3, 40),
        )
        out.append((first + timedelta(days=14 * j), body))
    return out


def plan_inputs(spec: PersonSpec, progress: Sequence[StepProgress]) -> dict[str, Any]:
    """What PlanningService.save stores beside the plan: profile, progress, ledger months."""
    return {
        "profile": spec.profile.to_dict(),
        "progress": {
            p.step_id: {
                "status": p.status,
                "started": p.started.isoformat() if p.started else None,
                "finished": p.finished.isoformat() if p.finished else None,
            }
            for p in sorted(progress, key=lambda p: p.step_id)
        },
        "ledger_months_added": 0,
    }


# -- building ----------------------------------------------------------------------------
@dataclass
class BuildReport:
    path: Path
    people: int
    steps: int
    notes: int
    reused: bool = False
    seconds: float | None = None
    phases: dict[str, float] = field(default_factory=dict)  # seconds per phase
    wal_bytes_before_close: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "people": self.people,
            "steps_per_plan": self.steps,
            "notes_per_person": self.notes,
            "reused": self.reused,
            "build_seconds": round(self.seconds, 2) if self.seconds is not None else None,
            "build_phases_seconds": {k: round(v, 2) for k, v in self.phases.items()},
            "wal_bytes_before_close": self.wal_bytes_before_close,
        }


def _log(message: str, quiet: bool) -> None:
    if not quiet:
        print(message, file=sys.stderr, flush=True)


def _batches(n: int, size: int) -> Iterator[range]:
    for begin in range(1, n + 1, size):
        yield range(begin, min(n, begin + size - 1) + 1)


def build_database(
    path: Path,
    catalog: Catalog,
    *,
    people: int = PEOPLE,
    steps: int = STEPS,
    notes: int = NOTES,
    seed: int = SEED,
    batch: int = BATCH,
    quiet: bool = False,
) -> BuildReport:
    """Create the benchmark database at path (which must not exist), `batch` people a commit.

    Everything goes through the repositories: people (PeopleRepository.add), plans
    (PlansRepository.save), progress (PlansRepository.set_progress) and notes
    (JournalRepository.add_note, which keys its search row by rowid, so no scans).
    """
    if path.exists():
        raise FileExistsError(f"{path} already exists")
    report = BuildReport(path, people, steps, notes)
    begin = time.perf_counter()
    personas = load_personas(catalog)
    specs = {i: person_spec(i, people, personas, seed) for i in range(1, people + 1)}
    report.phases["personas_and_profiles"] = time.perf_counter() - begin

    store = open_store(path)
    try:
        people_repo, plans_repo = PeopleRepository(store), PlansRepository(store)
        ids: dict[int, int] = {}
        mark = time.perf_counter()
        for chunk in _batches(people, batch):
            with store.atomic():
                for i in chunk:
                    ids[i] = people_repo.add(specs[i].profile, specs[i].tags)
        report.phases["people"] = time.perf_counter() - mark
        _log(f"  {people:,} people in {report.phases['people']:.1f} s", quiet)

        mark = time.perf_counter()
        for chunk in _batches(people, batch):
            with store.atomic():
                for i in chunk:
                    plan = person_plan(specs[i], steps)
                    progress = person_progress(specs[i], plan)
                    inputs = plan_inputs(specs[i], progress)
                    plans_repo.save(ids[i], plan, inputs, "first plan")
                    for entry in progress:
                        plans_repo.set_progress(ids[i], entry)
        report.phases["plans_and_progress"] = time.perf_counter() - mark
        _log(f"  plans and progress in {report.phases['plans_and_progress']:.1f} s", quiet)

        mark = time.perf_counter()
        journal = JournalRepository(store)
        for chunk in _batches(people, batch):
            with store.atomic():
                for i in chunk:
                    for day, body in person_notes(specs[i], notes):
                        journal.add_note(ids[i], day, body)
        report.phases["notes"] = time.perf_counter() - mark
        _log(f"  {people * notes:,} notes in {report.phases['notes']:.1f} s", quiet)
        wal = Path(f"{path}-wal")
        report.wal_bytes_before_close = wal.stat().st_size if wal.exists() else 0
    finally:
        mark = time.perf_counter()
        store.close()  # PRAGMA optimize, then the last close checkpoints and removes the WAL
        report.phases["close"] = time.perf_counter() - mark
    report.seconds = time.perf_counter() - begin
    return report


def reuse_database(path: Path, people: int, steps: int, notes: int) -> BuildReport:
    """Check a kept database has the expected shape; SystemExit when it does not."""
    with open_store(path) as store:
        counts = store.conn.execute(
            "SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM notes), "
            "(SELECT count(*) FROM plan_steps)"
        ).fetchone()
    if counts != (people, people * notes, people * steps):
        raise SystemExit(
            f"{path} holds {counts[0]} people, {counts[1]} notes and {counts[2]} plan steps, "
            f"not {people}/{people * notes}/{people * steps}: delete it or use another --keep"
        )
    return BuildReport(path, people, steps, notes, reused=True)


def database_size(path: Path) -> dict[str, Any]:
    """File sizes, page counts and the largest tables/indexes (dbstat)."""
    sizes: dict[str, Any] = {}
    for suffix in ("", "-wal", "-shm"):
        file = Path(f"{path}{suffix}")
        sizes[f"file{suffix or ''}_bytes".replace("-", "_")] = (
            file.stat().st_size if file.exists() else None
        )
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for pragma in ("page_size", "page_count", "freelist_count"):
            sizes[pragma] = conn.execute(f"PRAGMA {pragma}").fetchone()[0]
        with contextlib.suppress(sqlite3.Error):  # dbstat is optional at compile time
            rows = conn.execute(
                "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8"
            ).fetchall()
            sizes["largest_objects_bytes"] = dict(rows)
    finally:
        conn.close()
    return sizes


# -- timing ------------------------------------------------------------------------------
@dataclass
class Operation:
    """One measured operation: fn is called once per sample and returns its result."""

    name: str
    fn: Callable[[], Any]
    target_ms: float | None = TARGET_MS
    runs: int = 0  # 0: the run's --runs
    samples: list[float] = field(default_factory=list)
    rows: int | None = None  # size of the result (people listed, matches, steps)
    note: str = ""

    @property
    def median_ms(self) -> float:
        return statistics.median(self.samples) * 1000

    @property
    def p95_ms(self) -> float:
        return percentile(self.samples, 0.95) * 1000

    @property
    def passed(self) -> bool | None:
        return None if self.target_ms is None else self.median_ms < self.target_ms

    @property
    def at_risk(self) -> bool:
        """Missed, or met on the median while the p95 is over the target."""
        return self.target_ms is not None and self.p95_ms >= self.target_ms

    def measure(self, runs: int, warmup: int) -> None:
        result = None
        for _ in range(warmup):
            result = self.fn()
        gc.collect()
        self.samples = [timed(self.fn) for _ in range(self.runs or runs)]
        if result is None:
            result = self.fn()
        if isinstance(result, Sequence) and not isinstance(result, str):
            self.rows = len(result)
        elif hasattr(result, "total"):  # a page of people: how many match in all
            self.rows = result.total
        elif hasattr(result, "steps"):
            self.rows = len(result.steps)
        elif hasattr(result, "roadmap"):
            self.rows = len(result.roadmap["steps"])

    def as_dict(self, floor_ms: float) -> dict[str, Any]:
        return {
            "operation": self.name,
            "runs": len(self.samples),
            "rows": self.rows,
            "median_ms": round(self.median_ms, 4),
            "p95_ms": round(self.p95_ms, 4),
            "min_ms": round(min(self.samples) * 1000, 4),
            "max_ms": round(max(self.samples) * 1000, 4),
            "ratio_to_floor": round(self.median_ms / floor_ms, 2),
            "target_ms": self.target_ms,
            "meets_target": self.passed,
            "p95_over_target": self.at_risk if self.target_ms is not None else None,
            "note": self.note,
        }


def floor_once(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM people").fetchone()[0]
    finally:
        conn.close()


def open_and_close(path: Path, record: Path | None = None) -> int:
    """The app's open path (header check, pragmas, version check), then its close; with the
    user's record of files found sound (record), as every start after the first one."""
    store = open_store(path, page_record=record)
    try:
        return store.schema_version()
    finally:
        store.close()


def search_queries(people: int) -> dict[str, str]:
    """label -> query typed into the people list's search box."""
    return {
        "name fragment": person_name(min(42, people), people).rsplit(" ", 1)[0],
        "tag": "veteran",
        "word in notes": "firewall",
        "prefix": "migr",
        "common word in notes": "stakeholder",
        "matches everyone": "Example",
    }


def _cycle(values: Sequence[Any]) -> Callable[[], Any]:
    state = {"i": -1}

    def next_value() -> Any:
        state["i"] = (state["i"] + 1) % len(values)
        return values[state["i"]]

    return next_value


def _rolled_back(store: Store, fn: Callable[[], Any]) -> Callable[[], Any]:
    """fn inside a transaction that is rolled back, so timing a write leaves the file as is."""

    def run() -> Any:
        store.conn.execute("BEGIN")
        try:
            return fn()
        finally:
            store.conn.execute("ROLLBACK")

    return run


def _resave(people_repo: PeopleRepository, person_id: int) -> None:
    """What saving the person form unchanged does: update with the stored profile."""
    people_repo.update(person_id, people_repo.get(person_id))


def session_operations(store: Store, people: int, seed: int, samples: int) -> list[Operation]:
    """The operations timed on one open store, the way the app keeps its database open."""
    people_repo, plans_repo = PeopleRepository(store), PlansRepository(store)
    journal = JournalRepository(store)
    ids = [r[0] for r in store.conn.execute("SELECT id FROM people ORDER BY id")]
    rng = random.Random(seed)
    random_ids = [rng.choice(ids) for _ in range(max(1, samples))]
    next_id = _cycle(random_ids)
    saved = [plans_repo.current(pid) for pid in random_ids]
    next_plan = _cycle([s.roadmap for s in saved if s is not None])
    everyone = people_repo.list()  # untimed: where the last page starts
    last_page = (
        everyone[max(0, len(everyone) - PAGE_SIZE) - 1] if len(everyone) > PAGE_SIZE else None
    )
    ops = [
        Operation(
            f"people list opens: first page + count (page of {PAGE_SIZE})",
            people_repo.search,
        ),
        Operation(
            f"list: last page of {PAGE_SIZE}, by key after row {len(everyone) - PAGE_SIZE:,}",
            lambda: people_repo.list(limit=PAGE_SIZE, after=last_page),
        ),
        Operation(
            "list: first page by recently changed",
            lambda: people_repo.list(sort="updated", limit=PAGE_SIZE),
        ),
        Operation(
            f"list people (all {len(ids):,}, by name; the CLI's people list)",
            people_repo.list,
            target_ms=None,
            note="not a target: every row, as `career-planner people list` prints them",
        ),
    ]
    for label, query in search_queries(people).items():
        ops.append(
            Operation(
                f"search {label}: {query!r} (page + count)",
                lambda q=query: people_repo.search(query=q),
            )
        )
    ops += [
        Operation(
            "load plan: PlansRepository.current (random id)",
            lambda: plans_repo.current(next_id()),
        ),
        Operation(
            "plan JSON -> Roadmap: roadmap_from_dict", lambda: roadmap_from_dict(next_plan())
        ),
        Operation(
            "load plan + roadmap_from_dict",
            lambda: roadmap_from_dict(plans_repo.current(next_id()).roadmap),
        ),
        Operation(
            "reference: raw SELECT id, name ORDER BY name",
            lambda: store.conn.execute(
                "SELECT id, name FROM people ORDER BY name COLLATE NOCASE, id"
            ).fetchall(),
            target_ms=None,
        ),
        Operation(
            "write: add one note (JournalRepository, rolled back)",
            _rolled_back(
                store,
                lambda: journal.add_note(next_id(), date(2027, 6, 1), "Firewall audit went well."),
            ),
            target_ms=None,
            runs=min(samples, 20),
            note="not an issue target: one note with its search row",
        ),
        Operation(
            "write: update one person (PeopleRepository.update, rolled back)",
            _rolled_back(
                store,
                lambda: _resave(people_repo, next_id()),
            ),
            target_ms=None,
            runs=min(samples, 20),
            note="not an issue target: one profile save with its search row",
        ),
    ]
    return ops


def search_breakdown(store: Store, query: str, runs: int = 5) -> dict[str, Any]:
    """Where a search's time goes: the FTS subquery people.list uses vs the whole list call."""
    people_repo = PeopleRepository(store)
    expression = people_expression(query) or ""

    def fts_ids() -> list[tuple]:
        return store.db.execute(MATCHING_PEOPLE, [expression]).fetchall()

    matches = {r[0] for r in fts_ids()}
    fts = statistics.median(timed(fts_ids) for _ in range(runs))
    total = statistics.median(timed(lambda: people_repo.search(query=query)) for _ in range(runs))
    return {
        "query": query,
        "matching_people": len(matches),
        "fts_people_search_ms": round(fts * 1000, 3),
        "people_query_ms": round(max(0.0, total - fts) * 1000, 3),
        "total_ms": round(total * 1000, 3),
    }


def integrity_timings(path: Path, runs: int) -> dict[str, Any]:
    """PRAGMA quick_check and integrity_check on the app's own connection, `runs` times each."""
    out: dict[str, Any] = {}
    with open_store(path) as store:
        for pragma in ("quick_check", "integrity_check"):
            samples, result = [], None
            for _ in range(runs):
                begin = time.perf_counter()
                result = store.conn.execute(f"PRAGMA {pragma}").fetchall()
                samples.append(time.perf_counter() - begin)
            out[pragma] = {
                "runs": runs,
                "median_ms": round(statistics.median(samples) * 1000, 1),
                "min_ms": round(min(samples) * 1000, 1),
                "max_ms": round(max(samples) * 1000, 1),
                "result": result[0][0] if result and len(result) == 1 else result,
            }
    return out


def hotspots(fn: Callable[[], object], calls: int = 5, top: int = 12) -> list[dict[str, Any]]:
    """Top functions by cumulative time over `calls` calls of fn (cProfile)."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        fn()
    profiler.disable()
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        where = Path(filename)
        with contextlib.suppress(ValueError):
            where = where.resolve().relative_to(ROOT)
        rows.append(
            {
                "function": f"{where}:{line}({func})",
                "calls": ncalls,
                "tottime_ms_per_call": round(tottime * 1000 / calls, 3),
                "cumtime_ms_per_call": round(cumtime * 1000 / calls, 3),
            }
        )
    rows.sort(key=lambda r: -r["cumtime_ms_per_call"])
    return rows[:top]


# -- reporting ---------------------------------------------------------------------------
def _verdict(op: Operation) -> str:
    if op.passed is None:
        return "-"
    p95 = "; p95 over" if op.passed and op.at_risk else ""
    return f"{'ok' if op.passed else 'MISSED'} (<{op.target_ms:g} ms{p95})"


def _mb(n: int | None) -> str:
    return "-" if n is None else f"{n / 1e6:,.1f} MB"


def render_table(ops: Sequence[Operation], floor: Operation) -> str:
    width = max(len(o.name) for o in (*ops, floor)) + 2
    header = f"{'figure':<{width}}{'rows':>7}{'runs':>6}{'ours ms':>10}{'p95 ms':>10}"
    header += f"{'floor ms':>10}{'ratio':>8}  goal"
    lines = [header, "-" * len(header)]
    for op in (floor, *ops):
        rows = "-" if op.rows is None else str(op.rows)
        lines.append(
            f"{op.name:<{width}}{rows:>7}{len(op.samples):>6}{op.median_ms:>10.3f}"
            f"{op.p95_ms:>10.3f}{floor.median_ms:>10.3f}{op.median_ms / floor.median_ms:>8.1f}"
            f"  {_verdict(op)}"
        )
    lines += ["", f"floor = {FLOOR_DESCRIPTION}", f"reference = {RAW_LIST_DESCRIPTION}"]
    return "\n".join(lines)


def render_report(build: BuildReport, size: dict[str, Any], checks: dict[str, Any]) -> str:
    lines = []
    if build.reused:
        lines.append(f"database reused from {build.path} (no build time)")
    else:
        phases = ", ".join(f"{k} {v:.1f} s" for k, v in build.phases.items())
        lines.append(f"build: {build.seconds:.1f} s ({phases})")
        lines.append(f"WAL before the builder closed: {_mb(build.wal_bytes_before_close)}")
    lines.append(
        f"database: {_mb(size['file_bytes'])} ({size['page_count']:,} pages of "
        f"{size['page_size']:,} B, {size['freelist_count']:,} free); "
        f"-wal {_mb(size['file_wal_bytes'])}, -shm {_mb(size['file_shm_bytes'])} "
        "(after the measurements)"
    )
    largest = size.get("largest_objects_bytes") or {}
    if largest:
        lines.append("largest: " + ", ".join(f"{k} {_mb(v)}" for k, v in largest.items()))
    for pragma, figures in checks.items():
        verdict = "ok" if figures["median_ms"] < TARGET_MS else "over"
        lines.append(
            f"PRAGMA {pragma}: median {figures['median_ms']:,.1f} ms "
            f"(min {figures['min_ms']:,.1f}, {figures['runs']} runs) -> {figures['result']}; "
            f"{verdict} against {TARGET_MS:g} ms"
        )
    return "\n".join(lines)


def render_breakdown(rows: Sequence[dict[str, Any]]) -> str:
    lines = ["search split (median of 5): people_search MATCH alone | rest of search() | people"]
    for r in rows:
        lines.append(
            f"  {r['query']!r:<16}{r['fts_people_search_ms']:>9.2f} ms"
            f"{r['people_query_ms']:>9.2f} ms{r['matching_people']:>8}"
        )
    return "\n".join(lines)


def render_hotspots(name: str, rows: Sequence[dict[str, Any]]) -> str:
    lines = [f"cProfile, {name}, top {len(rows)} by cumulative time (ms per call):"]
    lines.append(f"{'cum ms':>10}{'own ms':>10}{'calls':>8}  function")
    for row in rows:
        lines.append(
            f"{row['cumtime_ms_per_call']:>10.2f}{row['tottime_ms_per_call']:>10.2f}"
            f"{row['calls']:>8}  {row['function']}"
        )
    return "\n".join(lines)


# -- main --------------------------------------------------------------------------------
def run(args: argparse.Namespace, path: Path, catalog: Catalog) -> dict[str, Any]:
    quiet = args.quiet
    if path.exists():
        build = reuse_database(path, args.people, args.steps, args.notes)
    else:
        _log(f"building {args.people:,} people at {path} ...", quiet)
        build = build_database(
            path,
            catalog,
            people=args.people,
            steps=args.steps,
            notes=args.notes,
            seed=args.seed,
            quiet=quiet,
        )

    scratch = tempfile.TemporaryDirectory(prefix="bench-record-")
    record = Path(scratch.name) / "sound-databases.json"
    try:
        return _timed_run(args, path, build, record)
    finally:
        scratch.cleanup()


def _timed_run(
    args: argparse.Namespace, path: Path, build: dict[str, Any], record: Path
) -> dict[str, Any]:
    quiet = args.quiet
    floor = Operation("floor: sqlite3.connect + count(*) + close", lambda: floor_once(path), None)
    first_open = Operation(
        "open, first start: reads every page", lambda: open_and_close(path), None, runs=3
    )
    opener = Operation("open, later start: file found sound", lambda: open_and_close(path, record))
    _log("timing ...", quiet)
    half = max(1, args.runs // 2)
    floor.measure(half, args.warmup)
    first_half = floor.samples
    first_open.measure(args.runs, 0)
    opener.measure(args.runs, max(1, args.warmup))  # the first call records the file as sound

    with open_store(path) as store:
        ops = session_operations(store, args.people, args.seed, args.runs)
        for op in ops:
            op.measure(args.runs, args.warmup)
        breakdown = [search_breakdown(store, q) for q in search_queries(args.people).values()]
        ops[:0] = [first_open, opener]
        missed = [o for o in ops if o.passed is False]
        profiled = ops if args.profile else [o for o in ops if o.at_risk]
        hot = {o.name: hotspots(o.fn) for o in profiled if o.target_ms is not None}
    floor.measure(args.runs - half, 0)
    floor.samples = first_half + floor.samples

    size = database_size(path)
    checks = integrity_timings(path, args.check_runs)
    print(render_table(ops, floor))
    print()
    print(render_report(build, size, checks))
    print()
    print(render_breakdown(breakdown))
    for name, rows in hot.items():
        print()
        print(render_hotspots(name, rows))
    return {
        "database": {**build.as_dict(), **size},
        "floor": {"description": FLOOR_DESCRIPTION, **floor.as_dict(floor.median_ms)},
        "reference": RAW_LIST_DESCRIPTION,
        "operations": [o.as_dict(floor.median_ms) for o in ops],
        "search_breakdown": breakdown,
        "checks": checks,
        "hotspots": hot or None,
        "missed": [o.name for o in missed],
    }


def machine_info() -> dict[str, Any]:
    return common_machine_info(sqlite=sqlite3.sqlite_version)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=PEOPLE)
    parser.add_argument("--steps", type=int, default=STEPS, help="plan steps per person")
    parser.add_argument("--notes", type=int, default=NOTES, help="notes per person")
    parser.add_argument("--runs", type=int, default=100, help="timed runs per operation")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs per operation")
    parser.add_argument("--check-runs", type=int, default=3, help="runs of each PRAGMA check")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--keep", type=Path, help="build here (or reuse this file) and keep it")
    parser.add_argument("--profile", action="store_true", help="cProfile every operation")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results JSON file")
    parser.add_argument("--no-write", action="store_true", help="do not write the results file")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = parser.parse_args(argv)
    if args.people < 1 or args.steps < 1 or args.notes < 0 or args.runs < 2:
        parser.error("--people and --steps must be at least 1, --runs at least 2")

    machine = machine_info()
    catalog = load_catalog()  # loaded once, outside every timing
    with contextlib.ExitStack() as stack:
        if args.keep:
            path = args.keep.expanduser().resolve()
        else:
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-storage-"))
            path = Path(folder) / "planner.db"
        results = run(args, path, catalog)

    if not args.no_write:
        if hasattr(os, "getloadavg"):
            machine["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
        document = {
            "benchmark": "storage",
            "generated": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": machine,
            "targets": {"each_operation_median_ms": TARGET_MS},
            **results,
        }
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
