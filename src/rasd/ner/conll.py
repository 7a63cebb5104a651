"""CoNLL files (one token per line, blank lines between sentences) and conlleval-style scoring.

Scoring counts exact spans: a predicted entity is right only when its type, first and last token all
equal a gold entity's. BIO is read as conlleval reads it: an ``I-X`` that does not continue an ``X``
starts a new entity.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TextIO


def read_conll(lines: Iterable[str]) -> Iterator[list[list[str]]]:
    """Sentences as lists of rows (the whitespace-separated columns of each line)."""
    sentence: list[list[str]] = []
    for line in lines:
        columns = line.split()
        if columns:
            sentence.append(columns)
        elif sentence:
            yield sentence
            sentence = []
    if sentence:
        yield sentence


def write_conll(out: TextIO, sentences: Iterable[tuple[Sequence[str], Sequence[str]]]) -> None:
    """``token<TAB>tag`` lines, a blank line after every sentence."""
    for tokens, tags in sentences:
        for token, tag in zip(tokens, tags, strict=True):
            out.write(f"{token}\t{tag}\n")
        out.write("\n")


def spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(type, start, end) of every entity in a BIO sequence; ``end`` is exclusive."""
    found, kind, start = [], None, 0
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind
        if kind is not None and not continues:
            found.append((kind, start, i))
            kind = None
        if prefix in ("B", "I") and not continues:
            kind, start = label, i
    return found


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int
    correct: int


def _score(correct: int, gold: int, predicted: int) -> Score:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(round(100 * p, 2), round(100 * r, 2), round(100 * f, 2), gold, predicted, correct)


def evaluate(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, Score]:
    """Micro scores overall (key ``"overall"``) and per type, over aligned tag sequences."""
    counts: dict[str, Counter] = {}
    for gold_tags, pred_tags in zip(gold, predicted, strict=True):
        g, p = set(spans(gold_tags)), set(spans(pred_tags))
        for key, items in (("gold", g), ("predicted", p), ("correct", g & p)):
            for kind, _, _ in items:
                counts.setdefault(kind, Counter())[key] += 1
    total = sum(counts.values(), Counter())
    result = {"overall": _score(total["correct"], total["gold"], total["predicted"])}
    for kind in sorted(counts):
        c = counts[kind]
        result[kind] = _score(c["correct"], c["gold"], c["predicted"])
    return result
