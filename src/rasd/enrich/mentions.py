"""Find entity mentions in a text: sentences, word tokens, the tagger, then spans as character offsets.

Spans are trimmed of a leading conjunction or preposition glued to the first word ("وكوشنر" -> "كوشنر") when
the corpus vocabulary says the rest is the commoner word, so names that begin with those letters ("ويتكوف",
"واشنطن") stay whole. A place or organization after a facility noun ("محطة زابوروجيا للطاقة النووية") becomes
one FAC mention with the noun and its "لل…/ال…" modifiers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rasd.arabic.tokenize import sentences
from rasd.ner.conll import spans
from rasd.ner.tagger import Tagger
from rasd.ner.text import tokenize, word_key

TYPES = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC", "FAC": "FAC"}
PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
FACILITY_HEADS = frozenset(word_key(w) for w in """محطة مطار ميناء مفاعل سد جسر قاعدة منشأة مستشفى ملعب برج قصر
    سجن معبر مصفاة مرفأ منجم""".split())


@dataclass(frozen=True, slots=True)
class Found:
    """A mention in one text: its type, offsets into that text, and the sentence tokens around it."""

    type: str
    start: int
    end: int
    text: str
    tokens: tuple[tuple[str, int, int], ...]  # the sentence's tokens (text, start, end)
    first: int  # index of the mention's first token in ``tokens``
    last: int  # index after the mention's last token
    article_dropped: bool = False  # "للشرق" trimmed to "شرق": the name is "ال" + text


def find_mentions(text: str, tagger: Tagger) -> list[Found]:
    sents = [s for s in sentences(text) if s.text.strip()]
    tokens = [[(t, s.start + a, s.start + b) for t, a, b in tokenize(s.text)] for s in sents]
    tags = tagger.tag([[t for t, _, _ in toks] for toks in tokens])
    found = []
    for toks, sent_tags in zip(tokens, tags):
        for label, first, last in spans(sent_tags):
            first, last, label = _facility(toks, first, last, label)
            found.append(_mention(text, toks, first, last, TYPES.get(label, "MISC"), tagger))
    return found


def _facility(toks, first: int, last: int, label: str) -> tuple[int, int, str]:
    if label not in ("LOC", "ORG"):
        return first, last, label
    head = first if word_key(toks[first][0]) in FACILITY_HEADS else first - 1
    if head < 0 or _strip_key(word_key(toks[head][0])) not in FACILITY_HEADS:
        return first, last, label
    while last < len(toks) and last - first < 8 and word_key(toks[last][0]).startswith(("لل", "ال")):
        last += 1
    return head, last, "FAC"


def _strip_key(key: str) -> str:
    return key[1:] if key[:1] in ("و", "ف") and len(key) > 3 else key


def _mention(text: str, toks, first: int, last: int, kind: str, tagger: Tagger) -> Found:
    start, end = toks[first][1], toks[last - 1][2]
    cut = clitic_length(toks[first][0], tagger.lexicon.vectors)
    dropped = toks[first][0][cut - 2:cut] == "لل" if cut >= 2 else False
    start += cut
    return Found(kind, start, end, text[start:end], tuple(toks), first, last, dropped)


def clitic_length(word: str, vocabulary: dict[str, int]) -> int:
    """How many leading characters of ``word`` are a glued conjunction/preposition (0 when none)."""
    key = word_key(word)
    whole = vocabulary.get(key)
    if key.startswith("لل") and len(key) > 4 and vocabulary.get("ال" + key[2:]):
        return 2
    for prefix in PROCLITICS:
        rest = key[len(prefix):]
        if key.startswith(prefix) and len(rest) >= 3:
            rank = vocabulary.get(rest)
            if rank and (whole is None or rank < whole):
                return len(prefix)
    return 0


def widen(found: Found, text: str, known: Callable[[str], str | None], vocabulary: dict[str, int],
          left: int = 2, right: int = 3) -> Found:
    """The longest run of tokens around ``found`` (up to ``left``/``right`` more) that the knowledge base
    knows as a multi-word name, with the knowledge base's type ("دافوس" -> "منتدى دافوس الاقتصادي العالمي")."""
    if not found.tokens or found.type == "PER":  # titles before names are roles, not part of the name
        return found
    toks = found.tokens
    best = None
    for first in range(max(0, found.first - left), found.first + 1):
        for last in range(min(len(toks), found.last + right), found.last - 1, -1):
            if last - first < 2 or (best and last - first <= best[1] - best[0]):
                continue
            start = found.start if first == found.first else toks[first][1] + clitic_length(toks[first][0], vocabulary)
            kind = known(text[start:toks[last - 1][2]])
            if kind:
                best = (first, last, kind, start)
    if best is None:
        return found
    first, last, kind, start = best
    end = toks[last - 1][2]
    return Found(kind, start, end, text[start:end], toks, first, last, found.article_dropped and first == found.first)
