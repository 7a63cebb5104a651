"""Stage ``topics``: IPTC Media Topics top-level labels with a probability each (several can be high).

The article's title, headline, deck and body become stemmed unigram and bigram features
(:mod:`rasd.topics.features`); the shipped model (``src/rasd/models/topics/``, :mod:`rasd.topics.model`) scores
every label on its own. ``article.topics`` lists the labels scoring at least :data:`CONFIDENT`, best first.
When none does, it starts with ``Topic("uncertain", ...)`` (its score is the best label's) followed by the
candidates scoring at least :data:`CANDIDATE`. docs/topics.md says how the labels are learned and measured.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.config import Config
from rasd.model import Article, Topic
from rasd.topics.features import Featurizer
from rasd.topics.labels import BY_KEY
from rasd.topics.model import TopicModel

CONFIDENT = 0.5
CANDIDATE = 0.2
MAX_TOPICS = 4
UNCERTAIN = "uncertain"


class TopicsStage:
    name = "topics"
    version = "1"
    requires = frozenset({"text", "title", "headline", "deck"})
    provides = frozenset({"topics"})

    def __init__(self, model: TopicModel, featurizer: Featurizer):
        self.model = model
        self.featurizer = featurizer

    def __call__(self, article: Article) -> Article:
        return replace(article, topics=self.classify(article))

    def scores(self, article: Article) -> dict[str, float]:
        """Every label's probability for the article (label key -> 0..1)."""
        head = [article.title, article.headline, article.deck]
        text = "\n".join([part for part in head if part] + [article.text])
        return self.model.scores(self.featurizer.features(text))

    def classify(self, article: Article) -> tuple[Topic, ...]:
        return choose(self.scores(article))


def choose(scores: dict[str, float]) -> tuple[Topic, ...]:
    """The topics to report for label scores: confident ones, else "uncertain" and the candidates."""
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    confident = [_topic(key, score) for key, score in ranked if score >= CONFIDENT][:MAX_TOPICS]
    if confident:
        return tuple(confident)
    best = ranked[0][1] if ranked else 0.0
    candidates = [_topic(key, score) for key, score in ranked if score >= CANDIDATE][:MAX_TOPICS - 1]
    return (Topic(UNCERTAIN, UNCERTAIN, round(best, 3), "غير مؤكد"), *candidates)


def _topic(key: str, score: float) -> Topic:
    label = BY_KEY[key]
    return Topic(label.code, label.label, round(score, 3), label.label_ar)


def make_stage(config: Config) -> TopicsStage:
    featurizer = Featurizer()
    return TopicsStage(TopicModel.load(), featurizer)
