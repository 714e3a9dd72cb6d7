"""Match credential and skill names from résumés to the catalog, conservatively (stdlib only)."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from planner.domain.catalog_model import Catalog, Certification, Competency
from planner.domain.messages import _
from planner.domain.names import normalize
from planner.domain.records import record

EXACT, FORM, FUZZY = "exact", "form", "fuzzy"

# Words that say nothing about which credential it is.
FILLER = frozenset(
    (
        *("certified", "certification", "certificate", "certificates", "credential", "exam"),
        *("examination", "holder", "badge", "the", "a", "an", "in", "of", "and", "for", "on"),
        *("with", "ce"),
    )
)
# Vendor words: a résumé may add or leave them out without changing the credential.
VENDORS = frozenset(
    (
        *("cisco", "microsoft", "comptia", "aws", "amazon", "web", "google", "red", "hat"),
        *("pmi", "axelos", "peoplecert", "alliance", "isc2", "isc"),
    )
)
_MARKS = re.compile(r"[®™©℠]")
_YEAR = re.compile(r"^(19[89]\d|20[0-4]\d)$")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
_SPLITTERS = (
    re.compile(r"^(?P<a>.+?)\s+[-–—:|/]\s+(?P<b>.+)$"),  # "Long Name - ACRONYM", "ACR: Long"
    re.compile(r"^(?P<a>.+?)\s*\[(?P<b>[^\]]+)\]\s*$"),  # "Long Name [ACRONYM]"
    re.compile(r"^(?P<a>.+?),\s*(?P<b>[^,]+)$"),  # "Long Name, ACRONYM"
    re.compile(r"^(?P<a>.+?)\s*\((?P<b>[^()]*)\)\s*$"),  # "Long Name (ACRONYM)"
)
FUZZY_THRESHOLD = 0.86
RIVAL_SCORE = 0.75  # a second credential fitting this well makes a fuzzy match ambiguous


@record
class Match:
    """What a name from a file matched in the catalog, and how sure that is."""

    item: Certification | Competency | None
    how: str = ""  # exact, form, fuzzy; "" when nothing matched
    score: float = 0.0
    note: str = ""  # why nothing matched, when that is worth saying

    @property
    def matched(self) -> bool:
        return self.item is not None


def _clean(text: str) -> str:
    return _MARKS.sub(" ", text).strip()


def _tokens(text: str) -> list[str]:
    return [t for t in normalize(_clean(text)).split() if t not in FILLER]


def _query_tokens(text: str) -> list[str]:
    """Like _tokens, also dropping years and misspelt filler ('Certifed')."""
    return [
        t for t in _tokens(text) if not _YEAR.match(t) and not any(_similar(t, f) for f in FILLER)
    ]


def _numbers(tokens: list[str]) -> frozenset[str]:
    """Version and level numbers ('4', 'v5', 'AZ-104', 'II'); years are not versions."""
    found = set()
    for token in tokens:
        if token in _ROMAN:
            found.add(_ROMAN[token])
        elif not _YEAR.match(token):
            found.update(str(int(n)) for n in re.findall(r"\d+", token))
    return frozenset(found)


def _forms(name: str) -> list[str]:
    """Other ways the same name is written: split at ' - ', '[...]', ', ', '(...)'; no year."""
    text = _clean(name)
    text = re.sub(r"\s*[(\[]?\b(19[89]\d|20[0-4]\d)\b[)\]]?\s*$", "", text).strip() or text
    forms = [text, " ".join(_tokens(text))]  # also without 'certified', 'ce' ...
    # "PRINCE2 Foundation Certificate in Project Management": the field adds nothing.
    forms.append(re.sub(r"(?i)\s+(certificate|certification)\s+in\s+.*$", "", text))
    for pattern in _SPLITTERS:
        match = pattern.match(text)
        if match:
            forms += [match["a"].strip(), match["b"].strip()]
    return [f for f in dict.fromkeys(forms) if f]


def _by_forms(name: str, find) -> Match | None:
    """Exact lookup of the name, then of its parts; parts naming different items match nothing."""
    found = find(_clean(name))
    if found is not None:
        return Match(found, EXACT, 1.0)
    hits = {id(item): item for form in _forms(name) if (item := find(form)) is not None}
    if len(hits) == 1:
        return Match(next(iter(hits.values())), FORM, 1.0)
    if len(hits) > 1:
        names = " / ".join(sorted(getattr(h, "name", "?") for h in hits.values()))
        return Match(None, note=_("its parts name different credentials ({names})", names=names))
    return None


def _plain(text: str) -> str:
    """Without accents, so 'Virtualización' is a close spelling of 'virtualization'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _similar(a: str, b: str) -> bool:
    return len(a) >= 5 and len(b) >= 5 and SequenceMatcher(None, a, b).ratio() >= 0.8


def _explained(token: str, vocabulary: set[str]) -> bool:
    return token in vocabulary or any(_similar(token, v) for v in vocabulary)


def _cert_names(cert: Certification) -> list[str]:
    return [cert.id, cert.name, cert.short_name, *cert.aliases]


def _cert_score(query: list[str], cert: Certification) -> float:
    """How well the query's words fit one certification; 0 when any word contradicts it."""
    names = _cert_names(cert)
    vocabulary = {t for n in (*names, cert.issuer) for t in _tokens(n)}
    meaningful = [t for t in query if t not in VENDORS]
    if len(meaningful) < 2 or any(t in VENDORS and t not in vocabulary for t in query):
        return 0.0  # too little to go on, or another vendor's name
    # Any word the credential never uses (another level, product or acronym) rules it out.
    if not all(_explained(t, vocabulary) for t in meaningful):
        return 0.0
    wanted = _numbers(query)
    if wanted and not any(wanted <= _numbers(_tokens(n)) for n in names):
        return 0.0
    # A long name may come with the short name or exam code beside it ("... AZ-104").
    codes = {t for n in (cert.id, cert.short_name, *cert.exam_codes) for t in _tokens(n)}
    best = 0.0
    for name in names:
        candidate = [t for t in _tokens(name) if t not in VENDORS]
        if not candidate:
            continue
        covered = sum(any(_explained(t, {q}) for q in meaningful) for t in candidate)
        known = codes | set(candidate)
        precise = sum(_explained(q, known) for q in meaningful)
        recall, precision = covered / len(candidate), precise / len(meaningful)
        if recall and precision:
            best = max(best, 2 * recall * precision / (recall + precision))
    return best


def match_certification(name: str, catalog: Catalog) -> Match:
    """Exact name or alias; then 'Long Name (ACRONYM)'-like forms; then a cautious fuzzy match."""
    if not name.strip():
        return Match(None)
    found = _by_forms(name, catalog.find_certification)
    if found is not None:
        return found
    query = _query_tokens(name)
    scored = sorted(
        ((_cert_score(query, cert), cert) for cert in catalog.certifications),
        key=lambda pair: -pair[0],
    )
    if not scored or scored[0][0] < FUZZY_THRESHOLD:
        return Match(None)
    best, cert = scored[0]
    if len(scored) > 1 and scored[1][0] >= RIVAL_SCORE:
        return Match(
            None,
            note=_("could be {one} or {other}", one=cert.short_name, other=scored[1][1].short_name),
        )
    return Match(cert, FUZZY, round(best, 2))


def _phrase_hits(text: str, catalog: Catalog) -> dict[str, tuple[int, Competency]]:
    """Competencies whose name or alias (4+ letters) appears as whole words in the text."""
    padded = f" {text} "
    hits: dict[str, tuple[int, Competency]] = {}
    for comp in catalog.competencies:
        for alias in (comp.name, *comp.aliases):
            key = normalize(alias)
            if len(key) >= 4 and f" {key} " in padded:
                words = len(key.split())
                if words > hits.get(comp.id, (0, comp))[0]:
                    hits[comp.id] = (words, comp)
    return hits


def match_competency(name: str, catalog: Catalog) -> Match:
    """Exact name or alias; then a known skill inside a longer one; then a close spelling."""
    if not name.strip():
        return Match(None)
    found = _by_forms(name, catalog.find_competency)
    if found is not None:
        return found
    text = normalize(_clean(name))
    hits = sorted(_phrase_hits(text, catalog).values(), key=lambda h: -h[0])
    if hits and (len(hits) == 1 or hits[0][0] > hits[1][0]):
        return Match(hits[0][1], FORM, 0.9)
    if len(hits) > 1:
        return Match(
            None, note=_("could be {one} or {other}", one=hits[0][1].name, other=hits[1][1].name)
        )
    best: tuple[float, Competency | None] = (0.0, None)
    text = _plain(text)
    for comp in catalog.competencies:
        for alias in (comp.name, *comp.aliases):
            key = _plain(normalize(alias))
            if len(key) >= 6 and len(text) >= 6:
                ratio = SequenceMatcher(None, text, key).ratio()
                if ratio > best[0]:
                    best = (ratio, comp)
    if best[1] is not None and best[0] >= 0.9:
        return Match(best[1], FUZZY, round(best[0], 2))
    return Match(None)


# -- levels, degrees and leadership, from the words people use (several languages) -------------
_LEVEL_WORDS = {
    1: "beginner novice basic basics elementary junior entry familiar básico basico principiante "
    "anfänger anfanger grundkenntnisse débutant debutant notions",
    2: "intermediate competent working medium moderate intermedio mittel intermédiaire "
    "intermediaire",
    3: "advanced proficient senior strong experienced fluent avanzado fortgeschritten avancé "
    "avance confirmé confirme",
    4: "master expert guru authority experto experte maestro",
}
LEVEL_BY_WORD = {word: level for level, words in _LEVEL_WORDS.items() for word in words.split()}
_OUT_OF = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:/|of|out of)\s*(\d+)\s*$")


def skill_level(text: str) -> int | None:
    """0-4 from 'Advanced', 'Experto', '3' or '4/5'; None when the words say nothing known."""
    cleaned = text.strip().casefold()
    if cleaned.isdigit():
        return min(int(cleaned), 4)
    scale = _OUT_OF.match(cleaned)
    if scale and float(scale[2]) > 0:
        return max(0, min(4, round(float(scale[1]) / float(scale[2]) * 4)))
    levels = [LEVEL_BY_WORD[w] for w in re.findall(r"\w+", cleaned) if w in LEVEL_BY_WORD]
    return max(levels) if levels else None


_DEGREES = (
    (
        "doctorate",
        r"ph ?d|d ?phil|doctorate|doctoral|doctor|dr|ed ?d|doktor|doctorat|doctorado|dottorato",
    ),
    (
        "master",
        r"masters?|master s|msc|m ?sc|ma|ms|mba|m ?eng|mphil|mres|maestría|maestria|máster|"
        r"mestrado|magister|diplom|laurea magistrale",
    ),
    (
        "bachelor",
        r"bachelors?|bachelor s|bsc|b ?sc|ba|bs|b ?eng|bba|b ?tech|licence|licenciatura|"
        r"licenciado|laurea|grado|undergraduate",
    ),
    ("associate", r"associates?|associate s|aas|a a s|a s|a a|hnd|hnc|foundation degree"),
    (
        "secondary",
        r"high school|secondary|ged|abitur|baccalauréat|baccalaureat|bachillerato|a levels?|"
        r"gcse|matura|bachiller|lycée|lycee|hsc",
    ),
)
_DEGREE_PATTERNS = tuple((key, re.compile(rf"\b(?:{words})\b")) for key, words in _DEGREES)


def education_key(text: str) -> str | None:
    """'BSc', 'Master of Science', 'Licenciatura', 'High School' -> bachelor ...; else None."""
    cleaned = " ".join(re.sub(r"[^\w ]+", " ", text.casefold()).split())
    for key, pattern in _DEGREE_PATTERNS:
        if pattern.search(cleaned):
            return key
    return None


_TITLES = re.compile(
    r"\b(project (?:manager|lead|leader|director)|programme? (?:manager|lead)|scrum ?master|"
    r"(?:team|tech|technical|delivery|engineering|migration|implementation) (?:lead|leader)|"
    r"head of|pmo|release manager|projektleiter\w*|projektmanager\w*|chef de projets?|"
    r"responsable de projets?|jef[ae] de proyectos?|gerente de proyectos?|líder de proyectos?|"
    r"lider de proyectos?|director de proyectos?|capo progetto|project manager)\b"
)
_VERBS = (
    r"led|lead|leading|managed|manage|managing|directed|headed|ran|running|drove|owned|oversaw|"
    r"spearheaded|lideré|lidere|dirigí|dirigi|gestioné|gestione|leitete|führte|fuhrte|"
    r"verantwortete|dirigé|dirige|piloté|pilote|mené|mene|géré"
)
_OBJECTS = (
    r"projects?|migrations?|rollouts?|roll-outs?|roll out|deployments?|implementations?|"
    r"upgrades?|programmes?|programs?|initiatives?|transitions?|launch|cutovers?|consolidations?|"
    r"refresh|replacement|relocation|team|teams|squad|proyectos?|migración|migracion|implantación|"
    r"implantacion|despliegue|equipo|projekte?|einführung|einfuhrung|umstellung|projets?|"
    r"déploiement|deploiement|équipe|equipe"
)
# Whitespace and words alternate, so a long line cannot make the pattern backtrack for ages.
_DEED = re.compile(rf"\b(?:{_VERBS})(?:\s+\S+){{0,6}}?\s+\W?(?:{_OBJECTS})\b")
_ACTING = re.compile(r"\b(?:as|acting)\s+(?:the\s+)?(?:project (?:manager|lead)|scrum master)\b")


def leadership_reasons(title: str, texts: list[str]) -> list[str]:
    """Why a position looks like leading projects: its title, then the sentences that say so."""
    reasons = []
    found = _TITLES.search(title.casefold())
    if found:
        reasons.append(_('title "{title}" ({words})', title=title.strip(), words=found[1]))
    for text in texts:
        for sentence in re.split(r"(?<=[.;!?])\s+|\n+|\s*[•·▪]\s*", text[:20_000]):
            lowered = sentence.casefold()
            if _DEED.search(lowered) or _ACTING.search(lowered):
                reasons.append(f'"{sentence.strip()[:160]}"')
    return list(dict.fromkeys(reasons))
