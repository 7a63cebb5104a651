"""Reading time: rasd's computed minutes against the minutes pages publish, at several words-per-minute rates.

    python bench/readtime.py [--shared ../shared]

Pages: real pages that show a reading-time widget. Today that is the seed page (../shared/seed); the
hand-written golden pages are left out because their widget figures were made up with the layout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import shared_dir, write_report  # noqa: E402

from rasd.config import load_config  # noqa: E402
from rasd.extract.readtime import estimate_minutes  # noqa: E402
from rasd.service import analyze_path  # noqa: E402

RATES = (138, 180, 200, 238)


def pages(shared: Path) -> list[Path]:
    return [shared / "seed" / "asharq-witkoff-kushner-moscow.txt"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="the shared data folder (default ../shared)")
    args = parser.parse_args()
    config = load_config(environ={})
    rows = []
    for path in pages(shared_dir(args.shared)):
        article = analyze_path(path, config)
        shown = article.reading_time.published_minutes
        if shown is None:
            continue
        words = article.reading_time.words
        by_rate = {rate: estimate_minutes(words, rate) for rate in RATES}
        rows.append({"page": path.name, "language": article.language, "words": words, "published": shown,
                     "rasd": article.reading_time.minutes, "by_rate": by_rate})
    lines = ["| page | lang | words | page says | rasd | " + " | ".join(f"at {r} wpm" for r in RATES) + " |",
             "|---|---|---|---|---|" + "---|" * len(RATES)]
    for row in rows:
        rates = " | ".join(f"{m}" for m in row["by_rate"].values())
        lines.append(f"| {row['page']} | {row['language']} | {row['words']} | {row['published']} | {row['rasd']} | {rates} |")
    exact = sum(row["rasd"] == row["published"] for row in rows)
    lines.append(f"\nrasd equals the published figure on {exact} of {len(rows)} pages.")
    path = write_report("readtime", "python bench/readtime.py", "\n".join(lines), {"rows": rows, "exact": exact})
    print("\n".join(lines))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
