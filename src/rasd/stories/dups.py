"""Near-duplicates: syndicated copies and re-publications, grouped under one canonical article.

Each article's body is turned into shingles (runs of :data:`SHINGLE` consecutive analyzer terms, so spelling
variants and clitics do not hide a copy), summarized by a datasketch MinHash of :data:`NUM_PERM`
permutations. Candidates come from locality-sensitive hashing: the signature is cut into the bands
datasketch's ``MinHashLSH`` chooses for :data:`LSH_THRESHOLD`, and articles sharing a band key are
candidates; a candidate whose estimated Jaccard similarity reaches :data:`DUPLICATE` is a near-duplicate.
The band keys and signatures are stored, so grouping is incremental (one new article: one lookup).

A group's canonical article is its first publication (earliest day), then the longest text, then the
smallest id. Articles with fewer than :data:`MIN_SHINGLES` shingles are never grouped (too short to tell).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

SHINGLE = 3
NUM_PERM = 128
LSH_THRESHOLD = 0.5
DUPLICATE = 0.6
MIN_SHINGLES = 8
SEED = 1


@dataclass(frozen=True, slots=True)
class Signature:
    values: np.ndarray  # uint64 MinHash values
    bands: tuple[bytes, ...]  # one LSH key per band (empty when the text is too short)

    def to_bytes(self) -> bytes:
        return np.asarray(self.values, dtype="<u8").tobytes()


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u8")


def shingles(terms: list[str], size: int = SHINGLE) -> set[bytes]:
    return {" ".join(terms[i:i + size]).encode("utf-8") for i in range(len(terms) - size + 1)}


class NearDuplicates:
    """MinHash signatures and LSH band keys. Owns the permutations (built once); build one and reuse it."""

    def __init__(self, num_perm: int = NUM_PERM, threshold: float = LSH_THRESHOLD, seed: int = SEED):
        from datasketch import MinHash, MinHashLSH  # imports scipy: loaded when signing, not with the CLI

        self._minhash = MinHash
        template = MinHash(num_perm=num_perm, seed=seed)
        self.num_perm = num_perm
        self.seed = seed
        self._permutations, self._scheme = template.permutations, template.scheme
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.bands, self.rows = lsh.b, lsh.r

    def signature(self, terms: list[str]) -> Signature:
        """The signature of a text given as its analyzer terms."""
        found = shingles(terms)
        minhash = self._minhash(num_perm=self.num_perm, seed=self.seed, permutations=self._permutations,
                          scheme=self._scheme)
        if found:
            minhash.update_batch(sorted(found))
        values = np.asarray(minhash.hashvalues, dtype=np.uint64)
        if len(found) < MIN_SHINGLES:
            return Signature(values, ())
        return Signature(values, tuple(self._band_key(values, band) for band in range(self.bands)))

    def _band_key(self, values: np.ndarray, band: int) -> bytes:
        chunk = np.asarray(values[band * self.rows:(band + 1) * self.rows], dtype="<u8").tobytes()
        return hashlib.blake2b(chunk, digest_size=8).digest()


def canonical(members: list[tuple[str, str | None, int]]) -> str:
    """The canonical id of a group of (id, day, text length): earliest day, then longest, then smallest id."""
    return min(members, key=lambda m: (m[1] or "9999", -m[2], m[0]))[0]
