"""Article text -> topic features: stemmed content words and pairs of adjacent content words.

>>> from rasd.topics.features import Featurizer
>>> Featurizer().features("وقالت الحكومةُ إن المفاوضات ستُستأنف")
['حكوم', 'مفاوض', 'ستستانف', 'حكوم مفاوض', 'مفاوض ستستانف']

Terms come from :class:`rasd.arabic.analyzer.Analyzer` (SEARCH folding, light10 stems; Snowball for Latin
words); stopwords (:mod:`rasd.arabic.stopwords`), numbers and one-letter terms are dropped before pairs are
made, so a pair joins the content words on either side of a function word.
"""

from __future__ import annotations

from rasd.arabic.analyzer import Analyzer
from rasd.arabic.stopwords import STOPWORDS

MAX_TERMS = 400  # an article's first terms are enough to tell its topic, and keep the cost flat


class Featurizer:
    """Owns an analyzer and the stemmed stopword set; build one and reuse it."""

    def __init__(self, analyzer: Analyzer | None = None):
        self.analyzer = analyzer or Analyzer()
        self.stop = frozenset(t for word in STOPWORDS for t in self.analyzer.terms(word))

    def terms(self, text: str) -> list[str]:
        """The analyzer terms of ``text`` (all of them, stopwords included), at most :data:`MAX_TERMS`."""
        return self.analyzer.terms(text)[:MAX_TERMS]

    def content(self, terms: list[str]) -> list[str]:
        stop = self.stop
        return [t for t in terms if len(t) > 1 and t not in stop and not t[0].isdigit()]

    def features(self, text: str) -> list[str]:
        """Content terms then adjacent pairs of them, in text order, repeats kept."""
        return self.from_terms(self.terms(text))

    def from_terms(self, terms: list[str]) -> list[str]:
        content = self.content(terms)
        return content + [f"{a} {b}" for a, b in zip(content, content[1:])]
