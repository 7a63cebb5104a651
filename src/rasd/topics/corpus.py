"""The training corpora, read from ``../shared/data`` (nothing is copied): ANT v2.1 and v1.1 articles, and the
Arabic PLOVER ASSAULT sentences as extra conflict examples.

ANT files are TREC-style (DOCNO, URL, SRC, CAT, TITLE, TIME, ABSTRACT, TEXT). Some articles are filed under
two categories; :func:`read_ant` merges them by URL into one :class:`Doc` with both categories. The date is
the ``YYYYMMDD`` at the end of DOCNO.
"""

from __future__ import annotations

import re
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from rasd.topics.labels import CORPUS_MAP, SECTIONS

ANT_V21 = "data/topics/ant-v2.1-2018-02-to-08.tar.gz"
ANT_V11 = "data/topics/ant-v1.1.tar.gz"
ASSAULT = "data/events/arabic-plover-dev/arabic_assault_gsr_validation.xml"
_FIELD = re.compile(r"<(DOCNO|URL|SRC|CAT|TITLE|TEXT)>\s*(.*?)\s*</\1>", re.S)
_SENTENCE = re.compile(r'<Sentence [^>]*date="(\d{8})"[^>]*id="([^"]+)".*?<Text>\s*(.*?)\s*</Text>', re.S)
NO_LABEL = frozenset({"localNews", "diverse"})  # categories that say nothing about other sections


@dataclass(frozen=True, slots=True)
class Doc:
    corpus: str  # "ant-v2.1", "ant-v1.1", "plover-assault"
    docno: str
    url: str
    outlet: str
    categories: tuple[str, ...]
    date: str  # YYYY-MM-DD
    title: str
    text: str

    @property
    def month(self) -> str:
        return self.date[:7]


def read_ant(shared: Path, which: str, name: str) -> list[Doc]:
    """The articles of one ANT tarball, merged by URL (an article under two categories keeps both)."""
    path = shared / which
    if not path.exists():
        raise FileNotFoundError(f"ANT corpus not found at {path}")
    docs: dict[str, Doc] = {}
    for fields in _ant_files(path):
        doc = _doc(fields, name)
        if doc is None:
            continue
        earlier = docs.get(doc.url)
        if earlier is None:
            docs[doc.url] = doc
        elif doc.categories[0] not in earlier.categories:
            docs[doc.url] = replace(earlier, categories=earlier.categories + doc.categories)
    return list(docs.values())


def _ant_files(path: Path) -> Iterator[dict[str, str]]:
    with tarfile.open(path) as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".txt"):
                raw = tar.extractfile(member).read().decode("utf-8", "replace")  # type: ignore[union-attr]
                yield {key: value for key, value in _FIELD.findall(raw)}


def _doc(fields: dict[str, str], corpus: str) -> Doc | None:
    docno, text = fields.get("DOCNO", ""), fields.get("TEXT", "")
    date = _date(docno)
    if not text or not date:
        return None
    return Doc(corpus, docno, fields.get("URL") or docno, fields.get("SRC", ""), (fields.get("CAT", ""),),
               date, fields.get("TITLE", ""), text)


def _date(docno: str) -> str | None:
    """The DOCNO's date as YYYY-MM-DD: mostly YYYYMMDD, a few ANT v1.1 ids DDMMYYYY."""
    digits = re.search(r"(\d{8})$", docno)
    if not digits:
        return None
    d = digits.group(1)
    year, month, day = (d[:4], d[4:6], d[6:]) if 1990 <= int(d[:4]) <= 2030 else (d[4:], d[2:4], d[:2])
    return f"{year}-{month}-{day}"


def read_assault(shared: Path) -> list[Doc]:
    """Arabic PLOVER ASSAULT sentences (2006-08) as short conflict documents."""
    path = shared / ASSAULT
    if not path.exists():
        return []
    raw = path.read_text(encoding="utf-8")
    return [Doc("plover-assault", sid, sid, "plover", ("ASSAULT",), f"{d[:4]}-{d[4:6]}-{d[6:]}", "", text)
            for d, sid, text in _SENTENCE.findall(raw)]


def read_all(shared: Path) -> list[Doc]:
    return read_ant(shared, ANT_V21, "ant-v2.1") + read_ant(shared, ANT_V11, "ant-v1.1") + read_assault(shared)


def targets(docs: list[Doc], weak: list[dict[str, float | None]], labels: list[str]) -> np.ndarray:
    """[docs x labels] of 1.0, 0.0 or NaN (unknown), by the rules in docs/topics.md; ``weak`` holds each
    document's lexicon labels ("conflict", "politics")."""
    table = np.full((len(docs), len(labels)), np.nan)
    for i, doc in enumerate(docs):
        known = _known(doc, weak[i])
        for c, label in enumerate(labels):
            table[i, c] = known.get(label, np.nan)
    return table


def _known(doc: Doc, weak: dict[str, float | None]) -> dict[str, float]:
    if doc.corpus == "plover-assault":
        return {"conflict": 1.0}
    mapped = {CORPUS_MAP[c] for c in doc.categories if c in CORPUS_MAP}
    known: dict[str, float] = {}
    if not set(doc.categories) & NO_LABEL:
        known.update({label: float(label in mapped) for label in SECTIONS})
    if mapped and (doc.corpus == "ant-v1.1" or mapped & SECTIONS):
        known["politics"] = float("politics" in mapped)
    elif weak.get("politics") is not None:
        known["politics"] = weak["politics"]
    if doc.corpus == "ant-v1.1" and mapped:
        known["society"] = float("society" in mapped)
    if "sport" in mapped:
        known["conflict"] = 0.0
    elif weak.get("conflict") is not None:
        known["conflict"] = weak["conflict"]
    return known


def featurize(docs: list[Doc], featurizer, lexicons: dict) -> tuple[list[list[str]], list[dict[str, float | None]]]:
    """Each document's features (title and text) and its weak labels from ``lexicons`` (label -> Lexicon)."""
    features, weak = [], []
    for doc in docs:
        terms = featurizer.terms(doc.title + "\n" + doc.text)
        features.append(featurizer.from_terms(terms))
        weak.append({label: lexicon.weak_label(terms) for label, lexicon in lexicons.items()})
    return features, weak
