"""What an import will create, for the person to review and edit before anything is saved."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field
from datetime import date
from pathlib import Path

from planner.domain.catalog_model import Catalog
from planner.domain.errors import InvalidInput, InvalidProfile
from planner.domain.messages import N_, _, ngettext
from planner.domain.profile import Education, Profile
from planner.domain.records import record
from planner.engine.experience import WINDOW_YEARS, months_led
from planner.i18n.format import number
from planner.importers.matching import (
    education_key,
    leadership_reasons,
    match_certification,
    match_competency,
)

DEFAULT_WEEKLY_HOURS = 5.0
HOURS_WARNING = N_("Hours a week were not in the file: 5 assumed; set your hours per week.")
MAX_TEXT = 200  # the profile schema's limit for names and roles
MAX_ITEMS = 500
# How a name matched the catalog (matching.EXACT, FORM, FUZZY), as a word in the review.
MATCH_WORDS = {"exact": N_("exact"), "form": N_("form"), "fuzzy": N_("fuzzy")}


@record
class Period:
    """A dated stretch of work (a position or project) as read from the file."""

    title: str
    organisation: str
    started: date | None
    finished: date | None  # None: still going
    texts: tuple[str, ...] = ()  # summary, highlights, description
    origin: str = ""  # where in the file: "work[2]", "Positions.csv row 4"


@record(frozen=False)
class SkillItem:
    source: str  # the words in the file
    origin: str
    level: int
    competency: str | None = None  # catalog id when matched
    name: str = ""  # what is saved: the catalog name when matched, else the source
    how: str = ""
    note: str = ""
    keep: bool = True


@record(frozen=False)
class CredentialItem:
    source: str
    origin: str
    earned: date | None = None
    expires: date | None = None
    certification: str | None = None
    name: str = ""
    how: str = ""
    note: str = ""
    keep: bool = True


@record(frozen=False)
class Leadership:
    """A position whose title or highlights suggest leading projects: evidence to confirm."""

    period: Period
    months: int  # distinct months inside PMI's 8-year window
    all_months: int
    reasons: list[str]
    keep: bool = True

    def describe(self) -> str:
        p = self.period
        start = _month(p.started)
        if p.finished:
            span = _("{start} to {end}", start=start, end=_month(p.finished))
        else:
            span = _("{start} to now", start=start)
        count = ngettext("{n} month", "{n} months", self.months)
        if self.all_months != self.months:
            count = ngettext(
                "{n} month, {recent} in the last {years} years",
                "{n} months, {recent} in the last {years} years",
                self.all_months,
                recent=self.months,
                years=WINDOW_YEARS,
            )
        title = p.title or _("(no title)")
        if p.organisation:
            return _(
                "{title} at {organisation}, {span}: {count}",
                title=title,
                organisation=p.organisation,
                span=span,
                count=count,
            )
        return _("{title}, {span}: {count}", title=title, span=span, count=count)


def _month(day: date | None) -> str:
    return day.strftime("%Y-%m") if day else "?"


@record(frozen=False)
class ImportPreview:
    """A new person as the file describes them; the review edits it, commit() saves it."""

    source: Path
    kind: str
    today: date
    name: str
    current_role: str = ""
    years_experience: float = 0
    education: Education | None = None
    education_basis: str = ""
    region: str = ""
    country: str | None = None  # ISO 3166-1 alpha-2, from the file or guessed from region
    country_basis: str = ""  # where the country came from, shown in the review
    weekly_hours: float = DEFAULT_WEEKLY_HOURS
    pm_experience_months: int = 0
    estimated_months: int = 0
    leadership: list[Leadership] = field(default_factory=list)
    record_in_ledger: bool = False  # dated projects in the ledger instead of a number
    skills: list[SkillItem] = field(default_factory=list)
    credentials: list[CredentialItem] = field(default_factory=list)
    memberships: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def set_country(self, code: str | None, basis: str) -> None:
        """Take code when it is an ISO 3166-1 alpha-2 code, else guess from the region text."""
        from planner.domain.places import ISO_COUNTRIES, guess_country

        code = (code or "").strip().upper()
        if code in ISO_COUNTRIES:
            self.country, self.country_basis = code, basis
            return
        if code == "UK":  # a common way of writing GB
            self.country, self.country_basis = "GB", basis
            return
        guessed = guess_country(self.region)
        if guessed:
            self.country = guessed
            self.country_basis = _('guessed from "{region}"', region=self.region)

    def recount(self) -> int:
        """Re-estimate from the kept evidence; an untouched months field follows the estimate."""
        kept = [lead.period for lead in self.leadership if lead.keep]
        spans = [(p.started, p.finished) for p in kept if p.started is not None]
        estimate = months_led(spans, self.today)
        if self.pm_experience_months == self.estimated_months:
            self.pm_experience_months = estimate
        self.estimated_months = estimate
        return estimate

    def ledger_entries(self) -> list[Leadership]:
        if not self.record_in_ledger:
            return []
        return [lead for lead in self.leadership if lead.keep and lead.period.started]

    def profile(self) -> Profile:
        """The Profile to save, checked like a profile file; InvalidInput names the source."""
        from planner.codec.profile_file import profile_from_dict

        skills: dict[str, int] = {}
        for skill in (s for s in self.skills if s.keep):
            key = skill.name or skill.source
            skills[key] = max(skills.get(key, 0), skill.level)
        credentials: dict[str, date | None] = {}
        for cred in (c for c in self.credentials if c.keep):
            key = cred.name or cred.source
            earned = credentials.get(key)
            credentials[key] = max((d for d in (earned, cred.earned) if d), default=None)
        data = {
            "name": self.name.strip(),
            "current_role": self.current_role.strip(),
            "years_experience": self.years_experience,
            "pm_experience_months": 0 if self.record_in_ledger else self.pm_experience_months,
            "region": self.region.strip(),
            "weekly_hours": self.weekly_hours,
            "skills": [{"name": n, "level": lvl} for n, lvl in skills.items()],
            "credentials": [
                {"name": n, **({"earned": d.isoformat()} if d else {})}
                for n, d in credentials.items()
            ],
            "memberships": list(dict.fromkeys(self.memberships)),
        }
        if self.education is not None:
            data["education"] = self.education.key
        if self.country:
            data["country"] = self.country
        try:
            return profile_from_dict(data)
        except InvalidProfile as exc:
            raise InvalidInput(
                _(
                    "{path}: the imported profile is not usable: {error}",
                    path=self.source,
                    error=exc,
                )
            ) from exc

    def summary_lines(self) -> list[str]:
        """A short plain-text account of what will be created (the CLI prints it)."""
        education = self.education.key if self.education else _("not given")
        if self.education_basis:
            education = _(
                '{education} (from "{basis}")', education=education, basis=self.education_basis
            )
        country = self.country or "-"
        if self.country:
            country = _(
                "{country} ({basis}; please check)", country=country, basis=self.country_basis
            )
        lines = [
            _(
                "{file} ({kind}) will create a new person:",
                file=self.source.name,
                kind=self.kind,
            ),
            "  " + _("Name: {name}", name=self.name),
            "  " + _("Current role: {role}", role=self.current_role or "-"),
            "  " + _("Years of experience: {years}", years=number(self.years_experience, digits=2)),
            "  " + _("Education: {education}", education=education),
            "  " + _("Region: {region}", region=self.region or "-"),
            "  " + _("Country: {country}", country=country),
            "  " + _("Hours a week: {hours}", hours=number(self.weekly_hours, digits=2)),
        ]
        if self.pm_experience_months == self.estimated_months:
            basis = _("estimated")
        else:
            basis = _("the file suggested {months}", months=self.estimated_months)
        lines.append(
            "  "
            + _(
                "Months leading projects: {months} ({basis} from titles and highlights over the "
                "last {years} years, as PMI counts them; please check)",
                months=self.pm_experience_months,
                basis=basis,
                years=WINDOW_YEARS,
            )
        )
        if self.record_in_ledger:
            lines.append("    " + _("recorded as dated projects in the experience ledger"))
        for lead in (lead for lead in self.leadership if lead.keep):
            lines.append(f"    {lead.describe()}")
            lines += [f"      - {reason}" for reason in lead.reasons[:4]]
        kept = _skill_list([s for s in self.skills if s.keep])
        lines.append("  " + _("Skills ({n}): {skills}", n=len(kept), skills=", ".join(kept) or "-"))
        left = [s.source for s in self.skills if not s.keep]
        if left:
            shown = ", ".join(left[:12])
            if len(left) > 12:
                shown = ngettext(
                    "{names} and {n} more", "{names} and {n} more", len(left) - 12, names=shown
                )
            lines.append("  " + _("Not in the catalog, left out: {names}", names=shown))
        creds = [c for c in self.credentials if c.keep]
        lines.append("  " + (_("Credentials ({n}):", n=len(creds)) + ("" if creds else " -")))
        lines += [f"    {_credential(c)}" for c in creds]
        if self.memberships:
            lines.append("  " + _("Memberships: {names}", names=", ".join(self.memberships)))
        lines += ["  " + _("Note: {note}", note=note) for note in self.notes]
        lines += ["  " + _("Warning: {warning}", warning=warning) for warning in self.warnings]
        return lines


def _skill_list(skills: list[SkillItem]) -> list[str]:
    merged: dict[str, int] = {}
    for s in skills:
        merged[s.name or s.source] = max(merged.get(s.name or s.source, 0), s.level)
    return [f"{name} {level}" for name, level in merged.items()]


def _credential(c: CredentialItem) -> str:
    text = c.name or c.source
    if c.earned:
        text = _("{name}, earned {day}", name=text, day=c.earned.isoformat())
    if c.certification and c.source != c.name:
        how = _(MATCH_WORDS[c.how]) if c.how in MATCH_WORDS else c.how
        text = _('{name} (from "{source}", {how} match)', name=text, source=c.source, how=how)
    elif not c.certification:
        text = _("{name} (not in the catalog; kept as written)", name=text)
    return text


# -- shared mapping steps: both importers build previews with these ----------------------------
def clip(text: str, what: str, warnings: list[str]) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_TEXT:
        warnings.append(
            _(
                "{what} was longer than {limit} characters and was shortened.",
                what=what,
                limit=MAX_TEXT,
            )
        )
        return text[: MAX_TEXT - 1] + "…"
    return text


def experience_years(periods: Iterable[Period], today: date) -> float:
    """Years covered by the dated periods, overlaps counted once."""
    return min(70.0, round(_months(periods, today) / 12, 1))


def _months(periods: Iterable[Period], today: date) -> int:
    """Distinct calendar months the periods cover up to today (PMI's way, without its window)."""
    months: set[tuple[int, int]] = set()
    for p in periods:
        if p.started is None or p.started > today:
            continue
        end = min(p.finished or today, today)
        y, m = p.started.year, p.started.month
        while (y, m) <= (end.year, end.month):
            months.add((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return len(months)


def current_role(periods: list[Period]) -> Period | None:
    """The position still going (the latest started), else the one that ended last."""
    ongoing = [p for p in periods if p.finished is None and p.title]
    if ongoing:
        return max(ongoing, key=lambda p: p.started or date.min)
    ended = [p for p in periods if p.title]
    return max(ended, key=lambda p: p.finished or date.min, default=None)


def find_leadership(periods: list[Period], today: date, warnings: list[str]) -> list[Leadership]:
    found = []
    for p in periods:
        reasons = leadership_reasons(p.title, list(p.texts))
        if not reasons:
            continue
        if p.started is None:
            warnings.append(
                _("{origin} suggests leading projects but has no start date.", origin=p.origin)
            )
        months = months_led([(p.started, p.finished)], today) if p.started else 0
        found.append(Leadership(p, months, _months([p], today), reasons))
    return found


def apply_leadership(preview: ImportPreview, periods: list[Period]) -> None:
    preview.leadership = find_leadership(periods, preview.today, preview.warnings)
    preview.estimated_months = preview.pm_experience_months = 0
    preview.recount()


def best_education(
    entries: Iterable[tuple[str, date | None]], today: date, preview: ImportPreview
) -> None:
    """The highest completed degree among (words, end date); ones still running do not count."""
    best: tuple[Education, str] | None = None
    for words, finished in entries:
        key = education_key(words)
        if key is None:
            continue
        if finished and finished > today:
            preview.notes.append(
                _('"{words}" is not finished yet, so it is not counted.', words=words)
            )
            continue
        level = Education.from_key(key)
        if best is None or level > best[0]:
            best = (level, words)
    if best:
        preview.education, preview.education_basis = best[0], clip(best[1], _("education"), [])


def add_skill(
    preview: ImportPreview, catalog: Catalog, words: str, origin: str, level: int
) -> None:
    words = " ".join(words.split())
    if not words or len(preview.skills) >= MAX_ITEMS:
        return
    match = match_competency(words, catalog)
    item = SkillItem(words[:MAX_TEXT], origin, level, how=match.how, note=match.note)
    if match.item is not None:
        item.competency, item.name = match.item.id, match.item.name
    else:
        item.keep = False  # unknown skills count toward nothing; the review can keep them
    preview.skills.append(item)


def add_credential(
    preview: ImportPreview,
    catalog: Catalog,
    words: str,
    origin: str,
    earned: date | None,
    *,
    expires: date | None = None,
) -> None:
    words = " ".join(words.split())
    if not words or len(preview.credentials) >= MAX_ITEMS:
        return
    member = catalog.find_membership(words)
    if member is not None:
        preview.memberships.append(member.name)
        return
    match = match_certification(words, catalog)
    item = CredentialItem(words[:300], origin, earned, expires, how=match.how, note=match.note)
    if match.item is not None:
        item.certification, item.name = match.item.id, match.item.name
    same = [
        c
        for c in preview.credentials
        if (c.certification or c.source) == (item.certification or item.source)
    ]
    if same:  # listed again after a renewal: keep the latest
        older = same[0]
        if (item.earned or date.min) > (older.earned or date.min):
            older.source, older.origin, older.earned, older.expires = (
                item.source,
                item.origin,
                item.earned,
                item.expires,
            )
        return
    preview.credentials.append(item)


def finish(preview: ImportPreview) -> ImportPreview:
    """Last warnings (lapsed credentials, assumed hours), then refuse an unusable profile now."""
    for cred in preview.credentials:
        if cred.expires and cred.expires < preview.today:
            shown = cred.name or cred.source
            preview.warnings.append(
                _(
                    "{name} expired on {day}: renew it, or leave it out.",
                    name=shown,
                    day=cred.expires.isoformat(),
                )
            )
    preview.warnings.append(_(HOURS_WARNING))
    preview.profile()
    return preview
