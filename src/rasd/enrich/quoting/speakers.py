"""The Arabic speaker phrase grammar: where a speaker phrase ends, its kind, affiliation and via outlet.

Works on a folded sentence (:mod:`.textview`) and returns spans in its coordinates. The phrase after a cue
runs until a relative pronoun ("التي طلبت ..."), an adverbial ("في بيان", "يوم الأحد", "خلال مؤتمر"), a
verb object with بال- ("بالتقدم") or a complementizer. "في/من/باسم" after an official or source noun opens
its affiliation ("مسؤول في البيت الأبيض"); "لـ/ل + outlet" or "مع + outlet" anywhere in the region names the
outlet the statement came through ("مصادر مطلعة لـ"بلومبرغ"" -> via بلومبرغ).
"""

from __future__ import annotations

import re

from rasd.enrich.quoting import lexicon_ar as L
from rasd.enrich.quoting.found import SpeakerParse, Span, tokens

_QUOTE_MARKS = "\"«»“”„'"
_PRONOUNS = frozenset({"هو", "هي", "هم", "هما", "انه", "انها", "انهم"})
# Prepositions with a pronoun ("يقول فيها", "قال له"): never a speaker.
_PREP_PRONOUNS = frozenset("فيها فيه فيهم له لها لهم لنا منه منها منهم عنه عنها عنهم عليه عليها عليهم".split())
_NISBA = re.compile(r"^و?\w+(?:ي|يه|يون|يين|يان|يتان)$")
_SAYING = frozenset("قول قوله قولها قولهم قولهما لم لا".split())
_POSSESSIVE = ("هما", "هم", "ها", "ه")
_PLURAL_OFFICIALS = frozenset(
    "مسؤولون مسؤولين مسوولون مسوولين دبلوماسيون دبلوماسيين ضباط موظفون موظفين اعضاء مستشارون محققون "
    "مساعدون قياديون قياديين مفاوضون".split()
)
_AFFILIATION_PREPS = frozenset({"في", "من", "باسم", "لدي", "بوزاره", "بالخارجيه"})


def bare(word: str) -> str:
    """A folded word without the article ال."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def parse_speaker(text: str, start: int, end: int, look_for_via: bool = True) -> SpeakerParse:
    """The speaker phrase in folded ``text[start:end]`` (the region between a cue and its content)."""
    toks = [t for t in tokens(text, start, end)]
    via = find_via(text, toks) if look_for_via else None
    words = _phrase(toks)
    if via is not None:
        words = [w for w in words if w[1] <= via[0]]
    words = _drop_edges(words)
    if not words:
        return SpeakerParse(None, via=via)
    kind, head, definite, affiliation = classify([w[2] for w in words], words)
    outlet = head in L.OUTLET_HEADS or any(text[words[0][0]:].startswith(o) for o in L.OUTLETS)
    return SpeakerParse((words[0][0], words[-1][1]), kind, head, definite, affiliation, via, outlet)


def _phrase(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens of the speaker phrase: from the region start to the first stop."""
    words: list[tuple[int, int, str]] = []
    content_words = 0
    for k, (s, e, w) in enumerate(toks):
        nxt = _next_word(toks, k)
        if w in "،,":
            if content_words == 0:
                continue
            if nxt is None or _stops(nxt, words) or nxt in L.COMPLEMENTIZERS:
                break
            words.append((s, e, w))
            continue
        if w in _QUOTE_MARKS or w == "#":
            words.append((s, e, w))
            continue
        if not w[0].isalnum():
            break
        if _stops(w, words) and not _opens_affiliation(w, words, nxt):
            break
        words.append((s, e, w))
        content_words += 1
        if content_words >= 10:
            break
    return words


def _next_word(toks: list[tuple[int, int, str]], k: int) -> str | None:
    for _s, _e, w in toks[k + 1:]:
        if w[0].isalnum():
            return w
    return None


def _stops(word: str, words: list[tuple[int, int, str]]) -> bool:
    if word in _PREP_PRONOUNS or word in _SAYING:
        return True
    if word in L.RELATIVE_PRONOUNS or word in L.COMPLEMENTIZERS or word in L.VERBS or word in L.PARTICIPLES:
        return True
    if word in L.ADVERBIAL_STARTS or (word.startswith("و") and word[1:] in L.ADVERBIAL_STARTS):
        return True
    if word.startswith("بال") or (word in ("ل", "لـ")):
        return True
    return bool(words) and word.startswith("ل") and is_outlet_word(word[1:])


def _opens_affiliation(word: str, words: list[tuple[int, int, str]], nxt: str | None) -> bool:
    """"في/من" right after an official or source noun: "مسؤول في البيت الأبيض", not "في بيان"."""
    if word not in ("في", "من", "لدي") or not words or nxt is None or bare(nxt) in L.ADVERBIAL_NOUNS:
        return False
    if nxt in L.ADVERBIAL_NOUNS or nxt in L.ADVERBIAL_STARTS:
        return False
    heads = {bare(w[2]) for w in words if w[2][0].isalnum()}
    return bool(heads & (L.OFFICIAL_NOUNS | L.SOURCE_NOUNS | L.PEOPLE_GROUPS | {"عضو", "نائب"}))


def _drop_edges(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    while words and not words[-1][2][0].isalnum() and words[-1][2] not in _QUOTE_MARKS:
        words.pop()
    while words and words[0][2] in "،,":
        words.pop(0)
    # a quote mark left unbalanced at an edge goes
    if words and words[-1][2] in _QUOTE_MARKS and sum(w[2] in _QUOTE_MARKS for w in words) % 2:
        words.pop()
    if words and words[0][2] in _QUOTE_MARKS and sum(w[2] in _QUOTE_MARKS for w in words) % 2:
        words.pop(0)
    return words


def is_outlet_word(word: str) -> bool:
    """An outlet head ("وكالة"), the first word of a known outlet, or a Latin-script name ("لـCNN")."""
    if word[:1].isascii() and word[:1].isalpha():
        return True
    return word in L.OUTLET_HEADS or any(o == word or o.startswith(word + " ") for o in L.OUTLETS)


def find_via(text: str, toks: list[tuple[int, int, str]]) -> Span | None:
    """"لـ"بلومبرغ"", "لوكالة رويترز", "مع قناة الجزيرة", "عن صحيفة ..." inside a speaker region."""
    for k, (s, e, w) in enumerate(toks):
        if w in ("ل", "لـ", "مع") or (w.startswith("ل") and is_outlet_word(w[1:])):
            first = s + 1 if w.startswith("ل") and w not in ("ل", "لـ") else None
            span = _outlet_after(text, toks, k + (0 if first is not None else 1), first)
            if span is not None:
                return span
    return None


def _outlet_after(text: str, toks: list[tuple[int, int, str]], k: int, first: int | None) -> Span | None:
    """An outlet name starting at token ``k`` (quoted, known, or headed by وكالة/صحيفة...)."""
    run = toks[k:k + 6]
    if not run:
        return None
    if first is None and run[0][2] in _QUOTE_MARKS:
        close = next((t for t in run[1:] if t[2] in _QUOTE_MARKS), None)
        return (run[1][0], close[0]) if close is not None and close[0] > run[1][0] else None
    begin = first if first is not None else run[0][0]
    words = [t for t in run if t[2][0].isalnum()]
    if not words:
        return None
    head = words[0][2][1:] if first is not None else words[0][2]
    if head[:1].isascii() and head[:1].isalpha():
        latin = [t for t in words if t[2].lstrip("ل")[:1].isascii()]
        return begin, latin[-1][1] if latin else words[0][1]
    if head in L.OUTLET_HEADS:
        tail = [t for t in words[1:4] if t[2] not in L.ADVERBIAL_STARTS and t[2] not in L.COMPLEMENTIZERS]
        end = tail[-1][1] if tail else words[0][1]
        return begin, end
    names = [head] + [t[2] for t in words[1:3]]
    for outlet in sorted(L.OUTLETS, key=len, reverse=True):
        size = len(outlet.split())
        if " ".join(names[:size]) == outlet:
            return begin, words[size - 1][1]
    return None


def classify(words: list[str], toks: list[tuple[int, int, str]]) -> tuple[str, str, bool, Span | None]:
    """(kind, head, definite, affiliation span) for a speaker phrase's words."""
    alnum = [(w, t) for w, t in zip(words, toks) if w[0].isalnum()]
    if not alnum:
        return "named", "", False, None
    k = 1 if bare(alnum[0][0]) in L.QUANTIFIERS and len(alnum) > 1 else 0
    head_word, head, definite = _head(alnum[k][0])
    rest = alnum[k + 1:]
    definite = definite or k == 1 or _construct(rest, head)
    affiliation = _affiliation(rest)
    rest_bare = {bare(w) for w, _t in rest}
    apposition = any(w in "،," for w in words[1:-1])
    if words[0] in _QUOTE_MARKS and words[-1] in _QUOTE_MARKS:
        return "organization", head, True, None
    if not rest and k == 0 and head_word.startswith("ال") and head_word.endswith(("يون", "يين")):
        return "anonymous", head, definite, None
    plural = head in _PLURAL_OFFICIALS or head.endswith(("ون", "ين")) or head in L.SOURCE_NOUNS - {"مصدر"}
    if head in L.SOURCE_NOUNS:
        official = bool(rest_bare & L.OFFICIAL_ADJECTIVES) or any(w in ("في",) for w, _t in rest)
        return ("anonymous_official" if official else "anonymous"), head, definite, affiliation if official else None
    if head in L.OFFICIAL_NOUNS and head_word not in L.TITLE_NOUNS:
        named = (definite and not plural and bool(rest) and k == 0) or (apposition and k == 0)
        return ("named" if named else "anonymous_official"), head, definite, None if named else affiliation
    if head_word in L.TITLE_NOUNS or head in L.TITLE_NOUNS:
        if not definite and rest and rest[0][0] in ("في", "من"):
            return "anonymous_official", head, definite, affiliation
        return "named", head, definite, None
    if head in L.PEOPLE_GROUPS:
        identified = (definite and not plural and bool(rest) and k == 0) or (apposition and k == 0)
        return ("named" if identified else "anonymous"), head, definite, None
    if head in L.REPORT_NOUNS:
        sourced = definite or any(w in _QUOTE_MARKS or bare(w) in L.ORG_NOUNS or is_outlet_word(w.lstrip("ل"))
                                  for w in words[1:])
        return ("organization" if sourced else "anonymous"), head, definite, None
    if head_word in L.ORG_NOUNS or head in L.ORG_NOUNS or is_outlet_word(head) or head_word in L.OUTLETS:
        unnamed = not definite and all(_NISBA.match(w) for w, _t in rest) and not any(
            w in _QUOTE_MARKS for w in words)
        return ("anonymous" if unnamed else "organization"), head, definite, None
    return "named", head, definite, None


def _construct(rest: list[tuple[str, tuple[int, int, str]]], head: str) -> bool:
    """An idafa makes the head definite: "متحدث الوزارة", "متحدثة وزارة الخارجية" (not "مسؤولون أميركيون")."""
    if not rest or head in L.ORG_NOUNS:
        return False
    first = rest[0][0]
    if first.startswith("ال"):
        return not _NISBA.match(first)
    return first in L.ORG_NOUNS and len(rest) > 1 and rest[1][0].startswith("ال")


def _head(word: str) -> tuple[str, str, bool]:
    """(word as looked up, bare head, definite) — "للصحيفة" is ل + الصحيفة; "موظفيه" is موظفي + ه."""
    if word.startswith("ل") and not word.startswith("ال") and _known(word[1:]):
        return "ال" + word[1:], word[1:], True
    head = bare(word)
    if not _known(head):
        for suffix in _POSSESSIVE:
            if head.endswith(suffix) and _known(head[:-len(suffix)] + "ن"):
                return word, head[:-len(suffix)] + "ن", True
            if head.endswith(suffix) and _known(head[:-len(suffix)]):
                return word, head[:-len(suffix)], True
        if head.endswith("ا") and _known(head[:-1]):
            head = head[:-1]
    return word, head, word.startswith("ال")


def _known(word: str) -> bool:
    return any(word in table for table in (L.SOURCE_NOUNS, L.OFFICIAL_NOUNS, L.TITLE_NOUNS, L.PEOPLE_GROUPS,
                                            L.ORG_NOUNS, L.REPORT_NOUNS, L.OUTLET_HEADS))


def _affiliation(rest: list[tuple[str, tuple[int, int, str]]]) -> Span | None:
    """The words after the head that say where an official or source belongs."""
    words = [t for w, t in rest]
    if words and words[0][2] in _AFFILIATION_PREPS:
        words = words[1:]
    return (words[0][0], words[-1][1]) if words else None
