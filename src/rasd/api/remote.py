"""URLs sent to the API: the address rules, and fetching a page.

:func:`check_url` applies the fetcher's rules: only http(s), and only public addresses — a host that is,
or resolves to, a loopback, private, link-local, shared, multicast or reserved address is refused (this is
what stops the API from being used to reach the machine it runs on or its network). The polite fetcher
(``rasd.acquire``, robots.txt, per-host limits) is being built separately; until it lands, :func:`fetch_url`
is a minimal fetcher that checks every redirect hop with the same rules, caps the size and times out.
The API reaches the network only through :func:`check_url` and :func:`fetch_url` (the default fetcher of
``rasd.api.create_app``); switching to the polite fetcher means changing these two functions' bodies.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import httpx

from rasd import __version__
from rasd.errors import InputError
from rasd.model import RawDocument

MAX_REDIRECTS = 5
TIMEOUT_SECONDS = 20.0
USER_AGENT = f"rasd/{__version__} (+offline news reader)"

Resolver = Callable[[str, int], list[str]]


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (an IP literal resolves to itself, without asking DNS)."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError("E402", f"cannot resolve host {host!r}: {exc}", host) from None
    return sorted({info[4][0] for info in infos})


def check_url(url: str, allow_private: bool = False, resolver: Resolver = resolve) -> str:
    """``url`` if the address rules allow fetching it; InputError E401 with the reason otherwise."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError("E401", f"only http and https URLs can be fetched, not {parts.scheme or 'no scheme'!r}", url)
    if not parts.hostname:
        raise InputError("E401", "the URL has no host", url)
    if parts.username or parts.password:
        raise InputError("E401", "URLs with user names or passwords are not fetched", url)
    if allow_private:
        return url.strip()
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    for address in resolver(parts.hostname, port):
        reason = _not_public(address)
        if reason:
            raise InputError("E401", f"{parts.hostname} is {reason} ({address}); only public addresses are fetched",
                             url)
    return url.strip()


def _not_public(address: str) -> str | None:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for label, flag in (("a loopback address", ip.is_loopback), ("an unspecified address", ip.is_unspecified),
                        ("a link-local address", ip.is_link_local), ("a multicast address", ip.is_multicast),
                        ("a private address", ip.is_private), ("a reserved address", ip.is_reserved)):
        if flag:
            return label
    return None if ip.is_global else "not a public address"


def fetch_url(url: str, max_bytes: int, allow_private: bool = False) -> RawDocument:
    """GET ``url`` (following up to five redirects, each checked) into a RawDocument of at most ``max_bytes``."""
    current = check_url(url, allow_private)
    with httpx.Client(follow_redirects=False, timeout=TIMEOUT_SECONDS, headers={"User-Agent": USER_AGENT}) as client:
        for _ in range(MAX_REDIRECTS + 1):
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        current = check_url(urljoin(current, response.headers["location"]), allow_private)
                        continue
                    return _document(url, current, response, max_bytes)
            except httpx.HTTPError as exc:
                raise InputError("E402", f"{type(exc).__name__}: {exc}", url) from None
    raise InputError("E402", f"more than {MAX_REDIRECTS} redirects", url)


def _document(asked: str, final: str, response: httpx.Response, max_bytes: int) -> RawDocument:
    if response.status_code != 200:
        raise InputError("E402", f"the server answered HTTP {response.status_code}", asked)
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > max_bytes:
            raise InputError("E003", f"the page is over the limit of {max_bytes:,} bytes", asked)
    content_type = response.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower() or None
    return RawDocument(
        content=bytes(body), location=final, source_kind="url", url=final, media_type=media_type,
        encoding=response.charset_encoding, fetched_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        headers=tuple((k, v) for k, v in response.headers.items() if k.lower() in ("content-type", "last-modified")),
    )
