"""Niche finder: what local job ads ask for, and which niches that favours for this person."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field, replace
from datetime import date

from planner.domain.catalog_model import Catalog, Certification, Niche
from planner.domain.errors import InvalidInput
from planner.domain.messages import N_, _, ngettext
from planner.domain.profile import Profile
from planner.domain.records import record
from planner.engine.assessment import Assessment, assess
from planner.i18n.format import and_list, number, or_list

MAX_AD_CHARS = 2_000_000
LEVELS_WEIGHT, CERT_WEIGHT = 0.75, 0.25  # fit = levels reached + certification credit
PM_COMPETENCY = "pm-fundamentals"
WORKING_LEVEL = 2  # a niche asks at least this of its competencies (or the track's target)
# The two rules are shown where the finder's results are (translated there with _()).
MATCHING_RULE = N_(
    "Terms are found case-insensitively as whole words, singular or plural (C#, C++, A+, .NET, "
    'CI/CD and AZ-900 included), when distinctive: two or more words ("cloud migration"), a '
    'word with a digit or + # . ("8570", "Security+"), or a word of three letters or more '
    'that is not an everyday word of job ads ("project", "implementation" and "Go" are '
    "never counted alone). Product names that are also English words (Epic, SAFe, Excel, "
    "Windows ...) count only written exactly so and not opening a sentence. A term's demand "
    "is the number of ads that mention it at least once."
)
SCORE_RULE = N_(
    "Score: the geometric mean of demand and fit, 0 to 100, so a niche scores high only when "
    "local ads ask for it and you fit it. Demand: the share of ads that name one of the niche's "
    "job-ad words (an ad naming no niche's words counts when it names two of the niche's "
    "certifications and tools; PM credentials such as PMP count for no niche). Fit: 75% your "
    "levels in its specialist skills (level 2, or your track's target if higher), 25% holding "
    "one of its certifications (half for a related one)."
)
CERTIFICATION, COMPETENCY, KEYWORD, TECHNOLOGY = "certification", "competency", "keyword", "tech"
NO_ADS = N_(
    "no job ads found: paste or load the text of at least one ad (separate ads with a line "
    "of '---' or two blank lines)"
)
# Everyday words of job ads, never counted alone (only inside longer names).
COMMON_WORDS = frozenset(
    """project projects implementation implementations rollout rollouts automation pipeline
    pipelines reporting requirements consolidation relocation compliance audit audits office
    access word teams docs sheets analytics workspace statistics database facebook""".split()  # noqa: SIM905
)
GENERIC_PRODUCT_WORDS = frozenset({"cloud", "server", "enterprise"})  # fine as skills only
# Product names that are also English words: counted only when written exactly so.
PROPER_WORDS = {
    w.casefold(): w
    for w in """Epic SAFe Excel Windows Workday Swift React Slack Zoom Chef Puppet Spark Ruby Bash
    Hive Confluence Bamboo Dynamics Outlook Bootstrap""".split()  # noqa: SIM905
}
_TOKEN = re.compile(r"\.?[^\W_]+[+#]*")
_SEPARATOR = re.compile(r"\n[ \t]*-{3,}[ \t]*(?=\n|$)|\n(?:[ \t]*\n){2,}")


@record
class Term:
    key: str  # "certification:comptia-secplus", "tech:Epic Systems", "keyword:hipaa" ...
    kind: str
    label: str
    ref: str  # catalog id, keyword text or O*NET technology name


@record
class Demand:
    term: Term
    ads: int
    niches: tuple[str, ...]  # niche ids the term belongs to


@record
class NicheRank:
    niche: Niche
    score: int  # 0..100
    demand: int  # percent of ads that mention the niche
    fit: int  # percent
    ads: int
    asked: tuple[Demand, ...]  # the niche's terms found in the ads, most asked first
    certifications: tuple[tuple[str, int], ...]  # (cert id, ads), most asked first
    held: tuple[str, ...]
    levels: tuple[tuple[str, int, int], ...]  # (competency id, have, need)
    in_track: bool
    reasons: tuple[str, ...]


@record
class NicheReport:
    ads: int
    niches: tuple[NicheRank, ...]  # best first
    terms: tuple[Demand, ...]  # everything found, most asked first
    unmatched: tuple[Demand, ...]  # certifications, technologies and keywords of no niche
    chosen: str | None = None


@record(frozen=False)
class Vocabulary:
    """Names to look for, as token tuples, and the terms they stand for."""

    terms: dict[str, Term] = field(default_factory=dict)
    forms: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    prefixes: set[tuple[str, ...]] = field(default_factory=set)
    proper: dict[str, set[str]] = field(default_factory=dict)
    keywords: dict[str, set[str]] = field(default_factory=dict)  # niche id -> its job-ad words
    signals: dict[str, set[str]] = field(default_factory=dict)  # its certifications, technologies
    general: set[str] = field(default_factory=set)  # PM credentials: no niche signal
    longest: int = 1

    def variants(self, name: str, kind: str) -> tuple[list[tuple[str, ...]], str | None]:
        """(token forms, exact-case word) under which `name` is looked for (see module doc)."""
        tokens = tuple(t.casefold() for t in _TOKEN.findall(name.replace("&", " and ")))
        if len(tokens) == 1:
            word = tokens[0]
            if word in PROPER_WORDS:
                return [], PROPER_WORDS[word]
            if not _usable_word(word, kind):
                return [], None
        if not tokens:
            return [], None
        forms, last = [tokens], tokens[-1]
        if last.isalpha() and not last.endswith("s"):
            forms.append((*tokens[:-1], last + "s"))
            if last.endswith(("x", "z", "ch", "sh")):
                forms.append((*tokens[:-1], last + "es"))
        elif last.isalpha() and len(last) >= 5 and not last.endswith(("ss", "us", "is")):
            single = (*tokens[:-1], last[:-1])
            if len(single) > 1 or _usable_word(single[0], kind):
                forms.append(single)
        return forms, None

    def existing(self, name: str, kinds: tuple[str, ...]) -> str | None:
        forms, proper = self.variants(name, KEYWORD)
        if proper:
            keys = self.proper.get(proper, set())
        else:
            keys = self.forms.get(forms[0], set()) if forms else set()
        return min((k for k in keys if self.terms[k].kind in kinds), default=None)

    def add(self, term: Term, names: Iterable[str]) -> None:
        self.terms.setdefault(term.key, term)
        for name in names:
            forms, proper = self.variants(name, term.kind)
            if proper:
                self.proper.setdefault(proper, set()).add(term.key)
            for form in forms:
                self.forms.setdefault(form, set()).add(term.key)
                self.prefixes.update(form[:n] for n in range(1, len(form) + 1))
                self.longest = max(self.longest, len(form))


def _usable_word(word: str, kind: str) -> bool:
    if any(c.isdigit() or c in "+#." for c in word):
        return len(word) >= 2
    if kind == TECHNOLOGY and word in GENERIC_PRODUCT_WORDS:
        return False
    return len(word) >= 3 and word not in COMMON_WORDS


def build_vocabulary(catalog: Catalog, technologies: Mapping[str, Sequence[str]]) -> Vocabulary:
    """Certifications, O*NET hot technologies, niche keywords, then competencies.

    A niche keyword that is also a certification's or technology's name ("kubernetes") joins
    that term instead of counting twice.
    """
    vocab = Vocabulary()
    for cert in catalog.certifications:
        term = Term(f"{CERTIFICATION}:{cert.id}", CERTIFICATION, cert.short_name, cert.id)
        vocab.add(term, (cert.name, cert.short_name, *cert.aliases))
    named = dict(technologies)
    for niche in catalog.niches:
        for tech in niche.hot_technologies:
            named.setdefault(tech, (tech.removesuffix(" software"),))
    for tech, names in named.items():
        label = names[0] if names else tech
        vocab.add(Term(f"{TECHNOLOGY}:{tech}", TECHNOLOGY, label, tech), names or (tech,))
    vocab.general = {f"{CERTIFICATION}:{c.id}" for c in catalog.certifications if _is_pm(c)}
    for niche in catalog.niches:
        keys = set()
        for word in niche.keywords:
            key = vocab.existing(word, (CERTIFICATION, TECHNOLOGY, KEYWORD))
            if key is None:
                key = f"{KEYWORD}:{word.casefold()}"
                vocab.add(Term(key, KEYWORD, word, word), (word,))
            keys.add(key)
        signals = {f"{CERTIFICATION}:{c}" for c in niche.certifications}
        signals |= {f"{TECHNOLOGY}:{t}" for t in niche.hot_technologies}
        vocab.keywords[niche.id] = keys & vocab.terms.keys()
        vocab.signals[niche.id] = (signals & vocab.terms.keys()) - vocab.general - keys
    for comp in catalog.competencies:
        term = Term(f"{COMPETENCY}:{comp.id}", COMPETENCY, comp.name, comp.id)
        vocab.add(term, (comp.name, *comp.aliases))
    return vocab


def _is_pm(cert: Certification) -> bool:
    """PM credentials (PMP, PRINCE2 ...) are what every niche leads to, not a niche signal."""
    return cert.primary_competency == PM_COMPETENCY


def split_ads(texts: Iterable[str]) -> list[str]:
    """One ad per chunk: ads are separated by a line of '---' or by two or more blank lines."""
    texts = list(texts)
    size = sum(len(t) for t in texts)
    if size > MAX_AD_CHARS:
        raise InvalidInput(
            _(
                "the job ads are {size} MB of text; the limit is {limit} MB in all (paste "
                "fewer or shorter ads)",
                size=number(size / 1e6, digits=1, fixed=True),
                limit=number(MAX_AD_CHARS / 1e6),
            )
        )
    ads = []
    for text in texts:
        lines = "\n" + text.replace("\r\n", "\n").replace("\r", "\n")
        ads += [c.strip() for c in _SEPARATOR.split(lines) if _TOKEN.search(c)]
    return ads


def find_terms(ad: str, vocab: Vocabulary) -> dict[str, str]:
    """Term key -> the words as first written in the ad."""
    text = ad.replace("&", " and ")
    matches = list(_TOKEN.finditer(text))
    lowers = [m.group().casefold() for m in matches]
    found: dict[str, str] = {}
    end = 0
    for i, match in enumerate(matches):
        gap, end = text[end : match.start()], match.end()
        sentence_start = "\n" not in gap and any(c in gap for c in ".!?")
        for key in vocab.proper.get(match.group(), ()) if not sentence_start else ():
            found.setdefault(key, match.group())
        for j in range(i + 1, min(len(matches), i + vocab.longest) + 1):
            form = tuple(lowers[i:j])
            if form not in vocab.prefixes:
                break
            for key in vocab.forms.get(form, ()):
                found.setdefault(key, " ".join(text[match.start() : matches[j - 1].end()].split()))
    return found


def find_niches(
    texts: Iterable[str],
    catalog: Catalog,
    profile: Profile,
    technologies: Mapping[str, Sequence[str]] | None = None,
    on: date | None = None,
) -> NicheReport:
    """Rank every niche by local demand and the person's fit (see SCORE_RULE); deterministic."""
    ads = split_ads(texts)
    if not ads:
        raise InvalidInput(_(NO_ADS))
    vocab = build_vocabulary(catalog, technologies or {})
    per_ad = [find_terms(ad, vocab) for ad in ads]
    counts = Counter(key for found in per_ad for key in found)
    surfaces: dict[str, str] = {}
    for found in per_ad:
        for key, words in found.items():
            surfaces.setdefault(key, words)
    owners: dict[str, list[str]] = {}
    for niche in catalog.niches:
        keys = vocab.keywords[niche.id] | vocab.signals[niche.id]
        keys |= {f"{CERTIFICATION}:{c}" for c in niche.certifications}
        keys |= {f"{COMPETENCY}:{c}" for c in niche.competencies}
        for key in sorted(keys):
            owners.setdefault(key, []).append(niche.id)
    demands = {
        key: Demand(_labelled(vocab.terms[key], surfaces[key]), n, tuple(owners.get(key, ())))
        for key, n in counts.items()
    }
    terms = tuple(sorted(demands.values(), key=lambda d: (-d.ads, d.term.label.casefold())))
    unmatched = tuple(d for d in terms if not d.niches and d.term.kind != COMPETENCY)
    assessment = assess(profile, catalog, on)
    # Ads that name no niche's job-ad words are attributed by certifications and tools alone.
    plain = [not any(vocab.keywords[n.id].intersection(f) for n in catalog.niches) for f in per_ad]
    order = {n.id: i for i, n in enumerate(catalog.niches)}
    ranks = sorted(
        (
            _rank(
                n, catalog, profile, assessment, per_ad, plain=plain, demands=demands, vocab=vocab
            )
            for n in catalog.niches
        ),
        key=lambda r: (-r.score, -r.demand, -r.fit, order[r.niche.id]),
    )
    return NicheReport(len(ads), tuple(ranks), terms, unmatched, profile.niche)


def certifications_by_demand(report: NicheReport) -> dict[str, tuple[str, ...]]:
    """Niche id -> its certification ids, most asked for in the ads first (then catalog order)."""
    return {r.niche.id: tuple(c for c, _ads in r.certifications) for r in report.niches}


def _labelled(term: Term, surface: str) -> Term:
    """Keywords take the ads' spelling of words with capitals inside ('HIPAA', 'DoD 8570')."""
    words, written = term.label.split(), surface.split()
    if term.kind != KEYWORD or len(words) != len(written):
        return term
    label = " ".join(
        w if sum(c.isupper() for c in w) >= 2 else mine
        for mine, w in zip(words, written, strict=True)
    )
    return replace(term, label=label)


def _rank(
    niche: Niche,
    catalog: Catalog,
    profile: Profile,
    assessment: Assessment,
    per_ad: list[dict[str, str]],
    *,
    plain: list[bool],
    demands: dict[str, Demand],
    vocab: Vocabulary,
) -> NicheRank:
    keywords, signals = vocab.keywords[niche.id], vocab.signals[niche.id]
    ads = sum(
        bool(keywords.intersection(found)) or (alone and len(signals.intersection(found)) >= 2)
        for found, alone in zip(per_ad, plain, strict=True)
    )
    share = ads / len(per_ad)
    asked = sorted(
        (demands[k] for k in keywords | signals if k in demands),
        key=lambda d: (-d.ads, d.term.label.casefold()),
    )
    certs = sorted(
        (
            (c, demands[f"{CERTIFICATION}:{c}"].ads if f"{CERTIFICATION}:{c}" in demands else 0)
            for c in niche.certifications
        ),
        key=lambda pair: -pair[1],  # stable: catalog order among equals
    )
    comps = catalog.competency_by_id
    specialist = [c for c in niche.competencies if c in comps and comps[c].group != "management"]
    specialist = specialist or [c for c in niche.competencies if c in comps]
    track = profile.target_track or (niche.tracks[0] if niche.tracks else "")
    targets = catalog.track_by_id[track].targets if track in catalog.track_by_id else {}
    levels = tuple(
        (c, assessment.level(c), max(WORKING_LEVEL, targets.get(c, 0))) for c in specialist
    )
    reached = sum(min(have, need) / need for _, have, need in levels) / max(1, len(levels))
    held = tuple(
        c for c in niche.certifications if c in assessment.held and not _is_pm(assessment.held[c])
    )
    related = tuple(
        _(
            "{certification}, which counts toward {skills}",
            certification=cert.short_name,
            skills=and_list(comps[c].name for c in toward),
        )
        for cert in assessment.held.values()
        if cert.id not in held
        and not _is_pm(cert)
        and (toward := [c for c in cert.raises if c in specialist])
    )
    fit = LEVELS_WEIGHT * reached + CERT_WEIGHT * (1.0 if held else 0.5 if related else 0.0)
    rank = NicheRank(
        niche=niche,
        score=max(0, min(100, round(100 * math.sqrt(share * fit)))),
        demand=round(100 * share),
        fit=round(100 * fit),
        ads=ads,
        asked=tuple(asked),
        certifications=tuple(certs),
        held=held,
        levels=levels,
        in_track=profile.target_track is None or profile.target_track in niche.tracks,
        reasons=(),
    )
    reasons = _reasons(rank, catalog, profile, total=len(per_ad), related=related, vocab=vocab)
    return replace(rank, reasons=reasons)


def _counted(demands: Iterable[Demand], kinds: tuple[str, ...]) -> str:
    return ", ".join(f"{d.term.label} ({d.ads})" for d in demands if d.term.kind in kinds)


def _demand_line(r: NicheRank, total: int, words: list[Demand]) -> str:
    """How many of the ads ask for the niche's work, and the job-ad words they name."""
    terms = _counted(words[:5], (KEYWORD, CERTIFICATION, TECHNOLOGY))
    if not r.ads:
        return ngettext(
            "None of {n} ad names its job-ad words ({words}).",
            "None of {n} ads name its job-ad words ({words}).",
            total,
            words=or_list(r.niche.keywords[:3]),
        )
    if total == 1:
        if terms:
            return _("The ad asks for this kind of work, naming {terms}.", terms=terms)
        return _("The ad asks for this kind of work.")
    if terms:
        return ngettext(
            "{n} of {total} ads asks for this kind of work, naming {terms}.",
            "{n} of {total} ads ask for this kind of work, naming {terms}.",
            r.ads,
            total=total,
            terms=terms,
        )
    return ngettext(
        "{n} of {total} ads asks for this kind of work.",
        "{n} of {total} ads ask for this kind of work.",
        r.ads,
        total=total,
    )


def _level(name: str, have: int, need: int) -> str:
    if have >= need:
        return _("{skill} {have} of the {need} it needs (met)", skill=name, have=have, need=need)
    return _("{skill} {have} of the {need} it needs", skill=name, have=have, need=need)


def _reasons(
    r: NicheRank,
    catalog: Catalog,
    profile: Profile,
    *,
    total: int,
    related: tuple[str, ...],
    vocab: Vocabulary,
) -> tuple[str, ...]:
    short = {c.id: c.short_name for c in catalog.certifications}
    comps = catalog.competency_by_id
    words = [d for d in r.asked if d.term.key in vocab.keywords[r.niche.id]]
    lines = [_demand_line(r, total, words)]
    others = [d for d in r.asked if d not in words]
    if certs := _counted(others, (CERTIFICATION,)):
        lines.append(_("Certifications asked for (ads): {terms}.", terms=certs))
    if tools := _counted(others[:6], (TECHNOLOGY,)):
        lines.append(_("Tools asked for (ads): {terms}.", terms=tools))
    own = [c for c in r.niche.certifications if f"{CERTIFICATION}:{c}" not in vocab.general]
    if r.held:
        held = and_list(short.get(c, c) for c in r.held)
        lines.append(_("You hold {certifications}, which it asks for.", certifications=held))
    elif related:
        lines.append(_("You hold {certifications}.", certifications="; ".join(related)))
    elif own:
        lines.append(
            _(
                "You hold none of its certifications (such as {certifications}).",
                certifications=or_list(short.get(c, c) for c in own[:3]),
            )
        )
    parts = [_level(comps[c].name, have, need) for c, have, need in r.levels]
    if parts:
        lines.append(_("Your level in its specialist skills: {levels}.", levels="; ".join(parts)))
    counted = {c for c, _have, _need in r.levels}
    management = [comps[c].name for c in r.niche.competencies if c in comps and c not in counted]
    if management:
        lines.append(
            _(
                "It also needs {skills}, left out of fit: your plan builds them for any niche.",
                skills=and_list(management),
            )
        )
    if not r.in_track and profile.target_track in catalog.track_by_id:
        track = catalog.track_by_id[profile.target_track].name
        lines.append(_("Not one of the usual niches for your target track ({track}).", track=track))
    lines.append(
        _(
            "Score {score}: the geometric mean of demand {demand}% and fit {fit}%.",
            score=r.score,
            demand=r.demand,
            fit=r.fit,
        )
    )
    return tuple(lines)
