"""A catalog's certifications carry their derived values from the moment the catalog is built."""

from __future__ import annotations

from dataclasses import replace

CERT_VALUES = ("primary_competency", "top_level", "source_links", "study_links")
PREREQUISITE_VALUES = ("credentials_only", "credentials_named")


def test_derived_values_are_filled_when_the_catalog_is_built(catalog):
    """Filled lazily, the first plan gave every certification a new attribute dict after the
    app had frozen its start-up heap, and every full garbage collection then walked them."""
    rebuilt = replace(
        catalog,
        certifications=tuple(
            replace(c, prerequisites=replace(c.prerequisites)) for c in catalog.certifications
        ),
    )
    for cert in rebuilt.certifications:
        state = vars(cert)
        assert all(name in state for name in CERT_VALUES), cert.id
        assert all(name in vars(cert.prerequisites) for name in PREREQUISITE_VALUES), cert.id
        assert state["top_level"] == max(cert.raises.values(), default=0)
