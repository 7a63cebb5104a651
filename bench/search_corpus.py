"""The search benchmark's corpus: SaudiNewsNet and ANT v2.1 from ../shared as article records (no NLP stages).

ANT articles filed under two categories appear twice (same URL, two DOCNOs): both are kept here, since they
are the known near-duplicates; :func:`known_duplicates` lists their pairs.
"""

from __future__ import annotations

import email.utils
import json
import re
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from rasd.model import Article, Block, DateValue, Source

SNN = "data/corpus/saudinewsnet/dataset"
ANT = "data/topics/ant-v2.1-2018-02-to-08.tar.gz"
_FIELD = re.compile(r"<(DOCNO|URL|SRC|TITLE|TIME|TEXT)>\s*(.*?)\s*</\1>", re.S)


def record(aid: str, title: str, text: str, day: str | None, source: str, url: str | None) -> Article:
    paragraphs = [p.strip() for p in re.split(r"\n+", text) if p.strip()]
    body = "\n\n".join(paragraphs)
    blocks, start = [], 0
    for paragraph in paragraphs:
        blocks.append(Block("paragraph", paragraph, start, start + len(paragraph)))
        start += len(paragraph) + 2
    return Article(id=aid, text=body, blocks=tuple(blocks), url=url, source=Source(source), language="ar",
                   title=title, headline=title, published=DateValue(day))


def saudinewsnet(shared: Path) -> Iterator[Article]:
    for path in sorted((shared / SNN).glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for member in sorted(archive.namelist()):
                for n, item in enumerate(json.loads(archive.read(member))):
                    if (item.get("content") or "").strip():
                        yield record(f"snn-{member[:10]}-{n}", item.get("title") or "", item["content"],
                                     (item.get("date_extracted") or "")[:10] or None, item["source"], item["url"])


def ant(shared: Path) -> Iterator[tuple[Article, str]]:
    """(article, category) for every ANT v2.1 file, duplicates across categories included."""
    with tarfile.open(shared / ANT) as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            raw = tar.extractfile(member).read().decode("utf-8", "replace")  # type: ignore[union-attr]
            fields = dict(_FIELD.findall(raw))
            if not fields.get("TEXT"):
                continue
            day = _day(fields.get("TIME", ""))
            category = member.name.split("/")[-2]
            yield record(fields["DOCNO"], fields.get("TITLE", ""), fields["TEXT"], day, fields.get("SRC", "ant"),
                         fields.get("URL")), category


def _day(value: str) -> str | None:
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return None


def corpus(shared: Path) -> Iterator[Article]:
    yield from saudinewsnet(shared)
    for article, _ in ant(shared):
        yield article


def known_duplicates(shared: Path) -> set[frozenset[str]]:
    """Pairs of ANT DOCNOs with the same URL (one article filed under two categories)."""
    by_url: dict[str, list[str]] = {}
    for article, _ in ant(shared):
        by_url.setdefault(article.url or article.id, []).append(article.id)
    return {frozenset((a, b)) for ids in by_url.values() for i, a in enumerate(ids) for b in ids[i + 1:]}
