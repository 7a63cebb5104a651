"""The topic labels: IPTC Media Topics top-level codes, the corpus mapping and the conflict lexicon.

Corpus categories map to IPTC codes by :data:`CORPUS_MAP`. ANT's ``internationalNews``, ``middleEast`` and
``localNews`` name places, not topics, and ``diverse`` names nothing: they give no positive label. No corpus
here labels conflict, war and peace; :func:`conflict_lexicon` labels an article from the
:data:`CONFLICT_WORDS` lexicon (a positive, a negative, or unknown when the evidence is thin), and the model
learns from those weak labels. Politics is labelled only in ANT v1.1 (Tunisian news); world news filed under
places gets weak politics labels from :func:`politics_lexicon` the same way. docs/topics.md has the reasoning and the measured agreement with a hand check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rasd.arabic.analyzer import Analyzer


@dataclass(frozen=True, slots=True)
class Label:
    key: str  # short name used in files ("politics")
    code: str  # IPTC Media Topics code
    label: str  # IPTC English name
    label_ar: str


LABELS: tuple[Label, ...] = (
    Label("politics", "medtop:11000000", "politics", "سياسة"),
    Label("conflict", "medtop:16000000", "conflict, war and peace", "نزاعات وحروب وسلام"),
    Label("economy", "medtop:04000000", "economy, business and finance", "اقتصاد وأعمال ومال"),
    Label("sport", "medtop:15000000", "sport", "رياضة"),
    Label("science", "medtop:13000000", "science and technology", "علوم وتكنولوجيا"),
    Label("culture", "medtop:01000000", "arts, culture, entertainment and media", "فنون وثقافة وترفيه"),
    Label("society", "medtop:14000000", "society", "مجتمع"),
)
BY_KEY = {label.key: label for label in LABELS}

# (corpus, category) -> label key. Categories not listed give no positive label (places, "diverse").
CORPUS_MAP: dict[str, str] = {
    "politic": "politics",  # ANT v1.1 only
    "economy": "economy",
    "sport": "sport",
    "technology": "science",
    "culture": "culture",
    "society": "society",  # ANT v1.1 only
}
# Section labels: an article filed under one of these sections is taken as not belonging to the others.
SECTIONS = frozenset({"economy", "sport", "science", "culture"})

# Conflict, war and peace: words for armed conflict, its violence and its ending, as written; they are
# matched as analyzer terms (SEARCH folding + light10 stem), so clitics, plurals and spellings fold together.
CONFLICT_WORDS: tuple[str, ...] = tuple("""
حرب حروب قتال اقتتال معارك معركة اشتباكات قصف غارة غارات هجوم هجمات عسكري جيش جيوش مسلحين مقاتلين جنود
جندي قتلى قتيل جرحى ضحايا صاروخ صواريخ مدفعية قذيفة قذائف تفجير انفجار انتحاري إرهاب ميليشيات متمردين
احتلال اجتياح غزو حصار نزاع صراع هدنة سلام
""".split())
CONFLICT_PHRASES: tuple[str, ...] = (
    "وقف إطلاق النار", "اتفاق سلام", "مفاوضات السلام", "عملية عسكرية", "القوات العسكرية", "طائرة مسيرة",
    "خطة السلام",
)

# Politics (government, elections, parties, legislation, diplomacy), for articles no corpus labels: ANT's
# place-filed world news. Politics words are common in all news, so the thresholds are higher.
POLITICS_WORDS: tuple[str, ...] = tuple("""
سياسي سياسية حكومة حكومي رئاسة رئاسي وزير وزراء وزارة برلمان برلماني نواب انتخابات انتخابي ناخبين حزب أحزاب
معارضة دبلوماسي دبلوماسية سفير سفارة مبعوث مفاوضات محادثات قمة عقوبات دستور استفتاء زعيم زعماء الكرملين
معاهدة ائتلاف تشريعي مشرعين
""".split())
POLITICS_PHRASES: tuple[str, ...] = (
    "البيت الأبيض", "مجلس الأمن", "الأمم المتحدة", "وزير الخارجية", "وزارة الخارجية", "رئيس الوزراء",
    "مجلس النواب", "الاتحاد الأوروبي", "العلاقات الثنائية",
)


@dataclass(frozen=True, slots=True)
class Thresholds:
    positive: int  # at least this many hits ...
    distinct: int  # ... of at least this many different entries: positive
    negative: int  # at most this many hits: negative


CONFLICT = Thresholds(positive=4, distinct=2, negative=1)
POLITICS = Thresholds(positive=5, distinct=3, negative=1)


class Lexicon:
    """A weak-labelling lexicon as analyzer terms: counts hits in an article and gives its weak label."""

    def __init__(self, analyzer: Analyzer, words: tuple[str, ...], phrases: tuple[str, ...],
                 thresholds: Thresholds):
        # Both the bare and the definite form: light10 takes و off a bare وزير (زير) but not off الوزير (وزير).
        forms = [f for w in words for f in (w, w if w.startswith("ال") else "ال" + w)]
        self.words = frozenset(t for f in forms for t in analyzer.terms(f))
        self.thresholds = thresholds
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            terms = tuple(analyzer.terms(phrase))
            self.phrases.setdefault(terms[0], []).append(terms)

    def hits(self, terms: Sequence[str]) -> tuple[int, int]:
        """(hits, distinct entries) of the lexicon in a sequence of analyzer terms."""
        found = []
        for i, term in enumerate(terms):
            if term in self.words:
                found.append(term)
            for phrase in self.phrases.get(term, ()):
                if tuple(terms[i:i + len(phrase)]) == phrase:
                    found.append(" ".join(phrase))
        return len(found), len(set(found))

    def weak_label(self, terms: Sequence[str]) -> float | None:
        """1.0 (conflict), 0.0 (not) or None (unknown: between the thresholds)."""
        hits, distinct = self.hits(terms)
        if hits >= self.thresholds.positive and distinct >= self.thresholds.distinct:
            return 1.0
        if hits <= self.thresholds.negative:
            return 0.0
        return None


def conflict_lexicon(analyzer: Analyzer) -> Lexicon:
    return Lexicon(analyzer, CONFLICT_WORDS, CONFLICT_PHRASES, CONFLICT)


def politics_lexicon(analyzer: Analyzer) -> Lexicon:
    return Lexicon(analyzer, POLITICS_WORDS, POLITICS_PHRASES, POLITICS)


def weak_lexicons(analyzer: Analyzer) -> dict[str, Lexicon]:
    """The labels learned from weak labels, with their lexicons."""
    return {"conflict": conflict_lexicon(analyzer), "politics": politics_lexicon(analyzer)}
