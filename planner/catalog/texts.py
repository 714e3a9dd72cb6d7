"""Which catalog JSON fields are prose to translate, and the catalog's texts in a language.

One table (`FIELDS`) drives both sides: scripts/update_catalogs.py walks it to extract the
texts into resources/i18n/catalog.pot, and the loader walks it to put each text's translation
in place before the catalog is built. A text's gettext context is "<file>:<item id>:<field>"
and its msgid the English text, so a changed English text finds no translation and shows in
English (never blank) until it is translated again. Proper nouns stay out of the table:
certification, body and chapter names, issuers, exam codes and titles, URLs, source titles,
aliases and keywords (the importers and the niche finder match English words against them).
"""

from __future__ import annotations

import gettext
from collections.abc import Callable, Iterator
from typing import Any

from planner.domain.messages import active

Json = Any
Translate = Callable[[str, str], str]

# File -> field paths. "name[]" walks a list (its items named by their id, code or position),
# "name{}" every value of a mapping; the last part may be a string or a list of strings.
FIELDS: dict[str, tuple[str, ...]] = {
    "certifications": (
        "certifications[].prerequisites.text",
        "certifications[].exams[].format",
        "certifications[].exams[].change_note",
        "certifications[].fee.reported",
        "certifications[].fee.note",
        "certifications[].study_hours.note",
        "certifications[].validity.renewal",
        "certifications[].validity.renewal_step.title",
        "certifications[].validity.renewal_step.note",
        "certifications[].successor_note",
        "certifications[].notes",
    ),
    "competencies": (
        "levels{}",
        "competencies[].name",
        "competencies[].description",
    ),
    "tracks": (
        "tracks[].name",
        "tracks[].short_name",
        "tracks[].summary",
        "tracks[].aspects{}",
        "aspect_labels{}",
    ),
    "memberships": (
        "memberships[].name",
        "memberships[].fee.reported",
        "memberships[].fee.note",
        "memberships[].validity",
        "memberships[].benefits",
        "memberships[].chapter_note",
    ),
    "activities": (
        "activities[].title",
        "activities[].description",
        "activities[].cost_note",
    ),
    "niches": (
        "niches[].name",
        "niches[].description",
        "niches[].basis_note",
    ),
    "questionnaire": (
        "questions[].text",
        "questions[].options[].text",
    ),
    "risks": (
        "risks[].risk",
        "risks[].mitigation",
    ),
    "estimates": (),
}

_FEE = ("reported", "note")
PACK_FIELDS: tuple[str, ...] = (
    "exchange_rates[].note",
    "professional_bodies[].how_to_join",
    "professional_bodies[].benefits",
    *(f"professional_bodies[].dues.{f}" for f in _FEE),
    "credentials[].levels[].prerequisites",
    "credentials[].levels[].note",
    *(f"credentials[].levels[].fee.{f}" for f in _FEE),
    "credentials[].standing.text",
    "credentials[].notes",
    "chapters[].note",
    "course_prices[].what",
    *(f"course_prices[].fee.{f}" for f in _FEE),
    "employer_asks[].text",
    "market_notes[].text",
    "steps[].title",
    "steps[].description",
)

# Names matched against what people type (skills, memberships): the English name stays an
# alias of the translated item, so profiles written in English still resolve.
KEEP_ENGLISH_NAME = {"competencies": "competencies", "memberships": "memberships"}


def pack_file(data: Json) -> str:
    """A pack's file key for contexts: its country, so a coach's renamed copy matches."""
    return f"countries/{data.get('country', '')}" if isinstance(data, dict) else "countries/"


def _key(item: Json, index: int) -> str:
    if isinstance(item, dict):
        for name in ("id", "code"):
            if isinstance(item.get(name), str):
                return item[name]
    return str(index)


def _walk(
    node: Json, parts: list[str], item: str, field: list[str], *, visit: Translate, file: str
) -> Json:
    """node with the texts under parts replaced by visit(context, text) (a copy where changed)."""
    if not parts:
        context = f"{file}:{item}:{'.'.join(field)}"
        if isinstance(node, str) and node:
            return visit(context, node)
        if isinstance(node, list):
            return [visit(context, t) if isinstance(t, str) and t else t for t in node]
        return node
    head, rest = parts[0], parts[1:]
    if head.endswith("{}"):
        name = head[:-2]
        mapping = node.get(name) if isinstance(node, dict) else None
        if not isinstance(mapping, dict):
            return node
        done = {
            k: _walk(v, rest, item, [*field, name, k], visit=visit, file=file)
            for k, v in mapping.items()
        }
        return {**node, name: done}
    if head.endswith("[]"):
        name = head[:-2]
        items = node.get(name) if isinstance(node, dict) else None
        if not isinstance(items, list):
            return node
        top = not field and item == "-"
        done_items = []
        for i, child in enumerate(items):
            key = _key(child, i)
            if top:
                done_items.append(_walk(child, rest, key, [], visit=visit, file=file))
            else:
                done_items.append(
                    _walk(child, rest, item, [*field, name, key], visit=visit, file=file)
                )
        return {**node, name: done_items}
    if not isinstance(node, dict) or head not in node:
        return node
    return {**node, head: _walk(node[head], rest, item, [*field, head], visit=visit, file=file)}


def walk_texts(file: str, data: Json, patterns: tuple[str, ...], visit: Translate) -> Json:
    """data with every text the patterns name replaced by visit(context, text)."""
    for pattern in patterns:
        data = _walk(data, pattern.split("."), "-", [], visit=visit, file=file)
    return data


def texts(file: str, data: Json, patterns: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """Every (context, English text) the patterns name in data, in file order."""
    found: list[tuple[str, str]] = []

    def record(context: str, text: str) -> str:
        found.append((context, text))
        return text

    walk_texts(file, data, patterns, record)
    return iter(found)


def localize_file(
    name: str, data: Json, translations: gettext.NullTranslations | None = None
) -> Json:
    """A catalog file's parsed JSON with its texts in the active language (data itself in
    English, so English output never changes)."""
    translations = translations if translations is not None else catalog_translations()
    if translations is None:
        return data
    done = walk_texts(name, data, FIELDS.get(name, ()), translations.pgettext)
    if name in KEEP_ENGLISH_NAME:
        section = KEEP_ENGLISH_NAME[name]
        done[section] = [
            {**new, "aliases": [*new["aliases"], old["name"]]}
            if new.get("name") != old.get("name")
            else new
            for old, new in zip(data[section], done[section], strict=True)
        ]
    return done


def localize_pack(data: Json, translations: gettext.NullTranslations | None = None) -> Json:
    """A country pack's parsed JSON with its texts in the active language."""
    translations = translations if translations is not None else catalog_translations()
    if translations is None or not isinstance(data, dict):
        return data
    return walk_texts(pack_file(data), data, PACK_FIELDS, translations.pgettext)


def catalog_translations() -> gettext.NullTranslations | None:
    """The active language's catalog translations; None for English (nothing to do)."""
    from planner.i18n.catalogs import domain_translations

    code = active().code
    return None if code == "en" else domain_translations(code, "catalog")
