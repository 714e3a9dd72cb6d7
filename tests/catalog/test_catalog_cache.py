"""The cached catalog is the built one, and any change to what builds it builds it again."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest

from planner import paths
from planner.catalog import builders, cache, load_catalog
from planner.domain.messages import speaking
from planner.i18n import catalogs
from planner.resources import resources_dir


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def resource_copy(tmp_path: Path) -> Path:
    target = tmp_path / "resources"
    shutil.copytree(resources_dir(), target)
    return target


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the catalogs actually built (not read from the cache)."""
    counted: list[int] = []
    real = builders.build_catalog

    def counting(raw):
        counted.append(1)
        return real(raw)

    monkeypatch.setattr(builders, "build_catalog", counting)
    return counted


def _cached_file(folder: Path, language: str = "en") -> Path:
    return cache.cache_path(folder, language)


def test_the_second_load_is_the_cached_copy_of_the_first(folder, builds):
    first = load_catalog(cache_dir=folder)
    second = load_catalog(cache_dir=folder)
    assert second == first and second is not first
    assert len(builds) == 1
    assert second.countries == first.countries and second.cert_by_id == first.cert_by_id


def test_the_cache_is_private(folder):
    load_catalog(cache_dir=folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(_cached_file(folder).stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["catalog-en.pickle"]  # no temp file left


def test_a_changed_catalog_file_is_built_again(folder, builds, resource_copy):
    load_catalog(resource_copy, cache_dir=folder)
    path = resource_copy / "catalog" / "certifications.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["certifications"][0]["name"] += " (renamed)"
    path.write_text(json.dumps(data), encoding="utf-8")
    changed = load_catalog(resource_copy, cache_dir=folder)
    assert len(builds) == 2
    assert changed.certifications[0].name.endswith(" (renamed)")


def test_a_changed_country_pack_is_built_again(folder, builds, resource_copy):
    before = load_catalog(resource_copy, cache_dir=folder)
    pack = sorted((resource_copy / "catalog" / "countries").glob("*.json"))[0]
    data = json.loads(pack.read_text(encoding="utf-8"))
    data["market_notes"] = data.get("market_notes", [])[:1]
    pack.write_text(json.dumps(data), encoding="utf-8")
    after = load_catalog(resource_copy, cache_dir=folder)
    assert len(builds) == 2
    code = data["country"]
    assert len(after.countries[code].market_notes) == len(data["market_notes"])
    assert before.countries.keys() == after.countries.keys()


def test_each_language_has_its_own_texts(folder, builds):
    english = load_catalog(cache_dir=folder)
    with speaking(catalogs.load("de")):
        german = load_catalog(cache_dir=folder)
        german_again = load_catalog(cache_dir=folder)
    assert german_again == german != english
    assert load_catalog(cache_dir=folder) == english
    assert len(builds) == 2  # English, then German; each read back afterwards


def test_changed_code_or_translations_change_the_key(tmp_path, monkeypatch):
    source = tmp_path / "catalog_model.py"
    source.write_text("A = 1\n", encoding="utf-8")
    monkeypatch.setattr(cache, "_source_files", lambda: [source])
    texts = tmp_path / "catalog_de.po"
    texts.write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    key = cache.cache_key("digest", "de", texts)
    assert cache.cache_key("digest", "de", texts) == key
    assert cache.cache_key("other digest", "de", texts) != key
    assert cache.cache_key("digest", "es", texts) != key
    texts.write_text('msgid "a"\nmsgstr "c"\n', encoding="utf-8")
    assert cache.cache_key("digest", "de", texts) != key
    texts.write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    source.write_text("A = 2\n", encoding="utf-8")
    assert cache.cache_key("digest", "de", texts) != key


def test_the_key_covers_the_modules_that_build_the_catalog():
    names = {p.name for p in cache._source_files()}
    assert {"catalog_model.py", "country_pack.py", "builders.py", "loader.py"} <= names
    assert {"countries.py", "country_builders.py", "texts.py", "catalogs.py"} <= names


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: b"",  # empty
        lambda data: data.replace(data[:30], b"x" * 30, 1),  # another format or key
        lambda data: data.split(b"\n", 2)[0] + b"\n" + data.split(b"\n", 2)[1] + b"\nnot a pickle",
    ],
)
def test_a_damaged_cache_file_is_ignored_and_replaced(folder, builds, damage):
    expected = load_catalog(cache_dir=folder)
    path = _cached_file(folder)
    path.write_bytes(damage(path.read_bytes()))
    assert load_catalog(cache_dir=folder) == expected
    assert len(builds) == 2
    assert load_catalog(cache_dir=folder) == expected and len(builds) == 2  # replaced by a good one


def test_a_cached_object_that_is_not_a_catalog_is_refused(folder, builds):
    load_catalog(cache_dir=folder)
    path = _cached_file(folder)
    header = path.read_bytes().split(b"\n", 2)
    import pickle

    path.write_bytes(header[0] + b"\n" + header[1] + b"\n" + pickle.dumps({"not": "a catalog"}))
    assert load_catalog(cache_dir=folder).certifications
    assert len(builds) == 2


def test_a_file_over_the_size_limit_is_not_read(folder, builds, monkeypatch):
    load_catalog(cache_dir=folder)
    monkeypatch.setattr(cache, "MAX_BYTES", 1000)
    assert load_catalog(cache_dir=folder).certifications
    assert len(builds) == 2


def test_forced_validation_always_builds(folder, builds):
    load_catalog(cache_dir=folder)
    load_catalog(force_validation=True, cache_dir=folder)
    assert len(builds) == 2


def test_without_a_folder_nothing_is_cached(tmp_path, monkeypatch, builds):
    monkeypatch.chdir(tmp_path)
    load_catalog()
    load_catalog()
    assert len(builds) == 2
    assert not list(tmp_path.iterdir())


def test_an_unwritable_cache_folder_still_loads(tmp_path, builds):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert load_catalog(cache_dir=blocked / "cache").certifications
    assert load_catalog(cache_dir=blocked / "cache").certifications
    assert len(builds) == 2


def test_the_cache_folder_is_per_user_and_can_be_chosen_or_turned_off(monkeypatch, tmp_path):
    monkeypatch.delenv("CAREER_PLANNER_CACHE_DIR", raising=False)
    monkeypatch.setattr("planner.paths.sys.platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert paths.cache_dir() == tmp_path / "career-planner"
    monkeypatch.setenv("CAREER_PLANNER_CACHE_DIR", str(tmp_path / "mine"))
    assert paths.cache_dir() == tmp_path / "mine"
    monkeypatch.setenv("CAREER_PLANNER_CACHE_DIR", "")
    assert paths.cache_dir() is None
