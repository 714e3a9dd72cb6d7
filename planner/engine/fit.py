"""Score how well each track fits a person, from readiness and questionnaire answers."""

from __future__ import annotations

from collections.abc import Mapping

from planner.domain.catalog_model import Catalog, Track
from planner.domain.messages import _
from planner.domain.roadmap import Gap, TrackFit
from planner.engine.assessment import Assessment


def gap_analysis(track: Track, assessment: Assessment, catalog: Catalog) -> tuple[Gap, ...]:
    """Have vs need for every competency of the track, largest gaps first."""
    gaps = [
        Gap(
            competency=comp,
            name=catalog.competency_by_id[comp].name,
            have=assessment.level(comp),
            need=need,
            evidence=tuple(assessment.evidence.get(comp, ())),
        )
        for comp, need in track.targets.items()
    ]
    return tuple(sorted(gaps, key=lambda g: (-g.size, g.competency)))


def readiness(track: Track, assessment: Assessment) -> int:
    need = sum(track.targets.values())
    have = sum(min(assessment.level(c), n) for c, n in track.targets.items())
    return round(100 * have / need) if need else 100


def preference(
    track_id: str, answers: Mapping[str, str], catalog: Catalog
) -> tuple[int | None, list[tuple[int, str]]]:
    """0-100 preference from the answers (None if none), with the answers that moved it."""
    points, best, worst = 0, 0, 0
    moves: list[tuple[int, str]] = []
    for question in catalog.questions:
        chosen = question.option(answers.get(question.id, ""))
        if chosen is None:
            continue
        scores = [o.scores[track_id] for o in question.options]
        best += max(scores)
        worst += min(scores)
        points += chosen.scores[track_id]
        if chosen.scores[track_id]:
            moves.append((chosen.scores[track_id], chosen.text))
    if best == worst:
        return None, moves
    return round(100 * (points - worst) / (best - worst)), moves


def track_fit(track: Track, assessment: Assessment, answers: Mapping[str, str], catalog: Catalog):
    ready = readiness(track, assessment)
    pref, moves = preference(track.id, answers, catalog)
    weight = catalog.readiness_weight
    score = ready if pref is None else round(weight * ready + (1 - weight) * pref)
    reasons = [
        _(
            "Readiness {ready}%: share of {track} competency targets you meet.",
            ready=ready,
            track=track.short_name,
        )
    ]
    gaps = gap_analysis(track, assessment, catalog)
    met = [g for g in gaps if g.need and g.size == 0]
    met.sort(key=lambda g: (-g.need, g.competency))
    for gap in met[:2]:
        reasons.append(
            _(
                "{competency}: you have {have}, the track needs {need}.",
                competency=gap.name,
                have=gap.have,
                need=gap.need,
            )
        )
    for gap in [g for g in gaps if g.size][:2]:
        reasons.append(
            _(
                "Gap in {competency}: you have {have}, the track needs {need}.",
                competency=gap.name,
                have=gap.have,
                need=gap.need,
            )
        )
    if pref is None:
        reasons.append(_("Questionnaire not answered: fit is readiness alone."))
    else:
        reasons.append(_("Preference {pref}% from your questionnaire answers.", pref=pref))
        moves.sort(key=lambda m: (-abs(m[0]), m[1]))
        for value, text in moves[:2]:
            if value > 0:
                reason = _("You chose '{answer}' ({value}, for this track).")
            else:
                reason = _("You chose '{answer}' ({value}, against this track).")
            reasons.append(reason.format(answer=text, value=f"{value:+d}"))
    return TrackFit(track.id, score, ready, pref, tuple(reasons))


def all_fits(assessment: Assessment, answers: Mapping[str, str], catalog: Catalog):
    fits = [track_fit(t, assessment, answers, catalog) for t in catalog.tracks]
    return tuple(sorted(fits, key=lambda f: (-f.score, f.track)))
