"""The niche finder: local job ads read, ranked against the catalog and O*NET, for both edges.

The engine ranks; this module is how the app's finder and `niches` reach it, the ads reader and
the O*NET data (whose attribution the licence requires wherever it is shown).
"""

from __future__ import annotations

from planner.catalog.onet import ONET_ATTRIBUTION, by_name, technology_names
from planner.engine.niche_finder import (
    CERTIFICATION,
    KEYWORD,
    MATCHING_RULE,
    MAX_AD_CHARS,
    SCORE_RULE,
    TECHNOLOGY,
    NicheRank,
    NicheReport,
    certifications_by_demand,
    find_niches,
    split_ads,
)
from planner.importers.job_ads import read_ads

__all__ = [
    "CERTIFICATION",
    "KEYWORD",
    "MATCHING_RULE",
    "MAX_AD_CHARS",
    "ONET_ATTRIBUTION",
    "SCORE_RULE",
    "TECHNOLOGY",
    "NicheRank",
    "NicheReport",
    "by_name",
    "certifications_by_demand",
    "find_niches",
    "read_ads",
    "split_ads",
    "technology_names",
]
