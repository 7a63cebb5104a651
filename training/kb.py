"""Rebuild the shipped knowledge-base seed (``src/rasd/models/kb``) from ``../shared/data/gazetteer``.

``entities.tsv``: countries (ISO 3166 codes, English and Arabic names), actors of the Arabic CAMEO dictionary
(Arabic names with CAMEO codes) and the hand-checked list ``training/data/kb-curated.tsv``. ``names.tsv``: the
English spellings of Arabic name words with counts (ANETAC, Wikidata name tokens, Google ar2en).

    PYTHONPATH=src python training/kb.py --shared ../shared
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "training")]
from sources import anetac_pairs, ascii_fold, cameo_actors, countries, google_pairs, wikidata_pairs  # noqa: E402

from rasd.kb.base import KBEntry, alias_key, write_entries  # noqa: E402
from rasd.ner.text import word_key  # noqa: E402

ORG_HEADS = {"حركة", "حزب", "منظمة", "اتحاد", "جبهة", "مجلس", "وزارة", "جيش", "قوة", "قوات", "حكومة", "لجنة",
             "وكالة", "هيئة", "جماعة", "شركة", "بنك", "محكمة", "جامعة", "تحالف", "كتائب", "سرايا", "رابطة"}
NON_STATE = {"IGO", "NGO", "MNC", "INT", "NGM", "IMG"}


def country_entries(shared: Path) -> list[KBEntry]:
    entries = []
    for c in countries(shared):
        ar = c["translations"]["ara"]
        entries.append(KBEntry(f"iso:{c['cca3']}", "LOC", c["name"]["common"], ar["common"], (ar["official"],),
                               (c["cca2"], c["cca3"]), "country"))
    return entries


def cameo_entries(shared: Path, iso3: set[str]) -> list[KBEntry]:
    """Actors merged by alias key; typed PER when dated (a person in office) and named like a person (two
    or more words, or one word that is a person-name token in ANETAC), LOC for a bare country code."""
    person_words = {word_key(ar) for kind, _, ar in anetac_pairs(shared) if kind == "PERSON"}
    merged: dict[str, tuple[str, set[str], bool]] = {}
    for name, codes, dated in cameo_actors(shared):
        codes = [c for c in codes if c[:3] in iso3 | NON_STATE]
        if not codes or not name.strip():
            continue
        key = alias_key(name)
        first, found, was_dated = merged.get(key, (name, set(), False))
        merged[key] = (first, found | set(codes), was_dated or dated)
    entries = []
    for key, (name, codes, dated) in sorted(merged.items()):
        words = name.split()
        if dated and words[0] not in ORG_HEADS and (len(words) > 1 or word_key(words[0]) in person_words):
            kind = "PER"
        elif len(words) == 1 and all(len(c) == 3 and c in iso3 for c in codes):
            kind = "LOC"
        else:
            kind = "ORG"
        entries.append(KBEntry("cameo:" + key.replace(" ", "_"), kind, None, name, (), tuple(sorted(codes)), "cameo"))
    return entries


def curated_entries(path: Path) -> list[KBEntry]:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        id_, kind, name_en, arabic = line.split("\t")
        names = arabic.split("|")
        entries.append(KBEntry(id_, kind, name_en, names[0], tuple(names[1:]), (), "curated"))
    return entries


def name_spellings(shared: Path) -> list[str]:
    counts: Counter = Counter()
    for _, en, ar in anetac_pairs(shared):
        counts[word_key(ar), ascii_fold(en).lower()] += 1
    for en, ar, n in wikidata_pairs(shared):
        counts[word_key(ar), ascii_fold(en).lower()] += n
    for split in ("train", "eval", "test"):
        for ar, en in google_pairs(shared, split):
            counts[word_key(ar), ascii_fold(en).lower()] += 1
    by_key: dict[str, list[tuple[str, int]]] = {}
    for (key, latin), n in counts.items():
        if key and latin.replace("-", "").replace("'", "").isalpha():
            by_key.setdefault(key, []).append((latin, n))
    rows = []
    for key in sorted(by_key):
        for latin, n in sorted(by_key[key], key=lambda item: (-item[1], item[0]))[:3]:
            rows.append(f"{key}\t{latin}\t{n}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "src/rasd/models/kb")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    country = country_entries(args.shared)
    entries = curated_entries(ROOT / "training/data/kb-curated.tsv") + country
    entries += cameo_entries(args.shared, {e.codes[1] for e in country})
    write_entries(args.out / "entities.tsv", entries)
    (args.out / "names.tsv").write_text("\n".join(name_spellings(args.shared)) + "\n", encoding="utf-8")
    print(f"{len(entries)} entries ({Counter(e.source for e in entries)}); names.tsv written to {args.out}")


if __name__ == "__main__":
    main()
