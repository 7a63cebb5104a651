"""Turn sentences of tokens into the arrays the tagger reads; shared by training and inference.

Features are computed once per distinct token (a *type*) in a batch: word vector id, stem vector id,
trained-word id, character ids and type flags (gazetteer word bits, punctuation, digits, Latin). Per
token there are only the type index and the phrase flags (gazetteer phrases covering it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import regex

from rasd.ner.gazetteer import ACTOR_PHRASE, LOC_PHRASE, LOC_WORD, ORG_WORD, PER_WORD, Gazetteer
from rasd.ner.text import stem_key, word_key

MAX_CHARS = 16
TYPE_FLAGS = 6  # per-word gazetteer bits (3) + punctuation, digit, Latin
TOKEN_FLAGS = 2  # gazetteer phrase bits: a place name, an actor name
_PUNCT = regex.compile(r"^[^\p{L}\p{N}]+$")
_LATIN = regex.compile(r"[A-Za-z]")
_DIGIT = regex.compile(r"\d")


@dataclass(frozen=True)
class Lexicon:
    """What the model knows about words: vector vocabulary, trained vocabulary, characters, gazetteer."""

    vectors: dict[str, int]  # key -> row of the pretrained table (row 0: unknown)
    trained: dict[str, int]  # key -> row of the trained word table (row 0: unknown)
    chars: dict[str, int]  # char -> id (0: padding, 1: unknown)
    gazetteer: Gazetteer


@dataclass(frozen=True)
class Batch:
    """A batch of sentences as arrays: per type (U rows) and per token (B sentences x T positions)."""

    word: np.ndarray  # (U,) int
    stem: np.ndarray  # (U,) int
    trained: np.ndarray  # (U,) int
    chars: np.ndarray  # (U, MAX_CHARS) int, 0-padded
    type_flags: np.ndarray  # (U, TYPE_FLAGS) float32
    index: np.ndarray  # (B, T) int: the type of each token (0 at padding)
    token_flags: np.ndarray  # (B, T, TOKEN_FLAGS) float32
    lengths: np.ndarray  # (B,) int


def encode(sentences: Sequence[Sequence[str]], lexicon: Lexicon) -> Batch:
    types: dict[str, int] = {}
    lengths = np.array([len(s) for s in sentences], dtype=np.int64)
    width = max(1, int(lengths.max(initial=0)))
    index = np.zeros((len(sentences), width), dtype=np.int64)
    token_flags = np.zeros((len(sentences), width, TOKEN_FLAGS), dtype=np.float32)
    folded: dict[str, tuple[str, str]] = {}  # token -> (key, stem)
    stems: dict[str, str] = {}
    for b, sentence in enumerate(sentences):
        pairs = [folded.get(tok) or folded.setdefault(tok, _key_and_stem(tok)) for tok in sentence]
        keys = [key for key, _ in pairs]
        index[b, : len(keys)] = [types.setdefault(k, len(types)) for k in keys]
        stems.update(pairs)
        for t, bits in enumerate(lexicon.gazetteer.phrase_bits(keys, [stem for _, stem in pairs])):
            if bits:
                token_flags[b, t] = (bool(bits & LOC_PHRASE), bool(bits & ACTOR_PHRASE))
    return Batch(*_encode_types(list(types), stems, lexicon), index, token_flags, lengths)


def _key_and_stem(token: str) -> tuple[str, str]:
    key = word_key(token)
    return key, stem_key(key)


def _encode_types(keys: list[str], stems: dict[str, str], lexicon: Lexicon) -> tuple[np.ndarray, ...]:
    n = max(1, len(keys))
    word, stem, trained = (np.zeros(n, dtype=np.int64) for _ in range(3))
    chars = np.zeros((n, MAX_CHARS), dtype=np.int64)
    flags = np.zeros((n, TYPE_FLAGS), dtype=np.float32)
    vectors, known, char_ids, gazetteer = lexicon.vectors, lexicon.trained, lexicon.chars, lexicon.gazetteer
    for i, key in enumerate(keys):
        stemmed = stems[key]
        word[i] = vectors.get(key, 0)
        stem[i] = vectors.get(stemmed, 0)
        trained[i] = known.get(key, 0) or known.get(stemmed, 0)
        ids = [char_ids.get(c, 1) for c in key[:MAX_CHARS]]
        chars[i, : len(ids)] = ids
        bits = gazetteer.word_bits(key, stemmed)
        flags[i] = (bool(bits & PER_WORD), bool(bits & LOC_WORD), bool(bits & ORG_WORD),
                    bool(_PUNCT.match(key)), bool(_DIGIT.search(key)), bool(_LATIN.search(key)))
    return word, stem, trained, chars, flags
