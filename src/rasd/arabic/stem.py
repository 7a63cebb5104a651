"""Light stemming for search: the Larkey light family (our own implementation) and Snowball.

>>> from rasd.arabic.stem import stem
>>> stem("والمدرسون")                       # light10: و + ال off, ون off
'مدرس'
>>> stem("بالسيارات", "light1")            # light1: articles only
'سيارات'
>>> stem("running", "snowball_en")
'run'

Algorithms (Larkey, Ballesteros & Connell 2007, "Light stemming for Arabic information retrieval"),
on text already normalized (alef forms folded, ى -> ي, ة -> ه, diacritics removed; see
:data:`rasd.arabic.normalize.SEARCH`):

- ``light1``: the articles ال وال بال كال فال, when two or more letters remain.
- ``light2``: light1, and first a conjunction و when three or more letters remain.
- ``light3``: light2, and the suffixes ه ة.
- ``light8``: light2, and the suffixes ها ان ات ون ين يه ية ه ة ي (each at most once, in that order, when two
  or more letters remain).
- ``light10``: light8 with لل among the prefixes.
- ``snowball``: Snowball Arabic (PyStemmer); ``snowball_en``: Snowball English.

bench/stemming.py measures them on known-item retrieval; :data:`DEFAULT` is the one chosen there.
"""

from __future__ import annotations

from collections.abc import Callable

import Stemmer

DEFAULT = "light10"
ALGORITHMS = ("none", "light1", "light2", "light3", "light8", "light10", "snowball")

_ARTICLES = ("وال", "بال", "كال", "فال", "ال")
_ARTICLES_10 = ("وال", "بال", "كال", "فال", "لل", "ال")
_SUFFIXES_3 = ("ه", "ة")
_SUFFIXES_8 = ("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي")


def light1(word: str) -> str:
    return _strip_article(word, _ARTICLES)


def light2(word: str) -> str:
    return _strip_article(_strip_waw(word), _ARTICLES)


def light3(word: str) -> str:
    return _strip_suffixes(light2(word), _SUFFIXES_3)


def light8(word: str) -> str:
    return _strip_suffixes(light2(word), _SUFFIXES_8)


def light10(word: str) -> str:
    return _strip_suffixes(_strip_article(_strip_waw(word), _ARTICLES_10), _SUFFIXES_8)


def _strip_waw(word: str) -> str:
    return word[1:] if word.startswith("و") and len(word) >= 4 else word


def _strip_article(word: str, articles: tuple[str, ...]) -> str:
    for article in articles:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article):]
    return word


def _strip_suffixes(word: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


def stemmer(algorithm: str = DEFAULT) -> Callable[[str], str]:
    """The stemming function for ``algorithm`` (one of :data:`ALGORITHMS` or ``snowball_en``).

    Snowball stemmers are objects with state; each call here builds its own, so callers own them.
    """
    light = {"light1": light1, "light2": light2, "light3": light3, "light8": light8, "light10": light10}
    if algorithm in light:
        return light[algorithm]
    if algorithm == "none":
        return _identity
    if algorithm in ("snowball", "snowball_ar"):
        return Stemmer.Stemmer("arabic").stemWord
    if algorithm == "snowball_en":
        return Stemmer.Stemmer("english").stemWord
    raise ValueError(f"unknown stemmer {algorithm!r} (known: {', '.join(ALGORITHMS)}, snowball_en)")


def stem(word: str, algorithm: str = DEFAULT) -> str:
    """Stem one normalized word (convenience; build :func:`stemmer` once for many words)."""
    return stemmer(algorithm)(word)


def _identity(word: str) -> str:
    return word
