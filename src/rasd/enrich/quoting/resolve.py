"""From found attributions to Quote records: implicit speakers, definite anaphora, entity links, sourcing.

- An implicit speaker ("وأضاف أن ...", "he added") is the latest explicit speaker before it, preferring one
  whose gender agrees with the cue (قالت, أضافت: feminine) when the gender can be read off the head noun.
- A bare definite source or official ("المصادر", "المسؤول") refers back to the latest indefinite speaker with
  the same kind of head ("مصادر مطلعة"); that mention becomes the speaker's ``antecedent``.
- With entities (the ``entities`` stage), a speaker mention overlapping a person's mention is ``named`` and
  linked; one overlapping an organization or place (that the grammar took for a name) is an ``organization``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from rasd.enrich.quoting import lexicon_ar as L
from rasd.enrich.quoting.found import Found, Span
from rasd.enrich.quoting.textview import fold
from rasd.model import Entity, Mention, Quote, Sourcing, Speaker

_ANAPHORIC_HEADS = {"source": L.SOURCE_NOUNS | {"source", "sources"},
                    "official": L.OFFICIAL_NOUNS | {"official", "officials"}}
_QUOTE_MARKS = "\"«»“”„' "
_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})


def _pronoun_gender(pronoun: str) -> bool | None:
    return {"she": True, "he": False}.get(pronoun.lower())


def build_quotes(text: str, found: Iterable[Found], entities: tuple[Entity, ...]) -> list[Quote]:
    quotes: list[Quote] = []
    context: list[tuple[Found, Speaker]] = []
    links = _EntityIndex(entities)
    for f in sorted(found, key=lambda f: (f.content[0] if f.postposed else f.cue[0])):
        speaker = _speaker(text, f, context, links)
        if speaker is None:
            continue
        if not speaker.implicit:
            context.append((f, speaker))
        quotes.append(_quote(text, f, speaker))
    return quotes


def _speaker(text: str, f: Found, context: list[tuple[Found, Speaker]], links: _EntityIndex) -> Speaker | None:
    sp = f.speaker
    if sp.span is None:
        antecedent = _implicit_antecedent(text, f, context)
        if antecedent is None:
            return None
        return Speaker(antecedent.text, antecedent.kind, antecedent.entity_id, antecedent.affiliation,
                       antecedent.start, antecedent.end, implicit=True, antecedent=antecedent.antecedent)
    start, end = sp.span
    kind = sp.kind or "named"
    affiliation = _span_text(text, sp.affiliation)
    antecedent = _definite_antecedent(f, context)
    if text[start:end].lower() in _PRONOUNS:  # "he said": the pronoun is the mention, the antecedent says who
        antecedent = _implicit_antecedent(text, replace(f, feminine=_pronoun_gender(text[start:end])), context)
        kind = antecedent.kind if antecedent is not None else kind
    entity_id, kind = links.link((start, end), antecedent, kind)
    if antecedent is not None and entity_id is None:
        kind = antecedent.kind if antecedent.kind in ("anonymous", "anonymous_official") else kind
    mention = None if antecedent is None else Mention(antecedent.start, antecedent.end, antecedent.text)
    return Speaker(text[start:end], kind, entity_id, affiliation, start, end, antecedent=mention)


def _implicit_antecedent(text: str, f: Found, context: list[tuple[Found, Speaker]]) -> Speaker | None:
    """The latest speaker whose gender does not clash with the cue's (قالت: not "الوزير"; قال: not "الوزارة")."""
    if not context:
        return None
    if f.feminine is not None:
        for _g, speaker in reversed(context):
            if _gender(speaker.text) in (None, f.feminine):
                return speaker
    return context[-1][1]


def _gender(mention: str) -> bool | None:
    """True feminine, False masculine, None unknown, read off an Arabic head noun (names are unknown)."""
    words = [w for w in fold(mention).split() if w[:1].isalpha()]
    if not words:
        return None
    head = words[0][2:] if words[0].startswith("ال") else words[0]
    if head in L.QUANTIFIERS and len(words) > 1:
        head = words[1][2:] if words[1].startswith("ال") else words[1]
    if not ("\u0600" <= head[:1] <= "\u06ff"):
        return None
    if head.endswith(("ه", "ات")):
        return True
    if head in L.TITLE_NOUNS | L.OFFICIAL_NOUNS | L.PEOPLE_GROUPS | L.SOURCE_NOUNS:
        return False
    return None


def _definite_antecedent(f: Found, context: list[tuple[Found, Speaker]]) -> Speaker | None:
    sp = f.speaker
    if not sp.definite or sp.head is None or sp.span is None or sp.span[1] - sp.span[0] > 24:
        return None
    group = next((g for g, heads in _ANAPHORIC_HEADS.items() if sp.head in heads), None)
    if group is None:
        return None
    for g, speaker in reversed(context):
        if not g.speaker.definite and g.speaker.head in _ANAPHORIC_HEADS[group]:
            return speaker
    return None


def _quote(text: str, f: Found, speaker: Speaker) -> Quote:
    via = f.speaker.via
    via_text = _span_text(text, via)
    return Quote(speaker=speaker, cue=text[f.cue[0]:f.cue[1]], form=f.form, content=text[f.content[0]:f.content[1]],
                 start=f.content[0], end=f.content[1], via=via_text, denial=f.denial, cue_start=f.cue[0],
                 cue_end=f.cue[1], via_start=via[0] if via_text else None, via_end=via[1] if via_text else None)


def _span_text(text: str, span: Span | None) -> str | None:
    if span is None:
        return None
    value = text[span[0]:span[1]]
    return value if value.strip(_QUOTE_MARKS) else None


class _EntityIndex:
    """Entity mentions by offset, to link speaker mentions; empty when no entities were found."""

    def __init__(self, entities: tuple[Entity, ...]):
        self._mentions = [(m.start, m.end, e) for e in entities for m in e.mentions]

    def link(self, span: Span, antecedent: Speaker | None, kind: str) -> tuple[str | None, str]:
        """(entity id, kind) for a speaker mention; the kind the grammar gave unless an entity corrects it."""
        hits = self._overlapping(span)
        if not hits and antecedent is not None and antecedent.start is not None:
            hits = self._overlapping((antecedent.start, antecedent.end))
        if not hits or kind in ("anonymous", "anonymous_official"):
            return None, kind
        people = [e for e in hits if e.type == "PER"]
        if people:
            return people[0].id, "named"
        entity = hits[0]
        return entity.id, ("organization" if kind == "named" else kind)

    def _overlapping(self, span: Span) -> list[Entity]:
        start, end = span
        found = [(s, e) for s, _e, e in self._mentions if s < end and start < _e]
        found.sort(key=lambda pair: pair[0])
        return [e for _s, e in found]


def sourcing_of(quotes: list[Quote]) -> Sourcing:
    kinds = [q.speaker.kind for q in quotes]
    distinct = {_speaker_key(q.speaker) for q in quotes}
    return Sourcing(
        named=kinds.count("named"),
        anonymous=kinds.count("anonymous"),
        official=kinds.count("anonymous_official"),
        organization=kinds.count("organization"),
        via_outlet=sum(1 for q in quotes if q.via),
        no_comment=sum(1 for q in quotes if q.form == "no_comment"),
        denials=sum(1 for q in quotes if q.denial),
        total=len(quotes),
        speakers=len(distinct),
    )


def _speaker_key(speaker: Speaker) -> str:
    if speaker.entity_id:
        return "entity:" + speaker.entity_id
    if speaker.antecedent is not None:
        return "text:" + fold(speaker.antecedent.text)
    return "text:" + fold(speaker.text)
