"""The plan as iCalendar (.ics): all-day milestones and weekly study blocks for calendar apps.

Milestones (plan start, book-by dates, exam days, step ends, eligibility, plan finish) are
all-day events (DTEND is the next day, as RFC 5545 wants) marked free, so they never block
time. Each open step with hours gets weekly study sessions that follow the hours the scheduler
put in each of its weeks: weeks in a row with the same load share one recurring event (RRULE),
split into sessions of at most 3 hours on different days, rounded to 15 minutes. A plan saved
without weeks shares the step's hours evenly over its span. Sessions are in floating local
time, so "Saturday 09:00" stays 09:00 wherever the person is. Steps that run at the same time
get different days (Saturday and Sunday mornings first, then Tuesday and Thursday evenings,
then the other weekday evenings) so sessions do not collide; the times are defaults to drag
elsewhere in the calendar app.

Every event's UID is derived from the person, the step and the kind of event, so importing a
newer plan updates events instead of adding duplicates. With SOURCE_DATE_EPOCH set the file
is byte-for-byte reproducible.
"""

from __future__ import annotations

import hashlib
import math
import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from planner import __version__
from planner.domain.messages import N_, _, ngettext
from planner.domain.records import record
from planner.domain.roadmap import Roadmap, Step
from planner.export.country_dates import follows_country
from planner.export.wording import track_name
from planner.i18n.format import day as format_day
from planner.i18n.format import money, number

PRODID = f"-//Career Transition Planner//career-planner {__version__}//EN"
UID_DOMAIN = "career-planner"
# (RRULE day, date.weekday(), start time): weekend mornings first, then weekday evenings.
STUDY_DAYS = (
    ("SA", 5, time(9, 0)),
    ("SU", 6, time(9, 0)),
    ("TU", 1, time(19, 0)),
    ("TH", 3, time(19, 0)),
    ("MO", 0, time(19, 0)),
    ("WE", 2, time(19, 0)),
    ("FR", 4, time(19, 0)),
)
SLOT_MINUTES = 15
# Reminders: (milestone kind, how long before it, what it says). A week's notice leaves time to
# book or revise; the day before an exam is for checking ID, route and time.
REMINDERS = (
    ("book", timedelta(days=7), N_("Book this exam within a week")),
    ("exam", timedelta(days=7), N_("Exam in a week")),
    ("exam", timedelta(days=1), N_("Exam tomorrow: check the time, your ID and the route")),
)
STUDY_REMINDER = timedelta(minutes=15)
MAX_SESSION_HOURS = 3  # longer weekly loads are split over more days
# A plan saved before plans held eligible_on wrote its eligibility lines with ISO dates:
# '<name>: eligible from <ISO date>', the name, a colon, the first ISO date.
_ELIGIBLE = re.compile(r"^(?P<cert>[^:]+):\D*?(?P<day>\d{4}-\d{2}-\d{2})\b")


@record
class Milestone:
    """One all-day event."""

    step_id: str
    kind: str  # start, book, exam, finish, eligible, plan-finish
    day: date
    summary: str
    description: str


@record
class StudyBlock:
    """One weekly recurring study session over a step's weeks."""

    step_id: str
    summary: str
    description: str
    first: datetime  # floating local time
    last: datetime
    weekday: str  # RRULE day code
    minutes: int

    @property
    def occurrences(self) -> int:
        return (self.last - self.first).days // 7 + 1


@record
class IcsResult:
    path: Path
    milestones: int
    study_blocks: int


def event_uid(person_key: str, step_id: str, kind: str) -> str:
    """Stable across exports: the same person, step and kind always give the same UID."""
    digest = hashlib.sha1(f"{person_key}|{step_id}|{kind}".encode()).hexdigest()
    return f"{digest}@{UID_DOMAIN}"


def _exam(step: Step) -> str:
    return ", ".join(step.exam_codes) if step.exam_codes else _("the exam")


def _cost(step: Step) -> str:
    if step.cost is None:
        return _("Cost: check with the issuer.")
    if step.cost == 0:
        return _("No cost.")
    return _("Cost: {amount}.", amount=money(step.cost, step.currency))


def _step_text(step: Step) -> str:
    lines = [step.why.strip()] if step.why.strip() else []
    if step.hours:
        basis = f" ({step.hours_basis})" if step.hours_basis else ""
        lines.append(_("About {hours} in total{basis}.", hours=_hours(step.hours), basis=basis))
    lines.append(_cost(step))
    if step.prerequisites:
        lines.append(_("Prerequisites: {text}", text=step.prerequisites))
    if step.note:
        lines.append(_("Note: {text}", text=step.note))
    return "\n".join(lines)


@follows_country
def milestones(roadmap: Roadmap) -> list[Milestone]:
    """Every all-day milestone of the plan, in date order."""
    track = track_name(roadmap.track)
    found = [
        Milestone(
            "plan",
            "start",
            roadmap.start,
            _("Career plan starts ({track} track)", track=track),
            _(
                "First day of the plan toward the {track} track for {person}.",
                track=track,
                person=roadmap.person,
            ),
        )
    ]
    for step in roadmap.steps:
        text = _step_text(step)
        if step.book_by and step.status != "done":
            found.append(
                Milestone(
                    step.id,
                    "book",
                    step.book_by,
                    _("Book {exam} ({step})", exam=_exam(step), step=step.title),
                    _(
                        "Book the exam by today to sit it on {day}.",
                        day=format_day(step.exam_date or step.end),
                    )
                    + f"\n{text}",
                )
            )
        if step.exam_date:
            what = (
                _("Passed {exam} ({step})") if step.status == "done" else _("Sit {exam} ({step})")
            )
            found.append(
                Milestone(
                    step.id,
                    "exam",
                    step.exam_date,
                    what.format(exam=_exam(step), step=step.title),
                    text,
                )
            )
        else:
            what = _("Done: {step}") if step.status == "done" else _("Finish: {step}")
            found.append(Milestone(step.id, "finish", step.end, what.format(step=step.title), text))
    found += _eligibility(roadmap)
    finish = roadmap.summary.finish
    found.append(
        Milestone(
            "plan",
            "plan-finish",
            finish,
            _("Career plan complete"),
            ngettext(
                "The last step of the plan ends today: {hours} over {n} week.",
                "The last step of the plan ends today: {hours} over {n} weeks.",
                roadmap.summary.weeks,
                hours=_hours(roadmap.summary.total_hours),
            ),
        )
    )
    order = {"start": 0, "book": 1, "eligible": 2, "exam": 3, "finish": 4, "plan-finish": 5}
    return sorted(found, key=lambda m: (m.day, order[m.kind], m.step_id))


def _eligibility(roadmap: Roadmap) -> list[Milestone]:
    """The plan's eligibility dates (an older plan's: read from its notes), else the day after
    the experience step ends."""
    if roadmap.eligible_on:
        lines = {line.split(":", 1)[0].strip(): line for line in roadmap.eligibility}
        return [
            Milestone(
                f"eligible:{e.name}",
                "eligible",
                e.day,
                _("Eligible for {cert}", cert=e.name),
                lines.get(e.name, ""),
            )
            for e in roadmap.eligible_on
        ]
    found = []
    for line in roadmap.eligibility:
        match = _ELIGIBLE.match(line)
        if not match:
            continue
        try:
            day = date.fromisoformat(match["day"])
        except ValueError:
            continue
        cert = match["cert"].strip()
        found.append(
            Milestone(
                f"eligible:{cert}", "eligible", day, _("Eligible for {cert}", cert=cert), line
            )
        )
    if found:
        return found
    ids = {s.id: s for s in roadmap.steps}
    experience = ids.get("lead-internal-project")
    if experience and "pmi-pmp" in ids and experience.status != "done":
        day = experience.end + timedelta(days=1)
        text = _("The months of project leadership PMP asks for are reached.")
        title = _("Eligible for {cert}", cert="PMP")
        return [Milestone("eligible:PMP", "eligible", day, title, text)]
    return []


def _last_on_or_before(day: date, weekday: int) -> date:
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def _hours(value: float) -> str:
    # ngettext picks the form by the whole number; the figure keeps its decimals.
    return ngettext("{hours} hour", "{hours} hours", 1 if value == 1 else 2, hours=number(value))


def _weeks(step: Step) -> int:
    return max(1, -(-((step.end - step.start).days + 1) // 7))


def _round_minutes(minutes: float) -> int:
    return max(SLOT_MINUTES, round(minutes / SLOT_MINUTES) * SLOT_MINUTES)


def _runs(step: Step) -> list[tuple[date, date, int]]:
    """(first Monday, last Monday, minutes a week) for weeks in a row with the same load."""
    if not step.weeks:
        monday = step.start - timedelta(days=step.start.weekday())
        last = step.end - timedelta(days=step.end.weekday())
        return [(monday, last, _round_minutes(step.hours * 60 / _weeks(step)))]
    runs: list[tuple[date, date, int]] = []
    for monday, hours in step.weeks:
        minutes = _round_minutes(hours * 60)
        if runs and runs[-1][2] == minutes and (monday - runs[-1][1]).days == 7:
            runs[-1] = (runs[-1][0], monday, minutes)
        else:
            runs.append((monday, monday, minutes))
    return runs


def _sessions(
    step: Step, run: tuple[date, date, int], busy: set[int]
) -> list[tuple[int, date, date, int]]:
    """(slot, first, last, minutes) for each weekly session of a run: at most 3 hours each."""
    first_monday, last_monday, minutes = run
    count = min(len(STUDY_DAYS), max(1, math.ceil(minutes / 60 / MAX_SESSION_HOURS)))
    each = _round_minutes(minutes / count)
    free = [i for i in range(len(STUDY_DAYS)) if i not in busy]
    free += [i for i in range(len(STUDY_DAYS)) if i in busy]  # more than 7 at once: share days
    # The exam day itself is for the exam, not for another study session.
    end = step.end if step.exam_date is None else min(step.end, step.exam_date - timedelta(1))
    chosen = []
    for slot in free:
        weekday = STUDY_DAYS[slot][1]
        first = first_monday + timedelta(days=weekday)
        if first < step.start:
            first += timedelta(weeks=1)
        last = min(last_monday + timedelta(days=weekday), _last_on_or_before(end, weekday))
        if first <= last:
            chosen.append((slot, first, last, each))
        if len(chosen) == count:
            break
    return sorted(chosen, key=lambda c: (c[1], c[0]))


@follows_country
def study_blocks(roadmap: Roadmap) -> list[StudyBlock]:
    """Weekly blocks that follow each open step's scheduled weeks; steps together get other days."""
    steps = sorted(
        (s for s in roadmap.steps if s.hours > 0 and s.status not in ("done", "skipped")),
        key=lambda s: (s.start, s.id),
    )
    taken: list[tuple[Step, int, int]] = []  # (step, slot, minutes after the slot's start)
    blocks = []
    for step in steps:
        overlapping = [
            (slot, end)
            for other, slot, end in taken
            if other is not step and other.start <= step.end and step.start <= other.end
        ]
        busy = {slot for slot, _end in overlapping}
        studies = step.kind in ("certification", "education")
        summary = _("Study: {step}") if studies else _("Work on: {step}")
        sessions = [x for run in _runs(step) for x in _sessions(step, run, busy)]
        for n, (slot, first, last, minutes) in enumerate(sessions, 1):
            code, _weekday, at = STUDY_DAYS[slot]
            # A day shared with another step (over seven sessions at once): start after it.
            offset = timedelta(minutes=max((e for s, e in overlapping if s == slot), default=0))
            taken.append((step, slot, int(offset.total_seconds() // 60) + minutes))
            count = (last - first).days // 7 + 1
            if count == 1:
                when = _("on {day}", day=format_day(first))
            else:
                when = _(
                    "every week from {first} to {last}",
                    first=format_day(first),
                    last=format_day(last),
                )
            blocks.append(
                StudyBlock(
                    step_id=step.id if n == 1 else f"{step.id}#{n}",
                    summary=summary.format(step=step.title),
                    description=_(
                        "{hours} {when}, as scheduled for those weeks; move it to a time that "
                        "suits you.",
                        hours=_hours(minutes / 60),
                        when=when,
                    )
                    + f"\n{_step_text(step)}",
                    first=datetime.combine(first, at) + offset,
                    last=datetime.combine(last, at) + offset,
                    weekday=code,
                    minutes=minutes,
                )
            )
    return blocks


def stamp_now() -> datetime:
    """DTSTAMP: SOURCE_DATE_EPOCH (for reproducible files) or now, in UTC."""
    from planner.export.files import source_date_epoch

    epoch = source_date_epoch()
    if epoch is None:
        return datetime.now(UTC).replace(microsecond=0)
    return datetime.fromtimestamp(epoch, UTC)


# RFC 5545 TEXT allows no control characters; direction overrides would reverse what follows.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible_text(text: str) -> str:
    """text with control and direction-override characters replaced by a visible \ufffd."""
    return _UNSAFE.sub("\ufffd", text)


def _alarm(before: timedelta, text: str):
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", -before)
    alarm.add("description", visible_text(text))
    return alarm


def build_calendar(
    roadmap: Roadmap,
    person_key: str,
    stamp: datetime | None = None,
    *,
    study_alarms: bool = True,
):
    """An icalendar.Calendar of the plan's milestones and study blocks (deterministic order).

    Book-by dates and exams carry reminders a week ahead, exams also the day before; study
    blocks a 15-minute one unless study_alarms is False (a busy calendar gets noisy).
    """
    from icalendar import Calendar, Event

    stamp = stamp or stamp_now()
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add(
        "x-wr-calname",
        visible_text(_("Career plan \u2014 {person}", person=roadmap.person or _("unnamed"))),
    )
    events: list[tuple[tuple, Event]] = []
    passed = {s.id for s in roadmap.steps if s.status == "done"}
    for m in milestones(roadmap):
        event = Event()
        event.add("uid", event_uid(person_key, m.step_id, m.kind))
        event.add("dtstamp", stamp)
        event.add("dtstart", m.day)
        event.add("dtend", m.day + timedelta(days=1))
        event.add("summary", visible_text(m.summary))
        event.add("description", visible_text(m.description))
        event.add("transp", "TRANSPARENT")
        event.add("categories", [_("Career plan")])
        if not (m.kind == "exam" and m.step_id in passed):
            for kind, before, text in REMINDERS:
                if kind == m.kind:
                    event.add_component(_alarm(before, f"{_(text)}: {m.summary}"))
        events.append(((m.day, 0, m.kind, m.step_id), event))
    for b in study_blocks(roadmap):
        event = Event()
        event.add("uid", event_uid(person_key, b.step_id, "study"))
        event.add("dtstamp", stamp)
        event.add("dtstart", b.first)
        event.add("duration", timedelta(minutes=b.minutes))
        if b.occurrences > 1:
            event.add("rrule", {"freq": "weekly", "until": b.last, "byday": b.weekday})
        event.add("summary", visible_text(b.summary))
        event.add("description", visible_text(b.description))
        event.add("categories", [_("Career plan"), _("Study")])
        if study_alarms:
            event.add_component(_alarm(STUDY_REMINDER, b.summary))
        events.append(((b.first.date(), 1, "study", b.step_id), event))
    for _order, event in sorted(events, key=lambda pair: pair[0]):
        calendar.add_component(event)
    return calendar


def calendar_bytes(
    roadmap: Roadmap,
    person_key: str,
    stamp: datetime | None = None,
    *,
    study_alarms: bool = True,
) -> bytes:
    """The .ics file's bytes: UTF-8, CRLF line ends, lines folded at 75 octets."""
    return build_calendar(roadmap, person_key, stamp, study_alarms=study_alarms).to_ical()


def write_ics(
    target: Path, roadmap: Roadmap, person_key: str, *, study_alarms: bool = True
) -> IcsResult:
    """Write the calendar atomically (temp file, fsync, rename; owner-only)."""
    from planner.export.files import atomic_write, check_target

    target = Path(target)
    check_target(target)
    data = calendar_bytes(roadmap, person_key, study_alarms=study_alarms)
    atomic_write(target, data)
    return IcsResult(target, len(milestones(roadmap)), len(study_blocks(roadmap)))
