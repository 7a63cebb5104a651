"""Sentences and tokens with character offsets, for Arabic and Latin text.

>>> from rasd.arabic.tokenize import sentences, tokenize
>>> [s.text for s in sentences("قال د. أحمد إن الاجتماع انتهى. وغادر الوفد!")]
['قال د. أحمد إن الاجتماع انتهى.', 'وغادر الوفد!']
>>> [(t.text, t.kind) for t in tokenize("وبالمدرسة ٣ طلاب", clitics=True)]
[('و', 'clitic'), ('ب', 'clitic'), ('ال', 'clitic'), ('مدرسة', 'word'), ('٣', 'number'), ('طلاب', 'word')]

Offsets are into the string given (``text[t.start:t.end] == t.text``), raw or normalized alike: words keep
their diacritics and tatweel. Clitic separation (``clitics=True``) splits the proclitics و ف ب ل ك س and the
article ال / لل off a word when what is left is long enough to be a word; it is a rule, not a lexicon, and
words that merely begin with those letters are protected by length rules and an exception list
(:data:`NOT_CLITIC`), so it is meant for matching and search, not for grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

TokenKind = Literal["word", "number", "punct", "clitic"]

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_TOKEN = re.compile(
    rf"(?P<number>\d+(?:[.,٫٬]\d+)*)"
    rf"|(?P<word>[^\W\d_][^\W\d_{_MARKS}]*(?:[{_MARKS}]+[^\W\d_]*)*)"
    rf"|(?P<punct>[^\w\s{_MARKS}]|_|[{_MARKS}]+)"
)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")

# Sentence ends: terminal punctuation (with closing quotes/brackets after it), then space; or a line break.
_TERMINAL = re.compile(r"(?:[.!?؟…]+|\.{3})[\"»”’')\]]*(?=\s)|\n+")
_GUILLEMETS = re.compile(r"«[^«»\n]*»")
# One-letter abbreviations (د. م. أ. ج.) and common Latin ones: a period after them does not end a sentence.
_ABBREVIATION = re.compile(
    r"(?:(?<!\w)[\u0621-\u064a]|(?<!\w)[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Rep|Sen|Gov|St|Jr|Sr|No|"
    r"vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp|U\.S|U\.N|e\.g|i\.e))\.$"
)

_MIN_STEM = 3
# Words that begin with clitic letters but are whole words (alef-folded spellings): function words, names.
NOT_CLITIC = frozenset(
    """الذي الذين التي اللذان اللتان اللاتي اللواتي الان الله اللهم الي الا الف الاف الفين اليوم
    وزير وزراء وزارة وزارات وقت وقف وصل وصول وضع وفد وفود وكالة وكالات ولاية ولايات وطن وطني وطنية واشنطن
    وسط وسائل وسيلة وجه وجود وحدة وحدات وراء وثيقة وثائق ولي وفاة وفق ورقة واقع واضح وافق وعد وعود وقع وحيد
    فلسطين فلسطيني فلسطينية فلسطينيين فرنسا فرنسي فرنسية فريق فترة فرصة فرص فوز فيلم فكرة فقط فوق فيها فيه
    فهو فهي فرض بلد بلدان بلاد بين بعد بعض بيت بيان بيروت بريطانيا بريطاني بريطانية بغداد بنك بنوك بحث بطل بطولة
    برنامج برلمان بشان بسبب بوتين بكين بلومبرغ بايدن بولندا بلجيكا البرازيل برلين
    لبنان لبناني لبنانية ليبيا ليبي لندن لجنة لجان لقاء لعبة لاعب لاعبين لحظة لدي لكن لكنه لها لهم ليس ليست
    كان كانت كانوا كل كلمة كبير كبيرة كثير كرة كاس كيف كما كلا كندا كوريا كورونا كييف كوشنر
    سوريا سوري سورية سنة سنوات سياسة سياسي سلطة سلطات سعر سوق سبب سلام سيارة سفير سفارة ساعة ساعات سيطرة""".split()
)
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("لل", "ب", "ل", "ك", "س")
class Token(NamedTuple):
    """A token: ``text == source[start:end]``. A named tuple, because texts have many and it is fast."""

    text: str
    start: int
    end: int
    kind: TokenKind


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


def tokenize(text: str, clitics: bool = False) -> list[Token]:
    """Words, numbers and punctuation of ``text`` with offsets; with ``clitics``, proclitics split off."""
    new = tuple.__new__
    if not clitics:
        return [new(Token, (m.group(), m.start(), m.end(), m.lastgroup)) for m in _TOKEN.finditer(text)]
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        if match.lastgroup == "word":
            tokens.extend(split_clitics(match.group(), match.start()))
        else:
            tokens.append(new(Token, (match.group(), match.start(), match.end(), match.lastgroup)))
    return tokens


def words(text: str) -> list[Token]:
    """Only the word and number tokens."""
    return [t for t in tokenize(text) if t.kind != "punct"]


def split_clitics(word: str, start: int = 0) -> list[Token]:
    """``word`` (at ``start``) as clitic tokens and the rest; a word it should not split comes back whole.

    At most one conjunction (و ف), then one preposition or future marker (ب ل ك س, or لل), then the article
    (ال), each taken only when what is left is still a plausible word.
    """
    plain = _plain(word)
    if not _ARABIC_LETTER.match(plain) or plain in NOT_CLITIC:
        return [Token(word, start, start + len(word), "word")]
    parts = _clitic_parts(plain)
    tokens: list[Token] = []
    position = 0
    for part in parts:
        end = _advance(word, position, len(part))
        tokens.append(Token(word[position:end], start + position, start + end, "clitic"))
        position = end
    tokens.append(Token(word[position:], start + position, start + len(word), "word"))
    return tokens


def _clitic_parts(plain: str) -> list[str]:
    parts: list[str] = []
    rest = plain
    for choices in (_CONJUNCTIONS, _PREPOSITIONS, ("ال",)):
        for prefix in choices:
            after = rest[len(prefix):]
            if rest.startswith(prefix) and _plausible(prefix, after, parts):
                parts.append(prefix)
                rest = after
                break
    return parts


def _plausible(prefix: str, rest: str, before: list[str]) -> bool:
    """Whether ``rest`` can stand as a word once ``prefix`` is taken off."""
    if len(rest) < _MIN_STEM or rest in NOT_CLITIC and prefix not in ("ال", "لل"):
        return False
    if prefix == "س":  # the future marker only before an imperfect verb
        return rest[0] in "يتنا" and len(rest) >= 4
    if prefix in ("ال", "لل"):
        return True
    if prefix == "ك":  # "like": in news almost only before the article (كالعادة)
        return rest.startswith("ال")
    return len(rest) >= 4 or rest.startswith("ال") or bool(before)


def _advance(word: str, position: int, letters: int) -> int:
    """The index in ``word`` after ``letters`` letters from ``position``, taking marks along."""
    count = 0
    while position < len(word) and count < letters:
        position += 1
        count += 1
        while position < len(word) and _is_mark(word[position]):
            position += 1
    return position


def _is_mark(char: str) -> bool:
    return "\u064b" <= char <= "\u065f" or char in "\u0670\u0640\u200c\u200d" or "\u0610" <= char <= "\u061a"


def _plain(word: str) -> str:
    """The word's letters without marks and with alef forms folded, one letter per letter."""
    return "".join(c for c in word if not _is_mark(c)).translate(_ALEF)


_ALEF = str.maketrans("أإآٱى", "ااااي")


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
