"""Rebuild the event actor agents table (``src/rasd/models/events/agents.tsv``) from the Arabic CAMEO agents list.

``../shared/data/gazetteer/arabic-cameo-actor-dictionary/agents.all.ar_v3.txt`` (MIT, Open Event Data Alliance)
lists Arabic role nouns with their CAMEO sector codes (``شرطة [~COP]``). The table keeps the one- and two-word
entries as matching keys (folded, without the article) and their codes, and adds the hand-checked entries of
``training/data/event-agents-extra.tsv`` (broken plurals and news words the list lacks).

    PYTHONPATH=src python training/event_agents.py --shared ../shared
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src")]
from rasd.events.codes import agent_key  # noqa: E402

LINE = re.compile(r"^\s*(?P<name>[^\[#]+?)\s*\[~(?P<code>[A-Z]{3,9})\]")


def cameo_agents(shared: Path) -> dict[str, str]:
    path = shared / "data/gazetteer/arabic-cameo-actor-dictionary/agents.all.ar_v3.txt"
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = LINE.match(line)
        if not match:
            continue
        words = [w for w in match.group("name").split("_") if w]
        if not 1 <= len(words) <= 2:
            continue
        key = agent_key(" ".join(words))
        if key and key not in table:
            table[key] = match.group("code")[:3]
    return table


def extra_agents() -> dict[str, str]:
    path = ROOT / "training/data/event-agents-extra.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    return {agent_key(word): code for word, code in rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--out", type=Path, default=ROOT / "src/rasd/models/events/agents.tsv")
    args = parser.parse_args()
    table = cameo_agents(args.shared)
    table.update(extra_agents())
    rows = ["key\tcode"] + [f"{key}\t{code}" for key, code in sorted(table.items())]
    args.out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(table)} agents to {args.out}")


if __name__ == "__main__":
    main()
