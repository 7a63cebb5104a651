"""Word vectors for the NER tagger, learned from the unlabeled news corpora in ``../shared/data``.

PPMI over a ±2 word window (context distribution smoothed with alpha 0.75), factorised by a randomized SVD
(numpy + scipy.sparse, no other dependency): a classic count-based embedding (Levy, Goldberg & Dagan 2015)
that trains in minutes on two cores. Corpora: SaudiNewsNet (all daily zips) and the ANT v1.1 and v2.1
tarballs (TITLE, ABSTRACT and TEXT fields). Tokens are folded with :func:`rasd.ner.text.word_key`.

    python training/ner_vectors.py --shared ../shared --out /tmp/ner-work/vectors.npz
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from rasd.ner.text import tokenize, word_key  # noqa: E402

_ANT_FIELD = re.compile(r"<(TITLE|ABSTRACT|TEXT)>(.*?)</\1>", re.S)


def corpus_texts(shared: Path) -> Iterator[str]:
    """Every document text of SaudiNewsNet and ANT, one string at a time."""
    for path in sorted((shared / "data/corpus/saudinewsnet/dataset").glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                for item in json.loads(archive.read(name)):
                    yield (item.get("title") or "") + "\n" + (item.get("content") or "")
    seen_urls: set[str] = set()
    for tar_name in ("ant-v2.1-2018-02-to-08.tar.gz", "ant-v1.1.tar.gz"):
        with tarfile.open(shared / "data/topics" / tar_name) as archive:
            for member in archive:
                if not member.isfile() or not member.name.endswith(".txt"):
                    continue
                raw = archive.extractfile(member).read().decode("utf-8", "replace")
                url = re.search(r"<URL>(.*?)</URL>", raw)
                if url and url.group(1) in seen_urls:
                    continue
                if url:
                    seen_urls.add(url.group(1))
                yield "\n".join(m.group(2) for m in _ANT_FIELD.finditer(raw))


def token_stream(shared: Path) -> Iterator[list[str]]:
    for text in corpus_texts(shared):
        yield [word_key(tok) for tok, _, _ in tokenize(text)]


def cooccurrence(docs: list[np.ndarray], size: int, window: int) -> sparse.csr_matrix:
    """Symmetric co-occurrence counts within ``window``, weighted 1/distance; ids >= size are skipped."""
    total = sparse.csr_matrix((size, size), dtype=np.float32)
    ids = np.concatenate([np.append(d, -1) for d in docs])  # -1 separates documents
    for dist in range(1, window + 1):
        a, b = ids[:-dist], ids[dist:]
        keep = (a >= 0) & (b >= 0) & (a < size) & (b < size)
        pairs, counts = np.unique(a[keep].astype(np.int64) * size + b[keep], return_counts=True)
        m = sparse.csr_matrix((counts.astype(np.float32) / dist, (pairs // size, pairs % size)), shape=(size, size))
        total = total + m + m.T
    return total


def ppmi(counts: sparse.csr_matrix, alpha: float = 0.75) -> sparse.csr_matrix:
    coo = counts.tocoo()
    row = np.asarray(counts.sum(axis=1)).ravel()
    col = np.asarray(counts.sum(axis=0)).ravel() ** alpha
    total = coo.data.sum()
    pmi = np.log(coo.data * col.sum() / (row[coo.row] * col[coo.col])) - 0.0 * np.log(total)
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep].astype(np.float32), (coo.row[keep], coo.col[keep])), shape=counts.shape)


def randomized_svd(m: sparse.csr_matrix, k: int, seed: int, power: int = 3) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    q = m @ rng.standard_normal((m.shape[1], k + 20)).astype(np.float32)
    for _ in range(power):
        q, _ = np.linalg.qr(q)
        q = m @ (m.T @ q)
    q, _ = np.linalg.qr(q)
    u, s, _ = np.linalg.svd((m.T @ q).T, full_matrices=False)
    return (q @ u)[:, :k], s[:k]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--vocab", type=int, default=120_000)
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    started = time.time()
    docs_tokens = list(token_stream(args.shared))
    freq = Counter(tok for doc in docs_tokens for tok in doc)
    keys = [k for k, c in freq.most_common(args.vocab) if c >= 3]
    index = {k: i for i, k in enumerate(keys)}
    docs = [np.array([index.get(t, len(keys)) for t in doc], dtype=np.int64) for doc in docs_tokens]
    print(f"{len(docs)} documents, {sum(map(len, docs))} tokens, vocab {len(keys)}; {time.time()-started:.0f}s",
          flush=True)
    del docs_tokens
    m = ppmi(cooccurrence(docs, len(keys), window=2))
    print(f"PPMI {m.shape} nnz {m.nnz}; {time.time()-started:.0f}s", flush=True)
    u, s = randomized_svd(m, args.dim, args.seed)
    vectors = u * np.sqrt(s)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-8
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(args.out, keys=np.array(keys), counts=np.array([freq[k] for k in keys]),
             vectors=vectors.astype(np.float32))
    print(f"wrote {args.out}; {time.time()-started:.0f}s", flush=True)


if __name__ == "__main__":
    main()
