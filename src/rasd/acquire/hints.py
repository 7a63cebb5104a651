"""What an acquisition source says about a page before the page is read: its publication date, its title.

A feed entry or a JSON-lines record carries facts about the page it points to. They travel with the
RawDocument as ``X-Rasd-*`` pseudo-headers (kept by the store with the raw input, so re-analysis sees them
too); a reader uses them only where the page itself is silent.
"""

from __future__ import annotations

from rasd.model import RawDocument

PUBLISHED = "X-Rasd-Published"  # ISO-8601, from the feed entry, sitemap entry or JSON-lines record
TITLE = "X-Rasd-Title"
LISTED_BY = "X-Rasd-Listed-By"  # the feed or sitemap URL that listed the page


def hint(raw: RawDocument, name: str) -> str | None:
    """The value of pseudo-header ``name`` (case-insensitive), or None."""
    wanted = name.lower()
    for key, value in raw.headers:
        if key.lower() == wanted and value:
            return value
    return None


def with_hints(headers: tuple[tuple[str, str], ...], **values: str | None) -> tuple[tuple[str, str], ...]:
    """``headers`` plus the given hints (``published=``, ``title=``, ``listed_by=``) that have a value."""
    names = {"published": PUBLISHED, "title": TITLE, "listed_by": LISTED_BY}
    return headers + tuple((names[key], value) for key, value in values.items() if value)
