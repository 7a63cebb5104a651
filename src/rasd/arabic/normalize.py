"""Arabic normalization with configurable folds and an offset map back to the original text.

Whatever is found on the normalized text can be pointed at in the original, so annotations stay
stand-off (``Article.text[start:end]``) even when matching ignores diacritics, tatweel or alef forms.

>>> from rasd.arabic.normalize import normalize, SEARCH
>>> n = normalize("قالَ الرئيسُ إنّ ١٢ ـــ مدرسة")
>>> n.text
'قال الرئيس ان 12  مدرسة'
>>> start = n.text.index("ان")
>>> n.to_original(start, start + 2)            # -> offsets into the original string (shadda included)
(13, 16)
>>> normalize("مدرسة", SEARCH).text            # ta marbuta -> ha only for search
'مدرسه'

Folds (each a flag of :class:`Folds`): ``alef`` (أ إ آ ٱ -> ا), ``alef_maqsura`` (ى -> ي), ``ta_marbuta``
(ة -> ه; search only), ``hamza`` (ؤ -> و, ئ -> ي), ``tatweel`` (ـ removed), ``diacritics`` (harakat, shadda,
sukun, superscript alef, Quranic marks removed), ``digits`` (Arabic-Indic and Persian -> ASCII),
``punctuation`` (، ؛ ؟ ٪ ٫ ٬ -> , ; ? % . ,), ``controls`` (zero-width and bidi controls removed), ``spaces``
(no-break and other spaces -> " "), ``presentation`` (presentation forms and ligatures -> letters, NFKC),
``lower`` (ASCII A-Z -> a-z). :data:`MATCH` (the default) is everything but ``ta_marbuta``, ``hamza`` and
``lower``; :data:`SEARCH` is everything.

Speed: one ``str.translate`` over the whole text; the offset map is built only from the few characters
that are deleted or expanded (found with one precompiled regex), so plain text costs next to nothing.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

DIACRITICS = "".join(chr(c) for c in [*range(0x064B, 0x0660), 0x0670, *range(0x0610, 0x061B),
                                       *range(0x06D6, 0x06DD), *range(0x06DF, 0x06E5), 0x06E7, 0x06E8,
                                       *range(0x06EA, 0x06EE)])
TATWEEL = "\u0640"
CONTROLS = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff\u061c\u00ad"
SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Characters that belong to the letter before them: a span ending at that letter takes them along.
ATTACHED = frozenset(DIACRITICS + TATWEEL)
_PRESENTATION = [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]


@dataclass(frozen=True, slots=True)
class Folds:
    """Which folds :func:`normalize` applies. Hashable, so tables are built once per distinct value."""

    alef: bool = True
    alef_maqsura: bool = True
    ta_marbuta: bool = False
    hamza: bool = False
    tatweel: bool = True
    diacritics: bool = True
    digits: bool = True
    punctuation: bool = True
    controls: bool = True
    spaces: bool = True
    presentation: bool = True
    lower: bool = False


MATCH = Folds()
SEARCH = Folds(ta_marbuta=True, hamza=True, lower=True)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized string and the way back: ``to_original`` maps spans of ``text`` into ``original``.

    ``_breaks``/``_bases`` are the offset map: from normalized index ``_breaks[k]`` on, normalized index
    ``i`` came from original index ``_bases[k] + (i - _breaks[k])`` (until the next break).
    """

    text: str
    original: str
    _breaks: tuple[int, ...] = (0,)
    _bases: tuple[int, ...] = (0,)

    def index(self, i: int) -> int:
        """Original index of normalized character ``i`` (``len(text)`` maps to ``len(original)``)."""
        if i >= len(self.text):
            return len(self.original)
        k = bisect.bisect_right(self._breaks, i) - 1
        return self._bases[k] + (i - self._breaks[k])

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span ``[start', end')`` covering normalized ``text[start:end]``.

        The end takes along diacritics and tatweel written after the last character, so a word found
        without its vowels is returned with them.
        """
        if end <= start:
            at = self.index(start)
            return at, at
        ostart = self.index(start)
        oend = self.index(end - 1) + 1
        original = self.original
        while oend < len(original) and original[oend] in ATTACHED:
            oend += 1
        return ostart, oend

    @property
    def offsets(self) -> list[int]:
        """Original index of every normalized character, plus ``len(original)`` at the end."""
        return [self.index(i) for i in range(len(self.text))] + [len(self.original)]


def normalize(text: str, folds: Folds = MATCH) -> Normalized:
    """Normalize ``text`` with ``folds``; the result keeps the original and the offset map."""
    table, special = _tables(folds)
    normalized = text.translate(table)
    if len(normalized) == len(text) and not special.search(text):
        return Normalized(normalized, text)
    breaks, bases = [0], [0]
    shift = 0  # normalized index - original index, up to the current position
    for match in special.finditer(text):
        i = match.start()
        out = table.get(ord(text[i]))
        width = 0 if out is None else len(out)
        n = i + shift
        if width == 0:
            _add_break(breaks, bases, n, i + 1)
        else:
            for k in range(1, width):
                _add_break(breaks, bases, n + k, i)
            _add_break(breaks, bases, n + width, i + 1)
        shift += width - 1
    return Normalized(normalized, text, tuple(breaks), tuple(bases))


def fold(text: str, folds: Folds = MATCH) -> str:
    """Only the normalized string (no offset map): for keys, lookups and patterns."""
    return text.translate(_tables(folds)[0])


def _add_break(breaks: list[int], bases: list[int], n: int, base: int) -> None:
    if breaks[-1] == n:
        bases[-1] = base
    else:
        breaks.append(n)
        bases.append(base)


@lru_cache(maxsize=16)
def _tables(folds: Folds) -> tuple[dict[int, str | None], re.Pattern[str]]:
    """The translate table for ``folds`` and a regex of the characters that change length."""
    table: dict[int, str] = {}
    one = _one_to_one(folds)
    table.update({ord(k): v for k, v in one.items()})
    deleted = (DIACRITICS if folds.diacritics else "") + (TATWEEL if folds.tatweel else "")
    deleted += CONTROLS if folds.controls else ""
    table.update({ord(c): "" for c in deleted})
    if folds.presentation:
        for code in _PRESENTATION:
            out = _presentation(chr(code))
            if out is not None:
                table[code] = out
    table = _close(table)
    final = {code: (None if out == "" else out) for code, out in table.items() if out != chr(code)}
    special = "".join(chr(code) for code, out in final.items() if out is None or len(out) != 1)
    pattern = re.compile("[" + re.escape(special) + "]") if special else re.compile(r"(?!x)x")
    return final, pattern


def _one_to_one(folds: Folds) -> dict[str, str]:
    pairs: dict[str, str] = {}
    if folds.alef:
        pairs.update(dict.fromkeys("أإآٱ", "ا"))
    if folds.alef_maqsura:
        pairs["ى"] = "ي"
    if folds.ta_marbuta:
        pairs["ة"] = "ه"
    if folds.hamza:
        pairs.update({"ؤ": "و", "ئ": "ي"})
    if folds.digits:
        pairs.update(zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))
    if folds.punctuation:
        pairs.update({"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": "."})
    if folds.spaces:
        pairs.update(dict.fromkeys(SPACES, " "))
    if folds.lower:
        pairs.update(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"))
    return pairs


def _presentation(char: str) -> str | None:
    """A presentation form's letters (NFKC), without the space NFKC puts before isolated harakat."""
    if unicodedata.category(char) == "Cn":
        return None
    out = unicodedata.normalize("NFKC", char)
    if out == char:
        return None
    return out.lstrip(" ") if len(out) > 1 and out[0] == " " else out


def _close(table: dict[int, str]) -> dict[int, str]:
    """Apply the table to its own outputs until nothing changes, so normalization is idempotent."""
    for _ in range(4):
        changed = False
        for code, out in table.items():
            again = out.translate(table)
            if again != out:
                table[code] = again
                changed = True
        if not changed:
            break
    return table
