"""Every kind of argument rasd takes, turned into RawDocuments: the one entry point of acquisition.

An argument is a file, a folder, ``-`` (standard input), a JSON-lines file, a WARC/ARC archive, a feed or
sitemap (a URL or a saved file), or the URL of a page. :class:`Acquirer` tells which from the argument and,
for URLs and saved XML, from the content; a feed or sitemap is expanded into its entries' pages, which are
fetched politely (:mod:`rasd.acquire.http`). Entries a caller has already seen (``seen``) are not fetched
again: that is how ``rasd ingest`` and ``rasd watch`` store each feed item once. Results come in argument
order, a Failure with its reason in place of what could not be read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from rasd.acquire import files
from rasd.acquire.feeds import looks_like_feed, parse_feed
from rasd.acquire.hints import with_hints
from rasd.acquire.http import Fetcher, FetchSettings
from rasd.acquire.jsonl import is_jsonl, iter_jsonl
from rasd.acquire.sitemaps import Sitemap, looks_like_sitemap, parse_sitemap
from rasd.acquire.warc import is_archive, iter_archive
from rasd.errors import Failure, InputError
from rasd.model import RawDocument

Item = RawDocument | Failure
SeenCheck = Callable[[list[str]], set[str]]

LISTING_SUFFIXES = (".xml", ".rss", ".atom", ".rdf", ".xml.gz")
_MAX_SITEMAP_DEPTH = 3
_ROOT_TAG = re.compile(rb"^(?:\s|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<([\w:]+)", re.S | re.I)


@dataclass(frozen=True, slots=True)
class Listing:
    """What one feed or sitemap listed: how many pages, how many of them new."""

    source: str
    kind: str  # "feed" | "sitemap"
    listed: int
    new: int


@dataclass
class Acquirer:
    """Reads the arguments of one command; owns the fetcher it creates on the first URL."""

    max_bytes: int
    fetch_settings: FetchSettings = field(default_factory=FetchSettings)
    max_listed: int = 5000
    seen: SeenCheck | None = None
    stdin: BinaryIO | None = None
    listings: list[Listing] = field(default_factory=list)
    _fetcher: Fetcher | None = None

    def items(self, arguments: Iterable[str]) -> Iterator[Item]:
        """A RawDocument or a Failure for every page the arguments name, in order."""
        for argument in arguments:
            yield from self._argument(argument)

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()
            self._fetcher = None

    def __enter__(self) -> Acquirer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.fetch_settings)
        return self._fetcher

    # -------------------------------------------------------------- arguments

    def _argument(self, argument: str) -> Iterator[Item]:
        if is_url(argument):
            yield from self._url(argument.strip())
        elif argument != "-" and Path(argument).is_dir():
            for entry in files.expand_inputs([argument]):
                yield from (entry,) if isinstance(entry, Failure) else self._file(entry)
        else:
            yield from self._file(argument)

    def _file(self, path: str) -> Iterator[Item]:
        if path != "-" and is_jsonl(path):
            yield from iter_jsonl(path, self.max_bytes)
        elif path != "-" and is_archive(path):
            yield from iter_archive(path, self.max_bytes)
        else:
            item = files.read_input(path, self.max_bytes, self.stdin)
            if isinstance(item, RawDocument) and _maybe_listing(path, item):
                yield from self._listing(item, item.url)
            else:
                yield item

    def _url(self, url: str) -> Iterator[Item]:
        try:
            document = self.fetcher.fetch(url)
        except InputError as error:
            yield Failure.from_error(error, url, stage="fetch")
            return
        yield from self._listing(document, document.url or url)

    # -------------------------------------------------------------- feeds and sitemaps

    def _listing(self, document: RawDocument, base_url: str | None) -> Iterator[Item]:
        """The pages a feed or sitemap lists; any other document is passed on as it is."""
        root = _root_tag(document.content)
        try:
            if looks_like_feed(document.content) and root in ("rss", "feed", "rdf:rdf"):
                feed = parse_feed(document.content, document.location, base_url)
                entries = [(e.url, with_hints((), published=e.published, title=e.title, listed_by=document.location))
                           for e in feed.entries]
                yield from self._fetch_listed(entries, "feed", document.location)
            elif looks_like_sitemap(document.content) and root is not None:
                yield from self._sitemap(document, depth=0)
            else:
                yield document
        except InputError as error:
            yield Failure.from_error(error, document.location)

    def _sitemap(self, document: RawDocument, depth: int) -> Iterator[Item]:
        entries: list[tuple[str, tuple]] = []
        failures: list[Failure] = []
        sitemap = parse_sitemap(document.content, document.location, self.max_bytes)
        self._collect(sitemap, document.location, depth, entries, failures)
        yield from failures
        yield from self._fetch_listed(entries, "sitemap", document.location)

    def _collect(self, sitemap: Sitemap, source: str, depth: int, entries: list, failures: list[Failure]) -> None:
        """The entries of ``sitemap`` and of the child sitemaps it indexes (depth- and count-limited)."""
        entries += [(e.url, with_hints((), published=e.published, title=e.title, listed_by=source))
                    for e in sitemap.entries]
        for child_url in sitemap.sitemaps if depth < _MAX_SITEMAP_DEPTH else ():
            if len(entries) >= self.max_listed:
                return
            try:
                child = self.fetcher.fetch(child_url, kind="sitemap")
                self._collect(parse_sitemap(child.content, child_url, self.max_bytes), child_url, depth + 1,
                              entries, failures)
            except InputError as error:
                failures.append(Failure.from_error(error, child_url, stage="fetch"))

    def _fetch_listed(self, entries: list[tuple[str, tuple]], kind: str, source: str) -> Iterator[Item]:
        entries = list(dict(entries[: self.max_listed]).items())
        known = self.seen([url for url, _ in entries]) if self.seen else set()
        fresh = [(url, hints) for url, hints in entries if url not in known]
        self.listings.append(Listing(source=source, kind=kind, listed=len(entries), new=len(fresh)))
        hints = dict(fresh)
        yield from self.fetcher.fetch_many([url for url, _ in fresh], kind=kind, headers=hints.__getitem__)


def is_url(argument: str) -> bool:
    return argument.strip().lower().startswith(("http://", "https://"))


def _maybe_listing(path: str, document: RawDocument) -> bool:
    name = path.lower()
    return name.endswith(LISTING_SUFFIXES) or (document.media_type is None and _root_tag(document.content) in
                                               ("rss", "feed", "rdf:rdf", "urlset", "sitemapindex"))


def _root_tag(data: bytes) -> str | None:
    match = _ROOT_TAG.match(data[:4096].lstrip(b"\xef\xbb\xbf"))
    if not match:
        return None
    tag = match.group(1).decode("ascii", "ignore").lower()
    return tag if tag in ("rdf:rdf", "rss", "feed") else tag.rsplit(":", 1)[-1]
