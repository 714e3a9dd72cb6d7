"""The catalog's digests come from CPython's own sha256: the same digests as hashlib's, and
the app's start does not load OpenSSL's library for them."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

from planner.catalog.hashing import sha256


def test_the_same_digest_as_hashlib():
    data = bytes(range(256)) * 1000
    assert sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    hasher = sha256(b"format\0")
    hasher.update(data)
    assert hasher.hexdigest() == hashlib.sha256(b"format\0" + data).hexdigest()


LOAD_TWICE = """
import sys
from pathlib import Path
from planner.catalog import load_catalog

load_catalog(cache_dir=Path(sys.argv[1]))  # builds and keeps it
load_catalog(cache_dir=Path(sys.argv[1]))  # reads it back (digest and cache key)
print(" ".join(m for m in ("hashlib", "_hashlib") if m in sys.modules))
"""


def test_loading_the_catalog_loads_no_openssl(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", LOAD_TWICE, str(tmp_path / "cache")],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, "HOME": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert list((tmp_path / "cache").glob("catalog-*.pickle"))
    assert result.stdout.split() == []
