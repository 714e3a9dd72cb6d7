"""`coach`: branding for printouts, the plan currency, own prices and own steps."""

from __future__ import annotations

import argparse
import math

from planner.commands.context import Context, out, out_json
from planner.domain.branding import Branding
from planner.domain.catalog_model import CustomStep, PriceOverride
from planner.domain.errors import InvalidInput
from planner.domain.messages import _
from planner.domain.mode import Mode
from planner.i18n.format import money, number
from planner.services.coach import read_logo


def run_coach(args: argparse.Namespace, ctx: Context) -> int:
    ws = ctx.workspace(writing=args.action != "show")
    coach = ws.coach
    if args.action == "set":
        current = coach.branding()
        logo, logo_type = current.logo, current.logo_type
        if args.no_logo:
            logo = logo_type = None
        elif args.logo:
            logo, logo_type = read_logo(args.logo)
        coach.set_branding(
            Branding(
                coach_name=current.coach_name if args.name is None else args.name.strip(),
                organisation=current.organisation
                if args.organisation is None
                else args.organisation.strip(),
                logo=logo,
                logo_type=logo_type,
            )
        )
        if args.currency:
            coach.set_setting("plan_currency", _currency(args.currency))
        if args.mode:
            coach.set_mode(Mode(args.mode))
    elif args.action == "price":
        amount = None if args.amount.lower() in ("none", "unknown") else _amount(args.amount)
        if args.item not in ctx.catalog.cert_by_id and args.item not in {
            *ctx.catalog.membership_by_id,
            *ctx.catalog.activity_by_id,
        }:
            raise InvalidInput(
                _("'{item}' is not a catalog item (e.g. cisco-ccna, pmi)", item=args.item)
            )
        if args.clear:
            coach.clear_price(args.item)
        else:
            coach.set_price(
                PriceOverride(args.item, amount, _currency(args.currency), args.note or "")
            )
    elif args.action == "step":
        if args.delete:
            coach.delete_custom_step(args.id)
        else:
            if args.title is None or args.hours is None:
                raise InvalidInput(_("a custom step needs --title and --hours"))
            country = ws.packs.pack_step_country(args.id)
            if country is not None:
                raise InvalidInput(
                    _(
                        "'{id}' is already a step of the {country} country pack",
                        id=args.id,
                        country=country,
                    )
                )
            coach.save_custom_step(
                CustomStep(
                    args.id,
                    args.title,
                    args.kind,
                    args.hours,
                    None if args.cost is None else _amount(str(args.cost)),
                    _currency(args.currency),
                    args.description or "",
                )
            )
    _show(ws, args.format if args.action == "show" else "text")
    return 0


def _currency(text: str) -> str:
    code = text.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise InvalidInput(
            _(
                "a currency is a three-letter code such as USD or EUR (got {text})",
                text=repr(text),
            )
        )
    return code


def _amount(text: str) -> float:
    try:
        value = float(text)
    except ValueError as exc:
        raise InvalidInput(
            _("a price is a number, or 'none' (got {text})", text=repr(text))
        ) from exc
    if not math.isfinite(value) or value < 0:
        raise InvalidInput(_("a price is a number of 0 or more (got {text})", text=repr(text)))
    return value


def _show(ws, fmt: str) -> None:
    coach = ws.coach
    branding = coach.branding()
    data = {
        "coach_name": branding.coach_name,
        "organisation": branding.organisation,
        "logo": branding.logo_type,
        "plan_currency": coach.setting("plan_currency") or None,
        "mode": coach.mode().value,
        "prices": {
            k: {"amount": v.amount, "currency": v.currency, "note": v.note}
            for k, v in coach.price_overrides().items()
        },
        "custom_steps": [
            {"id": s.id, "title": s.title, "kind": s.kind, "hours": s.hours, "cost": s.cost}
            for s in coach.custom_steps()
        ],
    }
    if fmt == "json":
        out_json(data)
        return
    lines = [
        _(
            "Coach: {name}   Organisation: {organisation}   Logo: {logo}",
            name=data["coach_name"] or "-",
            organisation=data["organisation"] or "-",
            logo=data["logo"] or _("none"),
        ),
        _(
            "Plan currency: {currency}   Mode: {mode}",
            # no plan currency set: each plan is totalled in its person's own currency
            currency=data["plan_currency"] or _("each person's own"),
            mode=data["mode"],
        ),
    ]
    for item, price in data["prices"].items():
        if price["amount"] is None:
            amount = money(None, price["currency"])
        else:
            amount = f"{number(price['amount'], digits=2, fixed=True)} {price['currency']}"
        said = _("Price {item}: {amount}", item=item, amount=amount)
        lines.append(f"  {said} {price['note']}".rstrip())
    for step in data["custom_steps"]:
        said = _(
            "Step {id}: {title} ({kind}, {hours} h)",
            id=step["id"],
            title=step["title"],
            kind=step["kind"],
            hours=number(step["hours"], digits=6),
        )
        lines.append(f"  {said}")
    out("\n".join(lines))
