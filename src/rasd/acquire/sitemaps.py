"""XML sitemaps, news sitemaps and sitemap indexes: the URLs a site lists for crawlers.

A ``<urlset>`` lists pages (``<loc>``, ``<lastmod>``; a Google News sitemap adds ``<news:publication_date>``
and ``<news:title>``); a ``<sitemapindex>`` lists further sitemaps. Sitemaps may be gzip-compressed or plain
text (one URL per line). :func:`parse_sitemap` reads one document; following an index is the caller's
business (it fetches the child sitemaps, with a limit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from rasd.acquire.files import gunzip
from rasd.errors import InputError
from rasd.extract.dates import parse_machine_date

_SITEMAP_START = re.compile(rb"<(?:\w+:)?(?:urlset|sitemapindex)[\s>]", re.I)
_URL_LINE = re.compile(r"^https?://\S+$")


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    url: str
    lastmod: str | None = None
    published: str | None = None  # news:publication_date
    title: str | None = None  # news:title


@dataclass(frozen=True, slots=True)
class Sitemap:
    entries: tuple[SitemapEntry, ...] = ()
    sitemaps: tuple[str, ...] = ()  # child sitemaps of an index


def looks_like_sitemap(data: bytes) -> bool:
    return bool(_SITEMAP_START.search(_plain(data, 1 << 20, "")[:4096]))


def parse_sitemap(data: bytes, location: str, max_bytes: int = 50 * 1024 * 1024) -> Sitemap:
    """The pages (or child sitemaps) a sitemap lists; InputError if it is neither XML sitemap nor URL list."""
    data = _plain(data, max_bytes, location)
    if not _SITEMAP_START.search(data[:4096]):
        return _text_sitemap(data, location)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError("E006", f"not a readable XML sitemap: {exc}", location) from None
    if root is None:
        raise InputError("E006", "not a readable XML sitemap (empty document)", location)
    if etree.QName(root).localname == "sitemapindex":
        return Sitemap(sitemaps=tuple(_locs(root, "sitemap")))
    return Sitemap(entries=tuple(_entries(root)))


def _plain(data: bytes, max_bytes: int, location: str) -> bytes:
    return gunzip(data, max_bytes, location) if data[:2] == b"\x1f\x8b" else data


def _locs(root, element: str) -> list[str]:
    found = []
    for item in root.iter("{*}" + element):
        loc = _child_text(item, "loc")
        if loc and loc not in found:
            found.append(loc)
    return found


def _entries(root) -> list[SitemapEntry]:
    entries: list[SitemapEntry] = []
    seen: set[str] = set()
    for item in root.iter("{*}url"):
        url = _child_text(item, "loc")
        if not url or url in seen:
            continue
        seen.add(url)
        lastmod = _child_text(item, "lastmod")
        published = _child_text(item, "publication_date")
        entries.append(SitemapEntry(
            url=url, lastmod=parse_machine_date(lastmod) if lastmod else None,
            published=parse_machine_date(published) if published else None, title=_child_text(item, "title"),
        ))
    return entries


def _child_text(item, name: str) -> str | None:
    for child in item.iter("{*}" + name):
        text = " ".join((child.text or "").split())
        if text:
            return text
    return None


def _text_sitemap(data: bytes, location: str) -> Sitemap:
    lines = [line.strip() for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
    urls = [line for line in lines if _URL_LINE.match(line)]
    if not urls or len(urls) < len(lines) * 0.9:
        raise InputError("E006", "not a sitemap: neither a <urlset>/<sitemapindex> nor a list of URLs", location)
    return Sitemap(entries=tuple(SitemapEntry(url=url) for url in dict.fromkeys(urls)))
