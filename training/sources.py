"""Readers for the name lists and NER corpora in ``../shared/data`` used by the training scripts."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

GAZ = "data/gazetteer"


def conll_sentences(path: Path) -> list[list[tuple[str, str]]]:
    """ANERcorp-style ``token TAG`` lines, blank lines between sentences."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if current:
                sentences.append(current)
            current = []
            continue
        current.append((parts[0], parts[-1] if len(parts) > 1 else "O"))
    if current:
        sentences.append(current)
    return sentences


def anetac_pairs(shared: Path) -> Iterator[tuple[str, str, str]]:
    """(type PERSON/LOCATION/ORGANIZATION, English, Arabic) single-word pairs."""
    for line in (shared / GAZ / "anetac-en-ar-named-entities/EN-AR_Named-entities.txt").open(encoding="utf-8"):
        parts = line.split()
        if len(parts) == 3:
            yield parts[0], parts[1], parts[2]


def wikidata_pairs(shared: Path) -> Iterator[tuple[str, str, int]]:
    """(English, Arabic, count) person-name token pairs from Wikidata."""
    path = shared / GAZ / "wikidata-en-ar-name-tokens-coling2018/wd_arabic.normalized.aligned.tokens"
    for line in path.open(encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 3:
            yield parts[0], parts[1].replace(" ", ""), int(parts[2])


def google_pairs(shared: Path, split: str) -> list[tuple[str, str]]:
    """(Arabic, English) pairs of the Google ar2en split: train, eval or test."""
    path = shared / GAZ / f"google-ar2en-transliteration/ar2en-{split}.txt"
    pairs = []
    for line in path.open(encoding="utf-8"):
        parts = line.split()
        if len(parts) == 2:
            pairs.append((parts[0], parts[1]))
    return pairs


def countries(shared: Path) -> list[dict]:
    return json.loads((shared / GAZ / "countries-ar-en-mledoze/countries.json").read_text(encoding="utf-8"))


_CODE = re.compile(r"\[([^\]\s]+)")


def cameo_actors(shared: Path) -> Iterator[tuple[str, list[str], bool]]:
    """(Arabic name with spaces, CAMEO codes, has dated roles) from the Arabic CAMEO actor dictionary."""
    path = shared / GAZ / "arabic-cameo-actor-dictionary/actor_dict_ar_v4.txt"
    name, codes, dated = None, [], False
    for raw in path.open(encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[:1] in "\t" or line.lstrip().startswith("["):
            codes += _CODE.findall(line)
            dated = True
            continue
        if name:
            yield name, codes, dated
        head = line.split("[", 1)[0]
        name = " ".join(head.replace("_", " ").split())
        codes, dated = _CODE.findall(line[len(head):]), False
    if name:
        yield name, codes, dated


def ascii_fold(text: str) -> str:
    """'botín' -> 'botin': English side of the name pairs without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
