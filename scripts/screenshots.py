"""Run the app in a real window (Xvfb + xcb) and save a PNG of each page.

Usage (Debian 12: apt-get install xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 ...):
    xvfb-run -a -s "-screen 0 1280x800x24" python3 scripts/screenshots.py [--out docs/screenshots]
The window takes the size the app gives it on that screen (1280x800 at most, less on smaller
screens). Add --dark for a dark palette; --all also saves the set-up wizard's pages and the
catalog picker, with the screen size in every name (1024x600-roadmap.png), to check layouts.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d31",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f2023",
        QPalette.ColorRole.AlternateBase: "#2b2d31",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#35373c",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Mid: "#55575c",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.ToolTipBase: "#35373c",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Link: "#7fb0ff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def populate(ws, catalog) -> int:
    """Demo data: Dana (the demo person) with progress, ledger and notes, plus two clients."""
    from planner.codec.profile_file import load_profile, profile_from_dict

    dana = load_profile(ROOT / "resources" / "demo" / "dana.json")
    dana_id = ws.people.add(replace(dana, niche="network-refresh"), ["demo", "cohort-2027"])
    for which, tags in (("developer", ["cohort-2027"]), ("network-engineer", ["referral"])):
        import json

        data = json.loads((ROOT / "tests" / "data" / "personas" / f"{which}.json").read_text())
        ws.people.add(profile_from_dict(data), tags)
    journal = ws.journal
    journal.add_project(
        dana_id,
        "Service desk tooling roll-out",
        date(2024, 2, 1),
        finished=date(2024, 9, 30),
        role="Project lead",
    )
    journal.add_note(
        dana_id,
        date(2027, 1, 11),
        "Kick-off: agreed the infrastructure track and "
        "network refresh as the niche. Dana will ask her manager about the "
        "switch-replacement project.",
    )
    journal.add_note(
        dana_id,
        date(2027, 2, 8),
        "Booked AZ-104 for March. Chapter meeting "
        "on risk registers was useful; met two PMs from the hospital IT team.",
    )
    ws.planning.current(dana_id)
    ws.planning.record(dana_id, "choose-niche", "done", date(2027, 1, 9))
    ws.planning.record(dana_id, "pmi", "done", date(2027, 1, 12))
    return dana_id


def settle(app) -> None:
    for _ in range(20):
        app.processEvents()


def extra_shots(app, window, out: Path, prefix: str, suffix: str) -> None:
    """Every page of the set-up wizard and the catalog picker, as they open on this screen."""
    from planner.gui.pages.profile.setup_wizard import ProfileWizard
    from planner.gui.pages.roadmap.catalog_items import catalog_items
    from planner.gui.pages.roadmap.catalog_picker import CatalogPicker

    wizard = ProfileWizard(window.session.catalog, own=False, coach=True, parent=window)
    wizard.show()
    page = 1
    while True:
        settle(app)
        path = out / f"{prefix}wizard-{page}{suffix}.png"
        wizard.grab().save(str(path))
        print(path)
        if wizard.currentId() == wizard.pageIds()[-1]:
            break
        wizard.currentPage().validatePage = lambda: True  # shots only: empty fields are fine
        wizard.next()
        page += 1
    wizard.close()
    window.tabs.setCurrentIndex(2)
    settle(app)
    page = window.pages[2].ensure()
    roadmap = page.roadmap
    items = catalog_items(window.session.catalog, roadmap.gaps, {s.id for s in roadmap.steps})
    picker = CatalogPicker(items, window)  # as Add from catalog… opens it
    picker.show()
    picker.search.setText("project")
    settle(app)
    path = out / f"{prefix}catalog-picker{suffix}.png"
    picker.grab().save(str(path))
    print(path)
    picker.close()
    preview_shot(app, window, out / f"{prefix}preview{suffix}.png")


def preview_shot(app, window, path: Path) -> None:
    """The print preview as File > Print preview… opens it, once its first pages are drawn."""
    import time

    from planner.gui.pdf_preview import PdfPreviewDialog
    from planner.services.exports import write_pdf

    pdf = path.with_suffix(".pdf")
    write_pdf(window.output.document(), pdf)
    dialog = PdfPreviewDialog(pdf, window)
    dialog.show()
    deadline = time.monotonic() + 10
    while not dialog.strip.rendered_pages() and time.monotonic() < deadline:
        settle(app)
        time.sleep(0.05)
    settle(app)
    dialog.grab().save(str(path))
    print(path)
    dialog.close()
    pdf.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--all", action="store_true", help="wizard and picker too; size in names")
    parser.add_argument(
        "--language",
        choices=("en", "de", "es", "qps"),
        default="en",
        help="the app's language (qps: pseudo-localised, to find clipped or untranslated text)",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from planner.catalog import load_catalog
    from planner.gui.application import build_window, make_application
    from planner.gui.language import SETTING, apply_language
    from planner.services.workspace import open_workspace

    app = make_application()
    if args.dark:
        app.setPalette(dark_palette())
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        settings.setValue(SETTING, args.language)
        apply_language(app, settings)  # before the demo plans are made: they keep its texts
        catalog = load_catalog()  # in the chosen language, as the app loads it
        ws = open_workspace(Path(tmp) / "shots.db", catalog, lambda: date(2027, 3, 1))
        person = populate(ws, catalog)
        window = build_window(ws, catalog, settings)  # sized to the screen by the app
        window.session.today = lambda: date(2027, 3, 1)
        window.show()
        window.session.select(person)
        suffix = ("-dark" if args.dark else "") + (
            f"-{args.language}" if args.language != "en" else ""
        )
        screen = app.primaryScreen().size()
        prefix = f"{screen.width()}x{screen.height()}-" if args.all else ""
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            settle(app)
            name = window.tabs.tabText(index).replace("&", "").lower()
            number = "" if args.all else f"{index + 1:02d}-"
            path = args.out / f"{prefix}{number}{name}{suffix}.png"
            window.grab().save(str(path))
            print(path)
        if args.all:
            extra_shots(app, window, args.out, prefix, suffix)
        window.close()
        ws.close()
    del QApplication
    return 0


if __name__ == "__main__":
    sys.exit(main())
