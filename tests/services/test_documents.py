"""The printable plan: one use case for the app and the command line, with the staleness check."""

from __future__ import annotations

from dataclasses import replace

from planner.services.documents import plan_document, printable_plan
from tests.services.test_planning import add, ws  # noqa: F401  (the fixture)


def test_a_current_plan_prints_without_a_warning(ws):  # noqa: F811
    pid = add(ws, "developer")
    printable = printable_plan(ws, pid)
    assert printable.out_of_date == () and not printable.replanned
    assert printable.warning() == ""
    assert printable.document.profile.weekly_hours == 10


def test_changed_hours_make_the_printed_plan_out_of_date(ws):  # noqa: F811
    pid = add(ws, "developer")
    saved = ws.planning.current(pid)
    profile = ws.people.get(pid)
    ws.people.update(pid, replace(profile, weekly_hours=40))
    printable = printable_plan(ws, pid)
    assert printable.out_of_date == ("your profile changed",)
    assert printable.warning().startswith("Since this plan was made, your profile changed.")
    # Printed as it was made (and said to be): the saved plan, not a silent re-plan.
    assert printable.document.roadmap.summary.finish.isoformat() == saved.finish
    assert len(ws.planning.history(pid)) == 1


def test_replan_prints_a_plan_made_from_the_new_hours(ws):  # noqa: F811
    pid = add(ws, "developer")
    old = ws.planning.current(pid)
    ws.people.update(pid, replace(ws.people.get(pid), weekly_hours=40))
    printable = printable_plan(ws, pid, replan=True)
    assert printable.replanned and printable.out_of_date == ()
    assert printable.document.roadmap.summary.finish.isoformat() < old.finish
    assert len(ws.planning.history(pid)) == 2
    # A plan already current is never re-planned again.
    assert not printable_plan(ws, pid, replan=True).replanned
    assert len(ws.planning.history(pid)) == 2


def test_progress_and_what_if_prints(ws):  # noqa: F811
    pid = add(ws, "developer")
    ws.planning.current(pid)
    ws.planning.record(pid, "choose-niche", "done")
    assert printable_plan(ws, pid).out_of_date == ("progress was recorded",)
    # A what-if toward another track is planned for the page: never out of date.
    what_if = printable_plan(ws, pid, track="hybrid")
    assert what_if.out_of_date == () and what_if.document.roadmap.track == "hybrid"
    assert plan_document(ws, pid).roadmap.track == ws.planning.current(pid).track
