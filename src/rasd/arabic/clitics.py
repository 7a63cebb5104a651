"""Clitic separation: the conjunctions و ف, the prepositions ب ل ك, the future سـ and the article ال / لل.

>>> from rasd.arabic.clitics import split_clitics, WordCounts
>>> [t[0] for t in split_clitics("وبالمدرسة")]
['و', 'ب', 'ال', 'مدرسة']
>>> counts = WordCounts.load()                      # shipped word counts; load once, pass along
>>> [t[0] for t in split_clitics("والده", counts=counts)], [t[0] for t in split_clitics("وقد", counts=counts)]
(['والده'], ['و', 'قد'])

A word is split at most into one conjunction, one preposition or future marker, and the article, each
taken only when what is left is still a plausible word. Plausible: with :class:`WordCounts`, the remainder is
a word news uses, at least :data:`RATIO` times as often as the whole (وقد -> و + قد, but والده "his father"
and وزير stay whole); when neither is known, or without counts, rules decide: the remainder is a known
function word, or long enough (four letters after و ف ب ل, or it starts with ال), and the word is not in
:data:`NOT_CLITIC`. ك is taken only before ال, سـ only before an imperfect verb. bench/clitics.py measures
it against WikiFANE Gold's segmentation of و and ف.

Each result is a :class:`~rasd.arabic.tokens.Token` with offsets into the text the word came from; marks
(diacritics, tatweel) stay with the letter they follow.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rasd.arabic.tokens import Token

WORD_COUNTS = Path(__file__).resolve().parents[1] / "models" / "arabic-wordfreq" / "words.tsv.gz"
RATIO = 0.1
_MIN_STEM = 2
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("لل", "ب", "ل", "ك", "س")

# Words that begin with clitic letters but are whole words (alef-folded spellings): function words, names.
NOT_CLITIC = frozenset(
    """الذي الذين التي اللذان اللتان اللاتي اللواتي الان الله اللهم الي الا الف الاف الفين اليوم
    وزير وزراء وزارة وزارات وقت وقف وصل وصول وضع وفد وفود وكالة وكالات ولاية ولايات وطن وطني وطنية واشنطن
    وسط وسائل وسيلة وجه وجود وحدة وحدات وراء وثيقة وثائق ولي وفاة وفق ورقة واقع واضح وافق وعد وعود وقع وحيد
    واحد واحدة والد والده والدة والدته
    فلسطين فلسطيني فلسطينية فلسطينيين فرنسا فرنسي فرنسية فريق فترة فرصة فرص فوز فيلم فكرة فقط فوق فيها فيه
    بلد بلدان بلاد بين بعد بعض بيت بيان بيروت بريطانيا بريطاني بريطانية بغداد بنك بنوك بحث بطل بطولة
    برنامج برلمان بشان بسبب بوتين بكين بلومبرغ بايدن بولندا بلجيكا البرازيل برلين بداية بواسطة بينما
    لبنان لبناني لبنانية ليبيا ليبي لندن لجنة لجان لقاء لعبة لاعب لاعبين لحظة لدي لكن لكنه لها لهم ليس ليست
    كان كانت كانوا كل كلمة كبير كبيرة كثير كرة كاس كيف كلا كندا كوريا كورونا كييف كوشنر كاليفورنيا
    سوريا سوري سورية سنة سنوات سياسة سياسي سلطة سلطات سعر سوق سبب سلام سيارة سفير سفارة ساعة ساعات سيطرة""".split()
)
# Closed-class words a conjunction or preposition is often written onto (وقد، فهو، ولم، وما).
FUNCTION_WORDS = frozenset(
    """قد في هو هي هم هما هن من لا لم لن ما ان انه انها انهم على عن مع الى او ثم اذا لو كما كان كانت كانوا يكون
    تكون هذا هذه هذان ذلك تلك هناك هنا التي الذي الذين لكن لكنه بعد قبل بين حتى تم عند منذ كل غير اي ايضا""".split()
)


@dataclass(frozen=True, slots=True)
class WordCounts:
    """How often each (MATCH-folded) Arabic word occurs in news; built by training/arabic_wordfreq.py."""

    counts: Mapping[str, int]

    @classmethod
    def load(cls, path: Path = WORD_COUNTS) -> WordCounts:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            pairs = (line.rstrip("\n").split("\t") for line in handle)
            return cls({word: int(count) for word, count in pairs})

    def __call__(self, word: str) -> int:
        return self.counts.get(word, 0)


def split_clitics(word: str, start: int = 0, counts: WordCounts | None = None) -> list[Token]:
    """``word`` (at ``start``) as clitic parts and the rest; a word it should not split comes back whole."""
    plain = _plain(word)
    if not _ARABIC_LETTER.match(plain) or plain in NOT_CLITIC:
        return [Token(word, start, start + len(word), "word")]
    parts: list[Token] = []
    position = 0
    for part in _clitic_parts(plain, counts):
        end = _advance(word, position, len(part))
        parts.append(Token(word[position:end], start + position, start + end, "clitic"))
        position = end
    parts.append(Token(word[position:], start + position, start + len(word), "word"))
    return parts


def _clitic_parts(plain: str, counts: WordCounts | None) -> list[str]:
    parts: list[str] = []
    rest = plain
    for choices in (_CONJUNCTIONS, _PREPOSITIONS, ("ال",)):
        for prefix in choices:
            after = rest[len(prefix):]
            if rest.startswith(prefix) and _plausible(prefix, rest, after, parts, counts):
                parts.append(prefix)
                rest = after
                break
    return parts


def _plausible(prefix: str, whole: str, rest: str, before: list[str], counts: WordCounts | None) -> bool:
    """Whether ``rest`` can stand as a word once ``prefix`` is taken off ``whole``."""
    if len(rest) < _MIN_STEM:
        return False
    if prefix == "س":  # the future marker only before an imperfect verb
        return rest[0] in "يتنا" and len(rest) >= 4 and (counts is None or counts(rest) > 0)
    if prefix == "ك":  # "like": in news almost only before the article (كالعادة)
        return rest.startswith("ال") and len(rest) >= 4
    if prefix in ("ال", "لل"):
        return len(rest) >= 2 and rest not in ("ذي", "تي", "ذين")
    if rest in FUNCTION_WORDS or rest in NOT_CLITIC:
        return True
    if counts is not None and (counts(whole) or counts(rest)):
        return counts(rest) >= RATIO * counts(whole) and counts(rest) > 0
    return len(rest) >= 4 or rest.startswith("ال") or bool(before) and len(rest) >= 3


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
