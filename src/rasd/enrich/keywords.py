"""Stage ``keywords``: the article's keywords and keyphrases, Arabic-aware, as a reader would write them.

Candidates are the named entities (``article.entities``) and the runs of content words in the body: a run
ends at punctuation, a number or a stopword (:mod:`rasd.arabic.stopwords`), and its words, one to three at a
time, are candidates; a word written with a conjunction or preposition (و ف ب ل ك) starts a new run
(أوروبا وأوكرانيا is two candidates, not one phrase). Accusative and adverb forms with tanween (استثنائياً) and
single words with a pronoun suffix (فوزه) are left out. Words are compared as analyzer terms (SEARCH folding, light10 stems), so لموسكو and موسكو,
اتفاق سلام and اتفاق السلام are one candidate. A candidate scores ``count x idf`` (idf from the topic model's
vocabulary; words it has not seen count as rare), phrases of two or three words only when repeated and with a
bonus, candidates in the title, headline or deck a bonus too. The best :data:`MAX_KEYWORDS` are kept; one
contained in a better one is dropped (ويتكوف after ستيف ويتكوف). Each is shown in its most frequent surface
form with leading clitics removed (و ف ب ل ك; لل becomes ال).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from rasd.arabic.analyzer import Analyzer
from rasd.arabic.clitics import WordCounts, split_clitics
from rasd.arabic.normalize import DIACRITICS, TATWEEL
from rasd.arabic.stopwords import is_stopword
from rasd.arabic.tokenize import tokenize
from rasd.arabic.tokens import Token
from rasd.config import Config
from rasd.model import Article
from rasd.topics.features import Featurizer
from rasd.topics.model import TopicModel

_MARKS = str.maketrans("", "", DIACRITICS + TATWEEL)
_TANWEEN = ("اً", "ًا", "ً")  # adverbs and accusatives (استثنائياً، مدفوعاً): not keywords
_PRONOUN = ("ه", "ها", "هم", "هما", "هن")  # فوزه، مستوياتها: a single word with a pronoun is not a keyword
MAX_KEYWORDS = 10
MAX_WORDS = 3
HEAD_BONUS = 1.5
ENTITY_BONUS = 1.5


@dataclass(frozen=True, slots=True)
class Word:
    term: str  # the analyzer term of the word without clitics
    surface: str  # the word as written, clitics and diacritics off (الشرق، موسكو)
    conjunction: bool = False  # written with و ف ب ل ك before it: a phrase does not run into it


@dataclass
class Candidate:
    terms: tuple[str, ...]
    count: int = 0
    surfaces: Counter = field(default_factory=Counter)
    entity: bool = False

    def surface(self) -> str:
        return self.surfaces.most_common(1)[0][0]


class KeywordsStage:
    name = "keywords"
    version = "1"
    requires = frozenset({"text", "title", "headline", "deck", "entities"})
    provides = frozenset({"keywords"})

    def __init__(self, featurizer: Featurizer, idf: dict[str, float], counts: WordCounts | None):
        self.featurizer = featurizer
        self.idf = idf
        self.rare = max(self.idf.values(), default=1.0)
        self.counts = counts

    def __call__(self, article: Article) -> Article:
        return replace(article, keywords=tuple(self.extract(article)))

    def extract(self, article: Article) -> list[str]:
        """The keywords, best first."""
        candidates = self._phrases(article.text)
        for entity in article.entities:
            self._add_entity(candidates, entity.name, len(entity.mentions) + bool(entity.page_mentions))
        head = set(self.featurizer.analyzer.terms(" ".join(filter(None, [article.title, article.headline,
                                                                           article.deck]))))
        scored = [(self._score(c, head), c) for c in candidates.values()]
        ranked = [c for score, c in sorted(scored, key=lambda sc: (-sc[0], sc[1].terms)) if score > 0]
        return [c.surface() for c in _select(ranked)]

    def _phrases(self, text: str) -> dict[tuple[str, ...], Candidate]:
        candidates: dict[tuple[str, ...], Candidate] = {}
        for run in self._runs(text):
            for n in range(1, MAX_WORDS + 1):
                for i in range(len(run) - n + 1):
                    words = run[i:i + n]
                    terms = tuple(w.term for w in words)
                    candidate = candidates.setdefault(terms, Candidate(terms))
                    candidate.count += 1
                    candidate.surfaces[" ".join(w.surface for w in words)] += 1
        return candidates

    def _runs(self, text: str) -> list[list[Word]]:
        """Runs of content words: broken by punctuation, numbers and stopwords."""
        runs: list[list[Word]] = [[]]
        for token in tokenize(text):
            word = self._word(token.text) if token.kind == "word" else None
            if word is None or word.conjunction:  # "أوروبا وأوكرانيا" is two items; "الهلال بلقب" too
                runs.append([])
            if word is not None:
                runs[-1].append(word)
        return [run for run in runs if run]

    def _word(self, text: str) -> Word | None:
        """The word without clitics and marks, and its term; None for a stopword or a one-letter word."""
        surface, conjunction = _strip(text, self.counts)
        surface = surface.translate(_MARKS)
        terms = self.featurizer.analyzer.terms(surface)
        if len(terms) != 1 or len(terms[0]) < 2 or terms[0] in self.featurizer.stop or is_stopword(text) \
                or text.endswith(_TANWEEN):
            return None
        return Word(terms[0], surface, conjunction)

    def _add_entity(self, candidates: dict, name: str, count: int) -> None:
        terms = tuple(t for t in self.featurizer.analyzer.terms(name) if t not in self.featurizer.stop)
        if not terms or count == 0:
            return
        candidate = candidates.setdefault(terms, Candidate(terms))
        candidate.count = max(candidate.count, count)
        candidate.surfaces = Counter({name: candidate.count + 1})
        candidate.entity = True

    def _score(self, candidate: Candidate, head: set[str]) -> float:
        n = len(candidate.terms)
        if n > 1 and candidate.count < 2 and not candidate.entity:
            return 0.0
        if n == 1 and not candidate.entity and candidate.surface().endswith(_PRONOUN):
            return 0.0
        idf = sum(self.idf.get(t, self.rare) for t in candidate.terms) / n
        score = candidate.count * idf * (1 + 0.5 * (n - 1))
        if candidate.entity:
            score *= ENTITY_BONUS
        if set(candidate.terms) <= head:
            score *= HEAD_BONUS
        return score


def _select(ranked: list[Candidate]) -> list[Candidate]:
    """The best candidates, none contained in a better one; a repeated phrase replaces a word it contains."""
    chosen: list[Candidate] = []
    for candidate in ranked:
        terms = set(candidate.terms)
        if any(terms <= set(c.terms) for c in chosen):
            continue
        inside = [i for i, c in enumerate(chosen)
                  if set(c.terms) < terms and (candidate.count >= 2 or candidate.entity)]
        if inside:
            chosen[inside[0]] = candidate
            chosen = [c for i, c in enumerate(chosen) if i not in inside[1:]]
        elif len(chosen) < MAX_KEYWORDS:
            chosen.append(candidate)
    return chosen


def strip_clitics(word: str, counts: WordCounts | None = None) -> str:
    """``word`` without leading و ف ب ل ك س, the article kept: لموسكو -> موسكو, للشرق -> الشرق, للقاء -> لقاء."""
    return _strip(word, counts)[0]


def _strip(word: str, counts: WordCounts | None) -> tuple[str, bool]:
    """The word without clitics, and whether it began with a conjunction or preposition (و ف ب ل ك)."""
    tokens = split_clitics(word, 0, counts)
    conjunction = len(tokens) > 1 and tokens[0].text in ("و", "ف", "ب", "ل", "ك", "لل")
    while len(tokens) > 1 and len(tokens[-1].text.translate(_MARKS)) < 3:  # وبحث: و + بحث, not و + ب + حث
        tokens[-2:] = [Token(tokens[-2].text + tokens[-1].text, tokens[-2].start, tokens[-1].end, "word")]
    kept = [t for t in tokens if t.kind != "clitic" or t.text in ("ال", "لل")]
    text = "".join(t.text for t in kept)
    if text.startswith("لل"):
        with_article, without = "ال" + text[2:], text[1:]
        text = without if counts is not None and counts(without) > counts(with_article) else with_article
    return text, conjunction


def make_stage(config: Config) -> KeywordsStage:
    return KeywordsStage(Featurizer(Analyzer()), TopicModel.load().vocabulary.word_idf(), WordCounts.load())
