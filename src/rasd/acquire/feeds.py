"""RSS and Atom feeds: the list of article URLs a news site publishes, with each entry's date and title.

:func:`parse_feed` reads a feed (bytes, any encoding feedparser understands) into a :class:`Feed` whose
entries carry the article URL (made absolute), the title and the publication date as ISO-8601. The
fetcher then fetches the articles; an entry's date and title travel with the page as hints
(:mod:`rasd.acquire.hints`) for when the page gives none.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urljoin

from rasd.errors import InputError
from rasd.extract.dates import parse_machine_date

_FEED_START = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    url: str
    title: str | None = None
    published: str | None = None  # ISO-8601


@dataclass(frozen=True, slots=True)
class Feed:
    title: str | None
    link: str | None
    entries: tuple[FeedEntry, ...]


def looks_like_feed(data: bytes) -> bool:
    """An RSS, Atom or RDF document (judged from its first kilobytes)."""
    return bool(_FEED_START.search(data[:4096]))


def parse_feed(data: bytes, location: str, base_url: str | None = None) -> Feed:
    """The feed's entries with absolute URLs, in feed order; InputError if it is not a readable feed."""
    import feedparser  # imported on first use: only feed inputs pay for it

    parsed = feedparser.parse(data, response_headers={"content-location": base_url} if base_url else None)
    if parsed.bozo and not parsed.entries and not parsed.feed:
        raise InputError("E006", f"not a readable RSS or Atom feed: {parsed.get('bozo_exception')}", location)
    if not parsed.version and not parsed.entries:
        raise InputError("E006", "not an RSS or Atom feed (no channel and no entries)", location)
    base = base_url or parsed.feed.get("link")
    entries = []
    for entry in parsed.entries:
        url = _entry_url(entry, base)
        if url and not any(e.url == url for e in entries):
            entries.append(FeedEntry(url=url, title=_clean(entry.get("title")), published=_entry_date(entry)))
    return Feed(title=_clean(parsed.feed.get("title")), link=parsed.feed.get("link"), entries=tuple(entries))


def _entry_url(entry, base: str | None) -> str | None:
    candidates = [entry.get("link")] + [link.get("href") for link in entry.get("links", [])
                                        if link.get("rel", "alternate") == "alternate"]
    guid = entry.get("id")
    if guid and guid.startswith(("http://", "https://")):
        candidates.append(guid)
    for candidate in candidates:
        if candidate and candidate.strip():
            url = urljoin(base, candidate.strip()) if base else candidate.strip()
            if url.startswith(("http://", "https://")):
                return url
    return None


def _entry_date(entry) -> str | None:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        iso = parse_machine_date(raw) if raw else None
        if iso:
            return iso
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.timezone.utc).isoformat()
    return None


def _clean(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text or None
