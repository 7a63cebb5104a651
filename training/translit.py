"""Rebuild the shipped transliteration model (``src/rasd/models/translit``) from the name pairs, reproducibly.

Training pairs: Google ar2en train, ANETAC train, Wikidata name tokens; every pair whose Arabic word occurs in
the Google ar2en eval or test split is left out, so the test figures in ``bench/ner.py`` are on unseen
words. English is lower-cased and stripped of accents.

    PYTHONPATH=src python training/translit.py --shared ../shared --threads 1
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "training")]
from sources import anetac_pairs, ascii_fold, google_pairs, wikidata_pairs  # noqa: E402
from translit_model import Seq2Seq  # noqa: E402

from rasd.kb.translit import BOS, EOS, UNK, Transliterator, accuracy, source_form  # noqa: E402

LATIN = set("abcdefghijklmnopqrstuvwxyz'-")


def training_pairs(shared: Path) -> list[tuple[str, str]]:
    held_out = {ar for split in ("eval", "test") for ar, _ in google_pairs(shared, split)}
    pairs = [(ar, en) for ar, en in google_pairs(shared, "train")]
    anetac = shared / "data/gazetteer/anetac-en-ar-named-entities/translit"
    ars = (anetac / "train.ar").read_text(encoding="utf-8").splitlines()
    ens = (anetac / "train.en").read_text(encoding="utf-8").splitlines()
    pairs += list(zip(ars, ens))
    pairs += [(ar, en) for en, ar, _ in wikidata_pairs(shared)]
    clean = []
    for ar, en in pairs:
        en = ascii_fold(en.strip()).lower()
        ar = source_form(ar.strip())
        if ar and en and ar not in held_out and set(en) <= LATIN and len(en) <= 22 and len(ar) <= 20:
            clean.append((ar, en))
    return sorted(set(clean))


def fold(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(ar, ascii_fold(en).lower()) for ar, en in pairs]


def tensors(chunk, src_ids, tgt_ids):
    src = torch.zeros(len(chunk), max(len(a) for a, _ in chunk), dtype=torch.long)
    tgt = torch.zeros(len(chunk), max(len(e) for _, e in chunk) + 2, dtype=torch.long)
    for i, (ar, en) in enumerate(chunk):
        src[i, : len(ar)] = torch.tensor([src_ids.get(c, UNK) for c in ar])
        tgt[i, : len(en) + 2] = torch.tensor([BOS] + [tgt_ids[c] for c in en] + [EOS])
    return src, tgt[:, :-1], tgt[:, 1:]


def save(out: Path, model: Seq2Seq, source: list[str], target: list[str]) -> None:
    np.savez_compressed(out / "weights.npz", **model.export())
    (out / "source.txt").write_text("".join(c + "\n" for c in source), encoding="utf-8")
    (out / "target.txt").write_text("".join(c + "\n" for c in target), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "src/rasd/models/translit")
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--size", type=int, nargs=3, default=(48, 96, 192), metavar=("EMB", "ENC", "DEC"))
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    pairs = training_pairs(args.shared)
    counts = Counter(c for ar, _ in pairs for c in ar)
    source = sorted(c for c, n in counts.items() if n >= 3)
    target = sorted(LATIN)
    src_ids = {c: i for i, c in enumerate(source, 3)}
    tgt_ids = {c: i for i, c in enumerate(target, 3)}
    model = Seq2Seq(len(source) + 3, len(target) + 3, *args.size)
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=3, gamma=0.5)
    loss_fn = nn.CrossEntropyLoss(ignore_index=0)
    dev = google_pairs(args.shared, "eval")
    started, best, log = time.time(), -1.0, []
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"{len(pairs)} training pairs", flush=True)
    for epoch in range(1, args.epochs + 1):
        model.train()
        order = sorted(pairs, key=lambda p: (len(p[0]), rng.random()))
        chunks = [order[i:i + args.batch] for i in range(0, len(order), args.batch)]
        rng.shuffle(chunks)
        for step, chunk in enumerate(chunks):
            if step % 200 == 0:
                print(f"epoch {epoch} batch {step}/{len(chunks)}; {time.time() - started:.0f}s", flush=True)
                if epoch == 1 and step:  # early snapshots, so a long first epoch still leaves a model
                    save(args.out, model, source, target)
            src, tgt_in, tgt_out = tensors(chunk, src_ids, tgt_ids)
            logits = model(src, tgt_in)
            loss = loss_fn(logits.reshape(-1, logits.shape[2]), tgt_out.reshape(-1))
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
        scheduler.step()
        model.eval()
        runner = Transliterator(model.export(), source, target)
        scores = accuracy(runner, fold(dev))
        log.append({"epoch": epoch, "loss": round(loss.item(), 4), **scores, "seconds": round(time.time() - started)})
        print(json.dumps(log[-1]), flush=True)
        if scores["exact"] > best:
            best = scores["exact"]
            save(args.out, model, source, target)
    test = accuracy(Transliterator.load(args.out), fold(google_pairs(args.shared, "test")))
    print(json.dumps({"test": test, "pairs": len(pairs)}), flush=True)


if __name__ == "__main__":
    main()
