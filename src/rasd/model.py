"""The records that flow through rasd: RawDocument in, Article out.

Every record is a frozen dataclass. Lists are tuples, so a record can be shared between stages without
anyone changing it under another's feet; a stage makes a new Article with :func:`dataclasses.replace`.
Annotations are stand-off: ``start``/``end`` are character offsets ``[start, end)`` into ``Article.text``.

The JSON shape of an Article (``"schema": "rasd.article/1"``) is described by ``schema/article.schema.json``;
:mod:`rasd.serialize` converts between records and JSON.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Literal

SCHEMA_ID = "rasd.article/1"

BlockKind = Literal["paragraph", "heading"]
EntityType = Literal["PER", "ORG", "LOC", "FAC", "MISC"]
SpeakerKind = Literal["named", "anonymous", "anonymous_official", "organization"]
QuoteForm = Literal["direct", "indirect", "mixed", "no_comment"]
EventStatus = Literal["happened", "ongoing", "planned", "conditional", "denied"]
ClaimStance = Literal["asserts", "contests"]
Granularity = Literal["day", "week", "month", "year", "range", "before", "after", "unknown"]


# --------------------------------------------------------------------------- input


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Bytes as acquired, with where and how they came. Kept (compressed) by the store."""

    content: bytes
    location: str  # a path, a URL, "-" for standard input, or "warc:FILE#RECORD"
    source_kind: str = "file"  # file | stdin | url | feed | sitemap | warc | api
    url: str | None = None
    media_type: str | None = None  # "text/plain", "text/html"; None: sniff
    encoding: str | None = None  # declared charset, if any
    fetched_at: str | None = None  # ISO-8601
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


# --------------------------------------------------------------------------- page anatomy


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Source:
    name: str | None = None  # the publication ("الشرق للأخبار")
    domain: str | None = None


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None = None
    agency: str | None = None
    text: str | None = None  # the dateline as printed ("دبي -الشرق")


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date the article carries. ``value`` is ISO-8601 or None; never a guess presented as fact."""

    value: str | None = None
    inferred: bool = False
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class ReadingTime:
    minutes: int | None = None  # computed from the text
    published_minutes: int | None = None  # as shown on the page
    words: int | None = None
    words_per_minute: int | None = None


@dataclass(frozen=True, slots=True)
class Image:
    url: str | None = None
    caption: str | None = None
    credit: str | None = None
    date: str | None = None  # ISO-8601 date found in the caption line
    date_text: str | None = None  # that date as the caption line writes it ("2 ديسمبر 2025")


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str
    start: int
    end: int


# --------------------------------------------------------------------------- annotations


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class PageMention:
    """A mention outside the body text: ``field`` names where ("headline", "images[0].caption",
    "images[0].credit", "dateline.agency"); ``start``/``end`` are offsets into that field's value."""

    field: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: EntityType
    name: str
    mentions: tuple[Mention, ...] = ()  # in Article.text only: text[start:end] == mention.text
    name_en: str | None = None
    kb_id: str | None = None
    roles: tuple[str, ...] = ()
    page_mentions: tuple[PageMention, ...] = ()  # in the headline, deck, captions, credits, dateline


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to.

    ``text``/``start``/``end`` are the speaker's mention (``text == Article.text[start:end]``). When the cue
    names no speaker ("وأضاف أن ...", "he added"), ``implicit`` is true and the mention is the earlier one
    the speaker was resolved to. ``antecedent`` is the earlier, fuller mention a definite phrase refers back
    to ("المصادر" -> "مصادر مطلعة"). ``affiliation`` says where an unnamed official or source belongs
    ("البيت الأبيض" in "مسؤول في البيت الأبيض"), as written in the text.
    """

    text: str
    kind: SpeakerKind
    entity_id: str | None = None
    affiliation: str | None = None
    start: int | None = None
    end: int | None = None
    implicit: bool = False
    antecedent: Mention | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """An attributed statement: ``content == Article.text[start:end]``; the cue and via outlet are stand-off too.

    ``form``: direct (the words inside the quotation marks), indirect (reported speech), mixed (reported
    speech with a quoted fragment of three words or more) or no_comment (a silence or refusal; the content is
    the clause saying so). ``via`` is the outlet the statement reached the article through ("نقلت بلومبرغ عن
    المصادر"); ``denial`` marks statements made with a denial cue (نفى، denied).
    """

    speaker: Speaker
    cue: str
    form: QuoteForm
    content: str
    start: int
    end: int
    via: str | None = None
    denial: bool = False
    cue_start: int | None = None
    cue_end: int | None = None
    via_start: int | None = None
    via_end: int | None = None


@dataclass(frozen=True, slots=True)
class Sourcing:
    """The article's sourcing profile: how many of its quotes have each kind of speaker, and more."""

    named: int = 0
    anonymous: int = 0
    official: int = 0  # anonymous officials ("مسؤول في البيت الأبيض")
    organization: int = 0
    via_outlet: int = 0
    no_comment: int = 0
    denials: int = 0
    total: int = 0
    speakers: int = 0  # distinct speakers


@dataclass(frozen=True, slots=True)
class TimeExpr:
    text: str
    start: int
    end: int
    value: str | None  # ISO date, month (2026-01), year, or range "A..B"; None when unresolved
    granularity: Granularity
    relative: str | None = None  # meaning relative to publication ("publication month - 1"); None if absolute
    field: str | None = None  # None: offsets into Article.text; else the page field they point into ("deck", "images[0].date_text")


@dataclass(frozen=True, slots=True)
class EventArg:
    """An actor, target or place of an event: the text as written (``text[start:end]`` when offsets are
    given), the entity it is linked to, its English name and its CAMEO-style actor code (USAGOV)."""

    text: str
    entity_id: str | None = None
    code: str | None = None  # CAMEO-style actor code (USAGOV)
    name_en: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One entry of an event's claim ledger: who asserts or contests the event in this article.

    ``source`` is for reading ("مصادر مطلعة via بلومبرغ"); ``quote`` is the index of the statement in
    ``Article.quotes`` (None when the article itself reports the event); ``start``/``end`` are the statement's
    span in ``Article.text``; ``cue`` is the wording that makes it a contest ("ليس مقرراً").
    """

    stance: ClaimStance
    source: str
    kind: str  # a SpeakerKind, or "article" when the article reports the event in its own voice
    start: int
    end: int
    quote: int | None = None
    entity_id: str | None = None
    via: str | None = None
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event as this article reports it.

    ``trigger`` is the word that names it (``trigger_span`` in text); ``mentions`` are every span that refers
    to the same event in this article (a later "هذا الاجتماع" included); ``evidence`` is the sentence of the
    first mention. ``time`` is the resolved value of the time expression (``time_text``) that dates it.
    ``notes`` qualify the status (tentative, expected, intended, hoped, close, prepared, may_be_delayed,
    not_final, no_progress); ``count`` ("6 مرات") and ``duration`` ("قرابة 5 ساعات") when stated.
    ``asserted_by``/``contested_by`` are the readable claim ledger; ``claims`` link each entry to its quote.
    ``page_evidence`` are mentions outside the body (a photo caption) merged into the event.
    """

    type: str  # PLOVER type
    trigger: str
    status: EventStatus
    evidence: Span
    actors: tuple[EventArg, ...] = ()
    targets: tuple[EventArg, ...] = ()
    place: EventArg | None = None
    time: str | None = None
    asserted_by: tuple[str, ...] = ()
    contested_by: tuple[str, ...] = ()
    id: str | None = None
    mode: str | None = None  # PLOVER mode (visit, meet, phone, ...)
    trigger_span: Span | None = None
    mentions: tuple[Span, ...] = ()
    time_text: str | None = None
    notes: tuple[str, ...] = ()
    count: int | None = None
    duration: str | None = None
    about: str | None = None  # what the event is about ("الضمانات الأمنية")
    claims: tuple[Claim, ...] = ()
    page_evidence: tuple[PageMention, ...] = ()


@dataclass(frozen=True, slots=True)
class Topic:
    code: str  # IPTC Media Topics code ("medtop:11000000")
    label: str
    score: float


# --------------------------------------------------------------------------- provenance


@dataclass(frozen=True, slots=True)
class StageRun:
    name: str
    version: str
    ms: float


@dataclass(frozen=True, slots=True)
class StageWarning:
    stage: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Provenance:
    rasd_version: str = ""
    location: str | None = None
    content_hash: str | None = None
    encoding: str | None = None
    media_type: str | None = None
    stages: tuple[StageRun, ...] = ()
    warnings: tuple[StageWarning, ...] = ()


# --------------------------------------------------------------------------- the article


@dataclass(frozen=True, slots=True)
class Article:
    """One article: page anatomy, body blocks and ``text``, and stand-off annotations into ``text``."""

    id: str
    text: str
    blocks: tuple[Block, ...] = ()
    url: str | None = None
    source: Source = field(default_factory=Source)
    language: str | None = None
    title: str | None = None
    kicker: str | None = None
    headline: str | None = None
    deck: str | None = None
    authors: tuple[str, ...] = ()
    dateline: Dateline | None = None
    published: DateValue = field(default_factory=DateValue)
    modified: DateValue = field(default_factory=DateValue)
    reading_time: ReadingTime = field(default_factory=ReadingTime)
    images: tuple[Image, ...] = ()
    tags: tuple[str, ...] = ()
    topics: tuple[Topic, ...] = ()
    keywords: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sourcing: Sourcing | None = None
    events: tuple[Event, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    summary: tuple[str, ...] = ()
    provenance: Provenance = field(default_factory=Provenance)

    def with_warning(self, stage: str, code: str, message: str) -> Article:
        """A copy of this article with one more warning in its provenance."""
        warnings = self.provenance.warnings + (StageWarning(stage, code, message),)
        return replace(self, provenance=replace(self.provenance, warnings=warnings))


def article_id(canonical_url: str | None, title: str | None, text: str) -> str:
    """Stable id: a hash of the canonical URL, else of the normalized title and text."""
    if canonical_url:
        key = "url:" + canonical_url.strip()
    else:
        key = "text:" + _fold_for_id(title or "") + "\n" + _fold_for_id(text)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _fold_for_id(s: str) -> str:
    """Whitespace-folded text, so re-scrapes that differ only in spacing get the same id."""
    return " ".join(s.split())
