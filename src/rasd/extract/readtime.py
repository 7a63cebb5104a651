"""Reading time: the figure a page shows ("دقائق القراءة - 4", "5 min read") and our own from the text.

Our figure divides the body's word count by a silent-reading rate per language, rounded up, at least one
minute. Arabic: 138 words per minute, the Arabic rate measured with the standardized IReST texts
(Trauzettel-Klosinski & Dietz 2012); English: 238 wpm (Brysbaert 2019, silent reading of non-fiction).
docs/reading-time.md gives the sources, the alternatives considered and the check against the seed page.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from rasd.arabic.calendar import ascii_digits
from rasd.config import Config
from rasd.model import Article, ReadingTime

_MINUTE_WORDS = r"(?:دقائق|دقيقة|دقيقه|دقيقتان|دقيقتين|د|minutes?|mins?)"
_READ_WORDS = r"(?:ال)?(?:قراءة|قراءه|للقراءة|للقراءه|read|reading)"
_WIDGET = [
    re.compile(rf"{_MINUTE_WORDS}\s*{_READ_WORDS}\s*[-–—:]?\s*(\d{{1,3}})", re.I),
    re.compile(rf"(?:وقت|مدة|مده|زمن)\s*{_READ_WORDS}\s*[-–—:]?\s*(\d{{1,3}})", re.I),
    re.compile(rf"(?:reading time|read time)\s*[-–—:]?\s*(\d{{1,3}})", re.I),
    re.compile(rf"(\d{{1,3}})\s*{_MINUTE_WORDS}\s*(?:of\s+)?{_READ_WORDS}", re.I),
]
_ICON_NOISE = re.compile(r"\b(?:time reading icon|reading icon|clock icon|icon)\b", re.I)
_TWO = re.compile(r"(دقيقتان|دقيقتين)\s*(?:ال)?(?:قراءة|قراءه|للقراءة)")


def parse_reading_time_widget(line: str) -> int | None:
    """Minutes shown by a reading-time widget line, or None if the line is not one."""
    text = ascii_digits(_ICON_NOISE.sub(" ", line)).strip()
    if len(text.split()) > 8:
        return None
    if _TWO.search(text) and not re.search(r"\d", text):
        return 2
    for pattern in _WIDGET:
        match = pattern.search(text)
        if match:
            return int(match.group(1))
    return None


def count_words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def estimate_minutes(words: int, words_per_minute: int) -> int:
    return max(1, math.ceil(words / words_per_minute))


@dataclass(frozen=True, slots=True)
class ReadingTimeStage:
    """Fills ``reading_time.minutes`` from the body text; keeps what the page showed."""

    wpm_ar: int
    wpm_en: int
    name: str = "readtime"
    version: str = "1"
    requires: frozenset[str] = frozenset({"text", "language"})
    provides: frozenset[str] = frozenset({"reading_time"})

    def __call__(self, article: Article) -> Article:
        rate = self.wpm_ar if (article.language or "ar") == "ar" else self.wpm_en
        words = count_words(" ".join(filter(None, [article.headline or article.title, article.deck, article.text])))
        reading_time = replace(
            article.reading_time or ReadingTime(),
            minutes=estimate_minutes(words, rate),
            words=words,
            words_per_minute=rate,
        )
        return replace(article, reading_time=reading_time)


def make_stage(config: Config) -> ReadingTimeStage:
    return ReadingTimeStage(wpm_ar=config.words_per_minute_ar, wpm_en=config.words_per_minute_en)
