"""Word tokens with offsets and the normalized keys the tagger looks words up by.

The tagger works on ANERcorp-style tokens: runs of letters/digits (clitics stay attached, "والرئيس" is one
token) and single punctuation marks. Keys fold the spelling variation news text is full of (hamza-carrying
alefs, alef maqsura, taa marbuta, diacritics, tatweel, Arabic-Indic digits) so that one word has one
embedding. Clitic stripping is only a lookup fallback (the stem's vector for an unseen prefixed form).
"""

from __future__ import annotations

import regex

# Letters and digits, keeping marks and tatweel inside the word; everything else is one punctuation token.
TOKEN = regex.compile(r"[\p{L}\p{N}\p{M}\u0640]+(?:[.,٫][\p{N}]+)*|[^\s\p{L}\p{N}\p{M}]")

_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    **{chr(0x0660 + d): str(d) for d in range(10)}, **{chr(0x06F0 + d): str(d) for d in range(10)},
})
_MARKS = regex.compile(r"[\u064B-\u065F\u0670\u0640\u200C-\u200F]")
_DIGITS = regex.compile(r"\d")
_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_PREFIX_FIRST = frozenset(p[0] for p in _PREFIXES)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) for every word and punctuation mark; ``text[start:end] == token``."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def word_key(token: str) -> str:
    """The folded form used to look a word up: no marks, one alef, ي for ى, ه for ة, digits as 0."""
    return _DIGITS.sub("0", _MARKS.sub("", token).translate(_FOLD).lower())


def stem_key(key: str) -> str:
    """``key`` without its leading conjunction/preposition/article, when at least three letters remain."""
    if key[:1] not in _PREFIX_FIRST or len(key) < 4:
        return key
    for prefix in _PREFIXES:
        if key.startswith(prefix) and len(key) - len(prefix) >= 3:
            return key[len(prefix):]
    return key
