"""read_json_file decodes as utf-8-sig does: a byte-order mark skipped, positions after it."""

from __future__ import annotations

import pytest

from planner.codec.json_file import read_json_file
from planner.domain.errors import InvalidInput


@pytest.mark.parametrize(
    "raw",
    [b'{"a": "\xc3\xa9"}', b'\xef\xbb\xbf{"a": "\xc3\xa9"}', b'\xef\xbb\xbf["\xef\xbb\xbf"]'],
)
def test_text_is_read_as_utf_8_sig_reads_it(tmp_path, raw):
    import json

    path = tmp_path / "p.json"
    path.write_bytes(raw)
    assert read_json_file(path, what="JSON", max_bytes=1000) == json.loads(raw.decode("utf-8-sig"))


@pytest.mark.parametrize(
    "raw", [b'{"a": "\xff"}', b'\xef\xbb\xbf{"a": "\xc3"}', b"\xef\xbb\xbf\x80"]
)
def test_a_bad_byte_is_placed_as_utf_8_sig_places_it(tmp_path, raw):
    path = tmp_path / "p.json"
    path.write_bytes(raw)
    with pytest.raises(UnicodeDecodeError) as decoding:
        raw.decode("utf-8-sig")
    with pytest.raises(InvalidInput, match=rf"\(byte {decoding.value.start}\)"):
        read_json_file(path, what="JSON", max_bytes=1000)
