"""Rebuild src/rasd/models/arabic-wordfreq/: Arabic word counts from the ANT corpora, for clitic separation.

Counts every Arabic-letter word of the TITLE and TEXT fields of ANT v1.1 (JawharaFM, Apache-2.0) and ANT v2.1
(five news sites, citation licence), after MATCH folding (alef forms, ى -> ي, diacritics and tatweel removed),
and keeps the words seen at least ``--min-count`` times. Deterministic: same input, same file.

    PYTHONPATH=src python training/arabic_wordfreq.py [--shared ../shared] [--min-count 3]
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import tarfile
from collections import Counter
from pathlib import Path

from rasd.arabic.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasd" / "models" / "arabic-wordfreq" / "words.tsv.gz"
SOURCES = ("data/topics/ant-v1.1.tar.gz", "data/topics/ant-v2.1-2018-02-to-08.tar.gz")
_FIELDS = re.compile(r"<(TITLE|TEXT)>(.*?)</\1>", re.S)
_WORD = re.compile(r"[\u0621-\u064a]+")


def count(shared: Path) -> tuple[Counter, int]:
    counts: Counter = Counter()
    documents = 0
    seen: set[str] = set()
    for source in SOURCES:
        with tarfile.open(shared / source) as tar:
            for member in tar:
                if not member.isfile() or not member.name.endswith(".txt"):
                    continue
                raw = tar.extractfile(member).read().decode("utf-8", "replace")  # type: ignore[union-attr]
                url = re.search(r"<URL>(.*?)</URL>", raw)
                key = url.group(1) if url else member.name
                if key in seen:
                    continue  # ANT lists some articles under two categories
                seen.add(key)
                documents += 1
                for _, text in _FIELDS.findall(raw):
                    counts.update(_WORD.findall(fold(text)))
    return counts, documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args()
    counts, documents = count(args.shared)
    kept = sorted(((w, c) for w, c in counts.items() if c >= args.min_count), key=lambda wc: (-wc[1], wc[0]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw, raw as handle:
        handle.write("".join(f"{w}\t{c}\n" for w, c in kept).encode("utf-8"))
    print(f"{documents} documents, {sum(counts.values()):,} words, {len(counts):,} distinct; "
          f"kept {len(kept):,} seen >= {args.min_count} times -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
