"""Search queries, backend-independent: a query string -> analyzed clauses both store backends run.

The contract (SQLite FTS5 in :mod:`rasd.search.sqlite`; the PostgreSQL backend must give the same answers):

- **Words**: ``ويتكوف بوتين`` — every word must match (AND). Each word goes through the same analyzer that
  indexed the articles, :func:`make_analyzer`: :class:`rasd.arabic.analyzer.Analyzer` with clitics on
  (SEARCH normalization: diacritics, tatweel removed, alef/hamza/ya/ta-marbuta folded, digits to ASCII, lower
  case; proclitics و ف ب ل ك لل ال split off by :func:`rasd.arabic.clitics.split_clitics` with the shipped word
  counts; then the light10 stemmer strips remaining articles and light suffixes; English: Snowball). So
  أوكرانيا, اوكرانيا, وأوكرانيا, لأوكرانيا and أُوكْرانيا all become one term, and لحلف matches حلف. A word the analyzer splits into several terms (``2,5`` stays one; ``al-Quds`` gives two)
  is a phrase of those terms.
- **Phrases**: ``"حلف شمال الأطلسي"`` — the analyzed terms must occur next to each other, in order.
- **Prefixes**: ``اوكر*`` — terms starting with the word's form after normalization, clitic splitting and
  article stripping (ال، وال، بال، كال، فال، لل، و), but *without* suffix stripping (a prefix is not a word).
  English prefixes are lower-cased, not stemmed (``negotiat*`` does not reach the stem ``negoti``).
  Prefixes shorter than :data:`MIN_PREFIX` characters are refused (E301).
- **Exclusion**: ``-word`` (or ``-"a phrase"``) excludes articles matching it; a query of exclusions alone
  is refused (E301).
- Words that analyze to nothing (punctuation) are dropped; an empty query matches every article.

Ranking is BM25 (k1 = 1.2, b = 0.75) over two fields, head (title, headline, kicker, deck; weight
:data:`HEAD_WEIGHT`) and body (the text; weight 1), each holding the analyzed terms of its text; ties are
broken by newest publication date, then id. ``sort="date"`` orders matches newest first instead.
Filters (all optional, ANDed): date range on the publication day (inclusive ISO dates), source name,
language code, entity key (``kb_id`` or ``TYPE:name``), topic code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.arabic.analyzer import Analyzer, analyzer_key
from rasd.arabic.normalize import SEARCH, fold
from rasd.errors import RasdError

MIN_PREFIX = 2
HEAD_WEIGHT = 3.0
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')
_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال", "و")


@dataclass(frozen=True, slots=True)
class Clause:
    """One condition: ``terms`` in order (one term, or a phrase); ``prefix``: the last term is a prefix."""

    terms: tuple[str, ...]
    prefix: bool = False
    exclude: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.terms) > 1


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    text: str
    clauses: tuple[Clause, ...]

    @property
    def empty(self) -> bool:
        return not self.clauses

    @property
    def positive(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if not c.exclude)

    def highlight_terms(self) -> tuple[set[str], tuple[str, ...]]:
        """(whole terms, prefixes) a snippet should mark."""
        whole = {t for c in self.positive for t in (c.terms[:-1] if c.prefix else c.terms)}
        prefixes = tuple(c.terms[-1] for c in self.positive if c.prefix)
        return whole, prefixes


def make_analyzer() -> Analyzer:
    """The search analyzer: the Arabic core's Analyzer with proclitic splitting (the index records its key)."""
    return Analyzer(clitics=True)


def search_analyzer_key() -> str:
    """The key of :func:`make_analyzer`'s analyzer, without loading it (opening a store checks it)."""
    return analyzer_key(clitics=True)


def parse(query: str, analyzer: Analyzer) -> ParsedQuery:
    """The clauses of ``query`` (see the module docstring); RasdError E301 for a query that cannot run."""
    clauses = []
    for match in _TOKEN.finditer(query or ""):
        quoted, exclude = match.group(2), bool(match.group(1) or match.group(3))
        clause = _phrase(quoted, analyzer, exclude) if quoted is not None else _word(match.group(4), analyzer,
                                                                                         exclude)
        if clause is not None:
            clauses.append(clause)
    if clauses and all(c.exclude for c in clauses):
        raise RasdError("E301", f"the query {query!r} only excludes words; add a word to look for")
    return ParsedQuery(query, tuple(clauses))


def _phrase(text: str, analyzer: Analyzer, exclude: bool) -> Clause | None:
    terms = tuple(analyzer.terms(text))
    return Clause(terms, exclude=exclude) if terms else None


def _word(word: str, analyzer: Analyzer, exclude: bool) -> Clause | None:
    if word.endswith("*") and len(word) > 1:
        return _prefix(word.rstrip("*"), analyzer, exclude)
    return _phrase(word, analyzer, exclude)


def _prefix(word: str, analyzer: Analyzer, exclude: bool) -> Clause | None:
    terms = analyzer.terms(word)
    if not terms:
        return None
    last = prefix_term(re.findall(r"\w+", word)[-1], analyzer)
    if len(last) < MIN_PREFIX:
        raise RasdError("E301", f"the prefix {word!r}* is too short: give at least {MIN_PREFIX} letters")
    return Clause((*terms[:-1], last), prefix=True, exclude=exclude)


def prefix_term(word: str, analyzer: Analyzer) -> str:
    """A typed prefix as index terms start: normalized, lower-cased, leading articles/conjunction removed."""
    folded = re.sub(r"[^\w]", "", fold(word, SEARCH)).lower()
    if not folded or folded[0].isdigit() or not re.match(r"[\u0600-\u06ff]", folded):
        return folded
    folded = analyzer.without_clitics(folded)
    for article in _PREFIXES:
        if folded.startswith(article) and len(folded) - len(article) >= MIN_PREFIX:
            return folded[len(article):]
    return folded
