"""Event mentions in one sentence: triggers, their status, their arguments (:mod:`rasd.events.arguments`) and time.

A trigger from the lexicon is an event unless it stands in a reference context ("في غياب مؤشرات على التوصل إلى
اتفاق"، "بشأن الخطة"، "لمنع هجوم"), is a noun that needs a support verb and has none, or is what another trigger
rejects, demands or threatens (then it is that event's ``about``). Each time expression of the sentence dates the
trigger nearest to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.events.arguments import attach, noun_like, support_before
from rasd.events.lexicon import Hit, Lexicon, fold_word
from rasd.events.roles import by_protesters
from rasd.events.sentence import Cand, Sentence
from rasd.events.status import read_status
from rasd.arabic.numbers import parse_number
from rasd.model import TimeExpr

REFERENCE_ALWAYS = frozenset(fold_word(w) for w in
                             "غياب عدم دون ردع منع لمنع أي لإنهاء إنهاء انهاء لانهاء".split())
REFERENCE_VERB = frozenset(fold_word(w) for w in "عدم دون أي".split())
REFERENCE_DIPLOMATIC = frozenset(fold_word(w) for w in
                                 "بشأن حول إطار مسودة خطة مقترح شرط بشرط مراقبة تقدم".split())
VIOLENT = frozenset({"ASSAULT", "FIGHT", "PROTEST", "COERCE"})
SPEECH_ACTS = frozenset({"THREATEN", "DEMAND", "REQUEST", "ACCUSE", "DISAPPROVE", "REJECT", "SUPPORT"})
EMBEDDING = frozenset({"REJECT", "DEMAND", "REQUEST", "THREATEN", "AGREE"})
TARGETING = frozenset(fold_word(w) for w in "تستهدف يستهدف استهدفت استهدف targeting targeted".split())
DEMONSTRATIVES = frozenset(fold_word(w) for w in "هذا هذه تلك ذلك هذين the this that these those".split())
@dataclass(slots=True)
class Mention:
    """One trigger in one sentence and what the sentence says about it."""

    type: str
    mode: str
    kind: str
    first: int
    last: int
    start: int
    end: int
    sentence: tuple[int, int]
    status: str = "happened"
    notes: tuple[str, ...] = ()
    negated: bool = False
    cue: str | None = None
    actors: list[Cand] = field(default_factory=list)
    targets: list[Cand] = field(default_factory=list)
    place: Cand | None = None
    time: TimeExpr | None = None
    count: int | None = None
    duration: str | None = None
    about: str | None = None
    definite: bool = False
    demonstrative: bool = False
    subject_suffix: bool = False
    where: str = "text"  # "text", or the page field of a caption ("images[0].caption")


def find_mentions(sentence: Sentence, lexicon: Lexicon, times: list[TimeExpr]) -> list[Mention]:
    """The event mentions of a sentence, in text order."""
    keys = sentence.keys
    sentence.stops |= time_tokens(sentence, times)
    marbuta = {i for i, t in enumerate(sentence.tokens) if t.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ة")}
    hits = lexicon.find(keys, marbuta)
    hits = [h for h in hits if _is_event(h, keys, lexicon) and not _targeting(h, hits, keys)]
    hits, embedded = _drop_embedded(hits, keys)
    stops = {h.first for h in hits}
    mentions: list[Mention] = []
    for hit in hits:
        mention = _mention(sentence, hit, lexicon, stops - {hit.first} - _same_type(hits, hit))
        attach(sentence, mention, hit, lexicon, stops - {hit.first})
        if mention.type == "FIGHT" and by_protesters(sentence, mention.actors):
            mention.type, mention.mode = "PROTEST", "riot"  # protesters clashing: a riot (PLOVER PROTEST)
            others = [c for c in mention.actors if not by_protesters(sentence, [c])]  # "بين الشرطة والمتظاهرين"
            mention.actors = [c for c in mention.actors if c not in others]
            mention.targets = others + [c for c in mention.targets if c not in others]
        elif mention.type in ("REQUEST", "DEMAND") and by_protesters(sentence, mention.actors):
            mention.type, mention.mode = "PROTEST", "demonstrate"  # "ودعا متظاهرون ... الى الافراج عن"
        _shared_subject(sentence, mention, mentions)
        if hit.first in embedded:
            mention.about = _content(sentence, embedded[hit.first], lexicon)
        mentions.append(mention)
    _assign_times(sentence, mentions, times)
    return mentions


def time_tokens(sentence: Sentence, times: list[TimeExpr]) -> set[int]:
    """Indexes of the tokens inside a time expression (a noun phrase ends before them)."""
    spans = [(t.start, t.end) for t in times if sentence.start <= t.start and t.end <= sentence.end]
    return {i for i, tok in enumerate(sentence.tokens) if any(s <= tok.start < e for s, e in spans)}


def _shared_subject(sentence: Sentence, mention: Mention, earlier: list[Mention]) -> None:
    """"زار الوزير عمّان والتقى الملك": a verb joined by و to an earlier one shares its subject, so the name after
    it is its object — unless that name is the earlier subject itself ("والتقى ويتكوف بوتين")."""
    key = sentence.keys[mention.first]
    previous = next((m for m in reversed(earlier) if m.actors and m.type == mention.type), None)
    if mention.kind != "v" or not key.startswith(("و", "ف")) or previous is None or mention.subject_suffix:
        return
    known = {id(c) for c in previous.actors} | {c.text for c in previous.actors}
    if mention.actors and any(id(c) in known or c.text in known for c in mention.actors):
        return
    mention.targets = [c for c in mention.actors if not c.is_place] + mention.targets
    mention.actors = list(previous.actors)


def _content(sentence: Sentence, inner: Hit, lexicon: Lexicon) -> str:
    """What is rejected, demanded or threatened: the embedded trigger with its support word and what follows it,
    up to six words, ending before punctuation, a time expression or a locative في."""
    tokens = sentence.tokens
    first = inner.first
    if first > 0 and lexicon.is_support(tokens[first - 1].key):
        first -= 1
    last = inner.last
    while (last + 1 < len(tokens) and last + 1 - first < 6 and not tokens[last + 1].punct
           and last + 1 not in sentence.stops and tokens[last + 1].key not in ("في", "in", "at")):
        last += 1
    return sentence.span_text(first, last)


def _same_type(hits: list[Hit], hit: Hit) -> set[int]:
    return {h.first for h in hits if h.type == hit.type}


def _is_event(hit: Hit, keys: list[str], lexicon: Lexicon) -> bool:
    markers = REFERENCE_ALWAYS if hit.kind != "v" else REFERENCE_VERB
    if any(_bare(w) in markers for w in _clause_before(keys, hit.first, 4)):
        return False
    if hit.kind == "v" and hit.first > 0 and _counted(keys[hit.first - 1]):
        return False  # "ثلاثين طالبا": a counted noun, not the verb طالب
    if hit.kind == "v" or (hit.kind == "p" and not noun_like(keys[hit.first], lexicon)):
        return True
    before = keys[max(0, hit.first - 2):hit.first]
    if hit.type not in VIOLENT and any(w in REFERENCE_DIPLOMATIC for w in before):
        return False
    if hit.kind == "n!":
        return support_before(keys, hit.first, lexicon) is not None
    return True


def _counted(key: str) -> bool:
    """A number word, or a numeral too short to be a year ("عام 2008 قتل"): what follows it is a counted noun."""
    return key.isdigit() and len(key) < 4 or not key[:1].isdigit() and parse_number(key) is not None


def _targeting(hit: Hit, hits: list[Hit], keys: list[str]) -> bool:
    """"عقوبات إضافية تستهدف موسكو": تستهدف right after another trigger marks that event's target."""
    return keys[hit.first] in TARGETING and any(h is not hit and 0 < hit.first - h.last <= 3 for h in hits)


def _clause_before(keys: list[str], first: int, n: int) -> list[str]:
    """Up to ``n`` words before ``first``, not across punctuation."""
    words = []
    for key in reversed(keys[max(0, first - n):first]):
        if not key[:1].isalnum():
            break
        words.append(key)
    return words


def _bare(key: str) -> str:
    """A folded word without a leading conjunction (وردع -> ردع)."""
    return key[1:] if key[:1] in ("و", "ف") and len(key) > 3 else key


def _drop_embedded(hits: list[Hit], keys: list[str]) -> tuple[list[Hit], dict[int, Hit]]:
    """A noun right after a REJECT/DEMAND/... trigger is what is rejected or demanded, not an event of its own.

    Returns the kept hits and, by the embedding trigger's position, the hit it embeds."""
    kept, embedded = [], {}
    for hit in hits:
        embedding = [h for h in kept if h.type in EMBEDDING and h.type != hit.type and 0 < hit.first - h.last <= 5
                     and all(k[:1].isalnum() for k in keys[h.last + 1:hit.first])]
        if hit.kind != "v" and embedding:
            embedded[embedding[-1].first] = hit
            continue
        kept.append(hit)
    return kept, embedded


def _mention(sentence: Sentence, hit: Hit, lexicon: Lexicon, stops: set[int]) -> Mention:
    keys = sentence.keys
    tokens = sentence.tokens
    support = support_before(keys, hit.first, lexicon) if hit.kind in ("n", "n!") else None
    tense = hit.tense or (_tense_of(keys[support]) if support is not None else None)
    reading = read_status(keys, hit.first, hit.last, tense, support, stops, hit.type in SPEECH_ACTS)
    text_before = keys[max(0, hit.first - 2):hit.first]
    mention = Mention(hit.type, hit.mode, hit.kind, hit.first, hit.last, tokens[hit.first].start,
                      tokens[hit.last].end, (sentence.start, sentence.end), reading.status, reading.notes,
                      reading.negated, reading.cue, subject_suffix=hit.subject_suffix)
    noun = hit.kind in ("n", "n!") or (hit.kind == "p" and noun_like(keys[hit.first], lexicon))
    mention.demonstrative = noun and any(w in DEMONSTRATIVES for w in text_before)
    mention.definite = noun and (mention.demonstrative or any(_definite(k) for k in keys[hit.first:hit.last + 1]))
    return mention


def _tense_of(key: str) -> str | None:
    if key.startswith(("س", "وس")) and len(key) > 4:
        return "future"
    if key.startswith(("ي", "ت", "وي", "وت")) and len(key) > 3:
        return "present"
    return None


def _definite(key: str) -> bool:
    return key.startswith(("ال", "وال", "بال", "لل", "فال", "كال")) or key == "the"


def _assign_times(sentence: Sentence, mentions: list[Mention], times: list[TimeExpr]) -> None:
    """Each time expression of the sentence dates the trigger nearest to it (one before it by a little more)."""
    if not mentions:
        return
    for expr in (t for t in times if sentence.start <= t.start and t.end <= sentence.end):
        nearest = min(mentions, key=lambda m: abs(expr.start - m.start) + (0 if expr.start > m.start else 40))
        if nearest.time is None or abs(expr.start - nearest.start) < abs(nearest.time.start - nearest.start):
            nearest.time = expr
