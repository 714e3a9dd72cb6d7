"""sha256 for the catalog's digests without loading OpenSSL's library (the app's start)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hashlib import _Hash

# CPython's own sha256 (3.11: _sha256; 3.12 on: _sha2): importing hashlib loads OpenSSL's
# libcrypto, ~3 ms and 3.4 MiB of the desktop app's memory, to hash well under a megabyte.
# The digests are the same whichever implementation makes them.
_OWN = ("_sha256", "_sha2")


def sha256(data: bytes = b"") -> _Hash:
    for name in _OWN:
        try:
            return import_module(name).sha256(data)  # type: ignore[no-any-return]
        except (ImportError, AttributeError):
            continue
    import hashlib

    return hashlib.sha256(data)
