"""Draw the ANT sentences for bench/data/ant-times.tsv (seeded; rasd's temporal code plays no part in it).

Sentences (rasd.arabic.tokenize.sentences) of ANT v2.1 article bodies that contain a broad time cue word are
sampled (seed 11: 60 sentences, the development set, ant-times.tsv, looked at while fixing rules; seed 12: 60
more, the test set, ant-times-test.tsv, labelled before rasd was run on it); a person labels every time
expression in them by hand. Gold refers to the article
by DOCNO and to text by offsets into its TEXT field, so no corpus text is copied into the repository.

    PYTHONPATH=src python bench/data/ant_sample.py [--count 60]   # prints docno, reference, offsets, sentence
"""

from __future__ import annotations

import argparse
import email.utils
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from ant import ant_articles  # noqa: E402
from common import shared_dir  # noqa: E402

from rasd.arabic.tokenize import sentences  # noqa: E402

CUE = re.compile(
    r"أمس|اليوم|غدا|الماضي|الماضية|المقبل|المقبلة|القادم|منذ|الشهر|الأسبوع|العام|عام|سنة|الأيام|"
    r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|"
    r"الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|\d{4}"
)


def reference(article: dict[str, str]) -> str:
    return email.utils.parsedate_to_datetime(article["TIME"]).date().isoformat()


def sample(shared: Path, count: int, seed: int = 11) -> list[tuple[dict[str, str], int, int]]:
    """``count`` sentences drawn with ``seed`` from the pool (the same pool and order for every seed)."""
    pool = []
    for article in ant_articles(shared):
        if not article.get("TIME"):
            continue
        for s in sentences(article["TEXT"]):
            if CUE.search(s.text) and 8 <= len(s.text.split()) <= 60:
                pool.append((article, s.start, s.end))
    return random.Random(seed).sample(pool, count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="the shared folder (default ../shared or $RASD_SHARED)")
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=11, help="11: the development set; 12: the test set")
    args = parser.parse_args()
    for article, start, end in sample(shared_dir(args.shared), args.count, args.seed):
        print(f"{article['DOCNO']}\t{reference(article)}\t{start}\t{end}\t{article['TEXT'][start:end]}")


if __name__ == "__main__":
    main()
