"""The people list asks storage for a page at a time, however long the list or far the person."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.codec.profile_file import profile_from_dict
from planner.domain.messages import speaking
from planner.gui.formats import numeric_day
from planner.gui.people_model import PAGE_SIZE
from planner.gui.people_panel import PeoplePanel
from planner.i18n.catalogs import load
from planner.storage.people import PeopleRepository

PERSONAS = Path(__file__).resolve().parents[1] / "data" / "personas"
PEOPLE = 2 * PAGE_SIZE + 37


class CountingRepository:
    """The real repository, recording how many rows each call could return."""

    def __init__(self, real: PeopleRepository) -> None:
        self._real = real
        self.limits: list[int | None] = []
        self.returned: list[int] = []

    def list(self, *args, **kwargs):
        self.limits.append(kwargs.get("limit"))
        rows = self._real.list(*args, **kwargs)
        self.returned.append(len(rows))
        return rows

    def search(self, *args, **kwargs):
        self.limits.append(kwargs.get("limit"))
        page = self._real.search(*args, **kwargs)
        self.returned.append(len(page.people))
        return page

    def __getattr__(self, name):  # count, position, all_tags: no rows
        return getattr(self._real, name)


@pytest.fixture
def repo(gui_workspace):
    data = json.loads((PERSONAS / "developer.json").read_text(encoding="utf-8"))
    people = gui_workspace.people
    with gui_workspace.atomic():
        for i in range(PEOPLE):
            tags = ["even"] if i % 2 == 0 else []
            people.add(profile_from_dict({**data, "name": f"Person {i:04d}"}), tags)
    return CountingRepository(people)


def test_the_list_asks_a_page_at_a_time_down_to_the_last_person(qtbot, repo):
    panel = PeoplePanel(repo)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.model.rowCount() == PAGE_SIZE and panel.model.total == PEOPLE
    assert panel.count.text() == f"{PEOPLE} people"
    while panel.model.canFetchMore():
        panel.model.fetchMore()
    names = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert names == [f"Person {i:04d}" for i in range(PEOPLE)]
    assert repo.limits and all(limit == PAGE_SIZE for limit in repo.limits)
    assert max(repo.returned) <= PAGE_SIZE


def test_a_search_shows_a_page_and_the_count_of_every_match(qtbot, repo):
    panel = PeoplePanel(repo)
    qtbot.addWidget(panel)
    panel.refresh()
    repo.limits.clear()
    panel.search.setText("person")
    qtbot.waitUntil(lambda: panel.model.query == "person", timeout=2000)
    assert repo.limits == [PAGE_SIZE] and repo.returned[-1] <= PAGE_SIZE
    assert panel.model.total == PEOPLE and panel.model.rowCount() == PAGE_SIZE
    assert panel.count.text() == f"{PEOPLE} of {PEOPLE} people"
    panel.tag.setCurrentIndex(panel.tag.findData("even"))
    assert panel.model.total == (PEOPLE + 1) // 2
    assert panel.count.text() == f"{(PEOPLE + 1) // 2} of {PEOPLE} people"
    assert all(limit == PAGE_SIZE for limit in repo.limits)


def test_selecting_someone_far_down_fetches_pages_until_their_row(qtbot, repo):
    panel = PeoplePanel(repo)
    qtbot.addWidget(panel)
    panel.refresh()
    last = repo.list(sort="created")[-1].id  # outside the panel's requests
    repo.limits.clear()
    panel.select(last)
    qtbot.waitUntil(lambda: panel.current_id() == last, timeout=5000)
    assert panel.model.rowCount() == PEOPLE
    assert repo.limits and all(limit == PAGE_SIZE for limit in repo.limits)
    panel.search.setText("nobody-matches-this")
    qtbot.waitUntil(lambda: panel.model.total == 0, timeout=2000)
    repo.limits.clear()
    panel.select(last)  # filtered out: nothing is fetched for them
    assert repo.limits == [] and panel.current_id() is None


def test_the_dashboard_columns_sort_and_filter(qtbot, gui_workspace):
    from planner.gui.people_panel import PeoplePanel

    data = json.loads((PERSONAS / "developer.json").read_text(encoding="utf-8"))
    people = gui_workspace.people
    first = people.add(profile_from_dict({**data, "name": "Ada Active"}))
    second = people.add(profile_from_dict({**data, "name": "Ben Behind"}))
    for pid in (first, second):
        gui_workspace.planning.current(pid)
    step = gui_workspace.planning.current(first).roadmap["steps"][0]["id"]
    gui_workspace.planning.record(first, step, "done", gui_workspace.planning.today())
    gui_workspace.journal.add_note(first, gui_workspace.planning.today(), "session")
    panel = PeoplePanel(people)
    qtbot.addWidget(panel)
    panel.refresh()
    model = panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Name", "Done", "Next milestone"]
    row = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert model.index(row["Ada Active"], 1).data().endswith("%")
    today = gui_workspace.planning.today()
    assert model.index(row["Ada Active"], 4).data() == numeric_day(today)  # local, not ISO
    nxt = model.index(row["Ben Behind"], 2).data()  # a date and what is due
    assert not re.search(r"\d{4}-\d\d-\d\d", nxt)
    assert re.fullmatch(r"\d\d [A-Z][a-z]{2} \d{4} (Book .+|.+ exam|Eligible for PMP)", nxt), nxt
    with speaking(load("de")):
        german = model.index(row["Ben Behind"], 2).data()
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} (.+ buchen|Prüfung .+|Zulassung für PMP)", german)
    panel.view.horizontalHeader().sectionClicked.emit(1)  # sort by progress
    assert model.sort == "progress" and model.index(0, 0).data() == "Ada Active"
    panel.only.setCurrentIndex(panel.only.findData("no-session"))
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Ben Behind"]
    assert panel.count.text() == "1 of 2 people"
