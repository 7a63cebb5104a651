"""Where rasd may fetch from: public addresses only, unless the user allows private ones.

A URL given to rasd (on the command line, in a feed, through the HTTP API) could point at the user's own
network: a router page, a cloud metadata endpoint (169.254.169.254), a database admin on localhost. The
fetcher checks every host it connects to — the first URL and every redirect — after DNS resolution, and
once more against the address it actually connected to (a name may resolve differently the second time).
``allow_private`` lifts the check, for intranet sources and for tests that serve pages on 127.0.0.1.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

from rasd.errors import InputError

Resolver = Callable[[str, int], list[str]]


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({info[4][0] for info in infos})


def is_public(address: str) -> bool:
    """A globally routable address: not private, loopback, link-local, multicast, reserved or unspecified."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(url: str, allow_private: bool, resolver: Resolver = resolve) -> None:
    """Raise InputError unless ``url`` is http(s) with a host whose every address may be fetched."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise InputError("E021", f"only http and https URLs are fetched, not {parts.scheme or 'a bare path'}", url)
    host = parts.hostname
    if not host:
        raise InputError("E021", "the URL has no host", url)
    if allow_private:
        return
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        addresses = [host] if _is_literal(host) else resolver(host, port)
    except (OSError, UnicodeError) as exc:
        raise InputError("E020", f"cannot resolve {host}: {exc}", url) from None
    refused = [a for a in addresses if not is_public(a)]
    if refused:
        where = f"{host} is" if refused[0] == host else f"{host} resolves to"
        raise InputError("E021", f"{where} a private or local address ({refused[0]}); "
                                 "use --allow-private to fetch from it", url)


def check_peer(address: str | None, url: str, allow_private: bool) -> None:
    """Raise InputError if the connection went to an address the URL's host was not allowed to have."""
    if allow_private or address is None:
        return
    if not is_public(address):
        raise InputError("E021", f"connected to a private or local address ({address}); "
                                 "use --allow-private to fetch from it", url)


def _is_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
