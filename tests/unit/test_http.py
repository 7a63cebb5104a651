"""The polite fetcher against a site served from 127.0.0.1 (and a mock transport for public-host cases)."""

from __future__ import annotations

import time

import httpx
import pytest
from sitefixture import Reply, Site, article_html

from rasd.acquire.http import Fetcher, FetchSettings
from rasd.acquire.policy import is_public
from rasd.errors import InputError
from rasd.extract.decode import decode

LOCAL = FetchSettings(allow_private=True, delay=0.0, retries=0, timeout=5.0)


@pytest.fixture
def site():
    with Site() as served:
        served.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
        yield served


def _error(fetcher: Fetcher, url: str) -> InputError:
    with pytest.raises(InputError) as caught:
        fetcher.fetch(url)
    return caught.value


# ------------------------------------------------------------------ pages and charsets


def test_windows_1256_page_is_fetched_and_decodes_to_arabic(site):
    html = article_html("وزير المالية يعلن الموازنة", ["أعلن وزير المالية اليوم موازنة العام المقبل."])
    site.page("/a.html", html.encode("cp1256"), "text/html; charset=windows-1256")
    with Fetcher(LOCAL) as fetcher:
        raw = fetcher.fetch(site.url("/a.html"))
    assert raw.url == site.url("/a.html") and raw.source_kind == "url"
    assert raw.media_type == "text/html" and raw.encoding == "windows-1256"
    assert "أعلن وزير المالية" in decode(raw).text


def test_iso_8859_6_declared_only_in_meta_decodes(site):
    html = '<html><head><meta charset="iso-8859-6"></head><body><p>خبر عاجل من القاهرة</p></body></html>'
    site.page("/b.html", html.encode("iso-8859-6"), "text/html")
    with Fetcher(LOCAL) as fetcher:
        raw = fetcher.fetch(site.url("/b.html"))
    assert raw.encoding is None
    assert "خبر عاجل من القاهرة" in decode(raw).text


def test_user_agent_is_configurable(site):
    site.page("/ua", "<p>x</p>")
    with Fetcher(FetchSettings(allow_private=True, delay=0, user_agent="rasd-test/1 (+mailto:a@b.c)")) as fetcher:
        fetcher.fetch(site.url("/ua"))
    agents = [headers.get("User-Agent") for path, headers in site.requests if path == "/ua"]
    assert agents == ["rasd-test/1 (+mailto:a@b.c)"]


# ------------------------------------------------------------------ where it may go


def test_private_addresses_are_refused_without_allow_private(site):
    site.page("/a.html", "<p>نص</p>")
    with Fetcher(FetchSettings(delay=0)) as fetcher:
        for url in (site.url("/a.html"), site.url("/a.html").replace("127.0.0.1", "localhost")):
            error = _error(fetcher, url)
            assert error.code == "E021" and "private or local address" in error.message
    assert site.hits("/a.html") == 0


def test_names_resolving_to_private_or_link_local_addresses_are_refused():
    resolver = {"intranet.test": ["192.168.1.10"], "metadata.test": ["169.254.169.254"]}
    with Fetcher(FetchSettings(delay=0), resolver=lambda host, port: resolver[host]) as fetcher:
        for host in resolver:
            assert _error(fetcher, f"http://{host}/x").code == "E021"
        assert _error(fetcher, "http://169.254.169.254/latest/meta-data/").code == "E021"


def test_a_redirect_to_a_private_address_is_refused():
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "news.test":
            return httpx.Response(302, headers={"Location": "http://10.0.0.5/admin"})
        return httpx.Response(200, text="secret")

    settings = FetchSettings(delay=0, respect_robots=False)
    with Fetcher(settings, transport=httpx.MockTransport(answer), resolver=lambda h, p: ["93.184.216.34"]) as fetcher:
        error = _error(fetcher, "http://news.test/story")
    assert error.code == "E021" and "10.0.0.5" in error.message


def test_public_and_private_addresses():
    assert is_public("93.184.216.34") and is_public("2606:2800:220:1:248:1893:25c8:1946")
    for address in ("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254", "::1", "fe80::1",
                    "0.0.0.0", "100.64.0.1", "::ffff:127.0.0.1", "224.0.0.1"):
        assert not is_public(address), address


def test_only_http_urls(site):
    with Fetcher(LOCAL) as fetcher:
        assert _error(fetcher, "file:///etc/passwd").code == "E021"
        assert _error(fetcher, "ftp://example.org/x").code == "E021"


# ------------------------------------------------------------------ robots.txt


def test_robots_txt_is_obeyed_and_read_once_per_site(site):
    site.page("/private/p.html", "<p>x</p>")
    site.page("/public.html", "<p>y</p>")
    with Fetcher(LOCAL) as fetcher:
        error = _error(fetcher, site.url("/private/p.html"))
        fetcher.fetch(site.url("/public.html"))
        fetcher.fetch(site.url("/public.html"))
    assert error.code == "E021" and "robots.txt" in error.message
    assert site.hits("/robots.txt") == 1 and site.hits("/private/p.html") == 0


def test_crawl_delay_spaces_requests(site):
    site.page("/robots.txt", "User-agent: rasd\nCrawl-delay: 7\n", "text/plain")
    site.page("/p", "<p>x</p>")
    waits: list[float] = []
    with Fetcher(LOCAL, sleep=waits.append) as fetcher:
        fetcher.fetch(site.url("/p"))
        fetcher.fetch(site.url("/p"))
    assert waits and 6.0 < max(waits) <= 7.0


def test_ignoring_robots_txt(site):
    site.page("/private/p.html", "<p>x</p>")
    with Fetcher(FetchSettings(allow_private=True, delay=0, respect_robots=False)) as fetcher:
        assert fetcher.fetch(site.url("/private/p.html")).content == b"<p>x</p>"
    assert site.hits("/robots.txt") == 0


# ------------------------------------------------------------------ redirects


def test_redirects_are_followed_and_loops_caught(site):
    site.routes["/old"] = lambda r: Reply(301, headers={"Location": "/new"})
    site.page("/new", "<p>new</p>")
    site.routes["/loop-a"] = lambda r: Reply(302, headers={"Location": "/loop-b"})
    site.routes["/loop-b"] = lambda r: Reply(302, headers={"Location": "/loop-a"})
    for hop in range(8):
        site.routes[f"/hop{hop}"] = lambda r, n=hop: Reply(302, headers={"Location": f"/hop{n + 1}"})
    with Fetcher(LOCAL) as fetcher:
        raw = fetcher.fetch(site.url("/old"))
        loop = _error(fetcher, site.url("/loop-a"))
        chain = _error(fetcher, site.url("/hop0"))
    assert raw.url == site.url("/new") and raw.location == site.url("/old")
    assert loop.code == "E023" and "loop" in loop.message
    assert chain.code == "E023" and "more than 5 redirects" in chain.message


# ------------------------------------------------------------------ slow and failing servers


def test_429_with_retry_after_is_retried_after_the_wait_asked(site):
    answers = iter([Reply(429, b"slow down", {"Retry-After": "3"}), Reply(200, b"<p>ok</p>")])
    site.routes["/busy"] = lambda r: next(answers)
    waits: list[float] = []
    with Fetcher(FetchSettings(allow_private=True, delay=0, retries=2, backoff=0.01), sleep=waits.append) as fetcher:
        raw = fetcher.fetch(site.url("/busy"))
    assert raw.content == b"<p>ok</p>" and site.hits("/busy") == 2
    assert any(3.0 <= wait < 3.1 for wait in waits)


def test_a_retry_after_beyond_the_limit_fails_at_once(site):
    site.routes["/later"] = lambda r: Reply(503, b"", {"Retry-After": "86400"})
    with Fetcher(FetchSettings(allow_private=True, delay=0, retries=3), sleep=lambda s: None) as fetcher:
        error = _error(fetcher, site.url("/later"))
    assert error.code == "E020" and "86400" in error.message and site.hits("/later") == 1


def test_server_errors_are_retried_with_backoff_then_reported(site):
    site.routes["/down"] = lambda r: Reply(503, b"")
    waits: list[float] = []
    with Fetcher(FetchSettings(allow_private=True, delay=0, retries=2, backoff=0.5), sleep=waits.append) as fetcher:
        error = _error(fetcher, site.url("/down"))
    assert error.code == "E020" and "503" in error.message and "2 retries" in error.message
    assert site.hits("/down") == 3 and len(waits) == 2 and waits[1] > waits[0] >= 0.5


def test_not_found_is_not_retried(site):
    with Fetcher(FetchSettings(allow_private=True, delay=0, retries=3)) as fetcher:
        error = _error(fetcher, site.url("/missing"))
    assert error.code == "E020" and "404" in error.message and site.hits("/missing") == 1


def test_a_trickling_server_is_cut_off_at_the_deadline(site):
    site.routes["/trickle"] = lambda r: Reply(200, b"<p>" + b"x" * 400 + b"</p>", {"Content-Type": "text/html"}, 0.02)
    started = time.monotonic()
    with Fetcher(FetchSettings(allow_private=True, delay=0, retries=0, deadline=0.5)) as fetcher:
        error = _error(fetcher, site.url("/trickle"))
    assert error.code == "E020" and "too slow" in error.message
    assert time.monotonic() - started < 3


def test_a_silent_server_times_out(site):
    def silent(request):
        time.sleep(1.5)
        return Reply(200, b"late")

    site.routes["/silent"] = silent
    with Fetcher(FetchSettings(allow_private=True, delay=0, retries=0, timeout=0.3)) as fetcher:
        error = _error(fetcher, site.url("/silent"))
    assert error.code == "E020" and "timed out" in error.message


def test_size_cap_and_content_type(site):
    site.page("/big", b"<p>" + b"x" * 5000 + b"</p>")
    site.page("/photo.png", b"\x89PNG\r\n\x1a\n....", "image/png")
    with Fetcher(FetchSettings(allow_private=True, delay=0, max_bytes=1000)) as fetcher:
        big = _error(fetcher, site.url("/big"))
        photo = _error(fetcher, site.url("/photo.png"))
    assert big.code == "E003" and "1,000" in big.message
    assert photo.code == "E022" and "image/png" in photo.message


# ------------------------------------------------------------------ cache and many URLs


def test_conditional_get_serves_a_304_from_the_cache(site, tmp_path):
    def page(request):
        if request.headers.get("If-None-Match") == '"v1"':
            return Reply(304, b"", {"ETag": '"v1"'})
        return Reply(200, "<p>الخبر</p>".encode(), {"Content-Type": "text/html; charset=utf-8", "ETag": '"v1"'})

    site.routes["/cached"] = page
    settings = FetchSettings(allow_private=True, delay=0, cache_path=str(tmp_path / "http.sqlite"))
    with Fetcher(settings) as fetcher:
        first = fetcher.fetch(site.url("/cached"))
    with Fetcher(settings) as fetcher:
        second = fetcher.fetch(site.url("/cached"))
    sent = [headers.get("If-None-Match") for path, headers in site.requests if path == "/cached"]
    assert sent == [None, '"v1"']
    assert second.content == first.content == "<p>الخبر</p>".encode()
    assert ("x-rasd-cache", "revalidated") in second.headers


def test_fetch_many_keeps_order_and_spaces_requests_to_one_host(site):
    for n in range(3):
        site.page(f"/p{n}", f"<p>{n}</p>")
    settings = FetchSettings(allow_private=True, delay=0.2, per_host=1, concurrency=4, respect_robots=False)
    started = time.monotonic()
    with Fetcher(settings) as fetcher:
        results = list(fetcher.fetch_many([site.url(f"/p{n}") for n in (2, 0, 1)] + [site.url("/none")]))
    assert [r.content for r in results[:3]] == [b"<p>2</p>", b"<p>0</p>", b"<p>1</p>"]
    assert results[3].code == "E020" and results[3].location == site.url("/none")
    assert time.monotonic() - started >= 0.6
