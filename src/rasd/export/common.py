"""What the export formats share: ids as URIs, dates, the body as one string, word counts."""

from __future__ import annotations

import datetime as dt
import re

from rasd.model import Article, DateValue, Topic

URN_PREFIX = "urn:rasd:article:"
IPTC_MEDIATOPIC = "http://cv.iptc.org/newscodes/mediatopic/"


def article_uri(article: Article) -> str:
    """A URI that names the article itself (not a link to the page): ``urn:rasd:article:<id>``."""
    return URN_PREFIX + article.id


def full_datetime(value: str | None) -> str | None:
    """``value`` as an RFC 3339 date-time when it carries a time; None for a bare date or anything else.

    A bare date is not padded with an invented midnight: formats that need a full date-time leave it out.
    """
    if not value or "T" not in value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.isoformat()
    return parsed.isoformat().replace("+00:00", "Z")


def iso_date(value: str | None) -> str | None:
    """An ISO date or date-time as given, if it parses; None otherwise."""
    if not value:
        return None
    try:
        if len(value) == 10:
            dt.date.fromisoformat(value)
        else:
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def iptc_topics(article: Article) -> list[Topic]:
    """The article's topics that are IPTC Media Topics (the "uncertain" marker is not one)."""
    return [t for t in article.topics if t.code.startswith("medtop:")]


def topic_uri(code: str) -> str:
    """``medtop:11000000`` -> the IPTC Media Topics URI for that code."""
    return IPTC_MEDIATOPIC + code.split(":", 1)[-1]


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL; anything else (javascript:, data:, relative) is dropped."""
    if url and re.match(r"^https?://[^\s/]+", url, re.I):
        return url
    return None


def stated(date: DateValue) -> str | None:
    """The date's value when the page (or the user) stated it; None when absent or only inferred."""
    return None if date.inferred else date.value


def event_id(article: Article, index: int) -> str:
    """An event's id: its own when the events stage gave one, else ``<article id>.<index>``."""
    return article.events[index].id or f"{article.id}.{index}"
