"""`niches`: rank niches by what local job ads ask for and the person's fit; choose one."""

from __future__ import annotations

import argparse
import textwrap
from dataclasses import replace
from typing import Any

from planner.commands.context import Context, out, out_json
from planner.domain.errors import InvalidInput
from planner.domain.messages import _, ngettext
from planner.domain.profile import Profile
from planner.services.niches import (
    MATCHING_RULE,
    SCORE_RULE,
    NicheReport,
    certifications_by_demand,
    find_niches,
    read_ads,
)

WIDTH = 78
BAR = 20


def _profile(args: argparse.Namespace, ctx: Context) -> Profile:
    if args.person is not None:
        ws = ctx.workspace(writing=bool(args.choose))
        return ws.planning.effective_profile(args.person, ctx.today())
    from planner.services.profile_plans import read_profile

    return read_profile(args.profile)


def run_niches(args: argparse.Namespace, ctx: Context) -> int:
    """Rank niches for a profile file or stored person from ad files; --choose sets one.

    Each file (or '-' for standard input) may hold many ads separated by a line of '---' or
    by two or more blank lines.
    """
    catalog = ctx.catalog
    if args.choose and args.person is None:
        raise InvalidInput(
            _("--choose needs a stored person (--person ID): a profile file is only read")
        )
    if args.choose and args.choose not in catalog.niche_by_id:
        known = ", ".join(n.id for n in catalog.niches)
        raise InvalidInput(
            _("unknown niche '{niche}' (choose one of: {known})", niche=args.choose, known=known)
        )
    from planner.services.niches import technology_names

    profile = _profile(args, ctx)
    texts = read_ads(list(args.ads))
    report = find_niches(texts, catalog, profile, technology_names(), on=ctx.today())
    done = ""
    if args.choose:
        report = replace(report, chosen=args.choose)
        done = _choose(ctx, args.person, args.choose)
    if args.format == "json":
        data = report_to_dict(report, ctx)
        if done:
            data["replanned"] = done
        out_json(data)
    else:
        out(render_text(report, profile, ctx, args.person, done))
    return 0


def _choose(ctx: Context, person_id: int, niche_id: str) -> str:
    """Set the niche and re-plan from today, together or not at all."""
    ws = ctx.workspace(writing=True)
    stored = ws.people.get(person_id)
    saved = ws.edits.change_profile_and_replan(person_id, replace(stored, niche=niche_id))
    steps = saved.roadmap.get("steps", [])
    finish = saved.roadmap.get("summary", {}).get("finish", "")
    name = ctx.catalog.niche_by_id[niche_id].name
    return ngettext(
        "Niche set to {niche} for {name} (person {id}) and re-planned from today: {n} step, "
        "finishing {finish}.",
        "Niche set to {niche} for {name} (person {id}) and re-planned from today: {n} steps, "
        "finishing {finish}.",
        len(steps),
        niche=name,
        name=stored.name,
        id=person_id,
        finish=finish,
    )


def report_to_dict(report: NicheReport, ctx: Context) -> dict[str, Any]:
    from planner.services.niches import ONET_ATTRIBUTION, by_name

    catalog, onet = ctx.catalog, by_name()
    by_demand = certifications_by_demand(report)  # the order a roadmap should prefer

    def term(d) -> dict[str, Any]:
        data = {"label": d.term.label, "kind": d.term.kind, "id": d.term.ref, "ads": d.ads}
        if d.term.ref in onet:
            data["onet_commodity"] = list(onet[d.term.ref].commodity_titles)
        return data | {"niches": list(d.niches)}

    return {
        "ads": report.ads,
        "chosen": report.chosen,
        "score_rule": _(SCORE_RULE),
        "matching_rule": _(MATCHING_RULE),
        "niches": [
            {
                "id": r.niche.id,
                "name": r.niche.name,
                "score": r.score,
                "demand": r.demand,
                "fit": r.fit,
                "ads": r.ads,
                "in_track": r.in_track,
                "certifications_by_demand": [
                    {"id": c, "short_name": catalog.cert_by_id[c].short_name, "ads": n}
                    for c, n in r.certifications
                    if c in catalog.cert_by_id and c in by_demand[r.niche.id]
                ],
                "held": list(r.held),
                "levels": [{"competency": c, "have": h, "need": n} for c, h, n in r.levels],
                "terms": [
                    {"label": d.term.label, "kind": d.term.kind, "ads": d.ads} for d in r.asked
                ],
                "reasons": list(r.reasons),
            }
            for r in report.niches
        ],
        "terms": [term(d) for d in report.terms],
        "unmatched": [term(d) for d in report.unmatched],
        "attribution": ONET_ATTRIBUTION,
    }


def _wrap(text: str, first: str, rest: str | None = None) -> list[str]:
    rest = first if rest is None else rest
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest) or [first]


def _counts(demands, limit: int) -> str:
    shown = ", ".join(f"{d.term.label} ({d.ads})" for d in demands[:limit])
    more = len(demands) - limit
    return _("{shown} and {more} more", shown=shown, more=more) if more > 0 else shown


def render_text(
    report: NicheReport, profile: Profile, ctx: Context, person: int | None, done: str
) -> str:
    from planner.services.niches import ONET_ATTRIBUTION

    lines = [
        ngettext(
            "Niches for {name}, from {n} job ad",
            "Niches for {name}, from {n} job ads",
            report.ads,
            name=profile.name,
        )
    ]
    lines += _wrap(
        _("(A file may hold many ads, separated by a line of --- or two blank lines.)"), ""
    )
    lines.append("")
    lines += _wrap(_(SCORE_RULE), "")
    for number, r in enumerate(report.niches, 1):
        mark = "  " + _("<- your niche") if r.niche.id == report.chosen else ""
        filled = round(r.score * BAR / 100)
        lines += ["", f"{number:>2}. {r.niche.name} [{r.niche.id}]{mark}"]
        score = str(r.score).rjust(3)
        lines.append(
            "    "
            + _(
                "score {score}  [{bar}]  demand {demand}% · fit {fit}%",
                score=score,
                bar="#" * filled + "." * (BAR - filled),
                demand=r.demand,
                fit=r.fit,
            )
        )
        for reason in r.reasons[:-1]:  # the last one repeats the score line
            lines += _wrap(reason, "    - ", "      ")
    lines.append("")
    if report.unmatched:
        lines += _wrap(
            _(
                "Asked for in the ads but in no niche: {terms}.",
                terms=_counts(report.unmatched, 12),
            ),
            "",
        )
    lines += _wrap(_("Most asked for (ads): {terms}.", terms=_counts(report.terms, 15)), "")
    lines.append("")
    if done:
        lines += _wrap(done, "")
    elif person is not None:
        lines += _wrap(
            _(
                "To choose one: career-planner niches --person {id} --choose NICHE ADS...",
                id=person,
            ),
            "",
        )
    else:
        lines += _wrap(
            _(
                "To choose one, store this person (career-planner people add PROFILE.json), "
                "then run: career-planner niches --person ID --choose NICHE ADS..."
            ),
            "",
        )
    lines += ["", *_wrap(_(MATCHING_RULE), "")]
    lines += [
        "",
        *_wrap(
            _(
                "Tool names come from the O*NET hot technologies. {attribution}",
                attribution=ONET_ATTRIBUTION,
            ),
            "",
        ),
    ]
    return "\n".join(lines) + "\n"
