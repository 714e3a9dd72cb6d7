"""A step's source links: only web addresses are drawn as links, and only they are opened."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices

from planner.gui.widgets.step_details import link_html, open_web_link


@pytest.mark.parametrize(
    "url", ["https://www.pmi.org/certifications", "http://example.org/a?b=1&c=2", "HTTPS://X.org"]
)
def test_web_addresses_are_links(url):
    html = link_html("Source", url)
    assert html.startswith("<a href=") and ">Source</a>" in html
    assert "&amp;c=2" in html or "&" not in url  # the address is escaped inside the tag


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "mailto:someone@example.org",
        "www.pmi.org",
        "http://[::1",  # malformed: no link, no error
        "",
    ],
)
def test_other_addresses_are_plain_text(url):
    html = link_html("Source <b>", url)
    assert "<a " not in html
    assert "&lt;b&gt;" in html  # escaped, never markup


def test_only_web_addresses_are_opened(monkeypatch, qapp):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    for link in ("https://www.pmi.org", "file:///etc/passwd", "javascript:alert(1)", "h\ttp://x"):
        open_web_link(link)
    assert [url.toString() for url in opened] == ["https://www.pmi.org"]
