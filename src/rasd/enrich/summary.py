"""Stage ``summary``: an extractive summary of :data:`SENTENCES` sentences from the body, in text order.

The body's paragraphs are cut into sentences (:func:`rasd.arabic.tokenize.sentences`); each becomes a vector of
its stemmed content words weighted by idf (:mod:`rasd.topics.features`, the topic model's vocabulary). A
sentence's relevance is its cosine with the article's centroid (body plus title, headline and deck), times a
lead weight that falls with its position, so news' inverted pyramid counts. The lead sentence is taken first
when it is long enough; the rest are picked by maximal marginal relevance (MMR, lambda :data:`MMR_LAMBDA`), and
a sentence whose cosine with one already picked reaches :data:`REDUNDANT` is never taken: no two sentences say
the same thing. Sentences shorter than :data:`MIN_WORDS` or longer than :data:`MAX_WORDS` words are skipped.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace

from rasd.arabic.tokenize import sentences
from rasd.config import Config
from rasd.model import Article
from rasd.topics.features import Featurizer
from rasd.topics.model import TopicModel

SENTENCES = 3
MIN_WORDS = 8
MAX_WORDS = 70
MMR_LAMBDA = 0.7
REDUNDANT = 0.5
LEAD_DECAY = 0.1

Vector = dict[str, float]


class SummaryStage:
    name = "summary"
    version = "1"
    requires = frozenset({"text", "blocks", "title", "headline", "deck"})
    provides = frozenset({"summary"})

    def __init__(self, featurizer: Featurizer, idf: dict[str, float], count: int = SENTENCES):
        self.featurizer = featurizer
        self.idf = idf
        self.rare = max(idf.values(), default=1.0)
        self.count = count

    def __call__(self, article: Article) -> Article:
        return replace(article, summary=tuple(self.extract(article)))

    def extract(self, article: Article) -> list[str]:
        """The summary sentences, in the order they appear in the article."""
        candidates = [s for s in body_sentences(article) if MIN_WORDS <= len(s.split()) <= MAX_WORDS]
        vectors = [self.vector(s) for s in candidates]
        head = " ".join(filter(None, [article.title, article.headline, article.deck]))
        centroid = _add([self.vector(head), *vectors])
        relevance = [cosine(v, centroid) / (1 + LEAD_DECAY * i) for i, v in enumerate(vectors)]
        picked = pick(vectors, relevance, self.count)
        return [candidates[i] for i in sorted(picked)]

    def vector(self, text: str) -> Vector:
        counts = Counter(self.featurizer.content(self.featurizer.analyzer.terms(text)))
        return {t: (1 + math.log(n)) * self.idf.get(t, self.rare) for t, n in counts.items()}


def body_sentences(article: Article) -> list[str]:
    """The sentences of the body's paragraphs (headings left out), in order."""
    return [s.text for block in article.blocks if block.kind == "paragraph" for s in sentences(block.text)]


def pick(vectors: list[Vector], relevance: list[float], count: int) -> list[int]:
    """Indices chosen: the lead first (when present), then MMR, never two with cosine >= REDUNDANT."""
    chosen: list[int] = [0] if vectors else []
    while len(chosen) < count:
        best, best_value = None, -math.inf
        for i, vector in enumerate(vectors):
            if i in chosen:
                continue
            overlap = max(cosine(vector, vectors[j]) for j in chosen)
            value = MMR_LAMBDA * relevance[i] - (1 - MMR_LAMBDA) * overlap
            if overlap < REDUNDANT and value > best_value:
                best, best_value = i, value
        if best is None:
            break
        chosen.append(best)
    return chosen


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0


def _add(vectors: list[Vector]) -> Vector:
    total: Vector = {}
    for vector in vectors:
        for t, w in vector.items():
            total[t] = total.get(t, 0.0) + w
    return total


def make_stage(config: Config) -> SummaryStage:
    return SummaryStage(Featurizer(), TopicModel.load().vocabulary.word_idf())
