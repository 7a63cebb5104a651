"""Sentences and tokens with character offsets, for Arabic and Latin text.

>>> from rasd.arabic.tokenize import sentences, tokenize
>>> [s.text for s in sentences("قال د. أحمد إن الاجتماع انتهى. وغادر الوفد!")]
['قال د. أحمد إن الاجتماع انتهى.', 'وغادر الوفد!']
>>> [(t.text, t.kind) for t in tokenize("وبالمدرسة ٣ طلاب", clitics=True)]
[('و', 'clitic'), ('ب', 'clitic'), ('ال', 'clitic'), ('مدرسة', 'word'), ('٣', 'number'), ('طلاب', 'word')]

Offsets are into the string given (``text[t.start:t.end] == t.text``), raw or normalized alike: words keep
their diacritics and tatweel. Clitic separation (``clitics=True``) splits the proclitics و ف ب ل ك س and the
article ال / لل off a word; see :mod:`rasd.arabic.clitics` for how it decides (rules, an exception list, and
optionally word counts from news). It is meant for matching and search, not for grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.arabic.clitics import NOT_CLITIC, WordCounts, split_clitics
from rasd.arabic.tokens import Token, TokenKind
__all__ = ["Token", "TokenKind", "Sentence", "tokenize", "words", "sentences", "split_clitics", "WordCounts", "NOT_CLITIC"]

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_TOKEN = re.compile(
    rf"(?P<number>\d+(?:[.,٫٬]\d+)*)"
    rf"|(?P<word>[^\W\d_][^\W\d_{_MARKS}]*(?:[{_MARKS}]+[^\W\d_]*)*)"
    rf"|(?P<punct>[^\w\s{_MARKS}]|_|[{_MARKS}]+)"
)

# Sentence ends: terminal punctuation (with closing quotes/brackets after it), then space; or a line break.
_TERMINAL = re.compile(r"(?:[.!?؟…]+|\.{3})[\"»”’')\]]*(?=\s)|\n+")
_GUILLEMETS = re.compile(r"«[^«»\n]*»")
# One-letter abbreviations (د. م. أ. ج.) and common Latin ones: a period after them does not end a sentence.
_ABBREVIATION = re.compile(
    r"(?:(?<!\w)[\u0621-\u064a]|(?<!\w)[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Rep|Sen|Gov|St|Jr|Sr|No|"
    r"vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp|U\.S|U\.N|e\.g|i\.e))\.$"
)

@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


def tokenize(text: str, clitics: bool = False, counts: WordCounts | None = None) -> list[Token]:
    """Words, numbers and punctuation of ``text`` with offsets; with ``clitics``, proclitics split off.

    ``counts`` (:meth:`WordCounts.load`, loaded once by the caller) lets clitic separation ask how common a
    word and its remainder are; without it the rules alone decide.
    """
    new = tuple.__new__
    if not clitics:
        return [new(Token, (m.group(), m.start(), m.end(), m.lastgroup)) for m in _TOKEN.finditer(text)]
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        if match.lastgroup == "word":
            tokens.extend(split_clitics(match.group(), match.start(), counts))
        else:
            tokens.append(new(Token, (match.group(), match.start(), match.end(), match.lastgroup)))
    return tokens


def words(text: str) -> list[Token]:
    """Only the word and number tokens."""
    return [t for t in tokenize(text) if t.kind != "punct"]


def sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with offsets; knows Arabic and Latin punctuation, «» quotes, abbreviations."""
    protected = [(m.start(), m.end()) for m in _GUILLEMETS.finditer(text)]
    spans: list[Sentence] = []
    begin = 0
    for match in _TERMINAL.finditer(text):
        end = match.end()
        if match.group()[0] != "\n" and (_inside(match.start(), protected) or _abbreviation(text, match)):
            continue
        _add_sentence(text, begin, end, spans)
        begin = end
    _add_sentence(text, begin, len(text), spans)
    return spans


def _inside(position: int, protected: list[tuple[int, int]]) -> bool:
    return any(start < position < end - 1 for start, end in protected)


def _abbreviation(text: str, match: re.Match[str]) -> bool:
    if match.group() != ".":
        return False
    return bool(_ABBREVIATION.search(text, max(0, match.start() - 6), match.end()))


def _add_sentence(text: str, begin: int, end: int, spans: list[Sentence]) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if end > begin:
        spans.append(Sentence(text[begin:end], begin, end))
