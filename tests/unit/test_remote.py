"""The address rules for URLs sent to the API: only public http(s) addresses are fetched."""

from __future__ import annotations

import pytest

from rasd.api.remote import check_url
from rasd.errors import InputError


def resolver(answer: list[str]):
    return lambda host, port: answer


@pytest.mark.parametrize("url, reason", [
    ("http://127.0.0.1/page", "loopback"),
    ("http://127.8.9.10:8000/", "loopback"),
    ("http://10.0.0.5/admin", "private"),
    ("https://192.168.1.1/", "private"),
    ("http://172.16.3.4/", "private"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://[::1]/", "loopback"),
    ("http://[::ffff:10.0.0.1]/", "private"),
    ("http://0.0.0.0/", "unspecified"),
    ("http://100.64.0.1/", "not a public"),
])
def test_private_loopback_and_link_local_addresses_are_refused(url, reason):
    with pytest.raises(InputError) as caught:
        check_url(url)
    assert caught.value.code == "E401" and reason in caught.value.message


def test_a_name_resolving_to_a_private_address_is_refused():
    with pytest.raises(InputError) as caught:
        check_url("http://intranet.example/", resolver=resolver(["93.184.216.34", "10.1.2.3"]))
    assert "intranet.example is a private address (10.1.2.3)" in caught.value.message


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x",
                                 "gopher://example.org/", "/relative/path", "http://user:pw@example.org/"])
def test_only_plain_http_and_https_urls(url):
    with pytest.raises(InputError) as caught:
        check_url(url, resolver=resolver(["93.184.216.34"]))
    assert caught.value.code == "E401"


def test_public_addresses_pass_and_allow_private_is_explicit():
    assert check_url("https://asharq.example/news/1", resolver=resolver(["93.184.216.34"])) == \
        "https://asharq.example/news/1"
    assert check_url("http://127.0.0.1:8123/page.html", allow_private=True) == "http://127.0.0.1:8123/page.html"
