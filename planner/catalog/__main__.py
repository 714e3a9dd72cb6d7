"""`python -m planner.catalog --stamp`: validate the shipped catalog and record its digest."""

import argparse
import sys

from planner.catalog.loader import stamp
from planner.domain.errors import CatalogError

parser = argparse.ArgumentParser(prog="python -m planner.catalog", description=__doc__)
parser.add_argument("--stamp", action="store_true", help="validate and write VALIDATED.sha256")
args = parser.parse_args()
if not args.stamp:
    parser.print_help()
    sys.exit(0)
try:
    print(f"catalog valid; stamp written to {stamp()}")
except CatalogError as exc:
    print(f"catalog invalid: {exc}", file=sys.stderr)
    sys.exit(2)
