"""The cached catalog is the built one, and any change to what builds it builds it again."""

from __future__ import annotations

import json
import os
import shutil
import stat
import time
from pathlib import Path

import pytest

from planner import paths
from planner.catalog import builders, cache, load_catalog, loader
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


@pytest.fixture
def digests(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the times the files are read and hashed for the content key."""
    counted: list[int] = []
    real = cache.cache_key

    def counting(*args):
        counted.append(1)
        return real(*args)

    monkeypatch.setattr(cache, "cache_key", counting)
    return counted


@pytest.fixture
def later(monkeypatch: pytest.MonkeyPatch) -> None:
    """The planner's clock a minute ahead, so files written by the test count as settled."""

    class Clock:
        @staticmethod
        def time_ns() -> int:
            return time.time_ns() + 60_000_000_000

    monkeypatch.setattr(cache, "time", Clock)


def _stamp_of(folder: Path) -> str:
    return _cached_file(folder).read_bytes().split(b"\n")[1].split(b" ")[1].decode()


def test_a_stamped_cache_is_read_without_hashing_the_files(folder, builds, digests, later):
    first = load_catalog(cache_dir=folder)
    assert _stamp_of(folder) != cache.NO_STAMP
    assert load_catalog(cache_dir=folder) == first
    assert load_catalog(cache_dir=folder) == first
    assert len(builds) == 1 and len(digests) == 1  # only to build the first


def test_touched_files_are_hashed_once_then_stamped_again(
    folder, builds, digests, later, resource_copy
):
    first = load_catalog(resource_copy, cache_dir=folder)
    stamped = _stamp_of(folder)
    os.utime(resource_copy / "catalog" / "tracks.json")  # same content, new times
    assert load_catalog(resource_copy, cache_dir=folder) == first
    assert _stamp_of(folder) not in (stamped, cache.NO_STAMP)
    assert load_catalog(resource_copy, cache_dir=folder) == first
    assert len(builds) == 1 and len(digests) == 2


def test_a_replaced_file_of_the_same_size_and_time_is_built_again(
    folder, builds, later, resource_copy
):
    load_catalog(resource_copy, cache_dir=folder)
    path = resource_copy / "catalog" / "certifications.json"
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    name = data["certifications"][0]["name"]
    changed = text.replace(json.dumps(name), json.dumps(name[::-1]), 1)
    assert changed != text and len(changed) == len(text)
    replacement = path.with_suffix(".new")
    replacement.write_text(changed, encoding="utf-8")
    os.utime(replacement, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(replacement, path)
    assert load_catalog(resource_copy, cache_dir=folder).certifications[0].name == name[::-1]
    assert len(builds) == 2


def test_files_changed_just_before_are_not_vouched_for_by_their_stat(folder, builds, resource_copy):
    """An edit within the file system's clock tick can leave size and times as they were: files
    this fresh get no stamp, so the next load compares their content."""
    load_catalog(resource_copy, cache_dir=folder)  # the copy was just written
    assert _stamp_of(folder) == cache.NO_STAMP
    path = resource_copy / "catalog" / "certifications.json"
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    name = json.loads(text)["certifications"][0]["name"]
    path.write_text(text.replace(json.dumps(name), json.dumps(name[::-1]), 1), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert load_catalog(resource_copy, cache_dir=folder).certifications[0].name == name[::-1]
    assert len(builds) == 2


def test_the_stamp_covers_the_files_the_key_reads(resource_copy):
    stamped = set(loader._input_files(resource_copy)) | set(cache._source_paths())
    read = {str(p) for p in cache._source_files()}
    for name in loader.FILES:
        read.add(str(resource_copy / "catalog" / f"{name}.json"))
        read.add(str(resource_copy / "schemas" / f"{name}.schema.json"))
    read |= {str(p) for p in (resource_copy / "catalog" / "countries").glob("*.json")}
    read.add(str(resource_copy / "schemas" / "country_pack.schema.json"))
    assert read <= stamped


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


def test_the_cached_copy_writes_each_string_once(folder):
    import pickle

    built = load_catalog(cache_dir=folder)
    cached = load_catalog(cache_dir=folder)
    assert cached == built
    payload = _cached_file(folder).read_bytes().split(b"\n", 2)[2]
    assert len(payload) < 0.8 * len(pickle.dumps(built, pickle.HIGHEST_PROTOCOL))
    ids = [cert.id for cert in cached.certifications]
    assert all(cached.cert_by_id[i].id is i for i in ids)  # one object per distinct string
