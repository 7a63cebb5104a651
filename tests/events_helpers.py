"""Articles with hand-listed entities, for the events tests: the entities stage's output written by hand.

``with_entities(article, specs)`` finds every mention of each name in the body and in the photo captions (longest
names first, a mention never inside another) and adds one Entity per spec, linked to the knowledge-base entry
the name leads to, so the events stage can be tested apart from the tagger.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from rasd.config import load_config
from rasd.enrich.events import EventsStage, make_stage
from rasd.model import Article, Entity, Mention, PageMention

STAGES_BEFORE_EVENTS = ("readtime", "times", "quotes")


@cache
def events_stage() -> EventsStage:
    return make_stage(load_config())


def with_entities(article: Article, specs: list[dict]) -> Article:
    """``specs``: [{"type", "mentions": [names], "canonical_en", "roles"?, "kb_id"?}]."""
    from rasd.kb.base import KnowledgeBase

    kb = _kb(KnowledgeBase)
    taken: list[tuple[str, int, int]] = []
    entities = []
    order = sorted(range(len(specs)), key=lambda i: -max(len(m) for m in specs[i]["mentions"]))
    found: dict[int, tuple[list[Mention], list[PageMention]]] = {}
    for i in order:
        spec = specs[i]
        body, page = [], []
        for name in sorted(spec["mentions"], key=len, reverse=True):
            body += [Mention(s, e, name) for s, e in _free(article.text, name, "text", taken)]
            for n, image in enumerate(article.images):
                where = f"images[{n}].caption"
                page += [PageMention(where, s, e, name) for s, e in _free(image.caption or "", name, where, taken)]
        found[i] = (body, page)
    for i, spec in enumerate(specs):
        body, page = found[i]
        entry = kb.lookup(spec["mentions"][0], spec["type"])
        entities.append(Entity(f"e{i + 1}", spec["type"], spec["mentions"][0], tuple(sorted(body, key=_start)),
                               spec.get("canonical_en"), spec.get("kb_id") or (entry.id if entry else None),
                               tuple(spec.get("roles", ())), page_mentions=tuple(page)))
    return replace(article, entities=tuple(entities))


@cache
def _kb(cls):
    return cls.load()


def _start(mention: Mention) -> int:
    return mention.start


def _free(text: str, name: str, where: str, taken: list[tuple[str, int, int]]):
    for match in re.finditer(re.escape(name), text):
        start, end = match.span()
        if any(w == where and s < end and start < e for w, s, e in taken):
            continue
        taken.append((where, start, end))
        yield start, end


def article_from(text: str, specs: list[dict] = (), published: str | None = None, images=(),
                 article_id: str = "a1", source: str | None = None) -> Article:
    """An article of ``text`` (paragraphs split on blank lines) through the times and quotes stages, with
    hand-listed entities."""
    from rasd.enrich.quotes import make_stage as quotes_stage
    from rasd.enrich.times import make_stage as times_stage
    from rasd.model import Block, DateValue, Source

    blocks, offset = [], 0
    for part in text.split("\n\n"):
        blocks.append(Block("paragraph", part, offset, offset + len(part)))
        offset += len(part) + 2
    article = Article(article_id, text, tuple(blocks), published=DateValue(published), images=tuple(images),
                      source=Source(source))
    config = load_config()
    article = quotes_stage(config)(times_stage(config)(article))
    return with_entities(article, list(specs))


def analyzed(text: str, specs: list[dict] = (), **kwargs) -> Article:
    """``article_from`` and then the events stage."""
    return events_stage()(article_from(text, specs, **kwargs))


def per(name: str, en: str, *more: str, roles=()) -> dict:
    return {"type": "PER", "mentions": [name, *more], "canonical_en": en, "roles": list(roles)}


def loc(name: str, en: str, *more: str) -> dict:
    return {"type": "LOC", "mentions": [name, *more], "canonical_en": en}


def org(name: str, en: str, *more: str) -> dict:
    return {"type": "ORG", "mentions": [name, *more], "canonical_en": en}
