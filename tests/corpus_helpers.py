"""Real articles for end-to-end tests, read from ../shared (the tests using them take the `shared` fixture)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

WORDS = ("أوكرانيا", "الأطلسي", "روسيا", "بوتين", "موسكو")


def corpus_lines(shared: Path, wanted: int = 300) -> list[str]:
    """JSON lines of SaudiNewsNet articles: those naming Russia, Ukraine or NATO first, then others."""
    folder = shared / "data" / "corpus" / "saudinewsnet" / "dataset"
    topical, other = [], []
    for name in sorted(folder.glob("*.zip"))[:3]:
        with zipfile.ZipFile(name) as archive:
            for member in archive.namelist():
                for item in json.loads(archive.read(member)):
                    if len(item.get("content") or "") < 400:
                        continue
                    record = {"url": item["url"], "title": item["title"], "text": item["content"],
                              "published": item["date_extracted"][:10]}
                    (topical if any(w in item["content"] for w in WORDS) else other).append(record)
    chosen = topical[:120] + other[:wanted - min(120, len(topical))]
    return [json.dumps(r, ensure_ascii=False) for r in chosen]
