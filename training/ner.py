"""Rebuild the shipped NER tagger (``src/rasd/models/ner``) from ``../shared/data``, reproducibly (seeded).

Steps: word vectors from the unlabeled news corpora (``ner_vectors.py``, cached in ``--work``), gazetteer
lists from ``data/gazetteer``, then a BiLSTM-CRF trained with PyTorch (the ``train`` extra) on the ANERcorp
CAMeL train split (the last 10% of its sentences held out to pick the epoch), exported to numpy arrays and
scored with the numpy tagger on the held-out part and the test split.

    PYTHONPATH=src python training/ner.py --shared ../shared --work /tmp/ner-work --threads 2

``--resume FOLDER`` continues from a written model (the shipped one, or an earlier ``--out``): the numpy arrays
go back into the PyTorch module, the folder's vocabularies and gazetteer are kept, and the model is written
again only when the held-out F1 beats the one it started from. MODEL_CARD.md lists the exact runs.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "training")]
from ner_model import TorchTagger  # noqa: E402
from sources import anetac_pairs, cameo_actors, conll_sentences, countries, wikidata_pairs  # noqa: E402

from rasd.ner.conll import evaluate  # noqa: E402
from rasd.ner.features import Lexicon, encode  # noqa: E402
from rasd.ner.gazetteer import ACTOR_PHRASE, LOC_PHRASE, LOC_WORD, ORG_WORD, PER_WORD, Gazetteer  # noqa: E402
from rasd.ner.tagger import Tagger, load_lexicon  # noqa: E402
from rasd.ner.text import word_key  # noqa: E402

TAGS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
ANETAC_BITS = {"PERSON": PER_WORD, "LOCATION": LOC_WORD, "ORGANIZATION": ORG_WORD}


def build_gazetteer(shared: Path) -> Gazetteer:
    words = [(word_key(ar), ANETAC_BITS[kind]) for kind, _, ar in anetac_pairs(shared)]
    words += [(word_key(ar), PER_WORD) for _, ar, _ in wikidata_pairs(shared)]
    phrases = []
    for country in countries(shared):
        for name in country["translations"]["ara"].values():
            keys = [word_key(w) for w in name.split()]
            (phrases if len(keys) > 1 else words).append((keys, LOC_PHRASE) if len(keys) > 1 else (keys[0], LOC_WORD))
    for name, codes, dated in cameo_actors(shared):
        keys = [word_key(w) for w in name.split()]
        if len(keys) > 1:
            phrases.append((keys, ACTOR_PHRASE))
        elif codes and len(codes[0]) == 3 and not dated:
            words.append((keys[0], LOC_WORD))
        else:
            words.append((keys[0], PER_WORD if dated else ORG_WORD))
    return Gazetteer.from_entries(words, phrases)


def vocabularies(train, vectors_npz: Path, top: int) -> tuple[list[str], np.ndarray, list[str], list[str]]:
    with np.load(vectors_npz) as data:
        keys, vectors = list(data["keys"][:top]), data["vectors"][:top]
    counts = Counter(word_key(tok) for sent in train for tok, _ in sent)
    trained = sorted(k for k, c in counts.items() if c >= 2)
    chars = Counter(ch for k, c in counts.items() for ch in k for _ in range(c))
    char_list = sorted(ch for ch, c in chars.items() if c >= 3)
    table = np.vstack([np.zeros((1, vectors.shape[1]), np.float32), vectors]).astype(np.float16)
    return keys, table, trained, char_list


def batches(data, size: int, rng: random.Random):
    """Batches of sentences of similar length (less padding), in random order."""
    order = sorted(range(len(data)), key=lambda i: (len(data[i]), rng.random()))
    chunks = [order[i:i + size] for i in range(0, len(order), size)]
    rng.shuffle(chunks)
    for chunk in chunks:
        yield [data[j] for j in chunk]


def train_epoch(model, data, lexicon, optimizer, rng, size: int) -> float:
    model.train()
    total = 0.0
    for chunk in batches(data, size, rng):
        b = encode([[t for t, _ in s] for s in chunk], lexicon)
        tags = torch.zeros(b.index.shape, dtype=torch.long)
        for i, s in enumerate(chunk):
            tags[i, : len(s)] = torch.tensor([TAGS.index(g) for _, g in s])
        loss = model.nll(b, tags, word_dropout=0.1)
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        optimizer.step()
        total += loss.item() * len(chunk)
    return total / len(data)


def score(tagger: Tagger, data) -> dict:
    predicted = tagger.tag([[t for t, _ in s] for s in data])
    return {k: vars(v) for k, v in evaluate([[g for _, g in s] for s in data], predicted).items()}


def write_model(out: Path, weights: dict, keys, trained, chars, gazetteer: Gazetteer) -> None:
    out.mkdir(parents=True, exist_ok=True)
    np.savez(out / "weights.npz", **weights)  # uncompressed: loads faster, barely larger
    for name, items in (("vocab.txt", keys), ("trained.txt", trained), ("chars.txt", chars), ("tags.txt", TAGS)):
        (out / name).write_text("".join(f"{item}\n" for item in items), encoding="utf-8")
    gazetteer.dump(out / "gazetteer.tsv")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--work", type=Path, default=Path("/tmp/rasd-ner-work"))
    parser.add_argument("--out", type=Path, default=ROOT / "src/rasd/models/ner")
    parser.add_argument("--resume", type=Path, default=None,
                        help="a model folder (as written to --out) to continue training from; its vocabularies, "
                             "gazetteer and weights are kept, and only a better held-out F1 is written")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--patience", type=int, default=6)
    parser.add_argument("--vocab", type=int, default=100_000)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--lr-decay", type=float, default=1.0, help="learning rate factor after each epoch")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    return parser.parse_args()


def fresh_model(args, train):
    """Word vectors (built once into ``--work``), gazetteer, vocabularies and an untrained model."""
    vectors_npz = args.work / "vectors.npz"
    if not vectors_npz.exists():
        subprocess.run([sys.executable, str(ROOT / "training/ner_vectors.py"), "--shared", str(args.shared),
                        "--out", str(vectors_npz), "--seed", str(args.seed)], check=True)
    gazetteer = build_gazetteer(args.shared)
    keys, table, trained, chars = vocabularies(train, vectors_npz, args.vocab)
    lexicon = Lexicon({k: i for i, k in enumerate(keys, 1)}, {k: i for i, k in enumerate(trained, 1)},
                      {c: i for i, c in enumerate(chars, 2)}, gazetteer)
    model = TorchTagger(table.astype(np.float32), len(trained) + 1, len(chars) + 2, len(TAGS), hidden=args.hidden)
    return model, lexicon, (keys, trained, chars, gazetteer)


def resumed_model(directory: Path):
    """The model, lexicon and vocabularies of a written model folder, to train further."""
    with np.load(directory / "weights.npz") as data:
        weights = dict(data)
    lexicon = load_lexicon(directory)
    keys, trained, chars = (sorted(table, key=table.get) for table in (lexicon.vectors, lexicon.trained, lexicon.chars))
    return TorchTagger.from_export(weights), lexicon, (keys, trained, chars, lexicon.gazetteer)


def main() -> None:
    args = parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    started = time.time()
    ner = args.shared / "data/ner/anercorp-camellab"
    full = conll_sentences(ner / "ANERCorp_CamelLab_train.txt")
    test = conll_sentences(ner / "ANERCorp_CamelLab_test.txt")
    cut = int(len(full) * 0.9)
    train, dev = full[:cut], full[cut:]
    model, lexicon, files = resumed_model(args.resume) if args.resume else fresh_model(args, train)
    model.eval()
    best = score(Tagger(model.export(), lexicon, TAGS), dev)["overall"]["f1"] if args.resume else -1.0
    print(f"data ready: {len(train)} train, {len(dev)} dev sentences, dev F1 {best}; {time.time() - started:.0f}s",
          flush=True)
    best_epoch, log = train_loop(args, model, lexicon, files, (train, dev), best, rng, started)
    tagger = Tagger.load(args.out if best_epoch or not args.resume else args.resume)
    report = {"best_epoch": best_epoch, "dev": score(tagger, dev), "test": score(tagger, test), "log": log,
              "args": {k: str(v) for k, v in vars(args).items()}}
    (args.work / "ner-training.json").write_text(json.dumps(report, indent=1))
    print(json.dumps({"best_epoch": best_epoch, "dev": report["dev"]["overall"], "test": report["test"]}), flush=True)


def train_loop(args, model, lexicon, files, data, best: float, rng, started: float) -> tuple[int, list[dict]]:
    """Train up to ``--epochs``; after each epoch score the held-out part and write the model if it is better."""
    train, dev = data
    optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    schedule = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=args.lr_decay)
    best_epoch, log = 0, []
    for epoch in range(1, args.epochs + 1):
        loss = train_epoch(model, train, lexicon, optimizer, rng, args.batch)
        schedule.step()
        model.eval()
        weights = model.export()
        dev_f1 = score(Tagger(weights, lexicon, TAGS), dev)["overall"]["f1"]
        log.append({"epoch": epoch, "loss": round(loss, 4), "dev_f1": dev_f1, "seconds": round(time.time() - started)})
        print(json.dumps(log[-1]), flush=True)
        if dev_f1 > best:  # written at once, so an interrupted run still leaves its best model
            best, best_epoch = dev_f1, epoch
            write_model(args.out, weights, *files)
        elif epoch - best_epoch >= args.patience:
            break
    return best_epoch, log


if __name__ == "__main__":
    main()
