"""Which language a code or the environment picks, and how a message falls back to English."""

from __future__ import annotations

import gettext

import pytest

from planner.domain.messages import ENGLISH, Language, _, active, ngettext, speaking
from planner.i18n import catalogs
from planner.i18n.languages import UnknownLanguage, from_environment, language_code


def test_codes_in_any_posix_or_bcp47_spelling():
    assert language_code("de_DE.UTF-8") == "de"
    assert language_code("es-MX") == "es"
    assert language_code("EN") == "en"


def test_an_unknown_language_names_the_available_ones():
    with pytest.raises(UnknownLanguage, match="choose one of de, en, es"):
        language_code("fr")


def test_the_environment_is_read_in_posix_order():
    assert from_environment({"LANG": "de_DE.UTF-8"}) == "de"
    assert from_environment({"LANG": "de_DE.UTF-8", "LC_ALL": "es_ES.UTF-8"}) == "es"
    assert from_environment({"LANGUAGE": "fr:es", "LANG": "de_DE"}) == "es"
    assert from_environment({"LANG": "C.UTF-8"}) == "en"
    assert from_environment({}) == "en"


def test_speaking_is_scoped_and_english_is_the_default():
    german = catalogs.load("de")
    assert active() is ENGLISH
    with speaking(german):
        assert active() is german
    assert active() is ENGLISH


class _Broken(gettext.NullTranslations):
    def gettext(self, message):
        return "Kaputt {falsch}" if "{" in message else ""

    def ngettext(self, singular, plural, n):
        return "{n} Wochen {oops}"


def test_a_broken_translation_falls_back_to_english_not_to_a_blank():
    with speaking(Language("xx", "en", _Broken())):
        assert _("Sit the exam by {day}.", day="Monday") == "Sit the exam by Monday."
        assert ngettext("{n} week", "{n} weeks", 3) == "3 weeks"


def test_plural_forms_follow_the_language():
    with speaking(catalogs.load("de")):
        assert ngettext("{n} week", "{n} weeks", 1) == "1 Woche"
        assert ngettext("{n} week", "{n} weeks", 3) == "3 Wochen"
    with speaking(catalogs.load("es")):
        assert ngettext("{n} week", "{n} weeks", 3) == "3 semanas"


@pytest.mark.parametrize("n", [0, 1, 2, -1, 21])
def test_english_answers_as_gettexts_null_translations(n):
    import gettext

    from planner.domain.messages import ENGLISH, Untranslated

    null, ours = gettext.NullTranslations(), ENGLISH.translations
    assert isinstance(ours, Untranslated)
    assert ours.gettext("Save") == null.gettext("Save")
    assert ours.ngettext("{n} file", "{n} files", n) == null.ngettext("{n} file", "{n} files", n)
    assert ours.pgettext("menu", "Open") == null.pgettext("menu", "Open")
    assert ours.npgettext("c", "a", "b", n) == null.npgettext("c", "a", "b", n)
