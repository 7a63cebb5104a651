"""Build and inspect the hand-annotated Arabic quote gold set (bench/data/quotes-gold.jsonl).

    python bench/quotes_gold.py compile WORKSHEET [--out bench/data/quotes-gold.jsonl]
    python bench/quotes_gold.py show [--gold bench/data/quotes-gold.jsonl] [--id ID]

A worksheet is the annotator's working file; it quotes fragments of the articles, so it stays outside the
repository. ``compile`` turns it into the gold file, which holds only corpus ids, the SHA-1 of the derived
text and character offsets (docs/quote-guidelines.md, section "Gold file"). ``show`` prints the gold
quotes against the text read from ../shared, for review.

Worksheet format: ``@ CORPUS ID`` starts an article; each quote is one line of ``key=value`` fields separated
by `` | ``: ``p`` paragraph (block) index, ``s`` speaker as written, ``sp`` the paragraph of that speaker
mention when it is not ``p`` (implicit speakers), ``c`` cue, ``t`` content as ``START ... END`` fragments
(or in full), ``f`` form, ``k`` speaker kind, ``v`` via outlet, ``d=1`` denial.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes_corpus import load, text_sha1  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "data" / "quotes-gold.jsonl"


def shared_dir(value: str | None) -> Path:
    return Path(value or os.environ.get("RASD_SHARED") or ROOT.parent / "shared")


def parse_worksheet(path: Path) -> list[dict]:
    articles: list[dict] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            corpus, ident = line[1:].split()
            articles.append({"corpus": corpus, "id": ident, "items": []})
            continue
        fields = dict(part.strip().split("=", 1) for part in line.split(" | "))
        fields["line"] = n
        articles[-1]["items"].append(fields)
    return articles


def _find_all(text: str, needle: str, start: int, end: int) -> list[int]:
    found, i = [], text.find(needle, start, end)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + 1, end)
    return found


def _nearest(text: str, needle: str, block: tuple[int, int], anchor: int, before: bool = False) -> tuple[int, int]:
    head, _sep, tail = needle.partition(" ... ")
    hits = _find_all(text, head, *block)
    if not hits:
        raise ValueError(f"not found in paragraph: {needle!r}")
    if before:
        earlier = [h for h in hits if h <= anchor]
        hits = earlier or hits
    best = min(hits, key=lambda h: abs(h - anchor))
    if not tail:
        return best, best + len(head)
    tail_at = text.find(tail, best + len(head), block[1])
    if tail_at == -1:
        raise ValueError(f"not found in paragraph: {tail!r}")
    return best, tail_at + len(tail)


def resolve_item(text: str, blocks: list[tuple[int, int]], item: dict, cursor: int) -> dict:
    """Offsets for one worksheet line (fragments are matched with no-break spaces read as spaces)."""
    text = text.replace("\xa0", " ")
    block = blocks[int(item["p"])]
    head, _sep, tail = item["t"].partition(" ... ")
    starts = [h for h in _find_all(text, head, *block) if h >= cursor] or _find_all(text, head, *block)
    if not starts:
        raise ValueError(f"content start not found: {head!r}")
    start = starts[0]
    end = start + len(head)
    if tail:
        tail_at = text.find(tail, end, block[1])
        if tail_at == -1:
            raise ValueError(f"content end not found: {tail!r}")
        end = tail_at + len(tail)
    cue_anchor = start
    cue = _nearest(text, item["c"], block, cue_anchor)
    speaker_block = blocks[int(item.get("sp", item["p"]))]
    speaker = _nearest(text, item["s"], speaker_block, cue[0] if speaker_block == block else speaker_block[1],
                       before=True)
    via = _nearest(text, item["v"], block, cue[0]) if item.get("v") else None
    return {"start": start, "end": end, "form": item["f"], "denial": item.get("d") == "1",
            "speaker": {"start": speaker[0], "end": speaker[1], "kind": item["k"]},
            "cue": {"start": cue[0], "end": cue[1]},
            "via": None if via is None else {"start": via[0], "end": via[1]}}


def compile_gold(worksheet: Path, out: Path, shared: Path) -> int:
    articles = parse_worksheet(worksheet)
    records = load(shared, {(a["corpus"], a["id"]) for a in articles})
    lines, errors = [], 0
    for a in articles:
        article = records[(a["corpus"], a["id"])].article()
        blocks = [(b.start, b.end) for b in article.blocks]
        quotes, cursor, last_p = [], 0, None
        for item in a["items"]:
            if item["p"] != last_p:
                cursor, last_p = blocks[int(item["p"])][0], item["p"]
            try:
                q = resolve_item(article.text, blocks, item, cursor)
            except ValueError as exc:
                print(f"{worksheet}:{item['line']}: {a['id']}: {exc}", file=sys.stderr)
                errors += 1
                continue
            cursor = q["start"] + 1
            quotes.append(q)
        lines.append(json.dumps({"corpus": a["corpus"], "id": a["id"], "text_sha1": text_sha1(article.text),
                                 "quotes": quotes}, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return errors


def read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_articles(gold: list[dict], shared: Path) -> list[tuple[dict, object]]:
    """(gold record, Article) pairs; raises when a text no longer matches its recorded SHA-1."""
    records = load(shared, {(g["corpus"], g["id"]) for g in gold})
    pairs = []
    for g in gold:
        article = records[(g["corpus"], g["id"])].article()
        if text_sha1(article.text) != g["text_sha1"]:
            raise ValueError(f"{g['corpus']}:{g['id']}: derived text differs from the annotated one")
        pairs.append((g, article))
    return pairs


def show(gold_path: Path, shared: Path, only: str | None) -> None:
    for g, article in gold_articles(read_gold(gold_path), shared):
        if only and g["id"] != only:
            continue
        print(f"## {g['corpus']} {g['id']}")
        t = article.text
        for q in g["quotes"]:
            sp, cue, via = q["speaker"], q["cue"], q["via"]
            print(f"- [{q['form']}] {t[sp['start']:sp['end']]} ({sp['kind']}) / {t[cue['start']:cue['end']]}"
                  f"{' / via ' + t[via['start']:via['end']] if via else ''}{' / denial' if q['denial'] else ''}")
            print(f"    {t[q['start']:q['end']]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", help="the shared folder (default: $RASD_SHARED or <repo>/../shared)")
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("compile", help="worksheet -> gold JSONL (offsets only)")
    c.add_argument("worksheet", type=Path)
    c.add_argument("--out", type=Path, default=GOLD)
    s = sub.add_parser("show", help="print the gold quotes against the corpus text")
    s.add_argument("--gold", type=Path, default=GOLD)
    s.add_argument("--id")
    args = parser.parse_args(argv)
    shared = shared_dir(args.shared)
    if args.command == "compile":
        errors = compile_gold(args.worksheet, args.out, shared)
        print(f"wrote {args.out} ({errors} unresolved)")
        return 1 if errors else 0
    show(args.gold, shared, args.id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
