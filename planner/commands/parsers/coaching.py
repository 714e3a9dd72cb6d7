"""Parsers of `niches`, `coach` and `catalog`."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path

from planner.commands.parsers.common import _hours, _Parser, _person_id, _price, handler
from planner.domain.mode import Mode
from planner.domain.roadmap import STEP_KINDS


def niches(niches: ArgumentParser) -> None:
    niche_source = niches.add_mutually_exclusive_group(required=True)
    niche_source.add_argument("--profile", type=Path, help="profile JSON file")
    niche_source.add_argument("--person", type=_person_id, metavar="ID", help="a stored person")
    niches.add_argument(
        "ads", nargs="+", type=Path, metavar="ADS", help="job ads as text files ('-' = stdin)"
    )
    niches.add_argument("--choose", metavar="NICHE", help="set the person's niche (--person)")
    niches.add_argument("--format", choices=("text", "json"), default="text")
    niches.set_defaults(run=handler("niches", "run_niches"))


def coach(coach: ArgumentParser) -> None:
    coach_commands = coach.add_subparsers(dest="action", parser_class=_Parser, required=True)
    coach_show = coach_commands.add_parser("show", help="the coach's settings")
    coach_show.add_argument("--format", choices=("text", "json"), default="text")
    coach_set = coach_commands.add_parser("set", help="name, organisation, logo, currency, mode")
    coach_set.add_argument("--name")
    coach_set.add_argument("--organisation")
    logo = coach_set.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=Path, metavar="FILE", help="a PNG or JPEG for printouts")
    logo.add_argument("--no-logo", action="store_true")
    coach_set.add_argument("--currency", metavar="XXX", help="currency plans are totalled in")
    coach_set.add_argument("--mode", choices=[mode.value for mode in Mode])
    coach_price = coach_commands.add_parser("price", help="your own price for a catalog item")
    coach_price.add_argument("item", help="catalog id, e.g. cisco-ccna or pmi")
    coach_price.add_argument("amount", nargs="?", default="none", help="a number, or none")
    coach_price.add_argument("--currency", default="USD", metavar="XXX")
    coach_price.add_argument("--note")
    coach_price.add_argument("--clear", action="store_true", help="back to the catalog price")
    coach_step = coach_commands.add_parser("step", help="your own step people can pin")
    coach_step.add_argument("id")
    coach_step.add_argument("--title")
    coach_step.add_argument(
        "--kind",
        default="education",
        choices=STEP_KINDS,
    )
    coach_step.add_argument("--hours", type=_hours)
    coach_step.add_argument("--cost", type=_price)
    coach_step.add_argument("--currency", default="USD", metavar="XXX")
    coach_step.add_argument("--description")
    coach_step.add_argument("--delete", action="store_true")
    for sub in (coach_show, coach_set, coach_price, coach_step):
        sub.set_defaults(run=handler("coach", "run_coach"))


def catalog(catalog: ArgumentParser) -> None:
    catalog_commands = catalog.add_subparsers(dest="action", parser_class=_Parser, required=True)
    pack_import = catalog_commands.add_parser(
        "import", help="add or replace a country pack (checked; --dry-run shows the changes)"
    )
    pack_import.add_argument("file", type=Path, metavar="PACK.json")
    pack_import.add_argument("--dry-run", action="store_true", help="show the changes only")
    pack_remove = catalog_commands.add_parser("remove-pack", help="remove your country pack")
    pack_remove.add_argument("code", metavar="CODE", help="ISO 3166-1 code, e.g. GB")
    pack_remove.add_argument("--dry-run", action="store_true", help="show the changes only")
    pack_list = catalog_commands.add_parser("packs", help="the country packs in use")
    pack_list.add_argument("--format", choices=("text", "json"), default="text")
    changes = catalog_commands.add_parser(
        "changes", help="what the last shipped catalog update changed (progress is kept)"
    )
    changes.add_argument("--format", choices=("text", "json"), default="text")
    for sub in (pack_import, pack_remove, pack_list, changes):
        sub.set_defaults(run=handler("catalog_packs", "run_catalog"))
