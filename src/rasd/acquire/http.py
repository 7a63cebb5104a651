"""A polite fetcher: pages, feeds and sitemaps over HTTP(S), as RawDocuments.

Polite: robots.txt is read once per site and obeyed (with its Crawl-delay); requests to one host are
spaced by a delay and limited in number; 429 and 5xx answers are retried with exponential backoff,
honouring ``Retry-After``; a page fetched before is asked for with ``If-None-Match``/``If-Modified-Since``
(:mod:`httpcache`). Careful: every host — the first and each redirect's — is checked against
:mod:`policy` (no private or local addresses unless allowed), redirects are followed one at a time up to a
limit and loops are caught, bodies are read against a size cap and a deadline (a server trickling bytes
is cut off), content types other than pages, feeds and sitemaps are refused. Every failure is an
:class:`~rasd.errors.InputError` with its reason.

``Fetcher(settings).fetch(url)`` gets one URL; ``fetch_many(urls)`` gets many on a thread pool and yields
results in the order asked; :func:`fetch` is the one-call form.
"""

from __future__ import annotations

import datetime as dt
import random
import threading
import time
import urllib.request
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from rasd import __version__
from rasd.acquire.httpcache import HttpCache
from rasd.acquire.policy import Resolver, check_peer, check_url, resolve
from rasd.acquire.robots import Robots, product_token
from rasd.config import Config
from rasd.errors import Failure, InputError
from rasd.model import RawDocument

DEFAULT_USER_AGENT = f"rasd/{__version__} (+https://github.com/rasd-news/rasd; Arabic news monitoring)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
ACCEPTED_TYPES = frozenset({
    "text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml", "application/rss+xml",
    "application/atom+xml", "application/rdf+xml", "application/x-rss+xml", "application/feed+xml",
    "application/gzip", "application/x-gzip", "application/octet-stream",
})
_KEPT_HEADERS = ("content-type", "content-language", "etag", "last-modified", "date")
_ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"


@dataclass(frozen=True, slots=True)
class FetchSettings:
    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0  # seconds to connect, or between two reads
    deadline: float = 60.0  # seconds for a whole response
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 3
    backoff: float = 1.0  # first wait before a retry; doubles each time
    max_retry_after: float = 120.0  # a longer Retry-After is a failure, not a wait
    delay: float = 1.0  # between two requests to one host
    concurrency: int = 8
    per_host: int = 2
    respect_robots: bool = True
    allow_private: bool = False
    cache_path: str | None = None

    @classmethod
    def from_config(cls, config: Config, **overrides: object) -> FetchSettings:
        """Settings from a Config; ``overrides`` that are None are ignored."""
        values = dict(
            user_agent=config.user_agent or DEFAULT_USER_AGENT, timeout=config.fetch_timeout,
            deadline=config.fetch_deadline, max_bytes=config.max_input_bytes, max_redirects=config.fetch_max_redirects,
            retries=config.fetch_retries, delay=config.fetch_delay, concurrency=config.fetch_concurrency,
            per_host=config.fetch_per_host, respect_robots=config.respect_robots, allow_private=config.allow_private,
            cache_path=None if config.fetch_cache in ("", "none") else config.fetch_cache,
        )
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


@dataclass
class _Host:
    slots: threading.BoundedSemaphore
    delay: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    robots_lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0
    robots: Robots | None = None


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes = b""
    url: str = ""  # the URL this answer is for (a cached answer: the URL it was first fetched from)
    location: str | None = None  # a redirect's target
    cache: str | None = None  # "revalidated" when a 304 answer was served from the cache

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None


class _Retry(Exception):
    """A network failure worth trying again."""


class Fetcher:
    """Fetches URLs politely; one per process or per batch (it remembers robots.txt and host timings)."""

    def __init__(self, settings: FetchSettings = FetchSettings(), *, transport: httpx.BaseTransport | None = None,
                 resolver: Resolver = resolve, sleep: Callable[[float], None] = time.sleep):
        self.settings = settings
        self._resolver, self._sleep = resolver, sleep
        self._client = httpx.Client(
            transport=transport, follow_redirects=False, timeout=httpx.Timeout(settings.timeout),
            headers={"User-Agent": settings.user_agent, "Accept": _ACCEPT, "Accept-Language": "ar,en;q=0.8,*;q=0.5"},
        )
        self._proxied = bool(urllib.request.getproxies())  # through a proxy the peer is the proxy
        self._cache = HttpCache(settings.cache_path) if settings.cache_path else None
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self._agent = product_token(settings.user_agent)

    # -------------------------------------------------------------- public

    def fetch(self, url: str, kind: str = "url", headers: tuple[tuple[str, str], ...] = ()) -> RawDocument:
        """The page at ``url`` (after redirects) as a RawDocument; InputError with the reason if it cannot."""
        requested = _without_fragment(url.strip())
        answer = self._follow(requested)
        if answer.status >= 400:
            raise InputError("E020", f"HTTP {answer.status} {_reason(answer.status)}", requested)
        _check_type(answer, requested)
        return RawDocument(
            content=answer.content, location=requested, source_kind=kind, url=answer.url,
            media_type=_media_type(answer), encoding=charset_of(answer.header("content-type")),
            fetched_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            headers=_kept(answer) + headers,
        )

    def fetch_many(self, urls: Iterable[str], kind: str = "url",
                   headers: Callable[[str], tuple[tuple[str, str], ...]] | None = None) -> Iterator[RawDocument | Failure]:
        """A RawDocument or a Failure for every URL, in the order given, fetched on a thread pool."""
        window: deque[tuple[str, Future]] = deque()
        with ThreadPoolExecutor(max_workers=max(1, self.settings.concurrency)) as pool:
            for url in urls:
                extra = headers(url) if headers else ()
                window.append((url, pool.submit(self._fetch_item, url, kind, extra)))
                if len(window) >= self.settings.concurrency * 4:
                    yield window.popleft()[1].result()
            while window:
                yield window.popleft()[1].result()

    def close(self) -> None:
        self._client.close()
        if self._cache is not None:
            self._cache.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -------------------------------------------------------------- redirects, robots, retries

    def _fetch_item(self, url: str, kind: str, headers: tuple[tuple[str, str], ...]) -> RawDocument | Failure:
        try:
            return self.fetch(url, kind, headers)
        except InputError as error:
            return Failure.from_error(error, url.strip(), stage="fetch")

    def _follow(self, url: str, use_robots: bool = True, max_redirects: int | None = None) -> _Answer:
        limit = self.settings.max_redirects if max_redirects is None else max_redirects
        current, visited = url, {url}
        for _ in range(limit + 1):
            check_url(current, self.settings.allow_private, self._resolver)
            if use_robots:
                self._obey_robots(current)
            answer = self._request(current)
            if answer.location is None:
                return answer
            target = _without_fragment(urljoin(current, answer.location))
            if target in visited:
                raise InputError("E023", f"redirect loop: {current} sends back to {target}", url)
            visited.add(target)
            current = target
        raise InputError("E023", f"more than {limit} redirects (last: {current})", url)

    def _obey_robots(self, url: str) -> None:
        if not self.settings.respect_robots:
            return
        host = self._host(url)
        with host.robots_lock:
            if host.robots is None:
                host.robots = self._read_robots(url)
                host.delay = max(host.delay, host.robots.crawl_delay(self._agent))
        if not host.robots.allows(self._agent, url):
            reason = host.robots.reason or f"robots.txt of {urlsplit(url).netloc} disallows it for {self._agent}"
            raise InputError("E021", reason, url)

    def _read_robots(self, url: str) -> Robots:
        parts = urlsplit(url)
        robots_url = urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))
        try:
            answer = self._follow(robots_url, use_robots=False, max_redirects=5)
        except InputError as error:
            return Robots.unreachable(error.message)
        return Robots.from_response(answer.status, answer.content)

    def _request(self, url: str) -> _Answer:
        """One URL, retried after 429, 5xx and network errors; the final answer (a redirect, too)."""
        last = ""
        for attempt in range(self.settings.retries + 1):
            try:
                with self._slot(url):
                    answer = self._send(url)
            except _Retry as problem:
                last, wait = str(problem), self.settings.backoff * 2 ** attempt
            else:
                if answer.status not in RETRY_STATUSES:
                    return answer
                last, wait = f"HTTP {answer.status} {_reason(answer.status)}", self._retry_wait(answer, attempt, url)
            if attempt < self.settings.retries:
                self._sleep(wait + random.uniform(0, self.settings.backoff / 4))
        raise InputError("E020", f"{last} (gave up after {self.settings.retries} retries)", url)

    def _retry_wait(self, answer: _Answer, attempt: int, url: str) -> float:
        asked = _retry_after(answer.header("retry-after"))
        if asked is None:
            return self.settings.backoff * 2 ** attempt
        if asked > self.settings.max_retry_after:
            raise InputError("E020", f"HTTP {answer.status}: the server asks to come back in {asked:.0f} s "
                                     f"(more than {self.settings.max_retry_after:.0f} s)", url)
        return asked

    @contextmanager
    def _slot(self, url: str) -> Iterator[None]:
        """One of the host's request slots, taken no sooner than the host's delay after the previous start."""
        host = self._host(url)
        with host.slots:
            with host.lock:
                now = time.monotonic()
                start = max(now, host.next_start)
                host.next_start = start + host.delay
            if start > now:
                self._sleep(start - now)
            yield

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        with self._hosts_lock:
            if key not in self._hosts:
                slots = threading.BoundedSemaphore(max(1, self.settings.per_host))
                self._hosts[key] = _Host(slots=slots, delay=self.settings.delay)
            return self._hosts[key]

    # -------------------------------------------------------------- one request

    def _send(self, url: str) -> _Answer:
        cached = self._cache.get(url) if self._cache is not None else None
        try:
            with self._client.stream("GET", url, headers=cached.validators() if cached else {}) as response:
                if not self._proxied:
                    check_peer(_peer(response), url, self.settings.allow_private)
                return self._answer(url, response, cached)
        except httpx.TimeoutException:
            raise _Retry(f"timed out: no answer within {self.settings.timeout:g} s") from None
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise _Retry(f"network error: {exc or type(exc).__name__}") from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise InputError("E021", f"not a URL rasd can fetch: {exc}", url) from None
        except httpx.HTTPError as exc:
            raise InputError("E020", f"{type(exc).__name__}: {exc}", url) from None

    def _answer(self, url: str, response: httpx.Response, cached) -> _Answer:
        headers = tuple(response.headers.multi_items())
        status = response.status_code
        if status == 304 and cached is not None:
            return _Answer(200, cached.headers, cached.content, cached.final_url, cache="revalidated")
        if 300 <= status < 400 and status != 304:
            location = response.headers.get("location")
            if not location:
                raise InputError("E020", f"HTTP {status} redirect without a Location header", url)
            return _Answer(status, headers, url=url, location=location)
        if status >= 400:
            return _Answer(status, headers, url=url)
        _check_type(_Answer(status, headers), url)
        content = self._read_body(url, response)
        if self._cache is not None:
            self._cache.put(url, url, headers, content)
        return _Answer(status, headers, content, url)

    def _read_body(self, url: str, response: httpx.Response) -> bytes:
        limit, started = self.settings.max_bytes, time.monotonic()
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise InputError("E003", f"the server announces {int(declared):,} bytes, over the limit of {limit:,}", url)
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise InputError("E003", f"more than {limit:,} bytes (--max-bytes); stopped reading", url)
            if time.monotonic() - started > self.settings.deadline:
                raise InputError("E020", f"too slow: {size:,} bytes in {self.settings.deadline:g} s "
                                         "(the server trickles its answer)", url)
            chunks.append(chunk)
        return b"".join(chunks)


def fetch(url: str, settings: FetchSettings = FetchSettings()) -> RawDocument:
    """One URL with a fetcher of its own: the page as a RawDocument, or InputError with the reason."""
    with Fetcher(settings) as fetcher:
        return fetcher.fetch(url)


# ------------------------------------------------------------------ helpers


def _without_fragment(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(fragment="")) if parts.fragment else url


def _peer(response: httpx.Response) -> str | None:
    stream = response.extensions.get("network_stream")
    if stream is None:
        return None
    address = stream.get_extra_info("server_addr")
    return address[0] if address else None


def _media_type(answer: _Answer) -> str | None:
    value = (answer.header("content-type") or "").split(";")[0].strip().lower()
    return value or None


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type value ("text/html; charset=windows-1256"), or None."""
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _check_type(answer: _Answer, url: str) -> None:
    media = _media_type(answer)
    if media is not None and media not in ACCEPTED_TYPES and not media.endswith(("+xml", "/xml")):
        raise InputError("E022", f"the server sent {media}, not a page, feed or sitemap", url)


def _kept(answer: _Answer) -> tuple[tuple[str, str], ...]:
    kept = tuple((k.lower(), v) for k, v in answer.headers if k.lower() in _KEPT_HEADERS)
    return kept + ((("x-rasd-cache", answer.cache),) if answer.cache else ())


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())


def _reason(status: int) -> str:
    try:
        return httpx.codes.get_reason_phrase(status)
    except ValueError:
        return ""


__all__ = ["DEFAULT_USER_AGENT", "FetchSettings", "Fetcher", "fetch"]
