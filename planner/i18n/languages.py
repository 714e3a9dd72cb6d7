"""The languages the planner speaks and how a code or the environment's locale picks one."""

from __future__ import annotations

from collections.abc import Mapping

from planner.domain.messages import _

# Code -> the language's own name (shown in the settings so anyone finds their language).
AVAILABLE = {"en": "English", "de": "Deutsch", "es": "Español"}
ENVIRONMENT_ORDER = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


class UnknownLanguage(ValueError):
    """A language code the planner has no catalog for."""

    def __init__(self, code: str) -> None:
        choices = ", ".join(sorted(AVAILABLE))
        super().__init__(
            _("unknown language {code}: choose one of {choices}", code=repr(code), choices=choices)
        )
        self.code = code


def language_code(value: str) -> str:
    """'de', 'de_DE', 'de-AT', 'de_DE.UTF-8@euro' -> 'de'; UnknownLanguage when not available."""
    code = value.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if code not in AVAILABLE:
        raise UnknownLanguage(value)
    return code


def from_environment(environ: Mapping[str, str]) -> str:
    """The first available language the POSIX locale variables name, else English.

    LANGUAGE is a colon-separated preference list (GNU gettext); LC_ALL overrides LC_MESSAGES,
    which overrides LANG. 'C' and 'POSIX' mean no preference.
    """
    for name in ENVIRONMENT_ORDER:
        for value in environ.get(name, "").split(":"):
            if not value or value.split(".")[0] in ("C", "POSIX"):
                continue
            try:
                return language_code(value)
            except UnknownLanguage:
                continue
    return "en"
