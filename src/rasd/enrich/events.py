"""Stage ``events``: PLOVER events with trigger, actors, targets, place, time, status and the claim ledger.

For every sentence of the body (:func:`rasd.arabic.tokenize.sentences` over each paragraph) the stage finds
event triggers from the Arabic or English lexicon (:mod:`rasd.events.lexicon`), reads each trigger's status from
the words around it (:mod:`rasd.events.status`) and attaches actors, targets and place from the entity mentions
and agent nouns of the sentence (:mod:`rasd.events.mentions`), the time from ``article.times``. Mentions of one
event are grouped (:mod:`rasd.events.grouping`), photo captions refine the events they show, and each event gets
its claim ledger from ``article.quotes`` (:mod:`rasd.events.claims`) and CAMEO-style actor codes from the
knowledge base (:mod:`rasd.events.codes`).

It requires ``text``, ``times``, ``entities`` and ``quotes`` — declared, so a pipeline without them fails at
start-up — but works on what it gets: an article whose entities or quotes are empty (built by hand, or where a
stage failed) still gets events, with agent nouns and noun phrases as arguments and the article as the only
claimant. docs/events.md describes the output.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.arabic.tokenize import sentences
from rasd.config import Config
from rasd.events.claims import claims_for
from rasd.events.codes import ActorCoder, load_agents
from rasd.events.grouping import Group, fold_captions, group_mentions
from rasd.events.lexicon import Lexicon
from rasd.events.arguments import PLACE_MARKERS
from rasd.events.mentions import Mention, find_mentions
from rasd.events.sentence import Cand, prepare
from rasd.model import Article, Entity, Event, EventArg, PageMention, Span


class EventsStage:
    name = "events"
    version = "1"
    requires = frozenset({"text", "times", "entities", "quotes"})
    provides = frozenset({"events"})

    def __init__(self, lexicons: dict[str, Lexicon], coder: ActorCoder, agents: dict[str, str]):
        self.lexicons = lexicons
        self.coder = coder
        self.agents = agents

    def __call__(self, article: Article) -> Article:
        return replace(article, events=tuple(self.extract(article)))

    def extract(self, article: Article) -> list[Event]:
        """The article's events in order of first mention (the stage's work, callable on its own)."""
        mentions = self._body_mentions(article)
        groups = group_mentions(mentions)
        fold_captions(groups, self._caption_mentions(article))
        return [_event(article, group, n) for n, group in enumerate(groups)]

    def _body_mentions(self, article: Article) -> list[Mention]:
        mentions_by_entity = [(m.start, m.end, e) for e in article.entities for m in e.mentions]
        times = [t for t in article.times if t.field is None]
        found: list[Mention] = []
        for start, end in _paragraphs(article):
            for s in sentences(article.text[start:end]):
                lexicon = self._lexicon(s.text)
                sentence = prepare(article.text, start + s.start, start + s.end, mentions_by_entity, self.coder,
                                   self.agents)
                found += find_mentions(sentence, lexicon, times)
        return found

    def _caption_mentions(self, article: Article) -> list[tuple[Mention, str | None]]:
        found = []
        for i, image in enumerate(article.images):
            if not image.caption:
                continue
            where = f"images[{i}].caption"
            on_page = [(m.start, m.end, e) for e in article.entities for m in getattr(e, "page_mentions", ())
                       if m.field == where]
            sentence = prepare(image.caption, 0, len(image.caption), on_page, self.coder, self.agents)
            for cand in sentence.cands:
                cand.where = where
            for mention in find_mentions(sentence, self._lexicon(image.caption), []):
                mention.where = where
                mention.actors = [c for c in sentence.cands if c.entity is not None and not c.is_place
                                  and not c.modifier and not _after_place_marker(sentence, c)]
                found.append((mention, image.date))
        return found

    def _lexicon(self, text: str) -> Lexicon:
        letters = [c for c in text if c.isalpha()]
        arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
        return self.lexicons["ar" if arabic >= 0.3 * max(1, len(letters)) else "en"]


def make_stage(config: Config) -> EventsStage:
    from rasd.kb.base import KnowledgeBase

    agents = load_agents()
    coder = ActorCoder(KnowledgeBase.load().entries.values(), agents)
    return EventsStage({"ar": Lexicon.load("ar"), "en": Lexicon.load("en")}, coder, agents)


def _after_place_marker(sentence, cand: Cand) -> bool:
    """"خلال اجتماع في الكرملين": a name after في is where, not who."""
    return cand.first > 0 and sentence.tokens[cand.first - 1].key in PLACE_MARKERS


def _paragraphs(article: Article) -> list[tuple[int, int]]:
    """The body paragraphs; the whole text when the article has no blocks (sentences still split it)."""
    blocks = [(b.start, b.end) for b in article.blocks if b.kind == "paragraph"]
    return blocks or ([(0, len(article.text))] if article.text else [])


def _event(article: Article, group: Group, index: int) -> Event:
    body = [m for m in group.mentions if m.where == "text"]
    lead = next((m for m in body if not m.negated), body[0])
    status = "denied" if all(m.negated for m in body) else lead.status
    claims = claims_for(article, body)
    notes = tuple(dict.fromkeys(n for m in body for n in m.notes))
    time = group.caption_time or (group.time.value if group.time else None)
    return Event(
        type=lead.type, trigger=article.text[lead.start:lead.end], status=status,
        evidence=Span(*lead.sentence), actors=tuple(_arg(c) for c in group.actors),
        targets=tuple(_arg(c) for c in group.targets), place=_arg(group.place) if group.place else None,
        time=time, asserted_by=tuple(c.source for c in claims if c.stance == "asserts"),
        contested_by=tuple(c.source for c in claims if c.stance == "contests"), id=f"{article.id}.{index}",
        mode=lead.mode, trigger_span=Span(lead.start, lead.end), mentions=tuple(Span(m.start, m.end) for m in body),
        time_text=group.time.text if group.time else None, notes=notes,
        count=next((m.count for m in body if m.count), None),
        duration=next((m.duration for m in body if m.duration), None),
        about=next((m.about for m in body if m.about), None), claims=claims,
        page_evidence=tuple(_page(article, m) for m in group.captions),
    )


def _arg(cand: Cand) -> EventArg:
    entity: Entity | None = cand.entity
    start, end = (cand.start, cand.end) if cand.where == "text" else (None, None)
    if entity is None:
        return EventArg(cand.text, None, cand.code, None, start, end)
    return EventArg(cand.text, entity.id, cand.code, entity.name_en, start, end)


def _page(article: Article, mention: Mention) -> PageMention:
    index = int(mention.where[len("images["):].split("]")[0])
    caption = article.images[index].caption or ""
    return PageMention(mention.where, mention.start, mention.end, caption[mention.start:mention.end])
