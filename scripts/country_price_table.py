"""Print country x credentials offered x prices verified / converted / unknown, from the packs.

    python scripts/country_price_table.py

Verified: the pack gives the issuer's figure in the country's currency. Converted: the only
figure is in another currency (US dollars), so a plan shows it converted at the shipped rate.
Unknown: no figure (a plan says "check with issuer", with any range sources report).
"""

from __future__ import annotations

from planner.catalog import load_catalog


def main() -> None:
    catalog = load_catalog()
    header = ("Country", "Cur.", "Credentials offered", "Levels")
    header += ("Verified", "Converted", "Unknown")
    rows = []
    for code, pack in sorted(catalog.countries.items()):
        verified = converted = unknown = 0
        for _, fee in pack.fees():
            amount = fee.amount if fee.amount is not None else fee.member_amount
            if amount is None:
                unknown += 1
            elif fee.currency == pack.currency:
                verified += 1
            else:
                converted += 1
        names = ", ".join(c.name.split(" (")[0] for c in pack.credentials)
        levels = sum(len(c.levels) for c in pack.credentials)
        rows.append((code, pack.currency, names, str(levels), str(verified), str(converted),
                     str(unknown)))  # fmt: skip
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print("\nPrices counted: professional-body dues, credential levels and typical course prices.")


if __name__ == "__main__":
    main()
