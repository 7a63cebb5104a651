"""Find entity mentions in a text: sentences, word tokens, the tagger, then spans as character offsets.

Spans are trimmed of a leading conjunction or preposition glued to the first word ("وكوشنر" -> "كوشنر") when
the corpus vocabulary says the rest is the commoner word, so names that begin with those letters ("ويتكوف",
"واشنطن") stay whole. A place or organization after a facility noun ("محطة زابوروجيا للطاقة النووية") becomes
one FAC mention with the noun and its "لل…/ال…" modifiers.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from rasd.arabic.tokenize import sentences
from rasd.ner.conll import spans
from rasd.ner.tagger import Tagger
from rasd.kb.base import alias_key
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


def sentence_tokens(text: str) -> list[tuple[tuple[str, int, int], ...]]:
    """The tokens (text, start, end) of every sentence of ``text``, offsets into ``text``."""
    return [tuple((t, s.start + a, s.start + b) for t, a, b in tokenize(s.text)) for s in sentences(text)
            if s.text.strip()]


def find_mentions(text: str, tagger: Tagger, tokens=None) -> list[Found]:
    tokens = sentence_tokens(text) if tokens is None else tokens
    tags = tagger.tag([[t for t, _, _ in toks] for toks in tokens])
    found = []
    vocabulary = tagger.lexicon.vectors
    for toks, sent_tags in zip(tokens, tags):
        for label, first, last in spans(_facility_names(toks, sent_tags, vocabulary)):
            first, last, label = _facility(toks, first, last, label)
            for a, b in _coordinated(toks, first, last, label, vocabulary):
                found.append(_mention(text, toks, a, b, TYPES.get(label, "MISC"), tagger))
    return found


def _coordinated(toks, first: int, last: int, label: str, vocabulary: dict[str, int]) -> list[tuple[int, int]]:
    """A person or place span split before an inner word glued to "و" ("ستيف ويتكوف وجاريد كوشنر")."""
    if label not in ("PERS", "PER", "LOC"):
        return [(first, last)]
    cuts = [i for i in range(first + 1, last)
            if word_key(toks[i][0]).startswith("و") and clitic_length(toks[i][0], vocabulary) == 1]
    bounds = [first, *cuts, last]
    return list(zip(bounds, bounds[1:]))


def scan_known(text: str, tokens, known: Callable[[str], str | None], starts: Collection[str],
               vocabulary: dict[str, int], longest: int = 5) -> list[Found]:
    """Names the knowledge base lists that occur in ``text`` (longest first), for what the tagger missed.
    ``starts``: the folded first words of the names worth scanning for."""
    found = []
    for toks in tokens:
        i = 0
        while i < len(toks):
            cut, dropped = _trim(toks[i][0], vocabulary)
            head = alias_key(toks[i][0][cut:])
            step = 1
            if head in starts:
                for n in range(min(longest, len(toks) - i), 0, -1):
                    start, end = toks[i][1] + cut, toks[i + n - 1][2]
                    kind = known(text[start:end])
                    if kind:
                        found.append(Found(kind, start, end, text[start:end], toks, i, i + n, dropped))
                        step = n
                        break
            i += step
    return found


def _facility_names(toks, tags: list[str], vocabulary: dict[str, int]) -> list[str]:
    """Tags with an untagged rare word after a facility noun marked as a place ("محطة زابوروجيا"): a word the
    news corpora never showed there is a name."""
    tags = list(tags)
    for i in range(len(toks) - 1):
        if tags[i + 1] == "O" and _strip_key(word_key(toks[i][0])) in FACILITY_HEADS \
                and word_key(toks[i + 1][0]) not in vocabulary and toks[i + 1][0].isalpha():
            tags[i + 1] = "B-LOC"
    return tags


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
    cut, dropped = _trim(toks[first][0], tagger.lexicon.vectors)
    start, end = toks[first][1] + cut, toks[last - 1][2]
    return Found(kind, start, end, text[start:end], tuple(toks), first, last, dropped)


def _trim(word: str, vocabulary: dict[str, int]) -> tuple[int, bool]:
    """Characters of a glued clitic to cut from ``word``, and whether they were "لل" (an article inside)."""
    cut = clitic_length(word, vocabulary)
    return cut, cut >= 2 and word[cut - 2:cut] == "لل"


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
            cut, dropped = (found.start - toks[first][1], found.article_dropped) if first == found.first else \
                _trim(toks[first][0], vocabulary)
            kind = known(text[toks[first][1] + cut:toks[last - 1][2]])
            if kind:
                best = (first, last, kind, toks[first][1] + cut, dropped)
    if best is None:
        return found
    first, last, kind, start, dropped = best
    end = toks[last - 1][2]
    return Found(kind, start, end, text[start:end], toks, first, last, dropped)
